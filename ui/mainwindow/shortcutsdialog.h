#pragma once

#include <QDialog>
#include <QKeySequence>

class QAction;
class QTreeWidget;

namespace dcsdesk {

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, with the shortcut
// as the platform writes it and where it works (Ins adds segments in a destination's mappings
// and a new segment in Segments). Built from the live actions, so it never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Place
    {
        QString name;       // "File menu", "Segments view"
        QString nameInList; // the same after a comma: Spanish "vista «Segmentos»"
        QList<QAction *> actions;
    };
    enum Column { ActionColumn, ShortcutColumn, PlaceColumn };

    ShortcutsDialog(const QList<Place> &places, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // "Ctrl+Return (also on the numeric keypad)", else the keys joined by " or ".
    static QString shortcutText(const QList<QKeySequence> &keys);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace dcsdesk
