#pragma once

#include <QList>
#include <QString>
#include <functional>

class QSettings;
class QWidget;

namespace dcsdesk {

// One extra picture for `dcsdesk --screenshot`: prepare() puts the UI in the state to show and
// returns the widget to grab (the main window or a dialog it opened); cleanup() undoes it.
struct ScreenshotStep
{
    QString name; // file name part, e.g. "cookie-editor"
    std::function<QWidget *()> prepare;
    std::function<void()> cleanup;
};

// Optional interface of a main view (a QWidget added with MainWindow::addView). The main window
// asks the current view through it for Edit > Find, and every view for its settings and its
// extra screenshots (Copy, Cut and Paste of tables go through TableClipboard). A view that
// implements none of it still works.
class MainView
{
public:
    virtual ~MainView() = default;

    // Edit > Find: put the focus in the view's search field.
    virtual void activateSearch() {}
    // Layout (splitters, column widths) kept between runs.
    virtual void saveSettings(QSettings &) const {}
    virtual void restoreSettings(QSettings &) {}
    // Extra pictures for --screenshot after the view itself, e.g. an editor state or a dialog.
    virtual QList<ScreenshotStep> screenshotSteps() { return {}; }
};

} // namespace dcsdesk
