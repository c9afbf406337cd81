#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace dcsdesk {

class HistoryStore;
struct HistoryEntry;

// The history as a table, newest first, narrowed by a search query (HistoryEntry::matches).
class HistoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Status, Method, Profile, Target, UserId, Errors, Duration, Summary, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit HistoryListModel(HistoryStore *store, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    const HistoryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    void onEntryAdded(int storeIndex);

    QPointer<HistoryStore> m_store;
    QString m_query;
    QVector<int> m_rows; // store indexes, newest first
};

} // namespace dcsdesk
