#include "importreport.h"

#include "csv.h"

#include <QCoreApplication>

namespace dcsdesk {

QString ImportReportRow::resultName(Result result)
{
    switch (result) {
    case Result::Added:
        return QCoreApplication::translate("dcsdesk::ImportReport", "Added");
    case Result::Updated:
        return QCoreApplication::translate("dcsdesk::ImportReport", "Updated");
    case Result::Unchanged:
        return QCoreApplication::translate("dcsdesk::ImportReport", "Unchanged");
    case Result::Error:
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
    return QCoreApplication::translate("dcsdesk::ImportReport", "%1, %2, %3, %4")
        .arg(QCoreApplication::translate("dcsdesk::ImportReport", "%n added", nullptr, added),
             QCoreApplication::translate("dcsdesk::ImportReport", "%n updated", nullptr, updated),
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
        record << QString::number(row.line) << ImportReportRow::resultName(row.result) << row.cells;
        while (record.size() < header.size() - 1)
            record << QString();
        record << row.details;
        records.append(record);
    }
    return Csv::write(records, delimiter);
}

} // namespace dcsdesk
