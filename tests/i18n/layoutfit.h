#pragma once

#include <QList>
#include <QSize>
#include <QString>

class QWidget;

namespace dcsdesk::test {

// Finds text that does not fit the space it is given, the way a reader sees it at a small
// screen: a label wider (or taller) than its box, tabs that need scroll buttons, a column title
// the header elides, a button, combo box, spin box or placeholder narrower than its text, and a
// window larger than the screen. Only visible widgets count; the cells of item views and text
// that scrolls by design (a line edit's own text) do not.
struct Clip
{
    QString kind;
    QString path; // object names (or classes) from the window down
    QString text;
    int needed = 0;
    int available = 0;
    // Seen but not failed on: a table whose columns are wider than their titles and cells, so
    // it scrolls sideways and cuts the title at the edge (several tables still do).
    bool advisory = false;

    QString describe() const;
};

class LayoutFit
{
public:
    // Every clip under root (root included) as it is laid out now.
    static QList<Clip> check(QWidget *root, const QSize &screen);
    static QString pathOf(const QWidget *widget);
};

} // namespace dcsdesk::test
