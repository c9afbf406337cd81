#include "expectedvsactual.h"

#include "calls/dcsendpoint.h"
#include "firing/destinationfiring.h"
#include "firing/firedurlmatch.h"
#include "segments/callqualification.h"
#include "system/datetext.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace dcsdesk {

namespace {

QString withoutQuery(const QString &url)
{
    const qsizetype q = url.indexOf(QLatin1Char('?'));
    return q < 0 ? url : url.left(q);
}

// The call's signals as the DCS reads them: every parameter sent (decoded, the way the DCS
// decodes it) and the h_ signals of the headers sent.
SignalSet signalsOf(const PreparedRequest &sent)
{
    SignalSet out;
    for (const PreparedParam &param : sent.params) {
        const bool raw = param.origin == RequestFinding::Part::Signal && param.index >= 0 &&
                         param.index < sent.request.signalList.size() &&
                         sent.request.signalList[param.index].raw;
        out.add(param.key, raw ? QUrl::fromPercentEncoding(param.value.toUtf8()) : param.value);
    }
    out.addHeaders(sent.headers);
    return out;
}

// Why a destination the answer has was not predicted: its segments' rules, its schedule, its
// platform. At most three segments are named; the answer may carry thousands.
QString notPredictedReason(const Workspace &ws, const Destination &d,
                           const CallQualification &qualification, const QSet<qint64> &listed,
                           const DcsRequest &request)
{
    if (!d.firesOnPlatform(request.platform))
        return ExpectedVsActual::tr("The destination is for %1; the call says d_ptfm=%2.")
            .arg(Destination::platformName(d.platform), request.platform);
    // The segments the answer lists explain the destination best; the others only when it
    // lists none of this destination's.
    QVector<qint64> unqualified;
    bool earlier = false;
    for (int index : ws.mappingIndexesOf(d.id)) {
        const qint64 sid = ws.mappings[index].sid;
        if (qualification.qualifies(sid) || unqualified.contains(sid))
            continue;
        unqualified.append(sid);
        earlier |= listed.contains(sid);
    }
    QStringList why;
    for (qint64 sid : std::as_const(unqualified)) {
        if (why.size() < 3 && (!earlier || listed.contains(sid)))
            why.append(qualification.whyNot(sid));
    }
    if (why.isEmpty())
        return ws.mappingIndexesOf(d.id).isEmpty()
                   ? ExpectedVsActual::tr("The destination has no mappings in the workspace.")
                   : ExpectedVsActual::tr("No mapping of a qualified segment predicts this "
                                          "destination.");
    if (earlier)
        why.append(ExpectedVsActual::tr("The answer lists a segment of this destination: a DCS "
                                        "keeps the segments of this user's earlier calls."));
    return why.join(QLatin1Char(' '));
}

QString inactiveReason(const Workspace &ws, qint64 destinationId, const QSet<qint64> &sids,
                       const QDate &day)
{
    for (int index : ws.mappingIndexesOf(destinationId)) {
        const SegmentMapping &m = ws.mappings[index];
        if (!sids.contains(m.sid))
            continue;
        switch (m.scheduleOn(day)) {
        case SegmentMapping::Schedule::Expired:
            return ExpectedVsActual::tr("The mapping of segment %1 expired on %2.")
                .arg(m.sid)
                .arg(DateText::date(m.endDate));
        case SegmentMapping::Schedule::Future:
            return ExpectedVsActual::tr("The mapping of segment %1 starts on %2.")
                .arg(m.sid)
                .arg(DateText::date(m.startDate));
        case SegmentMapping::Schedule::Active:
            break;
        }
    }
    return QString();
}

// A cookie's pairs as a set: the DCS may write the same keys and values in another order.
QStringList cookieContent(const Destination &d, const QString &value)
{
    QStringList out;
    // A single-key cookie is one pair; a multi-key cookie's pairs are split by valueSeparator.
    const bool multiKey = d.cookieFormat == Destination::CookieFormat::MultiKey;
    const auto pairs = DestinationFiring::splitCookieValue(
        value, d.keySeparator, multiKey ? d.valueSeparator : QString(),
        d.serialized ? d.serializationSeparator : QString());
    for (const auto &pair : pairs) {
        QStringList values = pair.second;
        std::sort(values.begin(), values.end());
        out.append(pair.first + d.keySeparator + values.join(QLatin1Char('\x1f')));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Which values one cookie value has that the other has not, in words; empty when the values
// are the same and only keys or their order differ.
QString cookieValueDifference(const Destination &d, const QString &expected, const QString &actual)
{
    const bool multiKey = d.cookieFormat == Destination::CookieFormat::MultiKey;
    const auto valuesOf = [&](const QString &value) {
        QStringList out;
        for (const auto &pair : DestinationFiring::splitCookieValue(
                 value, d.keySeparator, multiKey ? d.valueSeparator : QString(),
                 d.serialized ? d.serializationSeparator : QString()))
            out += pair.second;
        return out;
    };
    const QStringList want = valuesOf(expected);
    const QStringList got = valuesOf(actual);
    QStringList extra;
    QStringList lacking;
    for (const QString &v : got) {
        if (!want.contains(v) && !extra.contains(v))
            extra.append(v);
    }
    for (const QString &v : want) {
        if (!got.contains(v) && !lacking.contains(v))
            lacking.append(v);
    }
    QStringList parts;
    if (!extra.isEmpty())
        parts.append(ExpectedVsActual::tr("The answer also has %1, which the mappings do not "
                                          "predict for this call.")
                         .arg(extra.mid(0, 10).join(QStringLiteral(", "))));
    if (!lacking.isEmpty())
        parts.append(ExpectedVsActual::tr("The answer lacks %1.")
                         .arg(lacking.mid(0, 10).join(QStringLiteral(", "))));
    return parts.join(QLatin1Char(' '));
}

} // namespace

int ExpectedVsActual::Result::count(Status status) const
{
    const int hidden = int(status) < hiddenCounts.size() ? hiddenCounts[int(status)] : 0;
    return hidden + int(std::count_if(rows.begin(), rows.end(),
                                      [status](const Row &r) { return r.status == status; }));
}

void ExpectedVsActual::Result::limitRows(int max)
{
    if (rows.size() <= max)
        return;
    hiddenCounts.resize(int(Status::NotExpected) + 1);
    for (qsizetype i = max; i < rows.size(); ++i)
        ++hiddenCounts[int(rows[i].status)];
    hiddenRows += int(rows.size() - max);
    rows.resize(max);
}

ExpectedVsActual::Result ExpectedVsActual::compare(const Workspace &ws, const PreparedRequest &sent,
                                                   const DcsResponse &response, const QDate &day,
                                                   int maxRows)
{
    const DcsRequest &request = sent.request;
    Result result;
    // Past maxRows the unexpected rows are only counted, as limitRows() would leave them out.
    const auto full = [&result, maxRows]() {
        if (maxRows < 0 || result.rows.size() < maxRows)
            return false;
        result.hiddenCounts.resize(int(Status::NotExpected) + 1);
        ++result.hiddenCounts[int(Status::Unexpected)];
        ++result.hiddenRows;
        return true;
    };
    const DcsEndpoint::Kind endpoint = DcsEndpoint::kindOf(request.path);
    if (endpoint != DcsEndpoint::Kind::Event && endpoint != DcsEndpoint::Kind::Other) {
        result.note = tr("Nothing to compare: only /event answers carry segments and "
                         "destinations, and this call went to %1.")
                          .arg(request.path);
        result.compared = false;
        return result;
    }
    if (response.optedOut) {
        result.note = tr("Nothing to compare: the DCS answered error 171, the user opted out, so "
                         "it qualifies no segment and fires no destination for this user.");
        result.compared = false;
        return result;
    }
    const CallQualification qualification(ws, signalsOf(sent),
                                          CallQualification::sidList(request.sid));
    result.segments = qualification.qualified();
    const QSet<qint64> &sids = qualification.qualifiedSet();
    QSet<qint64> listed;
    if (response.hasSegments && request.cts == 1) {
        result.note = tr("d_cts=1 returns legacy segment IDs; send d_cts=2 to compare the "
                         "answer's segments with the workspace's.");
    } else if (response.hasSegments) {
        result.answerSegments = true;
        result.listedSegments = response.segments;
        listed = QSet<qint64>(response.segments.begin(), response.segments.end());
    } else {
        result.note = tr("The answer lists no segments; send d_cts=2 to compare them too.");
    }

    if (result.answerSegments) {
        for (qint64 sid : result.segments) {
            Row row;
            row.kind = Kind::Segment;
            row.sids = {sid};
            if (const Segment *segment = ws.segment(sid))
                row.destinationName = segment->name;
            row.expected = QString::number(sid);
            if (listed.contains(sid)) {
                row.status = Status::Match;
                row.actual = row.expected;
            } else {
                row.status = Status::Missing;
                row.reason = qualification.whyQualified(sid) + QLatin1Char(' ') +
                             tr("The DCS did not list it: its rule or status in the account "
                                "may differ from the workspace.");
            }
            result.rows.append(row);
        }
        for (qint64 sid : std::as_const(result.listedSegments)) {
            if (sids.contains(sid) || full())
                continue;
            Row row;
            row.kind = Kind::Segment;
            row.status = Status::Unexpected;
            row.sids = {sid};
            if (const Segment *segment = ws.segment(sid))
                row.destinationName = segment->name;
            row.actual = QString::number(sid);
            row.reason = qualification.whyNot(sid);
            const Segment *segment = ws.segment(sid);
            if (segment && segment->active)
                row.reason += QLatin1Char(' ') +
                              tr("A DCS also lists the segments of this user's earlier calls.");
            result.rows.append(row);
        }
    }

    FireContext context;
    context.uuid = response.uuid;
    context.mcid = request.userIdKind == Profile::IdKind::Mid ? request.userId : QString();
    if (response.dcsRegion >= 0)
        context.regionId = response.dcsRegion;
    context.rnd = QStringLiteral("0");
    context.timestamp = 0;
    for (const DeclaredId &id : request.declaredIds) {
        if (id.kind == DeclaredId::Kind::DataSource)
            context.declaredIds.insert(id.ns, id.id);
    }

    QVector<bool> stuffUsed(response.stuff.size(), false);
    QVector<bool> destsUsed(response.dests.size(), false);

    for (const Destination &d : ws.destinations) {
        if (d.type == Destination::Type::ServerToServer)
            continue;
        const QVector<SegmentMapping> active =
            sids.isEmpty() ? QVector<SegmentMapping>()
                           : DestinationFiring::activeMappings(ws, d.id, sids, day);
        if (!active.isEmpty() && !d.firesOnPlatform(request.platform)) {
            Row row;
            row.status = Status::NotExpected;
            row.kind = d.type == Destination::Type::Cookie ? Kind::Cookie : Kind::Url;
            row.destinationId = d.id;
            row.destinationName = d.name;
            row.reason = tr("The destination is for %1; the call says d_ptfm=%2.")
                             .arg(Destination::platformName(d.platform), request.platform);
            result.rows.append(row);
            continue;
        }
        if (active.isEmpty()) {
            const QString why = sids.isEmpty() ? QString() : inactiveReason(ws, d.id, sids, day);
            if (!why.isEmpty()) {
                Row row;
                row.status = Status::NotExpected;
                row.kind = d.type == Destination::Type::Cookie ? Kind::Cookie : Kind::Url;
                row.destinationId = d.id;
                row.destinationName = d.name;
                row.reason = why;
                result.rows.append(row);
            }
            continue;
        }
        QVector<qint64> rowSids;
        for (const SegmentMapping &m : active)
            rowSids.append(m.sid);
        const FireResult fired = DestinationFiring::fire(d, active, context);
        if (d.type == Destination::Type::Cookie && fired.cookie) {
            Row row;
            row.kind = Kind::Cookie;
            row.destinationId = d.id;
            row.destinationName = d.name;
            row.sids = rowSids;
            row.expected = fired.cookie->name + QLatin1Char('=') + fired.cookie->value;
            int found = -1;
            for (int i = 0; i < response.stuff.size(); ++i) {
                if (!stuffUsed[i] && response.stuff[i].name == fired.cookie->name) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                row.status = Status::Missing;
                row.reason = tr("Destination not in the response.") + QLatin1Char(' ') +
                             qualification.whyQualified(rowSids.value(0));
            } else {
                stuffUsed[found] = true;
                const CookieDestination &c = response.stuff[found];
                row.actual = c.name + QLatin1Char('=') + c.value;
                const bool same =
                    c.value == fired.cookie->value ||
                    cookieContent(d, c.value) == cookieContent(d, fired.cookie->value);
                row.status = same ? Status::Match : Status::Different;
                if (row.status == Status::Different) {
                    const QString which = cookieValueDifference(d, fired.cookie->value, c.value);
                    row.reason = which.isEmpty()
                                     ? tr("The cookie value differs from the mappings' values.")
                                     : which;
                } else if (c.value != fired.cookie->value)
                    row.reason = tr("The same keys and values in another order.");
            }
            result.rows.append(row);
        } else if (d.type == Destination::Type::Url) {
            for (const FiredPixel &pixel : fired.pixels) {
                Row row;
                row.kind = Kind::Url;
                row.destinationId = d.id;
                row.destinationName = d.name;
                row.sids = pixel.sids;
                row.expected = pixel.secureUrl.isEmpty() ? pixel.url : pixel.secureUrl;
                int found = -1;
                const QString idText = QString::number(d.id);
                for (int i = 0; i < response.dests.size() && found < 0; ++i) {
                    if (destsUsed[i])
                        continue;
                    const UrlDestination &u = response.dests[i];
                    if (!u.id.isEmpty()
                            ? u.id == idText
                            : (withoutQuery(u.url) == withoutQuery(pixel.url) ||
                               withoutQuery(u.secureUrl) == withoutQuery(pixel.secureUrl)))
                        found = i;
                }
                if (found < 0) {
                    row.status = Status::Missing;
                    row.reason = request.destinations
                                     ? tr("Destination not in the response.") + QLatin1Char(' ') +
                                           qualification.whyQualified(pixel.sids.value(0))
                                     : tr("The request did not ask for URL destinations "
                                          "(d_dst=1).");
                } else {
                    destsUsed[found] = true;
                    const UrlDestination &u = response.dests[found];
                    const bool secure = !u.secureUrl.isEmpty();
                    row.actual = secure ? u.secureUrl : u.url;
                    row.expected =
                        secure && !pixel.secureUrl.isEmpty() ? pixel.secureUrl : pixel.url;
                    // By content: cache-busting values may differ, serialized segment values
                    // may come in another order; anything else that differs is named.
                    FiredUrlMatch::Expected want;
                    want.urlTemplate = secure && !pixel.secureUrlTemplate.isEmpty()
                                           ? pixel.secureUrlTemplate
                                           : pixel.urlTemplate;
                    want.aliases = pixel.aliases;
                    want.delimiter = pixel.aliasDelimiter;
                    want.context = context;
                    const QStringList differences = FiredUrlMatch::differences(want, row.actual);
                    row.status = differences.isEmpty() ? Status::Match : Status::Different;
                    row.reason = differences.join(QLatin1Char(' '));
                    if (differences.isEmpty() && row.actual != row.expected)
                        row.reason = tr("The same URL but for values that may differ on every "
                                        "call: cache-busting macros (%rnd%, %timestamp%) and the "
                                        "order of serialized segments.");
                }
                result.rows.append(row);
            }
        }
    }

    auto unexpectedReason = [&](qint64 destinationId) {
        if (destinationId > 0) {
            const QString why = inactiveReason(ws, destinationId, sids, day);
            if (!why.isEmpty())
                return why;
            if (const Destination *d = ws.destination(destinationId))
                return notPredictedReason(ws, *d, qualification, listed, request);
        }
        return tr("The workspace has no destination that predicts this.");
    };
    // Looked up once per cookie name and per destination: an answer may carry 100,000 cookies.
    QHash<QString, const Destination *> cookieDestinations;
    for (const Destination &d : ws.destinations) {
        if (d.type == Destination::Type::Cookie && !cookieDestinations.contains(d.cookieName))
            cookieDestinations.insert(d.cookieName, &d);
    }
    QHash<qint64, QString> reasons;
    for (int i = 0; i < response.stuff.size(); ++i) {
        if (stuffUsed[i] || full())
            continue;
        const CookieDestination &c = response.stuff[i];
        Row row;
        row.status = Status::Unexpected;
        row.kind = Kind::Cookie;
        row.actual = c.name + QLatin1Char('=') + c.value;
        if (const Destination *d = cookieDestinations.value(c.name)) {
            row.destinationId = d->id;
            row.destinationName = d->name;
        }
        auto reason = reasons.constFind(row.destinationId);
        if (reason == reasons.constEnd())
            reason = reasons.insert(row.destinationId, unexpectedReason(row.destinationId));
        row.reason = *reason;
        result.rows.append(row);
    }
    for (int i = 0; i < response.dests.size(); ++i) {
        if (destsUsed[i] || full())
            continue;
        const UrlDestination &u = response.dests[i];
        Row row;
        row.status = Status::Unexpected;
        row.kind = Kind::Url;
        row.actual = u.secureUrl.isEmpty() ? u.url : u.secureUrl;
        bool ok = false;
        const qint64 id = u.id.toLongLong(&ok);
        if (ok && ws.destination(id)) {
            row.destinationId = id;
            row.destinationName = ws.destination(id)->name;
        }
        row.reason = unexpectedReason(row.destinationId);
        result.rows.append(row);
    }
    return result;
}

QStringList ExpectedVsActual::summary(const Result &result)
{
    if (!result.compared)
        return {result.note};
    const auto idList = [](const QVector<qint64> &ids) {
        QStringList out;
        for (qint64 sid : ids.mid(0, 20))
            out.append(QString::number(sid));
        if (ids.size() > 20)
            out.append(tr("… %n more", nullptr, int(ids.size() - 20)));
        return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
    };
    QString segments = tr("Qualified for this call (by the workspace's rules or d_sid): %1.")
                           .arg(idList(result.segments));
    if (result.answerSegments)
        segments +=
            QLatin1Char(' ') + tr("Listed in the answer: %1.").arg(idList(result.listedSegments));
    QStringList counts = {tr("%n match(es)", nullptr, result.count(Status::Match)),
                          tr("%n missing", nullptr, result.count(Status::Missing)),
                          tr("%n unexpected", nullptr, result.count(Status::Unexpected)),
                          tr("%n different", nullptr, result.count(Status::Different))};
    // A count and its word stay on one line ("0" above "abweichend" was read as a lone figure),
    // and a line never starts with the separator.
    static const QRegularExpression numberThenSpace(QStringLiteral("(\\d) "));
    for (QString &count : counts)
        count.replace(numberThenSpace, QStringLiteral("\\1\u00a0"));
    QStringList lines{segments, counts.join(QStringLiteral("\u00a0· "))};
    if (!result.note.isEmpty())
        lines.append(result.note);
    return lines;
}

QString ExpectedVsActual::statusName(Status status)
{
    switch (status) {
    case Status::Match:
        return tr("Match");
    case Status::Different:
        return tr("Different");
    case Status::Missing:
        return tr("Missing");
    case Status::Unexpected:
        return tr("Unexpected");
    case Status::NotExpected:
        return tr("Not expected");
    }
    return QString();
}

QString ExpectedVsActual::statusKey(Status status)
{
    switch (status) {
    case Status::Match:
        return QStringLiteral("match");
    case Status::Different:
        return QStringLiteral("different");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Unexpected:
        return QStringLiteral("unexpected");
    case Status::NotExpected:
        return QStringLiteral("not-expected");
    }
    return QString();
}

} // namespace dcsdesk
