#include "reviewdelegates.h"

#include "common/semanticcolors.h"
#include "restfieldtext.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTableWidget>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>

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

namespace {

constexpr int Margin = 3;

struct ShownLines
{
    int first = 0;
    int count = 0;
    bool cutBefore = false;
    bool cutAfter = false;
};

// Lays the text out at width, wrapping anywhere a word is longer than the line.
void layOut(QTextLayout &layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

// Every line when they fit; else MaxLines of them, from the line before the first difference.
ShownLines shownLines(const QTextLayout &layout, int firstDifference)
{
    ShownLines shown;
    const int lines = layout.lineCount();
    shown.count = qMin(lines, ValueDiffDelegate::MaxLines);
    if (lines > ValueDiffDelegate::MaxLines && firstDifference > 0) {
        const int at = layout.lineForTextPosition(firstDifference).lineNumber();
        shown.first = qBound(0, at - 1, lines - ValueDiffDelegate::MaxLines);
    }
    shown.cutBefore = shown.first > 0;
    shown.cutAfter = shown.first + shown.count < lines;
    return shown;
}

} // namespace

QPair<int, int> ValueDiffDelegate::differingRange(const QString &text, const QString &other)
{
    if (text == other)
        return {-1, -1};
    const int shorter = int(qMin(text.size(), other.size()));
    int prefix = 0;
    while (prefix < shorter && text.at(prefix) == other.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix &&
           text.at(text.size() - 1 - suffix) == other.at(other.size() - 1 - suffix))
        ++suffix;
    return {prefix, int(text.size()) - suffix};
}

ValueDiffDelegate::ValueDiffDelegate(QTableWidget *table)
    : QStyledItemDelegate(table), m_table(table)
{
}

// The value this cell is compared with: the workspace's and the account's with the one last
// pulled (or with each other when there was none), the one last pulled with the side that
// changed it.
QString ValueDiffDelegate::otherText(const QModelIndex &index) const
{
    const QString absent = RestFieldText::jsonText(QJsonValue(QJsonValue::Undefined));
    const auto text = [&](int column) {
        return index.sibling(index.row(), column).data(Qt::DisplayRole).toString();
    };
    const QString own = text(index.column());
    QString other;
    if (index.column() == 1)
        other = text(2) != own ? text(2) : text(3);
    else
        other = text(1) != absent ? text(1) : text(index.column() == 2 ? 3 : 2);
    return own == absent || other == absent ? own : other;
}

// Where a cell's shown lines start: at its own first difference, or, for a value the same as
// the one it is compared with, where the row's other values differ from it, so the three cells
// show the same part of a long value side by side.
int ValueDiffDelegate::firstDifference(const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const int own = differingRange(text, otherText(index)).first;
    if (own >= 0)
        return own;
    for (int column = 1; column <= 3; ++column) {
        const int other =
            differingRange(text,
                           index.sibling(index.row(), column).data(Qt::DisplayRole).toString())
                .first;
        if (other >= 0)
            return other;
    }
    return -1;
}

QString ValueDiffDelegate::shownText(const QString &text, const QString &other, int width,
                                     const QFont &font)
{
    QTextLayout layout(text, font);
    layOut(layout, width);
    const ShownLines shown = shownLines(layout, differingRange(text, other).first);
    if (shown.count == 0)
        return text;
    const int from = layout.lineAt(shown.first).textStart();
    const QTextLine last = layout.lineAt(shown.first + shown.count - 1);
    const QString ellipsis(QChar(0x2026));
    return (shown.cutBefore ? ellipsis : QString()) +
           text.mid(from, last.textStart() + last.textLength() - from) +
           (shown.cutAfter ? ellipsis : QString());
}

QSize ValueDiffDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const int width = option.rect.width() - 2 * Margin;
    if (width <= 0)
        return hint;
    const QString text = index.data(Qt::DisplayRole).toString();
    QTextLayout layout(text, option.font);
    layOut(layout, width);
    const ShownLines shown = shownLines(layout, firstDifference(index));
    if (shown.count == 0)
        return hint;
    const QTextLine first = layout.lineAt(shown.first);
    const QTextLine last = layout.lineAt(shown.first + shown.count - 1);
    const int markers = (shown.cutBefore ? 1 : 0) + (shown.cutAfter ? 1 : 0);
    const qreal height = last.y() + last.height() - first.y() +
                         markers * QFontMetrics(option.font).lineSpacing() + 2 * Margin;
    hint.setHeight(qMax(hint.height(), int(std::ceil(height))));
    return hint;
}

void ValueDiffDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the background, selection and focus from the style; the text below
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    QTextLayout layout(text, opt.font);
    const QPair<int, int> differs = differingRange(text, otherText(index));
    const bool selected = opt.state & QStyle::State_Selected;
    if (differs.first >= 0 && differs.second > differs.first) {
        QTextLayout::FormatRange mark;
        mark.start = differs.first;
        mark.length = differs.second - differs.first;
        mark.format.setBackground(SemanticColors::color(SemanticColors::SearchMark, opt.palette));
        mark.format.setForeground(opt.palette.color(QPalette::Text));
        mark.format.setFontUnderline(true); // not by colour alone
        layout.setFormats({mark});
    }
    layOut(layout, area.width());
    const ShownLines shown = shownLines(layout, firstDifference(index));
    const int lineSpacing = QFontMetrics(opt.font).lineSpacing();
    painter->save();
    painter->setClipRect(area);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    int top = area.top();
    const QString ellipsis(QChar(0x2026));
    if (shown.cutBefore) {
        painter->drawText(QRect(area.left(), top, area.width(), lineSpacing), ellipsis);
        top += lineSpacing;
    }
    if (shown.count > 0) {
        const qreal skipped = layout.lineAt(shown.first).y();
        const QTextLine last = layout.lineAt(shown.first + shown.count - 1);
        painter->save();
        painter->setClipRect(
            QRectF(area.left(), top, area.width(), last.y() + last.height() - skipped),
            Qt::IntersectClip);
        layout.draw(painter, QPointF(area.left(), top - skipped));
        painter->restore();
        top += int(last.y() + last.height() - skipped);
    }
    if (shown.cutAfter)
        painter->drawText(QRect(area.left(), top, area.width(), lineSpacing), ellipsis);
    painter->restore();
}

} // namespace dcsdesk
