#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace dcsdesk::test {

// Lists the interactive widgets a screen reader would announce without a name: buttons, fields,
// lists and tables, tabs, sliders and checkable group boxes whose accessible name is empty (no
// text, no buddy label next to them, no setAccessibleName), and icon-only buttons without a
// tooltip. A sighted user sees the label beside a field; a blind user hears only "edit text".
class AccessibilityScan
{
public:
    // Every visible interactive widget of the window of `widget`, once for each page of each
    // visible tab widget. `place` names the window in the report.
    void scanWindow(QWidget *widget, const QString &place);

    // "place: window › path (class #objectName): what is missing", each widget once.
    const QStringList &offenders() const { return m_offenders; }
    int windowsScanned() const { return m_windows; }
    int widgetsChecked() const { return int(m_checked.size()); }

    // The name a screen reader on Linux announces for `w`: its accessible name, else its text,
    // else the text of the label that is its buddy (or the group box it sits in). A combo box's
    // current choice is not its name, though Qt reports it as such on Linux.
    static QString spokenName(QWidget *w);

private:
    void scanVisible(QWidget *window, const QString &place);
    void check(QWidget *w, const QString &place);
    void addOffender(QWidget *w, const QString &place, const QString &problem);

    QStringList m_offenders;
    QSet<QString> m_seen;
    QSet<const QWidget *> m_checked;
    int m_windows = 0;
};

} // namespace dcsdesk::test
