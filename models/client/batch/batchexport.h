#pragma once

#include "batchrowresult.h"

#include <QCoreApplication>
#include <QIODevice>

namespace dcsdesk {

// Writes batch results as CSV (UTF-8 with a BOM by default, so Excel reads it as UTF-8; without
// one on request, for scripts) or JSON Lines (one object per row). The format follows the file
// name: .jsonl / .ndjson give JSON Lines, anything else CSV. Files are written atomically.
class BatchExport
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::BatchExport)

public:
    enum class Format { Csv, JsonLines };

    static Format formatForPath(const QString &path);
    static QByteArray toCsv(const QVector<BatchRowResult> &rows, bool bom = true);
    static QByteArray toJsonLines(const QVector<BatchRowResult> &rows);
    // rows that are still pending or running are left out. Returns false with a translated reason.
    static bool write(const QString &path, const QVector<BatchRowResult> &rows, QString *error,
                      bool bom = true);
    static bool write(QIODevice &device, Format format, const QVector<BatchRowResult> &rows,
                      QString *error, bool bom = true);
};

} // namespace dcsdesk
