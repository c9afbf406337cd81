#include "consoleservices.h"

#include <QCoreApplication>

#include "batch/batchview.h"
#include "common/icons.h"
#include "console/sandboxserviceendpoint.h"
#include "consoleview.h"
#include "dcs/dcsclient.h"
#include "domain/region.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "mainwindow/mainwindow.h"
#include "requestbuilderwidget.h"
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
    if (auto *batch = qobject_cast<BatchView *>(window->view(QStringLiteral("batch")))) {
        // One local sandbox and one history for both views: a batch run's summary is listed in
        // the History view next to the calls, and "Run as batch…" hands over the builder.
        batch->setSandboxEndpoint(m_sandbox.get());
        HistoryStore *history = m_history;
        batch->setHistoryRecorder([history](const QJsonObject &summary, const Profile &profile,
                                            const DcsRequest &requestTemplate, QString *error) {
            return history->add(
                HistoryEntry::fromBatchSummary(summary, profile, requestTemplate,
                                               history->options().keepPrivateValues),
                error);
        });
        connect(m_console, &ConsoleView::runAsBatchRequested, window,
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
                            tr("The batch uses profile “%1” with its own target (%2), not the "
                               "region chosen in the console (%3).")
                                .arg(profileName, DcsRegion::displayName(saved->regionId),
                                     DcsRegion::displayName(used.regionId)),
                            0);
                });
    }
    if (!m_loadError.isEmpty())
        window->showStatusMessage(m_loadError, 0);
}

} // namespace dcsdesk
