#include "screenshotter.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPixmap>

namespace dcsdesk {

namespace {

// Lets layouts, deferred timers and repaints settle before a grab.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

} // namespace

Screenshotter::Result Screenshotter::run(MainWindow *window, const QString &directory,
                                         const QSize &screen)
{
    Result result;
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        result.error = QCoreApplication::translate(
                           "Screenshotter",
                           "The folder %1 cannot be created. Choose a folder you have permission to write to.")
                           .arg(QDir::toNativeSeparators(directory));
        return result;
    }
    window->resize(screen.isValid()
                       ? MainWindow::firstGeometry(QRect(QPoint(0, 0), screen)).size()
                       : QSize(1280, 800));
    window->show();
    if (!window->isValidationCurrent())
        window->validateNow(); // the status bar's summary is in every picture
    settle();
    int number = 1;
    const auto save = [&](QWidget *widget, const QString &name) {
        settle();
        const QPixmap pixmap = widget->grab();
        const QString file = dir.filePath(
            QStringLiteral("%1-%2.png").arg(number++, 2, 10, QLatin1Char('0')).arg(name));
        if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
            result.error = QCoreApplication::translate("Screenshotter", "%1 could not be written.")
                               .arg(QDir::toNativeSeparators(file));
            return false;
        }
        result.files.append(file);
        return true;
    };
    for (const QString &id : window->viewIds()) {
        window->showView(id);
        if (!save(window, id))
            return result;
        for (const ScreenshotStep &step : window->screenshotSteps(id)) {
            window->showView(id);
            QWidget *target = step.prepare ? step.prepare() : window;
            if (!target)
                continue;
            const bool ok = save(target, QStringLiteral("%1-%2").arg(id, step.name));
            if (step.cleanup)
                step.cleanup();
            settle();
            if (!ok)
                return result;
        }
    }
    window->showView(window->viewIds().value(0));
    result.ok = true;
    return result;
}

} // namespace dcsdesk
