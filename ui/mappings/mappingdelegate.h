#pragma once

#include <QStyledItemDelegate>

namespace dcsdesk {

// Editors of the mapping table: a typed date with a calendar for the start date, the same with
// "Never" for the end date, a spin box for the cookie priority (0 shown as "None"), digits only for
// the segment ID. The flags column is drawn with the icon of its worst finding.
class MappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MappingDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QWidget *createColumnEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const;
};

} // namespace dcsdesk
