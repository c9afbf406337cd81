#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dcsdesk {

// QTreeView ignores wordWrap when it sizes rows: the delegate is asked for a height without the
// column's width, so long sentences (finding messages, import details) are cut with "…". This
// delegate measures the text at the column's current width, and the view re-lays out its rows
// whenever a column is resized, so the whole sentence stays readable in every language.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace dcsdesk
