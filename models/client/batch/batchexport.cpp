#include "batchexport.h"

#include "csv/csv.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace dcsdesk {

BatchExport::Format BatchExport::formatForPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".jsonl")) || lower.endsWith(QLatin1String(".ndjson")))
        return Format::JsonLines;
    return Format::Csv;
}

QByteArray BatchExport::toCsv(const QVector<BatchRowResult> &rows, bool bom)
{
    QVector<QStringList> records;
    records.reserve(rows.size() + 1);
    records.append(BatchRowResult::csvHeader());
    for (const BatchRowResult &r : rows) {
        if (r.isFinal())
            records.append(r.toCsvRecord());
    }
    return Csv::write(records, QLatin1Char(','), bom);
}

QByteArray BatchExport::toJsonLines(const QVector<BatchRowResult> &rows)
{
    QByteArray out;
    for (const BatchRowResult &r : rows) {
        if (!r.isFinal())
            continue;
        out += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

bool BatchExport::write(QIODevice &device, Format format, const QVector<BatchRowResult> &rows,
                        QString *error, bool bom)
{
    const QByteArray bytes = format == Format::JsonLines ? toJsonLines(rows) : toCsv(rows, bom);
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Cannot write the results: %1").arg(device.errorString());
        return false;
    }
    return true;
}

bool BatchExport::write(const QString &path, const QVector<BatchRowResult> &rows, QString *error,
                        bool bom)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2. Choose another folder or file name.")
                         .arg(path, file.errorString());
        return false;
    }
    if (!write(file, formatForPath(path), rows, error, bom))
        return false;
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2. Choose another folder or file name.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dcsdesk
