#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// The per-row outcome of an import dry run: what would happen to each row of the file and why.
// Mapping and segment imports both produce one, so one report model and dialog show either.
struct ImportReportRow
{
    enum class Result { Added, Updated, Unchanged, Error };

    int line = 0; // 1-based line of the file where the row starts
    Result result = Result::Error;
    QStringList cells; // what identifies the row, one per ImportReport::columns
    QString details;   // translated: the error and what to do, or what changes

};

struct ImportReport
{
    // What the rows are. The words for "added" and "updated" agree with it in Spanish
    // ("asignaciones añadidas", "segmentos añadidos").
    enum class Items { Mappings, Segments };
    Items items = Items::Mappings;
    QStringList columns;            // translated headers of ImportReportRow::cells
    bool positionsAreItems = false; // ImportReportRow::line counts items (JSON), not lines
    QVector<ImportReportRow> rows;
    QString fileError; // translated; set when the file could not be read at all
    QStringList notes; // translated remarks about the whole file (encoding, ignored columns)
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int errors = 0;

    void count();
    void tally(ImportReportRow::Result result); // counts one more row
    bool hasErrors() const { return !fileError.isEmpty() || errors > 0; }
    QString summary() const; // translated, e.g. "3 added, 1 updated, 40 unchanged, 2 errors"
    static QString resultName(ImportReportRow::Result result, Items items); // translated
    // The report as CSV (line, result, the identifying cells, details), to keep or send on.
    QByteArray toCsv(QChar delimiter = QLatin1Char(',')) const;
};

} // namespace dcsdesk
