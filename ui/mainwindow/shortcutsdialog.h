#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace dcsdesk {

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, with the shortcut
// as the platform writes it. Built from the live actions, so it never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace dcsdesk
