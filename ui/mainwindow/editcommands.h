#pragma once

#include "common/statustext.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace dcsdesk {

class TableClipboard;

// Edit › Cut, Copy and Paste for whatever has the focus in the window: a text field does it
// itself, a table or tree view through its TableClipboard (installed here on every table or tree
// that gets the focus, anywhere in the app, with Copy only unless the view's owner added Cut and
// Paste). The actions are enabled only when they would do something, and copied rows are
// confirmed in the status bar.
class EditCommands : public QObject
{
    Q_OBJECT

public:
    EditCommands(QAction *cut, QAction *copy, QAction *paste, QWidget *window);

    // Enables the three actions for the focus widget as it is now.
    void update();

Q_SIGNALS:
    void statusMessage(const dcsdesk::StatusText &text);

private:
    enum class Command { Cut, Copy, Paste };
    void trigger(Command command);
    void focusChanged(QWidget *now);
    void rowsCopied(int rows, bool cut);
    QWidget *target() const; // the focus widget when it is in the window, resolved to its editor

    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QWidget *m_window;
    QPointer<QObject> m_watched;
};

} // namespace dcsdesk
