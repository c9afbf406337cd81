#include "importreport.h"

#include "csv.h"

#include <QCoreApplication>

namespace dcsdesk {

QString ImportReport::resultName(ImportReportRow::Result result, Items items)
{
    // Each message spelled out so that lupdate sees it, once per kind of item.
    const bool segments = items == Items::Segments;
    switch (result) {
    case ImportReportRow::Result::Added:
        return segments ? QCoreApplication::translate("dcsdesk::ImportReport", "Added", "segments")
                        : QCoreApplication::translate("dcsdesk::ImportReport", "Added", "mappings");
    case ImportReportRow::Result::Updated:
        return segments
                   ? QCoreApplication::translate("dcsdesk::ImportReport", "Updated", "segments")
                   : QCoreApplication::translate("dcsdesk::ImportReport", "Updated", "mappings");
    case ImportReportRow::Result::Unchanged:
        return QCoreApplication::translate("dcsdesk::ImportReport", "Unchanged");
    case ImportReportRow::Result::Error:
        return QCoreApplication::translate("dcsdesk::ImportReport", "Error");
    }
    return {};
}

void ImportReport::count()
{
    added = updated = unchanged = errors = 0;
    for (const ImportReportRow &row : rows)
        tally(row.result);
}

void ImportReport::tally(ImportReportRow::Result result)
{
    switch (result) {
    case ImportReportRow::Result::Added:
        ++added;
        break;
    case ImportReportRow::Result::Updated:
        ++updated;
        break;
    case ImportReportRow::Result::Unchanged:
        ++unchanged;
        break;
    case ImportReportRow::Result::Error:
        ++errors;
        break;
    }
}

QString ImportReport::summary() const
{
    if (!fileError.isEmpty())
        return fileError;
    // Each message spelled out so that lupdate sees it (a variable text would stay English).
    const bool segments = items == Items::Segments;
    return QCoreApplication::translate("dcsdesk::ImportReport", "%1, %2, %3, %4")
        .arg(segments ? QCoreApplication::translate("dcsdesk::ImportReport", "%n added", "segments",
                                                    added)
                      : QCoreApplication::translate("dcsdesk::ImportReport", "%n added", "mappings",
                                                    added),
             segments ? QCoreApplication::translate("dcsdesk::ImportReport", "%n updated",
                                                    "segments", updated)
                      : QCoreApplication::translate("dcsdesk::ImportReport", "%n updated",
                                                    "mappings", updated),
             QCoreApplication::translate("dcsdesk::ImportReport", "%n unchanged", nullptr,
                                         unchanged),
             QCoreApplication::translate("dcsdesk::ImportReport", "%n error(s)", nullptr, errors));
}

QByteArray ImportReport::toCsv(QChar delimiter) const
{
    QVector<QStringList> records;
    records.reserve(rows.size() + 1);
    QStringList header;
    header << (positionsAreItems ? QCoreApplication::translate("dcsdesk::ImportReport", "Item")
                                 : QCoreApplication::translate("dcsdesk::ImportReport", "Line"))
           << QCoreApplication::translate("dcsdesk::ImportReport", "Result") << columns
           << QCoreApplication::translate("dcsdesk::ImportReport", "Details");
    records.append(header);
    for (const ImportReportRow &row : rows) {
        QStringList record;
        record << QString::number(row.line) << resultName(row.result, items) << row.cells;
        while (record.size() < header.size() - 1)
            record << QString();
        record << row.details;
        records.append(record);
    }
    return Csv::write(records, delimiter);
}

} // namespace dcsdesk
