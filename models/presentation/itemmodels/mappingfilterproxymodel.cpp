#include "mappingfilterproxymodel.h"

#include "domain/mapping.h"
#include "mappingtablemodel.h"
#include "modelroles.h"
#include "validation/finding.h"

namespace dcsdesk {

MappingFilterProxyModel::MappingFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MappingFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<MappingTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void MappingFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void MappingFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    refilter();
}

void MappingFilterProxyModel::refilter()
{
    // invalidateFilter() adds and removes the rows that change interval by interval, each in
    // O(n): quadratic when a filter change shows or hides thousands of scattered rows.
    // invalidate() rebuilds the mapping once.
    invalidate();
}

QString MappingFilterProxyModel::statusFilterName(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return tr("All mappings");
    case StatusFilter::Active:
        return tr("Active");
    case StatusFilter::Expired:
        return tr("Expired");
    case StatusFilter::Future:
        return tr("Not started yet");
    case StatusFilter::Invalid:
        return tr("Invalid");
    case StatusFilter::Flagged:
        return tr("Any flag");
    }
    return {};
}

bool MappingFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // On the mapping table, ask it directly: 100,000 rows per keystroke without a QModelIndex
    // and a QVariant each. Any other source goes through the roles.
    const auto schedule = [&]() {
        return m_table
                   ? int(m_table->scheduleAt(sourceRow))
                   : sourceModel()->index(sourceRow, 0, sourceParent).data(ScheduleRole).toInt();
    };
    const auto severity = [&]() {
        return m_table
                   ? m_table->severityAt(sourceRow)
                   : sourceModel()->index(sourceRow, 0, sourceParent).data(SeverityRole).toInt();
    };
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
    case StatusFilter::Expired:
    case StatusFilter::Future: {
        const auto wanted = m_status == StatusFilter::Active    ? SegmentMapping::Schedule::Active
                            : m_status == StatusFilter::Expired ? SegmentMapping::Schedule::Expired
                                                                : SegmentMapping::Schedule::Future;
        if (schedule() != int(wanted))
            return false;
        break;
    }
    case StatusFilter::Invalid:
        if (severity() != int(Finding::Severity::Error))
            return false;
        break;
    case StatusFilter::Flagged:
        if (severity() < 0)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    // Both sides are case-folded, so a plain (fast) comparison finds any case.
    QString fallback;
    const QString &text = m_table ? m_table->searchKeyAt(sourceRow)
                                  : (fallback = sourceModel()
                                                    ->index(sourceRow, 0, sourceParent)
                                                    .data(SearchTextRole)
                                                    .toString()
                                                    .toCaseFolded());
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseSensitive))
            return false;
    }
    return true;
}

bool MappingFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_table && sortRole() == SortRole)
        return m_table->rowLessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace dcsdesk
