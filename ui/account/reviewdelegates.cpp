#include "reviewdelegates.h"

#include <QHeaderView>
#include <QTreeView>

namespace dcsdesk {

WrappingTreeDelegate::WrappingTreeDelegate(QTreeView *tree)
    : QStyledItemDelegate(tree), m_tree(tree)
{
}

QSize WrappingTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped(option);
    int width = m_tree->header()->sectionSize(index.column());
    if (index.column() == 0) {
        int depth = m_tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        width -= depth * m_tree->indentation();
        // The checkbox beside the text, which the style's size does not take from the width.
        if (index.data(Qt::CheckStateRole).isValid()) {
            const QStyle *style = m_tree->style();
            width -= style->pixelMetric(QStyle::PM_IndicatorWidth, &option, m_tree) +
                     2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, m_tree) + 4;
        }
    }
    // The style wraps only in a valid rectangle: a height too, which it does not use.
    wrapped.rect = QRect(0, 0, qMax(40, width), qMax(1, option.rect.height()));
    wrapped.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace dcsdesk
