#pragma once

#include <QStyledItemDelegate>

namespace dcsdesk {

// A column of a tree that wraps its names: a value (a URL, a cookie) would wrap too, letter by
// letter, into a tall cell that still cuts it, and a long reason makes every row tall. Such a
// column stays on one line, cut with an ellipsis: a value in the middle (a URL's both ends tell
// it apart), a sentence at its end (its first words say the most). The whole text is shown
// elsewhere (a pane below or beside, a tooltip).
class SingleLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SingleLineDelegate(Qt::TextElideMode elide, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Qt::TextElideMode m_elide;
};

} // namespace dcsdesk
