#pragma once

#include "validation/finding.h"
#include "workspace/workspacedocument.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace dcsdesk {

// The mappings of one destination, one row each, with the columns its type needs and a flags
// column built from the validation layer (expired, future, duplicate, overlap, invalid value,
// unknown segment). Rows keep file order; sorting and filtering happen in a proxy.
class MappingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SidColumn,
        SegmentNameColumn,
        ValueColumn,
        SecondValueColumn,
        StartColumn,
        EndColumn,
        PriorityColumn,
        FlagsColumn,
        ColumnCount
    };

    explicit MappingTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setDestination(qint64 destinationId);
    qint64 destinationId() const { return m_destinationId; }
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    // Without QAbstractTableModel's virtual rowCount()/columnCount() round trip: the sort proxy
    // asks for two indexes per comparison, 1.7 million times when sorting 100,000 rows.
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;

    qint64 mappingIdAt(int row) const;
    // Straight accessors for the filter proxy (no QModelIndex, no QVariant per row).
    SegmentMapping::Schedule scheduleAt(int row) const;
    int severityAt(int row) const; // worst finding, -1 for none (as SeverityRole)
    // The row's search text (segment ID, name, integration code, values), case-folded.
    const QString &searchKeyAt(int row) const { return searchTextAt(row); }

    // Counts for the editor's summary line, straight from the rows and the cached findings.
    struct Summary
    {
        int rows = 0;
        int active = 0;
        int expired = 0;
        int future = 0;
        int flagged = 0;
        int invalid = 0;
    };
    Summary summary() const;
    // Compares two rows by a column the way SortRole orders them, without building QVariants:
    // the sort proxy calls it n log n times.
    bool rowLessThan(int leftRow, int rightRow, int column) const;
    int rowOfMapping(qint64 mappingId) const;
    // Whether a column applies to the current destination's type (views hide the others).
    bool columnApplies(int column) const;
    QString valueHeader() const;

private:
    // Above this many (changed rows x rows), a change is announced as a layout change: see
    // announceChange().
    static constexpr qint64 LargeChangeCost = 20'000'000;
    bool isLargeChange(int changedRows) const;
    // dataChanged for a few rows; for many, a layout change. QSortFilterProxyModel handles a
    // large dataChanged row by row and inserts rows that start to pass its filter interval by
    // interval, each in O(n) - quadratic for thousands of scattered rows - while a layout change
    // makes it rebuild its mapping once in O(n log n).
    void announceChange(int firstRow, int lastRow, int changedRows);
    void ensureSortKeys(int column) const;
    void setSortKey(int row, int column) const;
    QString buildSearchText(int row) const;
    // Refreshes the cached findings, search text and sort keys of a few changed rows.
    void updateRows(const QVector<int> &rows);
    void computeGroupFindings(qint64 sid) const;
    void rebuildRows();
    const QVector<Finding> &findingsAt(int row) const;
    const QString &searchTextAt(int row) const;
    void invalidateFindings();
    const SegmentMapping &mappingAt(int row) const;

    WorkspaceDocument *m_document;
    qint64 m_destinationId = 0;
    QDate m_today;
    bool m_resetting = false;     // between aboutToReset and resetDone of the mappings
    QVector<int> m_rows;          // workspace mapping indexes
    QHash<int, int> m_rowOfIndex; // workspace mapping index -> row
    // Findings per row: the row's own first (m_singleFindings of them), then those of its
    // segment's group (duplicates, overlaps), so an edit recomputes one group, not the table.
    mutable QVector<QVector<Finding>> m_findings;
    mutable QVector<int> m_singleFindings;
    mutable QVector<qint64> m_rowSid;
    mutable QHash<qint64, QVector<int>> m_rowsBySid;
    mutable bool m_findingsValid = false;
    // What the search box matches, per row, built once per change: filtering 100,000 rows then
    // compares strings instead of assembling them.
    mutable QVector<QString> m_searchText;
    mutable bool m_searchTextValid = false;
    // Sort keys of one column, per row: case-folded text or a number.
    mutable int m_sortKeyColumn = -1;
    mutable QVector<QString> m_textKeys;
    mutable QVector<qint64> m_numberKeys;
    // The summary counts the table, not the filtered rows: the editor asks for it after every
    // filter keystroke and sort, which must not re-count 100,000 rows.
    mutable Summary m_summary;
    mutable bool m_summaryValid = false;
};

} // namespace dcsdesk
