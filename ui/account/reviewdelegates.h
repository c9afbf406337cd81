#pragma once

#include <QStyledItemDelegate>

class QTableWidget;
class QTreeView;

namespace dcsdesk {

// The account review's lists show their whole text, without hovering: a title or a value is
// wrapped in its column instead of cut with "…" (the tooltip still has it too).

// Rows of a tree as tall as their wrapped text: QTreeView asks its delegate for a row's height
// without the column's width, so this delegate gives it (the section less the indentation).
class WrappingTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingTreeDelegate(QTreeView *tree);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_tree;
};

// A REST value beside the other sides' values: wrapped at any character (a URL has no spaces),
// the part that differs from the other side marked, and when the value is longer than a few
// lines, the lines around its first difference shown (with "…" where lines are left out), so a
// change at the end of a long URL is never hidden behind a start both sides share.
class ValueDiffDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 8;
    // The differing range of text against other: [first, end), empty when they are the same.
    static QPair<int, int> differingRange(const QString &text, const QString &other);
    // The text the column shows of a cell: every line when they fit MaxLines, else the lines
    // around the first difference. For tests and the accessible description.
    static QString shownText(const QString &text, const QString &other, int width,
                             const QFont &font);

    explicit ValueDiffDelegate(QTableWidget *table);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Where a cell's shown lines are placed: its first difference from the value it is compared
    // with, or, when it is the same, from the row's other values (-1: none differ).
    int firstDifference(const QModelIndex &index) const;

private:
    QString otherText(const QModelIndex &index) const;
    QTableWidget *m_table;
};

} // namespace dcsdesk
