#include "checksfromcomparison.h"

#include "workspace/workspace.h"

namespace dcsdesk {

namespace {

using Row = ExpectedVsActual::Row;
using Status = ExpectedVsActual::Status;

// Where a URL's cache-busting values may differ call by call, only its start is compared.
QString urlBase(const QString &url)
{
    qsizetype end = url.indexOf(QLatin1Char('?'));
    const qsizetype macro = url.indexOf(QLatin1Char('%'));
    if (macro >= 0 && (end < 0 || macro < end))
        end = macro;
    return end < 0 ? url : url.left(end);
}

bool hasVaryingMacro(const Destination *d)
{
    if (!d)
        return true;
    for (const QString &format : {d->urlFormat, d->secureUrlFormat}) {
        if (format.contains(QLatin1String("%rnd%"), Qt::CaseInsensitive) ||
            format.contains(QLatin1String("%timestamp%"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString commonPrefix(const QString &a, const QString &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return a.left(n);
}

Check destinationCheck(Check::Kind kind, bool fired, Check::Match match, const QString &value)
{
    Check c;
    c.kind = kind;
    c.fired = fired;
    c.match = match;
    c.value = value;
    return c;
}

Check urlCheck(const Workspace &ws, const Row &row)
{
    const Destination *d = ws.destination(row.destinationId);
    switch (row.status) {
    case Status::Match: {
        if (row.actual == row.expected)
            return destinationCheck(Check::Kind::UrlDestination, true, Check::Match::Equals,
                                    row.actual);
        QString prefix = commonPrefix(row.expected, row.actual);
        if (prefix.size() < urlBase(row.expected).size())
            prefix = urlBase(row.expected);
        return destinationCheck(Check::Kind::UrlDestination, true, Check::Match::Contains, prefix);
    }
    case Status::Missing:
    case Status::Different:
        if (!hasVaryingMacro(d))
            return destinationCheck(Check::Kind::UrlDestination, true, Check::Match::Equals,
                                    row.expected);
        return destinationCheck(Check::Kind::UrlDestination, true, Check::Match::Contains,
                                urlBase(row.expected));
    case Status::Unexpected:
        return destinationCheck(Check::Kind::UrlDestination, false, Check::Match::Contains,
                                urlBase(row.actual));
    case Status::NotExpected:
        break;
    }
    const QString format =
        d ? (d->secureUrlFormat.isEmpty() ? d->urlFormat : d->secureUrlFormat) : QString();
    return destinationCheck(Check::Kind::UrlDestination, false, Check::Match::Contains,
                            urlBase(format));
}

Check cookieCheck(const Workspace &ws, const Row &row)
{
    const QString text = row.status == Status::Match ? row.actual : row.expected;
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    Check c;
    c.kind = Check::Kind::CookieDestination;
    switch (row.status) {
    case Status::Match:
    case Status::Missing:
    case Status::Different:
        c.name = text.left(eq);
        c.match = Check::Match::Equals;
        c.value = text.mid(eq + 1);
        return c;
    case Status::Unexpected:
        c.name = row.actual.left(row.actual.indexOf(QLatin1Char('=')));
        break;
    case Status::NotExpected:
        if (const Destination *d = ws.destination(row.destinationId))
            c.name = d->cookieName;
        break;
    }
    c.fired = false;
    return c;
}

bool sameDestination(const Check &a, const Check &b)
{
    return a.kind == b.kind && a.fired == b.fired && a.name == b.name && a.value == b.value &&
           (a.value.isEmpty() || a.match == b.match);
}

} // namespace

bool ChecksFromComparison::covered(const Check &check, const QVector<Check> &existing)
{
    for (const Check &e : existing) {
        if (e.kind != check.kind)
            continue;
        if (check.kind == Check::Kind::SegmentsQualified ||
            check.kind == Check::Kind::SegmentsNotQualified) {
            bool all = true;
            for (qint64 id : check.ids)
                all = all && e.ids.contains(id);
            if (all)
                return true;
        } else if (sameDestination(check, e)) {
            return true;
        }
    }
    return false;
}

ChecksFromComparison::Conversion
ChecksFromComparison::convert(const Workspace &workspace, const ExpectedVsActual::Result &result,
                              const QVector<Check> &existing)
{
    Conversion out;
    QVector<Check> known = existing;
    for (const Row &row : result.rows) {
        Check c;
        if (row.kind == ExpectedVsActual::Kind::Segment) {
            c.kind = row.status == Status::Unexpected ? Check::Kind::SegmentsNotQualified
                                                      : Check::Kind::SegmentsQualified;
            c.ids = {row.sids.value(0)};
        } else if (row.kind == ExpectedVsActual::Kind::Cookie) {
            c = cookieCheck(workspace, row);
            if (c.name.isEmpty()) {
                out.notConverted.append(
                    tr("Cookie destination %1: no cookie name to check.").arg(row.destinationId));
                continue;
            }
        } else {
            c = urlCheck(workspace, row);
            if (c.value.isEmpty()) {
                out.notConverted.append(
                    tr("URL destination %1: no URL to check.").arg(row.destinationId));
                continue;
            }
        }
        if (covered(c, known)) {
            out.skipped.append(c.describe());
            continue;
        }
        c.json = c.toJson();
        known.append(c);
        out.added.append(c);
    }
    if (result.hiddenRows > 0)
        out.notConverted.append(tr("%n row(s) not shown in the table were not turned into checks.",
                                   nullptr, result.hiddenRows));
    return out;
}

} // namespace dcsdesk
