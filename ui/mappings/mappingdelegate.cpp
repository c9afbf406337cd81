#include "mappingdelegate.h"

#include "common/datefield.h"
#include "common/icons.h"
#include "common/optionaldateedit.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "validation/finding.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>

namespace dcsdesk {

MappingDelegate::MappingDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *MappingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QWidget *editor = createColumnEditor(parent, option, index);
    // The column's help (its header's tooltip) goes with its editor.
    if (editor && index.model()) {
        editor->setToolTip(
            index.model()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
        // A screen reader names the editor after its column.
        const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        if (auto *date = qobject_cast<DateField *>(editor))
            date->setFieldName(column);
        else if (auto *optional = qobject_cast<OptionalDateEdit *>(editor))
            optional->dateEdit()->setFieldName(column);
        else
            editor->setAccessibleName(column);
    }
    return editor;
}

QWidget *MappingDelegate::createColumnEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    switch (index.column()) {
    case MappingTableModel::StartColumn:
        return new DateField(parent);
    case MappingTableModel::EndColumn:
        return new OptionalDateEdit(parent);
    case MappingTableModel::PriorityColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 999);
        spin->setSpecialValueText(tr("None"));
        return spin;
    }
    case MappingTableModel::SidColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[1-9][0-9]{0,17}")), edit));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void MappingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (index.column()) {
    case MappingTableModel::StartColumn:
        static_cast<DateField *>(editor)->setDate(value.toDate().isValid() ? value.toDate()
                                                                           : QDate::currentDate());
        return;
    case MappingTableModel::EndColumn:
        static_cast<OptionalDateEdit *>(editor)->setDate(value.toDate());
        return;
    case MappingTableModel::PriorityColumn:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        return;
    case MappingTableModel::SidColumn:
        static_cast<QLineEdit *>(editor)->setText(QString::number(value.toLongLong()));
        return;
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void MappingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    switch (index.column()) {
    case MappingTableModel::StartColumn:
        if (static_cast<DateField *>(editor)->hasAcceptableInput())
            model->setData(index, static_cast<DateField *>(editor)->date());
        return;
    case MappingTableModel::EndColumn:
        if (static_cast<OptionalDateEdit *>(editor)->hasAcceptableInput())
            model->setData(index, static_cast<OptionalDateEdit *>(editor)->date());
        return;
    case MappingTableModel::PriorityColumn: {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    case MappingTableModel::SidColumn: {
        bool ok = false;
        const qint64 sid = static_cast<QLineEdit *>(editor)->text().toLongLong(&ok);
        if (ok && sid > 0)
            model->setData(index, sid);
        return;
    }
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void MappingDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (index.column() == MappingTableModel::EndColumn ||
        index.column() == MappingTableModel::StartColumn) {
        // Room for the date, its arrow and the "Never" box even in a narrow column.
        QRect rect = option.rect;
        rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

bool MappingDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter or Tab on a date that cannot be read keeps the editor open with the reason shown,
    // instead of closing it and silently keeping the old date.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab ||
            key == Qt::Key_Backtab) {
            bool acceptable = true;
            if (auto *field = qobject_cast<DateField *>(object))
                acceptable = field->hasAcceptableInput();
            else if (auto *optional = qobject_cast<OptionalDateEdit *>(object))
                acceptable = optional->hasAcceptableInput();
            if (!acceptable)
                return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void MappingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != MappingTableModel::FlagsColumn)
        return;
    const int severity = index.data(SeverityRole).toInt();
    if (severity < 0)
        return;
    option->icon = Icons::severity(severity);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int extent = option->fontMetrics.height();
    option->decorationSize = QSize(extent, extent);
}

} // namespace dcsdesk
