#pragma once

#include "capture/capturecall.h"
#include "dcs/dcsclient.h"
#include "dcs/preparedrequest.h"
#include "environments/variableresolver.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace dcsdesk {

class ChecksPanel;
class HistoryStore;
struct HistoryEntry;
class EnvironmentBar;
class NoticeLine;
class RequestBuilderWidget;
class ResponseWidget;
class SavedRequestPane;
class SandboxEndpoint;
class WorkspaceDocument;

// The request console: a builder, the exact request it makes (URL field, preview, findings),
// Send / Cancel / Copy as cURL, and the decoded answer. Every finished call goes into the
// history. "Local sandbox" calls go to the SandboxEndpoint, which the app starts on demand.
class ConsoleView : public QWidget
{
    Q_OBJECT

public:
    ConsoleView(WorkspaceDocument *document, DcsClient *client, HistoryStore *history,
                SandboxEndpoint *sandbox, QWidget *parent = nullptr);
    ~ConsoleView() override;

    // What Send would send now, its {{variables}} filled in from the active environment.
    PreparedRequest prepared(VariableResolution *variables = nullptr) const;
    bool isSending() const { return m_call != nullptr; }

    RequestBuilderWidget *builder() const { return m_builder; }
    ResponseWidget *response() const { return m_response; }
    ChecksPanel *checksPanel() const { return m_checks; }
    SavedRequestPane *savedPane() const { return m_savedPane; }
    // Shows or hides the saved requests pane (View menu, the Saved menu); remembered.
    QAction *savedPaneAction() const { return m_savedPaneAction; }
    QLineEdit *urlField() const { return m_url; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *runAsBatchButton() const { return m_runAsBatch; }
    QAction *runChecksAction() const { return m_runChecks; } // View > Run Checks… (Ctrl+Shift+R)
    EnvironmentBar *environments() const { return m_environments; }
    NoticeLine *notice() const { return m_notice; }
    // The builder's request with the chosen method: what "Run as Batch…" hands over.
    DcsRequest currentRequest() const;

    // Imports a cURL command (or a bare URL); false with a translated message.
    // keepTarget: an edit of the URL field that leaves its address alone changes the request
    // only, never the profile or region.
    bool importCurl(const QString &command, QString *message = nullptr, bool keepTarget = false);
    // Writes the pasted target as a workspace profile (undoable); false when the name is taken.
    bool savePastedProfile(const QString &name);
    // Reads an AMCV cookie into d_mid, d_orgid and the region; false with a message.
    bool applyAmcv(const QString &cookie, QString *message = nullptr);

public Q_SLOTS:
    void send();
    void cancel();
    void copyAsCurl();
    void openHistoryEntry(const dcsdesk::HistoryEntry &entry);
    // A browser's captured call as it was sent, with the captured answer on show (Captures view).
    void openCapturedCall(const QString &curlCommand, const dcsdesk::DcsResult &captured,
                          const QString &note);
    // The server-to-server form of a captured call, in the sandbox or on its live target.
    void openServerCall(const dcsdesk::CaptureCall::ServerCall &call, bool toSandbox,
                        const QString &note);
    // "Try in console" from a destination: a sandbox call for a user in those segments.
    void prepareTry(qint64 destinationId, const QVector<qint64> &sids);
    void newRequest();
    void runAsBatch();
    // Loads the saved request of that name into the builder (the runner's "Open in Console").
    bool openSavedRequest(const QString &name);

Q_SIGNALS:
    void callFinished();
    // "Run as Batch…": the builder's request as the template of a batch run, with its profile.
    void runAsBatchRequested(const dcsdesk::DcsRequest &request, const QString &profileName);
    void runChecksRequested();                          // the Saved menu's "Run checks…"
    void runFolderRequested(const QStringList &folder); // the pane's "Run checks in this folder…"

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void importEditedUrl(); // the URL field as typed or pasted, read like a pasted cURL
    void retranslate();
    void refreshPreview();
    void onFinished();
    void manageProfiles();
    void pasteAmcv();
    void saveRequest();
    void rebuildSavedMenu();
    void setupSavedPane();
    void setSending(bool sending);
    void setRequestName(const QString &name); // after saving: the builder's request is that one
    void fitBuilderWidth();
    void selectSandboxProfile();

    QPointer<WorkspaceDocument> m_document;
    DcsClient *m_client;
    HistoryStore *m_history;
    SandboxEndpoint *m_sandbox;
    QPointer<DcsCall> m_call;
    bool m_urlUpdating = false;
    QString m_sandboxError;

    QComboBox *m_method;
    QLineEdit *m_url;
    QString m_urlShown; // the URL field's text before the latest edit
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_copyCurl;
    QPushButton *m_save;
    QPushButton *m_saved;
    QPushButton *m_new;
    QPushButton *m_runAsBatch;
    QAction *m_runChecks;
    QAction *m_savedPaneAction;
    SavedRequestPane *m_savedPane;
    QSplitter *m_splitter;
    QScrollArea *m_builderScroll;
    RequestBuilderWidget *m_builder;
    EnvironmentBar *m_environments;
    NoticeLine *m_notice;
    VariableResolution m_sentVariables; // of the call under way: its secrets stay out of history
    ResponseWidget *m_response;
    ChecksPanel *m_checks;
};

} // namespace dcsdesk
