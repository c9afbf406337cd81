#pragma once

#include <QStyledItemDelegate>

namespace dcsdesk {

// The status column as a coloured badge: red for invalid settings, amber for warnings and
// expired mappings, green when all is well (SeverityRole), with the display text inside. The
// tooltip (the findings) comes from the model.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dcsdesk
