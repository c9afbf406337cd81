#include "guidedwindow.h"

#include "capture/captureview.h"
#include "capture/maskpreviewdialog.h"
#include "checks/checkrun.h"
#include "collections/collectionimport.h"
#include "console/collectionimportdialog.h"
#include "console/profiledialog.h"
#include "console/runnerdialog.h"
#include "help/guidescreenshots.h"
#include "help/userguidewindow.h"
#include "history/historycomparedialog.h"
#include "history/historyentry.h"
#include "mainwindow/findingsdialog.h"
#include "mainwindow/shortcutsdialog.h"
#include "mappings/bulkeditdialog.h"
#include "testworkspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>
#include <memory>

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
    m_capturePath = QDir(folder).filePath(QStringLiteral("capture-%1.har").arg(language));
    QFile::remove(m_capturePath);
    if (!QFile::copy(CaptureView::samplePath(), m_capturePath)) {
        m_error = QStringLiteral("cannot copy the sample capture to %1").arg(m_capturePath);
        return;
    }
    QFile::setPermissions(m_capturePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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

bool GuidedWindow::showAt(const QSize &size)
{
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void GuidedWindow::visitDialogs(const std::function<void(QWidget *, const QString &)> &visit)
{
    MainWindow &w = *m_window;
    const auto show = [&visit](QWidget *dialog, const QString &name) {
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog))
            qWarning("%s was not shown", qPrintable(name));
        settleWindow();
        visit(dialog, name);
        dialog->close();
        settleWindow();
    };
    ProfileDialog profiles(&m_document, 0, &w);
    show(&profiles, QStringLiteral("ProfileDialog"));
    FindingsDialog findings(&w);
    show(&findings, QStringLiteral("FindingsDialog"));
    std::unique_ptr<ShortcutsDialog> shortcuts(w.createShortcutsDialog());
    show(shortcuts.get(), QStringLiteral("ShortcutsDialog"));
    HistoryEntry older;
    older.url = QStringLiteral("https://sample.demdex.net/event?d_rtbd=json");
    const HistoryEntry newer = older;
    HistoryCompareDialog compare(older, newer, &w);
    show(&compare, QStringLiteral("HistoryCompareDialog"));
    MaskPreviewDialog mask(m_capturePath, MaskPreviewDialog::maskFile(m_capturePath), &w);
    show(&mask, QStringLiteral("MaskPreviewDialog"));
    UserGuideWindow guide;
    show(&guide, QStringLiteral("UserGuideWindow"));
    // The review of a collection import, with every outcome and the collection's notes.
    for (const char *collection : {"dcs-team.postman_collection.json", "bruno-dcs/bruno.json"}) {
        const QString path = QStringLiteral(DCSDESK_SOURCE_DIR "/tests/console/data/collections/") +
                             QLatin1String(collection);
        CollectionImportDialog review(m_document.workspace(), CollectionImport::readPath(path),
                                      QFileInfo(path).fileName(), &w);
        show(&review, QStringLiteral("CollectionImportDialog(%1)").arg(QLatin1String(collection)));
    }
    // The runner after a run of the sample's checks in the local sandbox: results on show.
    RunnerDialog *runner = m_services->showRunner();
    if (runner->start() &&
        !QTest::qWaitFor([runner]() { return !runner->checkRun()->isRunning(); }, 20000))
        qWarning("The runner's run did not finish");
    show(runner, QStringLiteral("RunnerDialog"));
    // Its first field's label depends on the destination's type and format (URL or alias, key
    // and value of a multi-key cookie): one per destination of the sample, which has them all.
    const Workspace &ws = m_document.workspace();
    for (const Destination &d : ws.destinations) {
        QVector<qint64> ids;
        for (int index : ws.mappingIndexesOf(d.id))
            ids.append(ws.mappings.at(index).id);
        BulkEditDialog bulk(&m_document, d.id, ids, &w);
        show(&bulk, QStringLiteral("BulkEditDialog(%1)").arg(d.name));
    }
}

} // namespace dcsdesk::test
