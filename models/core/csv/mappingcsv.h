#pragma once

#include "csv/importreport.h"
#include "workspace/changeset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace dcsdesk {

// Segment mappings as CSV with the columns of Adobe's bulk tool: destination ID and name, segment
// ID and name, mapping value, second value, start date, end date, priority. Export writes what a
// spreadsheet opens cleanly; import is always a dry run first: it says for every row whether it
// adds, updates, leaves unchanged or cannot be used (and why), and yields one ChangeSet, so the
// import is applied as one undo step or not at all.
class MappingCsv
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::MappingCsv)

public:
    enum Column {
        DestinationIdColumn,
        DestinationNameColumn,
        SegmentIdColumn,
        SegmentNameColumn,
        ValueColumn,
        SecondValueColumn,
        StartDateColumn,
        EndDateColumn,
        PriorityColumn,
        ColumnCount
    };
    // The header row, in English on purpose: the file format is the same in every language.
    static QStringList headers();

    // The mappings of the given destinations (all when empty), destination by destination in
    // workspace order. Dates are ISO (YYYY-MM-DD); a mapping that never ends has an empty end.
    static QByteArray exportDestinations(const Workspace &workspace,
                                         const QList<qint64> &destinationIds,
                                         QChar delimiter = QLatin1Char(','));
    static QByteArray exportMappings(const Workspace &workspace, const QVector<int> &mappingIndexes,
                                     QChar delimiter = QLatin1Char(','));

    struct ImportOptions
    {
        // When set, rows for any other destination are errors (importing into one destination
        // from its mapping editor); rows may then leave the destination columns empty.
        qint64 onlyDestination = 0;
    };
    struct ImportPlan
    {
        ImportReport report;
        ChangeSet changes; // every row that is not an error
        QChar delimiter;
        // True when applying changes would apply the whole file: readable, no row in error.
        bool complete() const { return !report.hasErrors(); }
    };
    static ImportPlan planImport(const Workspace &workspace, const QByteArray &bytes,
                                 const ImportOptions &options);
    // The same plan for files of any length: each row goes to onRow, in file order, as soon as
    // its result is known, instead of being kept; the returned report has the counts, notes and
    // file error but no rows, and the changes are collected only when `changes` is given. The
    // file is read twice, record by record (all rows are checked before the first is reported),
    // so memory grows by a few dozen bytes per valid row, not by the report.
    using RowSink = std::function<void(const ImportReportRow &)>;
    static ImportReport streamImport(const Workspace &workspace, const QByteArray &bytes,
                                     const ImportOptions &options, const RowSink &onRow,
                                     ChangeSet *changes, QChar *delimiter = nullptr);

    // Dates as the import reads them: ISO first, then the unambiguous forms spreadsheets write
    // (2026/03/31, 2026.03.31, ISO with a time) and the system locale's short format with a
    // four-digit year. Invalid when none fits.
    static QDate parseDate(const QString &text);
};

} // namespace dcsdesk
