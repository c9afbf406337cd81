#pragma once

#include <QString>
#include <QStringList>

namespace dcsdesk {

class MainWindow;

// `dcsdesk --screenshot DIR`: shows the window at a fixed size, then for every registered main
// view (in navigation order) writes NN-<view>.png, followed by the view's extra steps
// (MainView::screenshotSteps and MainWindow::addScreenshotStep) as NN-<view>-<step>.png. Works
// with QT_QPA_PLATFORM=offscreen. New views are included by registering them; nothing here
// changes.
class Screenshotter
{
public:
    struct Result
    {
        bool ok = false;
        QStringList files; // written, in order
        QString error;     // translated
    };

    static Result run(MainWindow *window, const QString &directory);
};

} // namespace dcsdesk
