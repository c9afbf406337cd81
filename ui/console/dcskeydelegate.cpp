#include "dcskeydelegate.h"

#include "console/dcskeycatalog.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace dcsdesk {

QStandardItemModel *DcsKeyDelegate::createKeyModel(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    for (const QString &key : DcsKeyCatalog::completions()) {
        auto *item = new QStandardItem(key);
        item->setToolTip(DcsKeyCatalog::hint(key));
        item->setEditable(false);
        model->appendRow(item);
    }
    return model;
}

QCompleter *DcsKeyDelegate::createCompleter(QObject *parent)
{
    auto *completer = new QCompleter(parent);
    completer->setModel(createKeyModel(completer));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    return completer;
}

QWidget *DcsKeyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setCompleter(createCompleter(edit));
        edit->setAccessibleName(tr("Signal key"));
    }
    return editor;
}

} // namespace dcsdesk
