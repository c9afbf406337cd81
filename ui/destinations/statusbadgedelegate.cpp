#include "statusbadgedelegate.h"

#include "common/semanticcolors.h"
#include "itemmodels/modelroles.h"

#include <QApplication>
#include <QPainter>

namespace dcsdesk {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int Margin = 3;
} // namespace

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // Background and selection as any other cell, then the badge on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int severity = index.data(SeverityRole).isValid() ? index.data(SeverityRole).toInt() : -1;
    const QColor color =
        SemanticColors::color(SemanticColors::severityBadge(severity), opt.palette);
    const QFontMetrics fm(opt.font);
    const int width = std::min(fm.horizontalAdvance(text) + 2 * HorizontalPadding + 2,
                               opt.rect.width() - 2 * Margin);
    const int height = std::min(fm.height() + 4, opt.rect.height() - 2 * Margin);
    const QRect badge(opt.rect.left() + Margin, opt.rect.center().y() - height / 2 + 1, width,
                      height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(SemanticColors::color(SemanticColors::BadgeText, opt.palette));
    painter->setFont(opt.font);
    const QRect inner = badge.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0);
    painter->drawText(inner, Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, inner.width() + 1));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * (HorizontalPadding + Margin);
    return size;
}

} // namespace dcsdesk
