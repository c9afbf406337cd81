#pragma once

#include <QStyledItemDelegate>

class QCompleter;
class QStandardItemModel;

namespace dcsdesk {

// Edits a signal key: a line edit whose completer offers the bare prefixes and every documented
// key (DcsKeyCatalog), each with its translated meaning as a tooltip. Used by the console's and
// the batch view's signal tables.
class DcsKeyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

    // One row per completion (DisplayRole: the key, ToolTipRole: its meaning).
    static QStandardItemModel *createKeyModel(QObject *parent);
    static QCompleter *createCompleter(QObject *parent);
};

} // namespace dcsdesk
