#include "guidescreenshots.h"

#include "batch/batchview.h"
#include "console/consoleservices.h"
#include "console/consoleview.h"
#include "console/responsewidget.h"
#include "console/runnerdialog.h"
#include "console/runresultpanel.h"
#include "destinations/destinationeditor.h"
#include "destinations/destinationsview.h"
#include "mainwindow/mainwindow.h"
#include "mappings/mappingeditor.h"
#include "workspace/workspacedocument.h"

#include "checks/checkrun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTabWidget>
#include <QTreeWidget>

namespace dcsdesk {

namespace {

// Runs the event loop until done() or the time is up; the pictures show whatever came by then.
bool waitUntil(const std::function<bool()> &done, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// Up to two segments mapped to the destination and active today: a user in them qualifies.
QVector<qint64> activeSegments(const Workspace &ws, qint64 destinationId)
{
    QVector<qint64> sids;
    for (int i : ws.mappingIndexesOf(destinationId)) {
        const SegmentMapping &m = ws.mappings[i];
        if (m.scheduleOn(QDate::currentDate()) == SegmentMapping::Schedule::Active &&
            !sids.contains(m.sid))
            sids.append(m.sid);
        if (sids.size() == 2)
            break;
    }
    return sids;
}

} // namespace

void GuideScreenshots::install(MainWindow *window, ConsoleServices *console)
{
    // The whole form of a destination of each type, without the list and the preview.
    DestinationsView *destinations = window->destinationsView();
    for (const auto &[type, name] :
         {std::pair{Destination::Type::Url, QStringLiteral("url-form")},
          std::pair{Destination::Type::Cookie, QStringLiteral("cookie-form")},
          std::pair{Destination::Type::ServerToServer, QStringLiteral("s2s-form")}}) {
        const Destination::Type t = type;
        window->addScreenshotStep(QStringLiteral("destinations"),
                                  {name,
                                   [window, destinations, t]() -> QWidget * {
                                       for (const Destination &d :
                                            window->document()->workspace().destinations) {
                                           if (d.type != t)
                                               continue;
                                           destinations->selectDestination(d.id);
                                           destinations->detailTabs()->setCurrentIndex(0);
                                           return destinations->editor();
                                       }
                                       return nullptr;
                                   },
                                   {}});
    }
    ConsoleView *view = console->consoleView();
    if (!view)
        return;
    window->addScreenshotStep(
        QStringLiteral("console"),
        {QStringLiteral("sandbox-call"),
         [window, view]() -> QWidget * {
             const Workspace &ws = window->document()->workspace();
             const qint64 destination = MappingEditor::screenshotDestination(ws);
             if (destination == 0)
                 return nullptr;
             view->prepareTry(destination, activeSegments(ws, destination));
             view->send();
             waitUntil([view]() { return !view->isSending(); }, 15000);
             // The comparison with the workspace and the decoded tree are made on worker threads
             // (a Spanish picture showed the tree's "Decoding…" row).
             waitUntil([view]() { return !view->response()->comparison().rows.isEmpty(); }, 5000);
             waitUntil([view]() { return !view->response()->isBusy(); }, 5000);
             view->response()->decodedTree()->expandToDepth(1);
             return window;
         },
         {}});
    window->addScreenshotStep(
        QStringLiteral("console"),
        {QStringLiteral("expected-vs-actual"),
         [window, view]() -> QWidget * {
             QTabWidget *tabs = view->response()->tabs();
             tabs->setCurrentIndex(ResponseWidget::CompareTab);
             return window;
         },
         [view]() { view->response()->tabs()->setCurrentIndex(ResponseWidget::DecodedTab); }});
    // Run Checks over the sample's saved requests, the last one selected: its answer beside.
    window->addScreenshotStep(
        QStringLiteral("console"),
        {QStringLiteral("runner"),
         [console]() -> QWidget * {
             RunnerDialog *runner = console->showRunner();
             runner->resize(960, 620);
             runner->runButton()->click();
             const bool finished = waitUntil(
                 [runner]() { return runner->checkRun() && !runner->checkRun()->isRunning(); },
                 30000);
             QTreeWidget *tree = runner->results()->tree();
             if (tree->topLevelItemCount() > 0)
                 tree->setCurrentItem(tree->topLevelItem(tree->topLevelItemCount() - 1));
             return finished ? runner : nullptr;
         },
         [console]() {
             if (console->runner())
                 console->runner()->hide();
         }});
    auto *batch = qobject_cast<BatchView *>(window->view(QStringLiteral("batch")));
    if (!batch)
        return;
    window->addScreenshotStep(QStringLiteral("batch"),
                              {QStringLiteral("run"),
                               [window, batch]() -> QWidget * {
                                   bool finished = false;
                                   const QMetaObject::Connection done =
                                       QObject::connect(batch, &BatchView::runFinished, window,
                                                        [&finished]() { finished = true; });
                                   batch->setGenerated(40);
                                   if (batch->start())
                                       waitUntil([&finished]() { return finished; }, 30000);
                                   QObject::disconnect(done);
                                   return finished ? window : nullptr;
                               },
                               {}});
    // The history after the console's call and the batch run: both are listed.
    window->addScreenshotStep(QStringLiteral("batch"),
                              {QStringLiteral("history"),
                               [window]() -> QWidget * {
                                   window->showView(QStringLiteral("history"));
                                   return window;
                               },
                               {}});
}

} // namespace dcsdesk
