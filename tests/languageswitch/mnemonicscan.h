#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;
class QMenu;

namespace dcsdesk::test {

// Finds the Alt+letter shortcuts (mnemonics, "&Save") that two controls of one window share while
// both are on screen. Qt then cycles between them instead of acting, so a keyboard user's Alt+S
// goes to the wrong control; a translator cannot see this from the catalogue alone.
class MnemonicScan
{
public:
    // Every clash among the visible controls of the window of `widget` (buttons, buddy labels,
    // group boxes, tabs and, for a main window, the menu bar titles), once for each page of each
    // visible tab widget. `place` names the window in the report.
    void scanWindow(QWidget *widget, const QString &place);
    // Clashes between the items of one menu and of its submenus, each menu on its own.
    void scanMenu(QMenu *menu, const QString &place);

    const QStringList &clashes() const { return m_clashes; }
    int windowsScanned() const { return m_windows; }
    int mnemonicsSeen() const { return m_mnemonics; }

private:
    void scanVisible(QWidget *window, const QString &place);
    void dump(const QMap<QString, QStringList> &owners, const QString &place);
    void addClashes(const QStringList &clashes, const QString &place);

    QStringList m_clashes;
    QSet<QString> m_seen;
    int m_windows = 0;
    int m_mnemonics = 0;
};

} // namespace dcsdesk::test
