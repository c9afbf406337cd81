#include "guidedwindow.h"

#include "help/guidescreenshots.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace dcsdesk::test {

namespace {

// Deferred layouts and timers done, so what is measured is what is painted.
void settleWindow()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

} // namespace

GuidedWindow::GuidedWindow(const QString &folder, const QString &language)
{
    const QString path = QDir(folder).filePath(QStringLiteral("work-%1.json").arg(language));
    QFile::remove(path);
    if (!QFile::copy(samplePath(), path)) {
        m_error = QStringLiteral("cannot copy the sample to %1").arg(path);
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_loaded = m_document.load(path, &m_error);
    m_services = std::make_unique<ConsoleServices>(&m_document, m_history.path());
    m_window = std::make_unique<MainWindow>(&m_document);
    m_window->setSettingsEnabled(false);
    m_services->install(m_window.get());
    GuideScreenshots::install(m_window.get(), m_services.get());
}

void GuidedWindow::visitStates(const std::function<void(QWidget *, const QString &)> &visit)
{
    MainWindow &w = *m_window;
    for (const QString &id : w.viewIds()) {
        w.showView(id);
        settleWindow();
        visit(&w, id);
        for (const ScreenshotStep &step : w.screenshotSteps(id)) {
            w.showView(id);
            QWidget *target = step.prepare ? step.prepare() : &w;
            settleWindow();
            if (target)
                visit(target, QStringLiteral("%1/%2").arg(id, step.name));
            if (step.cleanup)
                step.cleanup();
            settleWindow();
        }
    }
}

} // namespace dcsdesk::test
