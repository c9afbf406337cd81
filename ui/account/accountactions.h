#pragma once

#include "accountconnectdialog.h"
#include "accountreviewdialog.h"
#include "pushreportdialog.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace dcsdesk {

class SandboxService;
class SecretStore;
class WorkspaceDocument;

// File › Compare with Audience Manager Account: connects to an Audience Manager account (the
// local one DCS Desk serves, or an Adobe account), pulls it with a progress bar the user can
// cancel, shows what differs from the open workspace and pushes what the user accepts. The local
// account lives in memory as long as the window; what was pushed to it is offered for saving as a
// workspace file before it is lost (maybeKeepLocalAccount).
class AccountActions : public QObject
{
    Q_OBJECT

public:
    AccountActions(WorkspaceDocument *document, QWidget *window);
    ~AccountActions() override;

    QAction *compareAction() const { return m_compare; }
    QAction *newFromAccountAction() const { return m_newFromAccount; }
    // Asked before a pull replaces the open workspace (Save / Discard / Cancel); false cancels.
    void setAskToSave(std::function<bool()> ask) { m_askToSave = std::move(ask); }
    AccountReviewDialog *review() const { return m_review; }
    PushReportDialog *pushReport() const { return m_report; }
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    void retranslateUi();

    // Pulls the account chosen and shows the review beside the window; false with *error when
    // the pull failed (already said to the user) or was cancelled.
    bool compareWith(const AccountConnectDialog::Choice &choice, QString *error = nullptr);

    // Sends what the review has checked and settled, after the user confirms; shows the report
    // and writes what the account returned into the workspace as one undo step.
    void pushFromReview();

    // Brings what the review has checked of the account's changes into the workspace (AamTake),
    // as one undo step, and says what was taken and what was kept as it is.
    void takeFromReview();

    // File › New Workspace from Audience Manager Account: connects, pulls everything into a new
    // workspace (workspacePulled) and says what was taken; the open one is asked to be saved
    // first.
    void newWorkspaceFromAccount();
    // The same after the connection dialog: false with *error when the pull failed (already said
    // to the user) or was cancelled.
    bool newWorkspaceFrom(const AccountConnectDialog::Choice &choice, QString *error = nullptr);
    // The local account lives in memory only: after a push to it, before it is thrown away (the
    // window closes, another file becomes the local account), asks Save…, Discard or Cancel.
    // False for Cancel, or when the save did not happen.
    bool maybeKeepLocalAccount();
    bool localAccountChanged() const { return m_localAccountChanged; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A new, unsaved workspace to open in place of the current one.
    void workspacePulled(const dcsdesk::Workspace &workspace);

private:
    void compare();
    // compareWith without a message box: failure holds what went wrong, empty when cancelled.
    bool pullAndReview(const AccountConnectDialog::Choice &choice, QString *failure);
    // The pull into a new workspace, without a message on failure (the caller says it).
    bool pullNewWorkspace(const AccountConnectDialog::Choice &choice, QString *failure);
    void rememberConnection(const AccountConnectDialog::Choice &choice);
    // The connect dialog, then `attempt`, again on failure until it works or the user cancels.
    using Attempt = std::function<bool(const AccountConnectDialog::Choice &, QString *failure)>;
    void connectUntilDone(const QString &title, const Attempt &attempt);
    static QString credentialsHint(const AccountConnectDialog::Choice &choice);
    bool saveLocalAccount();
    QHash<AccountReviewDialog::ItemKey, QStringList> validationErrors() const;
    bool startLocalAccount(const QString &file, AamRestClient::Settings *settings, QString *error);
    bool pull(const AamRestClient::Settings &settings, const AccountName &account,
              AamRestClient::PullResult *result, QString *error);

    WorkspaceDocument *m_document;
    QWidget *m_window;
    QAction *m_compare = nullptr;
    QAction *m_newFromAccount = nullptr;
    std::function<bool()> m_askToSave;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<SandboxService> m_localAccount;
    QString m_localAccountFile;
    bool m_localAccountChanged = false; // a push reached it: only memory holds that
    QPointer<AccountReviewDialog> m_review;
    QPointer<PushReportDialog> m_report;
    AamRestClient::Settings m_reviewSettings; // the account the review compared with
    AccountName m_reviewAccount;
    QJsonArray m_reviewSegments; // the segments of the pull the review compared with
    bool m_takingFromReview = false;
};

} // namespace dcsdesk
