#include "checkevaluator.h"

#include "dcs/dcsresult.h"
#include "system/colontext.h"

#include <QRegularExpression>
#include <QSet>

namespace dcsdesk {

namespace {

constexpr int kCheckListedAtMost = 20;

template <typename T> QString checkListText(const QVector<T> &values)
{
    if (values.isEmpty())
        return CheckEvaluator::tr("none");
    QStringList parts;
    for (int i = 0; i < values.size() && i < kCheckListedAtMost; ++i)
        parts.append(QString::number(values.at(i)));
    QString text = parts.join(QStringLiteral(", "));
    if (values.size() > kCheckListedAtMost)
        text =
            CheckEvaluator::tr("%1 and %n more", nullptr, int(values.size()) - kCheckListedAtMost)
                .arg(text);
    return text;
}

QString checkStringsText(const QStringList &values)
{
    if (values.isEmpty())
        return CheckEvaluator::tr("none");
    QString text = values.mid(0, kCheckListedAtMost).join(QStringLiteral(", "));
    if (values.size() > kCheckListedAtMost)
        text =
            CheckEvaluator::tr("%1 and %n more", nullptr, int(values.size()) - kCheckListedAtMost)
                .arg(text);
    return text;
}

CheckOutcome checkOutcome(bool passed, const QString &message)
{
    return {passed ? CheckOutcome::Status::Passed : CheckOutcome::Status::Failed, message};
}

CheckOutcome checkNotRun(const QString &message)
{
    return {CheckOutcome::Status::Error, message};
}

// Compares text with the check's pattern; *bad is set for a regular expression that does not
// compile.
bool checkMatches(const Check &check, const QString &text, bool *bad)
{
    switch (check.match) {
    case Check::Match::Equals:
        return text == check.value;
    case Check::Match::Regex: {
        const QRegularExpression re(check.value);
        if (!re.isValid()) {
            *bad = true;
            return false;
        }
        return re.match(text).hasMatch();
    }
    case Check::Match::Contains:
        break;
    }
    return text.contains(check.value);
}

CheckOutcome checkSegments(const Check &check, const DcsResult &result)
{
    const DcsResponse &r = result.response;
    if (!r.hasSegments || result.request.request.cts != 2)
        return checkOutcome(false,
                            CheckEvaluator::tr("The answer lists no segment IDs to check; save the "
                                               "request with d_cts=2 so the DCS lists them."));
    const QSet<qint64> listed(r.segments.begin(), r.segments.end());
    QVector<qint64> wrong;
    const bool wanted = check.kind == Check::Kind::SegmentsQualified;
    for (qint64 id : check.ids) {
        if (listed.contains(id) != wanted)
            wrong.append(id);
    }
    if (wanted)
        return checkOutcome(
            wrong.isEmpty(),
            wrong.isEmpty()
                ? CheckEvaluator::tr("Qualified as expected: %1.").arg(checkListText(check.ids))
                : CheckEvaluator::tr("Expected to qualify: %1; not in the answer: %2. "
                                     "The answer lists: %3.")
                      .arg(checkListText(check.ids), checkListText(wrong),
                           checkListText(r.segments)));
    return checkOutcome(
        wrong.isEmpty(),
        wrong.isEmpty()
            ? CheckEvaluator::tr("Not qualified, as expected: %1.").arg(checkListText(check.ids))
            : CheckEvaluator::tr("Expected not to qualify: %1; the answer lists %2.")
                  .arg(checkListText(check.ids), checkListText(wrong)));
}

CheckOutcome checkDestinations(const Check &check, const DcsResult &result)
{
    const DcsResponse &r = result.response;
    const bool url = check.kind == Check::Kind::UrlDestination;
    if (url && !result.request.request.destinations && r.dests.isEmpty())
        return checkOutcome(false,
                            CheckEvaluator::tr("The answer lists no URL destinations to check; "
                                               "save the request with d_dst=1 so the DCS "
                                               "lists them."));
    QStringList seen;  // what the answer has of this kind (and name)
    QStringList found; // of those, what checkMatches the pattern
    bool bad = false;
    if (url) {
        for (const UrlDestination &d : r.dests) {
            // The URL that matched is the one shown: the https one when only it matches.
            QString text = d.url.isEmpty() ? d.secureUrl : d.url;
            if (check.value.isEmpty() || checkMatches(check, d.url, &bad)) {
                found.append(text);
            } else if (checkMatches(check, d.secureUrl, &bad)) {
                text = d.secureUrl;
                found.append(text);
            }
            seen.append(text);
        }
    } else {
        for (const CookieDestination &c : r.stuff) {
            if (c.name != check.name)
                continue;
            seen.append(c.value);
            if (check.value.isEmpty() || checkMatches(check, c.value, &bad))
                found.append(c.value);
        }
    }
    if (bad)
        return checkNotRun(CheckEvaluator::tr("“%1” is not a valid regular expression; correct the "
                                              "check.")
                               .arg(check.value));
    const bool passed = check.fired ? !found.isEmpty() : found.isEmpty();
    QString actual;
    if (url)
        actual = seen.isEmpty() ? CheckEvaluator::tr("The answer has no URL destination.")
                                : CheckEvaluator::tr("URL destinations in the answer: %1.")
                                      .arg(checkStringsText(seen));
    else
        actual = seen.isEmpty() ? CheckEvaluator::tr("The answer has no cookie %1.").arg(check.name)
                                : CheckEvaluator::tr("Cookie %1 in the answer: %2.")
                                      .arg(check.name, checkStringsText(seen));
    return checkOutcome(
        passed,
        CheckEvaluator::tr("Expected: %1. %2").arg(ColonText::continued(check.describe()), actual));
}

} // namespace

QString CheckOutcome::statusKey(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

QString CheckOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return CheckEvaluator::tr("passed");
    case Status::Failed:
        return CheckEvaluator::tr("FAILED");
    case Status::Error:
        break;
    }
    return CheckEvaluator::tr("NOT RUN");
}

