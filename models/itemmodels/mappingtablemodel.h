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

    qint64 mappingIdAt(int row) const;
    int rowOfMapping(qint64 mappingId) const;
    // Whether a column applies to the current destination's type (views hide the others).
    bool columnApplies(int column) const;
    QString valueHeader() const;

private:
    void rebuildRows();
    const QVector<Finding> &findingsAt(int row) const;
    void invalidateFindings();
    const SegmentMapping &mappingAt(int row) const;

    WorkspaceDocument *m_document;
    qint64 m_destinationId = 0;
    QDate m_today;
    QVector<int> m_rows;          // workspace mapping indexes
    QHash<int, int> m_rowOfIndex; // workspace mapping index -> row
    mutable QVector<QVector<Finding>> m_findings;
    mutable bool m_findingsValid = false;
};

} // namespace dcsdesk
