#pragma once

#include "batchrowresult.h"

#include <QCoreApplication>
#include <QIODevice>

namespace dcsdesk {

// Writes batch results as CSV (UTF-8 with BOM, opens in Excel and LibreOffice) or JSON Lines
// (one object per row, for scripts). The format follows the file name: .jsonl / .ndjson give
// JSON Lines, anything else CSV. Files are written atomically.
class BatchExport
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::BatchExport)

public:
    enum class Format { Csv, JsonLines };

    static Format formatForPath(const QString &path);
    static QByteArray toCsv(const QVector<BatchRowResult> &rows);
    static QByteArray toJsonLines(const QVector<BatchRowResult> &rows);
    // rows that are still pending or running are left out. Returns false with a translated reason.
    static bool write(const QString &path, const QVector<BatchRowResult> &rows, QString *error);
    static bool write(QIODevice &device, Format format, const QVector<BatchRowResult> &rows,
                      QString *error);
};

} // namespace dcsdesk
