#pragma once

#include <QObject>
#include <memory>

namespace dcsdesk {

class CaptureView;
class ConsoleView;
class DcsClient;
class HistoryStore;
class HistoryView;
class MainWindow;
class RunnerDialog;
class SandboxServiceEndpoint;
class WorkspaceDocument;

// What the console needs for the life of the app: the DCS client, the history in the data
// folder and the in-process sandbox (started on the first "Local sandbox" call). install() puts
// the Console, History and Captures views into the main window and wires "Try in console",
// reopening a history entry, and a captured call opened or replayed in the console.
// It also owns the runner (RunnerDialog), reached from View > Run Checks… and the console's
// Saved menu.
class ConsoleServices : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleServices(WorkspaceDocument *document, QObject *parent = nullptr);
    // The history in historyDir instead of the data folder (screenshots keep the user's own
    // calls out of their pictures and add none to them).
    ConsoleServices(WorkspaceDocument *document, const QString &historyDir,
                    QObject *parent = nullptr);
    ~ConsoleServices() override;

    void install(MainWindow *window);

    DcsClient *client() const { return m_client; }
    HistoryStore *history() const { return m_history; }
    SandboxServiceEndpoint *sandbox() const { return m_sandbox.get(); }
    ConsoleView *consoleView() const { return m_console; }
    HistoryView *historyView() const { return m_historyView; }
    CaptureView *captureView() const { return m_captureView; }
    QString historyLoadError() const { return m_loadError; }
    // Shows the runner with the console's environment and profile chosen (made on first use).
    RunnerDialog *showRunner();
    RunnerDialog *runner() const { return m_runner; }

private:
    void installCaptures(MainWindow *window);
    void installRunner(MainWindow *window);

    WorkspaceDocument *m_document;
    DcsClient *m_client;
    HistoryStore *m_history;
    std::unique_ptr<SandboxServiceEndpoint> m_sandbox;
    ConsoleView *m_console = nullptr;
    HistoryView *m_historyView = nullptr;
    CaptureView *m_captureView = nullptr;
    RunnerDialog *m_runner = nullptr;
    MainWindow *m_window = nullptr;
    QMetaObject::Connection m_replayFinished;
    QString m_loadError;
};

} // namespace dcsdesk
