#include "historylistmodel.h"

#include "historystore.h"
#include "system/datetext.h"

#include <QLocale>
#include <QUrl>

namespace dcsdesk {

HistoryListModel::HistoryListModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &HistoryStore::aboutToReset, this, [this]() { beginResetModel(); });
    connect(store, &HistoryStore::reset, this, [this]() {
        m_rows.clear();
        for (int i = int(m_store->entries().size()) - 1; i >= 0; --i) {
            if (m_store->entries()[i].matches(m_query))
                m_rows.append(i);
        }
        endResetModel();
    });
    connect(store, &HistoryStore::entryAdded, this, &HistoryListModel::onEntryAdded);
    rebuild();
}

void HistoryListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        for (int i = int(m_store->entries().size()) - 1; i >= 0; --i) {
            if (m_store->entries()[i].matches(m_query))
                m_rows.append(i);
        }
    }
    endResetModel();
}

void HistoryListModel::onEntryAdded(int storeIndex)
{
    if (!m_store->entries()[storeIndex].matches(m_query))
        return;
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend(storeIndex);
    endInsertRows();
}

void HistoryListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    rebuild();
}

const HistoryEntry *HistoryListModel::entryAt(int row) const
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_store->entries()[m_rows[row]];
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return QVariant();
    if (role == EntryIdRole)
        return e->id;
    if (role == Qt::ToolTipRole) {
        if (e->kind != HistoryEntry::Kind::Call)
            return e->summaryText();
        return e->error.isEmpty() ? e->url : e->error;
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Time:
        return DateText::dateTime(e->time.toLocalTime());
    case Status:
        return e->statusText();
    case Method:
        return e->method;
    case Profile:
        return e->profileName.isEmpty() ? e->alias : e->profileName;
    case Target: {
        // Where the call went: the server, and the alias when Host names another one.
        const QString server = QUrl(e->url).authority();
        const QString host =
            e->alias.isEmpty() ? QString() : e->alias + QStringLiteral(".demdex.net");
        return host.isEmpty() || host == server ? server : tr("%1 (Host %2)").arg(server, host);
    }
    case UserId:
        if (e->kind == HistoryEntry::Kind::Batch)
            return tr("%n user(s)", nullptr, e->summary.value(QStringLiteral("rows")).toInt());
        if (e->kind == HistoryEntry::Kind::CheckRun)
            return tr("%n saved request(s)", nullptr,
                      int(e->summary.value(QStringLiteral("requests")).toArray().size() +
                          e->summary.value(QStringLiteral("notSent")).toArray().size()));
        return e->uuid.isEmpty() ? e->request.userId : e->uuid;
    case Errors: {
        QStringList codes;
        for (int c : e->errorCodes)
            codes.append(QString::number(c));
        return codes.join(QLocale().groupSeparator() == QLatin1Char(',') ? QStringLiteral("; ")
                                                                         : QStringLiteral(", "));
    }
    case Duration:
        return e->durationMs < 0 ? QString()
                                 : tr("%1 ms").arg(QLocale().toString(e->durationMs, 'f', 0));
    case Summary:
        return e->summaryText();
    }
    return QVariant();
}

QVariant HistoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Time:
        return tr("Time");
    case Status:
        return tr("Status");
    case Method:
        return tr("Method");
    case Profile:
        return tr("Profile");
    case Target:
        return tr("Target");
    case UserId:
        return tr("User ID");
    case Errors:
        return tr("Error codes");
    case Duration:
        return tr("Duration");
    case Summary:
        return tr("Summary");
    }
    return QVariant();
}

} // namespace dcsdesk
