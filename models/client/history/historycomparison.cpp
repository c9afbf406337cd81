#include "historycomparison.h"

#include <QLocale>
#include <QUrl>

namespace dcsdesk {

namespace {

// A header's name matches whatever its case (RFC 9110 §5.1: HTTP/2 sends them in lower case).
struct Field
{
    QString first;
    QString second;
    bool header = false;

    bool sameName(const Field &o) const
    {
        return header && o.header ? first.compare(o.first, Qt::CaseInsensitive) == 0
                                  : first == o.first;
    }
};
using Fields = QVector<Field>;

// Pairs the two sides by field name, in the left side's order, then the right side's extra ones;
// a name repeated (two Set-Cookie lines) pairs by occurrence.
void addSection(QVector<HistoryComparison::Row> &rows, const QString &section, const Fields &left,
                const Fields &right)
{
    QVector<bool> used(right.size(), false);
    for (const auto &l : left) {
        QString value;
        bool found = false;
        for (int i = 0; i < right.size(); ++i) {
            if (!used[i] && right[i].sameName(l)) {
                used[i] = true;
                value = right[i].second;
                found = true;
                break;
            }
        }
        rows.append({section, l.first, l.second, value, !found || value != l.second});
    }
    for (int i = 0; i < right.size(); ++i) {
        if (!used[i])
            rows.append({section, right[i].first, QString(), right[i].second, true});
    }
}

Fields requestFields(const HistoryEntry &e, const DcsResult &r)
{
    Fields f;
    f.append({HistoryComparison::tr("Method"), e.method});
    const QUrl url(e.url);
    f.append({HistoryComparison::tr("Target"), url.scheme() + QStringLiteral("://") +
                                                   url.authority() + url.path()});
    for (const auto &h : r.request.headers)
        f.append({QString::fromLatin1(h.first), QString::fromLatin1(h.second), true});
    // A POST's pairs are in its body, and may also be in its query (as browsers send them).
    QByteArray pairs = url.query(QUrl::FullyEncoded).toUtf8();
    if (e.method == QLatin1String("POST"))
        pairs += '&' + e.requestBody.toUtf8();
    for (const QByteArray &piece : pairs.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QByteArray key = eq < 0 ? piece : piece.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : piece.mid(eq + 1);
        f.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                  QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return f;
}

Fields answerFields(const HistoryEntry &e, const DcsResult &r)
{
    Fields f;
    f.append({HistoryComparison::tr("Outcome"), e.outcomeText()}); // never the stored key
    f.append({HistoryComparison::tr("HTTP status"),
              e.httpStatus > 0 ? QString::number(e.httpStatus) : QString()});
    if (!e.error.isEmpty())
        f.append({HistoryComparison::tr("Failure"), e.error});
    for (const auto &h : r.headers)
        f.append({QString::fromLatin1(h.first), QString::fromLatin1(h.second), true});
    f.append({HistoryComparison::tr("Body size"), QLocale().toString(e.bodySize)});
    return f;
}

Fields decodedFields(const DcsResult &r)
{
    Fields f;
    if (!r.hasResponse)
        return f;
    const DcsResponse &d = r.response;
    f.append({QStringLiteral("uuid"), d.uuid});
    f.append({QStringLiteral("tid"), d.tid});
    f.append({QStringLiteral("dcs_region"),
              d.dcsRegion == DcsResponse::NoRegion ? QString() : QString::number(d.dcsRegion)});
    for (const CookieDestination &c : d.stuff)
        f.append({HistoryComparison::tr("Cookie %1").arg(c.name), c.value});
    for (int i = 0; i < d.dests.size(); ++i)
        f.append({HistoryComparison::tr("URL destination %1").arg(i + 1), d.dests.at(i).url});
    QStringList traits, segments, errors;
    for (qint64 t : d.traits)
        traits << QString::number(t);
    for (qint64 s : d.segments)
        segments << QString::number(s);
    for (const DcsError &err : d.errors)
        errors << QString::number(err.code);
    f.append({HistoryComparison::tr("Traits"), traits.join(QLatin1Char(','))});
    f.append({HistoryComparison::tr("Segments"), segments.join(QLatin1Char(','))});
    f.append({HistoryComparison::tr("Error codes"), errors.join(QLatin1Char(','))});
    return f;
}

} // namespace

QVector<HistoryComparison::Row> HistoryComparison::compare(const HistoryEntry &left,
                                                           const HistoryEntry &right)
{
    const DcsResult l = left.toResult();
    const DcsResult r = right.toResult();
    QVector<Row> rows;
    addSection(rows, tr("Request"), requestFields(left, l), requestFields(right, r));
    addSection(rows, tr("Answer"), answerFields(left, l), answerFields(right, r));
    addSection(rows, tr("Decoded"), decodedFields(l), decodedFields(r));
    return rows;
}

int HistoryComparison::countDiffering(const QVector<Row> &rows)
{
    int n = 0;
    for (const Row &row : rows)
        n += row.differs ? 1 : 0;
    return n;
}

} // namespace dcsdesk
