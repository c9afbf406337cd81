#include "consoleservices.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>

#include <limits>

#include "batch/batchview.h"
#include "capture/captureview.h"
#include "checks/checkrun.h"
#include "common/icons.h"
#include "console/sandboxserviceendpoint.h"
#include "consoleview.h"
#include "dcs/dcsclient.h"
#include "domain/region.h"
#include "environmentbar.h"
#include "history/historycomparedialog.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "mainwindow/mainwindow.h"
#include "requestbuilderwidget.h"
#include "responsewidget.h"
#include "runnerdialog.h"
#include "workspace/workspacedocument.h"

namespace dcsdesk {

ConsoleServices::ConsoleServices(WorkspaceDocument *document, QObject *parent)
    : ConsoleServices(document, QString(), parent)
{
}

ConsoleServices::ConsoleServices(WorkspaceDocument *document, const QString &historyDir,
                                 QObject *parent)
    : QObject(parent), m_document(document), m_client(new DcsClient(this)),
      m_history(new HistoryStore(historyDir, this)),
      m_sandbox(std::make_unique<SandboxServiceEndpoint>(document))
{
    HistoryStore::Options options = m_history->options();
    options.keepPrivateValues = HistoryView::keepPrivateValuesSetting();
    m_history->setOptions(options);
    m_history->load(&m_loadError);
}

ConsoleServices::~ConsoleServices() = default;

void ConsoleServices::install(MainWindow *window)
{
    m_console = new ConsoleView(m_document, m_client, m_history, m_sandbox.get());
    m_console->setObjectName(QStringLiteral("consoleView"));
    m_historyView = new HistoryView(m_history);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    window->addView(QStringLiteral("console"), m_console, Icons::console(),
                    []() { return QCoreApplication::translate("dcsdesk::MainWindow", "Console"); });
    window->addView(QStringLiteral("history"), m_historyView, Icons::history(),
                    []() { return QCoreApplication::translate("dcsdesk::MainWindow", "History"); });
    connect(window, &MainWindow::tryInConsoleRequested, m_console, &ConsoleView::prepareTry);
    connect(m_historyView, &HistoryView::consoleRequested, window,
            [window]() { window->showView(QStringLiteral("console")); });
    connect(m_historyView, &HistoryView::openRequested, window,
            [this, window](const HistoryEntry &entry) {
                m_console->openHistoryEntry(entry);
                window->showView(QStringLiteral("console"));
            });
    installCaptures(window);
    installRunner(window);
    if (auto *batch = qobject_cast<BatchView *>(window->view(QStringLiteral("batch")))) {
        // One local sandbox and one history for both views: a batch run's summary is listed in
        // the History view next to the calls, and "Run as Batch…" hands over the builder.
        batch->setSandboxEndpoint(m_sandbox.get());
        HistoryStore *history = m_history;
        batch->setHistoryRecorder([history](const QJsonObject &summary, const Profile &profile,
                                            const DcsRequest &requestTemplate, QString *error) {
            return history->add(
                HistoryEntry::fromBatchSummary(summary, profile, requestTemplate,
                                               history->options().keepPrivateValues),
                error);
        });
        connect(
            m_console, &ConsoleView::runAsBatchRequested, window,
            [this, batch, window](const DcsRequest &request, const QString &profileName) {
                batch->setProfileName(profileName);
                batch->setRequestTemplate(request);
                window->showView(QStringLiteral("batch"));
                // The batch view targets the saved profile; say so when the console's
                // region picker pointed elsewhere, so a batch never goes live unnoticed.
                const Profile *saved = m_document->workspace().profile(profileName);
                const Profile used = m_console->builder()->profile();
                if (saved && saved->regionId != used.regionId)
                    window->showStatusMessage(
                        [profileName, savedRegion = saved->regionId, usedRegion = used.regionId] {
                            return tr("The batch uses profile “%1” with its own target (%2), "
                                      "not the region chosen in the console (%3).")
                                .arg(profileName, DcsRegion::displayName(savedRegion),
                                     DcsRegion::displayName(usedRegion));
                        },
                        0);
            });
    }
    if (!m_loadError.isEmpty())
        window->showStatusMessage(m_loadError, 0);
}

void ConsoleServices::installRunner(MainWindow *window)
{
    m_window = window;
    QAction *action = m_console->runChecksAction();
    window->viewMenu()->addSeparator();
    window->viewMenu()->addAction(action);
    window->viewMenu()->addAction(m_console->savedPaneAction());
    connect(m_console, &ConsoleView::runChecksRequested, this, &ConsoleServices::showRunner);
    connect(m_console, &ConsoleView::runFolderRequested, this,
            [this](const QStringList &folder) { showRunner()->chooseFolder(folder); });
}

RunnerDialog *ConsoleServices::showRunner()
{
    if (!m_runner) {
        m_runner = new RunnerDialog(m_document, m_history, m_sandbox.get(), m_window);
        connect(m_runner, &RunnerDialog::openInConsoleRequested, this,
                [this](const QString &name, const QString &profile) {
                    if (m_document->workspace().profile(profile))
                        m_console->builder()->setProfileByName(profile);
                    m_console->openSavedRequest(name);
                    // The runner steps aside so the request is seen (a window manager keeps a
                    // dialog above its parent); its results stay for when it is shown again.
                    m_runner->hide();
                    if (m_window) {
                        m_window->showView(QStringLiteral("console"));
                        m_window->raise();
                        m_window->activateWindow();
                        QAction *run = m_console->runChecksAction();
                        m_window->showStatusMessage(StatusText([run] {
                            return tr("The runner keeps its results: View › Run Checks… (%1) "
                                      "shows them again.")
                                .arg(run->shortcut().toString(QKeySequence::NativeText));
                        }));
                    }
                });
        // The console's choices the first time; the runner's own afterwards.
        m_runner->setDefaults(m_console->environments()->currentName(),
                              m_console->builder()->profile().name,
                              m_console->environments()->secrets()->values());
    } else if (!m_runner->checkRun() || !m_runner->checkRun()->isRunning()) {
        m_runner->reload(); // environments, profiles and tags may have changed since
    }
    m_runner->show();
    m_runner->raise();
    m_runner->activateWindow();
    return m_runner;
}

void ConsoleServices::installCaptures(MainWindow *window)
{
    m_captureView = new CaptureView(m_document);
    m_captureView->setObjectName(QStringLiteral("captureView"));
    window->addView(QStringLiteral("captures"), m_captureView, Icons::captures(), []() {
        return QCoreApplication::translate("dcsdesk::MainWindow", "Captures");
    });
    window->addOpenAction(m_captureView->openAction());
    connect(m_captureView->openAction(), &QAction::triggered, window,
            [window]() { window->showView(QStringLiteral("captures")); });
    CaptureView *captures = m_captureView;
    window->addDropHandler([captures, window](const QString &path) {
        if (!path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive))
            return false;
        window->showView(QStringLiteral("captures"));
        captures->openCapture(path);
        return true;
    });
    connect(m_captureView, &CaptureView::openInConsoleRequested, window,
            [this, window](const QString &curl, const DcsResult &captured, const QString &note) {
                m_console->openCapturedCall(curl, captured, note);
                window->showView(QStringLiteral("console"));
            });
    connect(m_captureView, &CaptureView::replayRequested, window,
            [this, window](const CaptureCall::ServerCall &call, bool toSandbox,
                           const HistoryEntry &captured, const QString &note) {
                if (m_console->isSending())
                    m_console->cancel();
                m_console->openServerCall(call, toSandbox, note);
                window->showView(QStringLiteral("console"));
                disconnect(m_replayFinished);
                m_console->send();
                if (!m_console->isSending())
                    return; // refused: the console said why
                // The answer beside the captured one, as the history compares two calls.
                m_replayFinished = connect(
                    m_console, &ConsoleView::callFinished, window, [this, window, captured]() {
                        disconnect(m_replayFinished);
                        const HistoryEntry replayed = HistoryEntry::fromResult(
                            m_console->builder()->profile(), m_console->response()->result(),
                            std::numeric_limits<qint64>::max(), true);
                        auto *dialog = new HistoryCompareDialog(captured, replayed, window);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->setWindowTitle(tr("Captured Answer and Replay"));
                        dialog->summary()->setText(
                            tr("%1 Left: the captured call (without the browser's request "
                               "headers, which the Captures view lists); right: the "
                               "server-to-server replay.")
                                .arg(dialog->summary()->text()));
                        dialog->show();
                    });
            });
}

} // namespace dcsdesk
