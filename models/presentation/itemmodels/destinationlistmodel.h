#pragma once

#include "workspace/workspacedocument.h"

#include <QAbstractTableModel>
#include <QDate>

namespace dcsdesk {

// The destination list: one row per destination in file order, with the mapped-segment counts and
// a status summary (invalid settings, expired mappings) that the list's badge shows. Renaming in
// place goes through the document's undo stack.
class DestinationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        PlatformColumn,
        MappedColumn,
        StatusColumn,
        ChangedColumn,
        ColumnCount
    };

    explicit DestinationListModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    int rowOf(qint64 destinationId) const;
    qint64 idAt(int row) const;
    void setToday(const QDate &today); // for tests; defaults to the current date
    // After a language change: headers, type names and status texts are translated again.
    void retranslate();

private:
    struct Status
    {
        int activeMappings = 0;
        int totalMappings = 0;
        int expiredMappings = 0;
        int errors = 0;
        int warnings = 0;
        QStringList messages;
    };
    const Status &statusAt(int row) const;
    void invalidateStatus();

    WorkspaceDocument *m_document;
    QDate m_today;
    mutable QVector<Status> m_status; // per row, built on demand
    mutable bool m_statusValid = false;
};

} // namespace dcsdesk
