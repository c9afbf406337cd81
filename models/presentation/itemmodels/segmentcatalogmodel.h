#pragma once

#include "workspace/workspacedocument.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dcsdesk {

// The segment catalogue: ID, name, integration code, status, rule and how many destinations each
// segment is mapped to. In-place edits push undo commands through the document.
class SegmentCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SidColumn,
        NameColumn,
        CodeColumn,
        StatusColumn,
        RuleColumn,
        DestinationsColumn,
        ColumnCount
    };

    explicit SegmentCatalogModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    qint64 sidAt(int row) const;
    // Compares two rows the way SortRole orders them, without QVariants (for the sort proxy).
    bool rowLessThan(int leftRow, int rightRow, int column) const;
    int rowOf(qint64 sid) const;

private:
    int destinationCount(qint64 sid) const;

    WorkspaceDocument *m_document;
    mutable QHash<qint64, int> m_destinationCounts;
    mutable bool m_countsValid = false;
};

} // namespace dcsdesk
