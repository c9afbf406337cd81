#pragma once

#include <QSortFilterProxyModel>

namespace dcsdesk {

// Type-as-you-search, type filter and status filter over the destination list. Lives in models (no
// widgets) so the CLI and tests can filter exactly as the list does. Every whitespace-separated
// term must appear in the row's SearchTextRole (name, ID, URLs, cookie name); sorting uses SortRole
// so numbers and dates sort as such.
class DestinationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DestinationFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }

    // Destination::Type as int, or -1 for every type.
    void setTypeFilter(int type);
    int typeFilter() const { return m_type; }

    // DestinationListModel::StatusLevel as int, AnyStatus, or NeedsAttention (not OK).
    static constexpr int AnyStatus = -1;
    static constexpr int NeedsAttention = -2;
    void setStatusFilter(int level);
    int statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_terms;
    int m_type = -1;
    int m_status = AnyStatus;
};

} // namespace dcsdesk