CheckOutcome CheckEvaluator::evaluate(const Check &check, const DcsResult &result)
{
    if (check.kind == Check::Kind::Unknown)
        return checkNotRun(
            tr("This version of DCS Desk does not know the check kind “%1”; the check "
               "stays in the workspace as it is. Update DCS Desk to run it.")
                .arg(check.json.value(QLatin1String("kind")).toString()));
    if (!check.problem.isEmpty())
        return checkNotRun(check.problem);
    if (!result.hasResponse) {
        const QString why = result.failureMessage();
        return checkNotRun(
            why.isEmpty()
                ? tr("The call got no answer to check.")
                : tr("The call got no answer to check: %1").arg(ColonText::continued(why)));
    }
    const DcsResponse &r = result.response;
    switch (check.kind) {
    case Check::Kind::HttpStatus:
        return checkOutcome(result.httpStatus == check.status,
                            tr("Expected HTTP status %1, the answer has %2.")
                                .arg(check.status)
                                .arg(result.httpStatus));
    case Check::Kind::NoErrors:
    case Check::Kind::ErrorCodes: {
        QVector<int> codes;
        for (const DcsError &e : r.errors)
            codes.append(e.code);
        QVector<int> wanted = check.kind == Check::Kind::NoErrors ? QVector<int>() : check.codes;
        QVector<int> sortedCodes = codes;
        std::sort(sortedCodes.begin(), sortedCodes.end());
        sortedCodes.erase(std::unique(sortedCodes.begin(), sortedCodes.end()), sortedCodes.end());
        std::sort(wanted.begin(), wanted.end());
        wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
        const QString expected =
            wanted.isEmpty() ? tr("no DCS errors") : tr("DCS errors %1").arg(checkListText(wanted));
        return checkOutcome(
            sortedCodes == wanted,
            tr("Expected %1, the answer has: %2.").arg(expected, checkListText(codes)));
    }
    case Check::Kind::SegmentsQualified:
    case Check::Kind::SegmentsNotQualified:
        return checkSegments(check, result);
    case Check::Kind::UrlDestination:
    case Check::Kind::CookieDestination:
        return checkDestinations(check, result);
    case Check::Kind::Uuid: {
        const QString actual = r.uuid.isEmpty() ? tr("the answer has no uuid")
                                                : tr("the answer's uuid is %1").arg(r.uuid);
        if (check.value.isEmpty())
            return checkOutcome(!r.uuid.isEmpty(), tr("Expected a uuid: %1.").arg(actual));
        return checkOutcome(r.uuid == check.value,
                            tr("Expected uuid %1, %2.").arg(check.value, actual));
    }
    case Check::Kind::DcsRegion: {
        const QString actual = r.hasRegion() ? tr("the answer's dcs_region is %1").arg(r.dcsRegion)
                                             : tr("the answer has no dcs_region");
        if (!check.hasRegion)
            return checkOutcome(r.hasRegion(), tr("Expected a dcs_region: %1.").arg(actual));
        return checkOutcome(r.hasRegion() && r.dcsRegion == check.region,
                            tr("Expected dcs_region %1, %2.").arg(check.region).arg(actual));
    }
    case Check::Kind::AnswerTime: {
        const double ms = result.timing.finished;
        if (ms < 0)
            return checkNotRun(tr("The call's timing is not known, so its answer time cannot be "
                                  "checked."));
        return checkOutcome(ms < check.underMs,
                            tr("Expected an answer within %1 ms, it took %2 ms.")
                                .arg(check.underMs)
                                .arg(qRound(ms)));
    }
    case Check::Kind::Header: {
        for (const auto &h : r.headers) {
            if (h.first.compare(check.name.toLatin1(), Qt::CaseInsensitive) == 0)
                return checkOutcome(
                    true,
                    tr("Header %1 is present: %2").arg(check.name, QString::fromLatin1(h.second)));
        }
        return checkOutcome(
            false, tr("Expected header %1, the answer has no such header.").arg(check.name));
    }
    case Check::Kind::Unknown:
        break;
    }
    return checkNotRun(QString());
}

} // namespace dcsdesk
