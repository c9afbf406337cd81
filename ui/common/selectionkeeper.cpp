#include "selectionkeeper.h"

#include "itemmodels/modelroles.h"

#include <QAbstractItemView>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <algorithm>

namespace dcsdesk {

SelectionKeeper *SelectionKeeper::install(QAbstractItemView *view, IndexOfKey indexOfKey)
{
    if (auto *existing = view->findChild<SelectionKeeper *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new SelectionKeeper(view, std::move(indexOfKey));
}

SelectionKeeper::SelectionKeeper(QAbstractItemView *view, IndexOfKey indexOfKey)
    : QObject(view), m_view(view), m_indexOfKey(std::move(indexOfKey)), m_scroll(new QTimer(this))
{
    // After the view's own delayed layout, which sets the scroll range for the new rows.
    m_scroll->setSingleShot(true);
    m_scroll->setInterval(0);
    connect(m_scroll, &QTimer::timeout, this, &SelectionKeeper::ensureSelectionVisible);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(model, &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &SelectionKeeper::layoutAboutToChange);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SelectionKeeper::layoutDone);
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    if (header) {
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this]() {
            m_sorted = true;
            m_scroll->start();
        });
    }
}

QModelIndex SelectionKeeper::anchor() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection || !selection->hasSelection())
        return {};
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isSelected(current))
        return current;
    const QItemSelection ranges = selection->selection();
    QModelIndex first;
    for (const QItemSelectionRange &range : ranges) {
        if (!first.isValid() || range.top() < first.row())
            first = range.topLeft();
    }
    return first;
}

bool SelectionKeeper::isInView(const QModelIndex &index) const
{
    if (!index.isValid())
        return false;
    const QRect rect = m_view->visualRect(index);
    return rect.isValid() && rect.bottom() >= 0 && rect.top() < m_view->viewport()->height();
}

void SelectionKeeper::ensureSelectionVisible()
{
    m_sorted = false;
    const QModelIndex index = anchor();
    if (!index.isValid())
        return;
    m_view->doItemsLayout();
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
}

void SelectionKeeper::layoutAboutToChange()
{
    m_wasInView = isInView(anchor());
}

void SelectionKeeper::layoutDone()
{
    // Persistent indexes carried the selection; only the scroll position is left to mend.
    if (m_sorted || m_wasInView)
        m_scroll->start();
}

void SelectionKeeper::remember()
{
    m_keys.clear();
    m_currentKey = 0;
    const QItemSelectionModel *selection = m_view->selectionModel();
    m_wasInView = isInView(anchor());
    if (!selection)
        return;
    const QModelIndex current = selection->currentIndex();
    if (current.isValid())
        m_currentKey = current.siblingAtColumn(0).data(KeyRole).toLongLong();
    const QItemSelection ranges = selection->selection();
    int rows = 0;
    for (const QItemSelectionRange &range : ranges)
        rows += range.height();
    if (rows > MaxRestoredRows)
        return;
    const QAbstractItemModel *model = m_view->model();
    for (const QItemSelectionRange &range : ranges) {
        for (int r = range.top(); r <= range.bottom(); ++r) {
            const qint64 key = model->index(r, 0, range.parent()).data(KeyRole).toLongLong();
            if (key != 0)
                m_keys.append(key);
        }
    }
}

QModelIndex SelectionKeeper::indexOf(qint64 key) const
{
    if (m_indexOfKey)
        return m_indexOfKey(key);
    const QAbstractItemModel *model = m_view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(KeyRole).toLongLong() == key)
            return index;
    }
    return {};
}

void SelectionKeeper::restore()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    const QVector<qint64> keys = std::exchange(m_keys, {});
    const qint64 currentKey = std::exchange(m_currentKey, 0);
    if (!selection || (keys.isEmpty() && currentKey == 0))
        return;
    const QAbstractItemModel *model = m_view->model();
    // Without a quick lookup, one pass over the rows for all keys.
    QHash<qint64, int> scanned;
    if (!m_indexOfKey && model->rowCount() > 0) {
        for (int r = 0; r < model->rowCount(); ++r)
            scanned.insert(model->index(r, 0).data(KeyRole).toLongLong(), r);
    }
    const auto rowOf = [&](qint64 key) {
        if (m_indexOfKey) {
            const QModelIndex index = m_indexOfKey(key);
            return index.isValid() && !index.parent().isValid() ? index.row() : -1;
        }
        return scanned.value(key, -1);
    };
    QVector<int> rows;
    for (qint64 key : keys) {
        const int row = rowOf(key);
        if (row >= 0)
            rows.append(row);
    }
    const int currentRow = currentKey != 0 ? rowOf(currentKey) : -1;
    if (rows.isEmpty() && currentRow < 0)
        return; // nothing of it is left: the owner decides what comes next
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QItemSelection kept;
    const int lastColumn = model->columnCount() - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        kept.append(
            QItemSelectionRange(model->index(rows[i], 0), model->index(rows[j], lastColumn)));
        i = j + 1;
    }
    selection->select(kept, QItemSelectionModel::ClearAndSelect);
    if (currentRow >= 0)
        selection->setCurrentIndex(model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    if (m_wasInView)
        m_scroll->start();
}

} // namespace dcsdesk
