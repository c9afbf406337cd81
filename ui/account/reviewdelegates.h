#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dcsdesk {

// The account review's list shows its whole text, without hovering: a title is wrapped in its
// column instead of cut with "…" (the tooltip still has it too).

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

} // namespace dcsdesk
