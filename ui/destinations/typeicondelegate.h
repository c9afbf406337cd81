#pragma once

#include <QStyledItemDelegate>

namespace dcsdesk {

// Draws the destination type's icon before its name in the type column. Icons are a UI matter,
// so the model gives the type (TypeRole) and this delegate turns it into a picture.
class TypeIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace dcsdesk
