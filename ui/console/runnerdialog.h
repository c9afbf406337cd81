#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace dcsdesk {

class CheckRun;
class HistoryStore;
class RunResultPanel;
class SandboxEndpoint;
class SessionSecrets;
class WorkspaceDocument;

// The runner: runs the checks of every saved request (or of those in a folder or with some tags)
// in an
// environment, one after the other, with progress, each request's checks passed or failed and
// the answer behind each failure; stops at the first failure or goes on, as the user chose.
// The work is CheckRun's, as in `dcsdesk-cli check`; each run is kept in the history.
class RunnerDialog : public QDialog
{
    Q_OBJECT

public:
    RunnerDialog(WorkspaceDocument *document, HistoryStore *history, SandboxEndpoint *sandbox,
                 QWidget *parent = nullptr);
    ~RunnerDialog() override;

    // The console's choices: its environment, its profile and the secrets typed in this session.
    void setDefaults(const QString &environment, const QString &profile,
                     const SessionSecrets *secrets);
    void reload(); // environments, profiles, folders and tags again from the workspace
    // Runs only the requests in that folder and its subfolders; empty = every folder.
    void chooseFolder(const QStringList &path);

    QComboBox *environmentCombo() const { return m_environment; }
    QComboBox *profileCombo() const { return m_profile; }
    QListWidget *tagList() const { return m_tags; }
    QComboBox *folderCombo() const { return m_folder; }
    QCheckBox *stopAtFirstFailure() const { return m_stop; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *outOfDateLabel() const { return m_stale; } // shown when the results are stale
    RunResultPanel *results() const { return m_results; }
    CheckRun *checkRun() const { return m_checkRun; }
    QStringList chosenTags() const;
    // Asked before calls go to a live DCS (not the sandbox, not a loopback address), with the
    // host and the number of saved requests; a message box unless a test replaces it.
    void setConfirmLiveRun(std::function<bool(const QString &host, int requests)> confirm)
    {
        m_confirmLiveRun = std::move(confirm);
    }

public Q_SLOTS:
    bool start(); // false (with the reason in the summary line) when nothing could be sent
    void cancel();

Q_SIGNALS:
    void openInConsoleRequested(const QString &savedRequest, const QString &profile);
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void setRunning(bool running);
    void updateProgress();
    void onFinished();
    void refuse(const QString &message);
    bool confirmLiveRun(const QString &host, int requests);
    void showRequests(); // one row per request of m_checkRun
    QByteArray currentInputs() const;
    void rememberInputs(); // what the results on screen describe
    void updateStale();
    void forgetResults();

    QPointer<WorkspaceDocument> m_document;
    QPointer<HistoryStore> m_history;
    SandboxEndpoint *m_sandbox;
    const SessionSecrets *m_secrets = nullptr;
    CheckRun *m_checkRun = nullptr;
    QStringList m_runTags;
    QString m_target;
    std::function<bool(const QString &, int)> m_confirmLiveRun;
    QByteArray m_ranInputs; // CheckRun::inputsOf() when the results on screen were made
    QString m_ranEnvironment;
    QString m_ranProfile;

    QLabel *m_environmentLabel;
    QComboBox *m_environment;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QLabel *m_folderLabel;
    QComboBox *m_folder;
    QLabel *m_tagsLabel;
    QListWidget *m_tags;
    QCheckBox *m_stop;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_stale;
    RunResultPanel *m_results;
    QLabel *m_summary;
    QPushButton *m_openInConsole;
    QPushButton *m_close;
};

} // namespace dcsdesk
