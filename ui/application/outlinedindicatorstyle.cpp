#include "outlinedindicatorstyle.h"

#include "common/semanticcolors.h"

#include <QPainter>
#include <QStyleOption>

namespace dcsdesk {

OutlinedIndicatorStyle::OutlinedIndicatorStyle(QStyle *fusion) : QProxyStyle(fusion) {}

void OutlinedIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                           QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkBox = element == PE_IndicatorCheckBox;
    const bool radio = element == PE_IndicatorRadioButton;
    if (!(checkBox || radio) || !(option->state & State_Enabled))
        return;
    const QColor edge = SemanticColors::color(SemanticColors::FrameLine, option->palette);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(edge, 1));
    if (checkBox) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    } else {
        painter->setRenderHint(QPainter::Antialiasing, true);
        const QRectF circle = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->drawEllipse(circle);
        if (option->state & State_On) {
            const qreal inset = circle.width() * 0.3;
            painter->setPen(Qt::NoPen);
            painter->setBrush(option->palette.color(QPalette::Text));
            painter->drawEllipse(circle.adjusted(inset, inset, -inset, -inset));
        }
    }
    painter->restore();
}

} // namespace dcsdesk
