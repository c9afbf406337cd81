#include "singlelinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace dcsdesk {

SingleLineDelegate::SingleLineDelegate(Qt::TextElideMode elide, QObject *parent)
    : QStyledItemDelegate(parent), m_elide(elide)
{
}

void SingleLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    // The style cuts a long value at the column's edge without an ellipsis: elide here.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    opt.text = opt.fontMetrics.elidedText(opt.text, m_elide, textRect.width() - 2 * margin);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

void SingleLineDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features &= ~QStyleOptionViewItem::WrapText;
}

} // namespace dcsdesk
