#include "mappingcsv.h"

#include "csv/csv.h"
#include "system/datetext.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace dcsdesk {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QStringList recordOf(const Workspace &ws, const SegmentMapping &m)
{
    const Destination *d = ws.destination(m.destinationId);
    const Segment *s = ws.segment(m.sid);
    QStringList row;
    row.reserve(MappingCsv::ColumnCount);
    row << QString::number(m.destinationId) << (d ? d->name : QString()) << QString::number(m.sid)
        << (s ? s->name : QString()) << m.value << m.secondValue << isoDate(m.startDate)
        << isoDate(m.endDate) << (m.priority > 0 ? QString::number(m.priority) : QString());
    return row;
}

} // namespace

QStringList MappingCsv::headers()
{
    return {QStringLiteral("Destination ID"), QStringLiteral("Destination Name"),
            QStringLiteral("Segment ID"),     QStringLiteral("Segment Name"),
            QStringLiteral("Mapping Value"),  QStringLiteral("Second Value"),
            QStringLiteral("Start Date"),     QStringLiteral("End Date"),
            QStringLiteral("Priority")};
}

QByteArray MappingCsv::exportMappings(const Workspace &ws, const QVector<int> &mappingIndexes,
                                      QChar delimiter)
{
    QVector<QStringList> records;
    records.reserve(mappingIndexes.size() + 1);
    records.append(headers());
    for (int i : mappingIndexes) {
        if (i >= 0 && i < ws.mappings.size())
            records.append(recordOf(ws, ws.mappings[i]));
    }
    return Csv::write(records, delimiter);
}

QByteArray MappingCsv::exportDestinations(const Workspace &ws, const QList<qint64> &destinationIds,
                                          QChar delimiter)
{
    QVector<int> indexes;
    indexes.reserve(ws.mappings.size());
    if (destinationIds.isEmpty()) {
        for (const Destination &d : ws.destinations)
            indexes += ws.mappingIndexesOf(d.id);
    } else {
        for (qint64 id : destinationIds)
            indexes += ws.mappingIndexesOf(id);
    }
    return exportMappings(ws, indexes, delimiter);
}

QDate MappingCsv::parseDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression isoWithTime(
        QStringLiteral("^(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?$"));
    const QRegularExpressionMatch timeMatch = isoWithTime.match(text);
    const QString dayText = timeMatch.hasMatch() ? timeMatch.captured(1) : text;
    for (const char *format : {"yyyy-M-d", "yyyy/M/d", "yyyy.M.d"}) {
        const QDate d = QDate::fromString(dayText, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    // What a spreadsheet on this machine writes when it reformats the date column.
    for (const QLocale &locale : {QLocale::system(), QLocale()}) {
        const QDate d = QDate::fromString(text, DateText::format(locale));
        if (d.isValid())
            return d;
    }
    return DateText::parse(text).date; // "31 Mar 2027", "31.03.2027" with any separator
}

} // namespace dcsdesk
