#include "wrappingdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

namespace dcsdesk {

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    connect(view->header(), &QHeaderView::sectionResized, view,
            [view]() { view->doItemsLayout(); });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = m_view->columnWidth(index.column());
    if (index.column() == m_view->treePosition())
        width -= m_view->indentation() * (m_view->rootIsDecorated() ? 1 : 0);
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
    int textWidth = width - 2 * margin;
    if (opt.features.testFlag(QStyleOptionViewItem::HasDecoration))
        textWidth -= opt.decorationSize.width() + 2 * margin;
    const QSize natural = QStyledItemDelegate::sizeHint(option, index);
    if (textWidth <= 0 || opt.text.isEmpty())
        return natural;
    const QRect bounds = opt.fontMetrics.boundingRect(QRect(0, 0, textWidth, 100000),
                                                      Qt::TextWordWrap | Qt::AlignLeft, opt.text);
    return QSize(natural.width(), qMax(natural.height(), bounds.height() + 2 * margin + 2));
}

} // namespace dcsdesk
