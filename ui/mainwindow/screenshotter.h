#pragma once

#include <QSize>
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

    // screen: the window takes the size it gets on a screen this big (MainWindow::firstGeometry);
    // without it, 1280×800.
    static Result run(MainWindow *window, const QString &directory, const QSize &screen = {});
};

} // namespace dcsdesk
