#include "destinationfilterproxymodel.h"

#include "modelroles.h"

#include <QDateTime>

namespace dcsdesk {

DestinationFilterProxyModel::DestinationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DestinationFilterProxyModel::setSearchText(const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateRowsFilter();
}

void DestinationFilterProxyModel::setTypeFilter(int type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void DestinationFilterProxyModel::setStatusFilter(int level)
{
    if (level == m_status)
        return;
    m_status = level;
    invalidateRowsFilter();
}

bool DestinationFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type >= 0 && index.data(TypeRole).toInt() != m_type)
        return false;
    if (m_status != AnyStatus) {
        const int level = index.data(StatusLevelRole).toInt();
        if (m_status == NeedsAttention ? level == 0 : level != m_status)
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    const QString text = index.data(SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DestinationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    // Destinations that were never changed sort before any date.
    if (a.metaType().id() == QMetaType::QDateTime || b.metaType().id() == QMetaType::QDateTime) {
        const QDateTime da = a.toDateTime();
        const QDateTime db = b.toDateTime();
        if (da.isValid() != db.isValid())
            return !da.isValid();
        if (da != db)
            return da < db;
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Stable tie-break on the destination ID so equal rows keep a predictable order.
    return left.data(KeyRole).toLongLong() < right.data(KeyRole).toLongLong();
}

} // namespace dcsdesk
