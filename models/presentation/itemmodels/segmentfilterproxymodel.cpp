#include "segmentfilterproxymodel.h"

#include "modelroles.h"
#include "segmentcatalogmodel.h"

#include <QFont>

namespace dcsdesk {

SegmentFilterProxyModel::SegmentFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SegmentFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_catalog = qobject_cast<SegmentCatalogModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void SegmentFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidate(); // one rebuild, not interval by interval
}

void SegmentFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidate(); // one rebuild, not interval by interval
}

QString SegmentFilterProxyModel::statusFilterName(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return tr("All segments");
    case StatusFilter::Active:
        return tr("Active");
    case StatusFilter::Inactive:
        return tr("Inactive");
    case StatusFilter::Unmapped:
        return tr("Not mapped");
    case StatusFilter::Problems:
        return tr("With problems");
    }
    return {};
}

void SegmentFilterProxyModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void SegmentFilterProxyModel::setExcludedSids(const QSet<qint64> &sids)
{
    m_excluded = sids;
    bool changed = false;
    for (qint64 sid : sids)
        changed = (!m_excludedCheckable && m_checked.remove(sid)) || changed;
    invalidate(); // one rebuild, not interval by interval
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (changed)
        emitCheckChanged();
}

void SegmentFilterProxyModel::setHideExcluded(bool hide)
{
    if (hide == m_hideExcluded)
        return;
    m_hideExcluded = hide;
    invalidate(); // one rebuild, not interval by interval
}

void SegmentFilterProxyModel::setExcludedCheckable(bool checkable)
{
    if (checkable == m_excludedCheckable)
        return;
    m_excludedCheckable = checkable;
    bool changed = false;
    if (!checkable) {
        for (qint64 sid : std::as_const(m_excluded))
            changed = m_checked.remove(sid) || changed;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (changed)
        emitCheckChanged();
}

qint64 SegmentFilterProxyModel::sidOf(const QModelIndex &proxyIndex) const
{
    return proxyIndex.siblingAtColumn(0).data(KeyRole).toLongLong();
}

QVector<qint64> SegmentFilterProxyModel::checkedSids() const
{
    QVector<qint64> out;
    out.reserve(m_checked.size());
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return out;
    for (int r = 0; r < source->rowCount(); ++r) {
        const qint64 sid = source->index(r, 0).data(KeyRole).toLongLong();
        if (m_checked.contains(sid))
            out.append(sid);
    }
    return out;
}

void SegmentFilterProxyModel::emitCheckChanged()
{
    Q_EMIT checkedCountChanged(int(m_checked.size()));
}

void SegmentFilterProxyModel::setSidsChecked(const QVector<qint64> &sids, bool checked)
{
    for (qint64 sid : sids) {
        if (checked && (m_excludedCheckable || !m_excluded.contains(sid)))
            m_checked.insert(sid);
        else if (!checked)
            m_checked.remove(sid);
    }
    if (m_checkable && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    emitCheckChanged();
}

void SegmentFilterProxyModel::setAllShownChecked(bool checked)
{
    QVector<qint64> sids;
    sids.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        sids.append(sidOf(index(r, 0)));
    setSidsChecked(sids, checked);
}

QVariant SegmentFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (m_checkable && index.isValid()) {
        if (role == Qt::CheckStateRole && index.column() == 0)
            return m_checked.contains(sidOf(index)) ? Qt::Checked : Qt::Unchecked;
        if ((role == Qt::ToolTipRole || role == Qt::FontRole) &&
            m_excluded.contains(sidOf(index))) {
            if (role == Qt::ToolTipRole)
                return m_excludedCheckable ? tr("Already mapped to this destination: checked, "
                                                "it gets another flight")
                                           : tr("Already mapped to this destination");
            if (role == Qt::FontRole && m_excludedCheckable) {
                QFont font;
                font.setItalic(true);
                return font;
            }
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

bool SegmentFilterProxyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_checkable && role == Qt::CheckStateRole && index.isValid() && index.column() == 0) {
        const qint64 sid = sidOf(index);
        if (m_excluded.contains(sid) && !m_excludedCheckable)
            return false;
        const bool checked = value.toInt() == Qt::Checked;
        if (checked == m_checked.contains(sid))
            return true;
        if (checked)
            m_checked.insert(sid);
        else
            m_checked.remove(sid);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        emitCheckChanged();
        return true;
    }
    return QSortFilterProxyModel::setData(index, value, role);
}

Qt::ItemFlags SegmentFilterProxyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (!m_checkable || !index.isValid())
        return f;
    // The picker only picks: no in-place edits of the catalogue from there.
    f &= ~Qt::ItemIsEditable;
    if (m_excluded.contains(sidOf(index)) && !m_excludedCheckable)
        return f & ~Qt::ItemIsEnabled;
    if (index.column() == 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SegmentFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (m_hideExcluded && !m_excluded.isEmpty() &&
        m_excluded.contains(index.data(KeyRole).toLongLong()))
        return false;
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
    case StatusFilter::Inactive: {
        const bool active =
            source->index(sourceRow, SegmentCatalogModel::StatusColumn, sourceParent)
                .data(Qt::EditRole)
                .toBool();
        if (active != (m_status == StatusFilter::Active))
            return false;
        break;
    }
    case StatusFilter::Unmapped:
        if (source->index(sourceRow, SegmentCatalogModel::DestinationsColumn, sourceParent)
                .data(SortRole)
                .toInt() > 0)
            return false;
        break;
    case StatusFilter::Problems:
        if (index.data(SeverityRole).toInt() < 0)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool SegmentFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_catalog && sortRole() == SortRole)
        return m_catalog->rowLessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace dcsdesk
