#include "typeicondelegate.h"

#include "common/icons.h"
#include "itemmodels/modelroles.h"

namespace dcsdesk {

void TypeIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant type = index.data(TypeRole);
    if (!type.isValid())
        return;
    option->icon = Icons::destinationType(Destination::Type(type.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace dcsdesk
