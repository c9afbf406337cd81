#include "accountactions.h"
#include "pullprogresstext.h"

#include "aamrest/aampull.h"
#include "common/filefolders.h"
#include "common/uiprompts.h"
#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "secrets/keychainsecretstore.h"
#include "system/colontext.h"
#include "validation/validator.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QAction>
#include <QDate>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>

namespace dcsdesk {

namespace {

// A progress dialog wide enough for its whole title beside the window manager's buttons.
void prepareProgress(QProgressDialog &progress, const QString &title)
{
    progress.setWindowTitle(title);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumWidth(
        qMax(progress.sizeHint().width(), UiPrompts::widthForTitle(&progress, title)));
}

} // namespace

AccountActions::AccountActions(WorkspaceDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    m_secrets = new KeychainSecretStore(this);
    m_compare = new QAction(this);
    m_compare->setObjectName(QStringLiteral("compareWithAccount"));
    connect(m_compare, &QAction::triggered, this, &AccountActions::compare);
    m_newFromAccount = new QAction(this);
    m_newFromAccount->setObjectName(QStringLiteral("newWorkspaceFromAccount"));
    connect(m_newFromAccount, &QAction::triggered, this,
            &AccountActions::newWorkspaceFromAccount);
    retranslateUi();
}

AccountActions::~AccountActions() = default;

void AccountActions::retranslateUi()
{
    m_compare->setText(tr("Compare &with Audience Manager Account…"));
    m_compare->setToolTip(tr("Pulls the account's destinations and mappings and shows, field by "
                             "field, what differs from this workspace. Nothing is changed."));
    m_newFromAccount->setText(tr("New Workspace &from Audience Manager Account…"));
    m_newFromAccount->setToolTip(tr("Pulls an account's destinations, mappings and segments into "
                                    "a new workspace, so you can change them offline and push them back later."));
}

void AccountActions::compare()
{
    connectUntilDone(QString(), [this](const AccountConnectDialog::Choice &choice,
                                       QString *failure) { return pullAndReview(choice, failure); });
}

// A failure opens the connection dialog again, with what was typed and the error in it, so the
// user corrects the value there instead of starting over; only a connection that worked is saved.
void AccountActions::connectUntilDone(const QString &title, const Attempt &attempt)
{
    QString failure;
    AccountConnectDialog::Choice tried;
    for (;;) {
        AccountConnectDialog dialog(m_secrets, m_window);
        if (!title.isEmpty())
            dialog.setWindowTitle(title);
        if (!failure.isEmpty()) {
            dialog.showTyped(tried.connection);
            dialog.showFailure(failure);
        }
        if (dialog.exec() != QDialog::Accepted)
            return;
        tried = dialog.choice();
        if (attempt(tried, &failure)) {
            rememberConnection(tried);
            return;
        }
        if (failure.isEmpty())
            return; // cancelled
    }
}

// Only a connection that worked is saved, so a mistyped address never becomes the last used.
void AccountActions::rememberConnection(const AccountConnectDialog::Choice &choice)
{
    const QString error = AccountConnectDialog::remember(choice.connection);
    if (!error.isEmpty())
        Q_EMIT statusMessage(
            tr("The connection was not saved: %1").arg(ColonText::continued(error)));
}

QString AccountActions::credentialsHint(const AccountConnectDialog::Choice &choice)
{
    if (choice.settings.auth == AamRestClient::Auth::LegacyOAuth)
        return tr("Check the client ID, the client secret, the user name and the password in the "
                  "connection dialog.");
    return tr("Check the client ID, the organization ID, the client secret and the scopes in the "
              "connection dialog (Developer Console, the credential's page).");
}

bool AccountActions::compareWith(const AccountConnectDialog::Choice &choice, QString *error)
{
    QString failure;
    const bool compared = pullAndReview(choice, &failure);
    if (!compared && !failure.isEmpty())
        UiPrompts::inform(m_window, QMessageBox::Warning, tr("Connect to Audience Manager"),
                          failure);
    if (!compared && error)
        *error = failure.isEmpty() ? tr("Canceled.") : failure;
    return compared;
}

bool AccountActions::pullAndReview(const AccountConnectDialog::Choice &choice, QString *failure)
{
    failure->clear();
    AamRestClient::Settings settings = choice.settings;
    settings.credentialsHint = credentialsHint(choice);
    if (choice.local && !startLocalAccount(choice.localAccountFile, &settings, failure))
        return false;
    AamRestClient::PullResult pulled;
    if (!pull(settings, choice.name(), &pulled, failure))
        return false;
    const AamDiff diff = AamDiff::compare(
        m_document->workspace(),
        AamDiff::Account{pulled.destinations, pulled.mappings, pulled.mappingDestinations});
    QHash<qint64, QString> names;
    for (const Destination &d : m_document->workspace().destinations)
        names.insert(d.id, d.name);
    Q_EMIT statusMessage(
        choice.local
            ? tr("Pulled the local account in %n request(s).", nullptr, pulled.requests)
            : tr("Pulled %1 in %n request(s).", nullptr, pulled.requests).arg(choice.displayName));
    if (m_review)
        m_review->close();
    m_review = new AccountReviewDialog(diff, choice.name(), names, m_window);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_review->setValidationErrors(validationErrors());
    if (pulled.destinations.isEmpty())
        m_review->setAccountWarning(
            tr("This account looks empty: it has no destinations at all. If you expected some, "
               "the credential may belong to another organization, or to another Audience "
               "Manager account than the one you meant: check the organization ID and the "
               "client ID in the connection dialog. If the account is new, every destination "
               "and mapping of the workspace is listed as to create."));
    m_reviewSettings = settings;
    m_reviewAccount = choice.name();
    m_reviewSegments = pulled.segments;
    connect(m_review, &AccountReviewDialog::pushRequested, this, &AccountActions::pushFromReview);
    connect(m_review, &AccountReviewDialog::takeRequested, this, &AccountActions::takeFromReview);
    // An edit after the comparison would be overwritten by a push of the compared values.
    const QPointer<AccountReviewDialog> review = m_review;
    connect(m_document, &WorkspaceDocument::contentChanged, m_review, [this, review]() {
        if (review && !review->isOutOfDate() && !m_takingFromReview)
            review->setOutOfDate(
                tr("The workspace changed after this comparison, so Push is off: compare again "
                   "to push what it holds now."));
    });
    m_review->show();
    return true;
}

bool AccountActions::startLocalAccount(const QString &file, AamRestClient::Settings *settings,
                                       QString *error)
{
    const QString path = file.isEmpty() ? AppPaths::bundledSamplePath() : file;
    if (!m_localAccount || m_localAccountFile != path) {
        if (!maybeKeepLocalAccount()) // another file replaces what was pushed to the old one
            return false;
        const WorkspaceFile::LoadResult account = WorkspaceFile::load(path);
        if (!account.ok) {
            *error = tr("The local account cannot be made of %1: %2 Choose another workspace "
                        "file in the connection dialog.")
                         .arg(path, account.error);
            return false;
        }
        auto service = std::make_unique<SandboxService>();
        service->aam()->load(account.workspace);
        QString why;
        if (!service->start(&why)) {
            *error = tr("The local account cannot start: %1").arg(ColonText::continued(why));
            return false;
        }
        m_localAccount = std::move(service);
        m_localAccountFile = path;
        m_localAccountChanged = false;
    }
    const AamRestApi::Credentials credentials;
    settings->baseUrl = m_localAccount->baseUrl();
    settings->clientId = credentials.clientId;
    settings->orgId = credentials.orgId;
    settings->clientSecret = credentials.clientSecret;
    return true;
}

bool AccountActions::pull(const AamRestClient::Settings &settings, const AccountName &account,
                          AamRestClient::PullResult *result, QString *error)
{
    AamRestClient client(NetworkAccess::manager());
    client.setSettings(settings);
    QProgressDialog progress(m_window);
    prepareProgress(progress, account.local ? tr("Pull the Local Account")
                                            : tr("Pull %1").arg(account.adobe));
    PullProgressText texts;
    const auto show = [&progress](const PullProgressText::Step &step) {
        progress.setLabelText(step.text);
        progress.setRange(0, step.maximum);
        progress.setValue(step.value);
    };
    show(PullProgressText::start());
    connect(&client, &AamRestClient::progress, &progress,
            [&texts, &show](AamRestClient::Stage stage, int done, int total) {
                show(texts.next(stage, done, total));
            });
    QEventLoop loop;
    bool finished = false;
    connect(&client, &AamRestClient::finished, &loop, [&](const AamRestClient::PullResult &pulled) {
        *result = pulled;
        finished = true;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &loop, [&]() {
        client.abort();
        loop.quit();
    });
    progress.show();
    client.pull();
    loop.exec();
    progress.close();
    if (!finished) {
        error->clear();
        Q_EMIT statusMessage(tr("The pull was canceled; nothing was changed."));
        return false;
    }
    if (!result->ok) {
        *error = result->error;
        return false;
    }
    return true;
}

void AccountActions::pushFromReview()
{
    if (!m_review)
        return;
    const QVector<AamPush::Choice> choices = m_review->choices();
    const Workspace &workspace = m_document->workspace();
    const AamPush::Report plan = AamPush::plan(workspace, choices);
    const int calls = plan.toSend();
    const int refused = int(plan.items.size()) - calls;
    QStringList text{
        m_reviewAccount.local
            ? tr("%n call(s) will change the local account.", nullptr, calls)
            : tr("%n call(s) will change %1.", nullptr, calls).arg(m_reviewAccount.adobe)};
    if (refused > 0)
        text << tr("%n item(s) will not be sent (refused, or the account already has their "
                   "values); the report says why.",
                   nullptr, refused);
    // Named, so nothing the validator rejects goes out unnoticed.
    QStringList invalid = m_review->chosenWithErrors();
    if (!invalid.isEmpty()) {
        const int count = int(invalid.size());
        if (count > 10) {
            invalid = invalid.mid(0, 10);
            invalid << tr("… and %n more", nullptr, count - 10);
        }
        text << tr("%n checked item(s) have validation errors and will be sent as they are:",
                   nullptr, count) +
                    QStringLiteral("\n• ") + invalid.join(QStringLiteral("\n• "));
    }
    int deletions = 0;
    for (const AamPush::ItemResult &r : plan.items)
        deletions += r.method == "DELETE" ? 1 : 0;
    if (deletions > 0)
        text << tr("%n of them delete(s) from the account what was deleted in the workspace "
                   "(mappings before their destination).",
                   nullptr, deletions);
    text << tr("What the account returns (new IDs, the objects as it stores them) is written into "
               "the workspace as one step you can undo.");
    if (calls == 0) {
        text.first() = m_reviewAccount.local
                           ? tr("Nothing can be sent to the local account.")
                           : tr("Nothing can be sent to %1.").arg(m_reviewAccount.adobe);
    } else if (UiPrompts::choose(m_window,
                                 invalid.isEmpty() ? QMessageBox::Question : QMessageBox::Warning,
                                 tr("Push to Audience Manager"), text.join(QLatin1Char('\n')),
                                 {tr("&Push"), tr("Cancel")}, 1, 1) != 0) {
        return;
    }

    AamPush::Report report = plan;
    if (calls > 0) {
        AamPush pusher(NetworkAccess::manager());
        pusher.setSettings(m_reviewSettings);
        QProgressDialog progress(m_window);
        prepareProgress(progress, m_reviewAccount.local
                                      ? tr("Push to the Local Account")
                                      : tr("Push to %1").arg(m_reviewAccount.adobe));
        progress.setLabelText(tr("Asking for a token…"));
        progress.setRange(0, calls);
        connect(&pusher, &AamPush::progress, &progress, [&progress](int done, int total) {
            progress.setLabelText(done < total ? tr("Sending %1 of %2…").arg(done + 1).arg(total)
                                               : tr("Sent %1 of %2.").arg(done).arg(total));
            progress.setRange(0, total);
            progress.setValue(done);
        });
        QEventLoop loop;
        connect(&pusher, &AamPush::finished, &loop, [&](const AamPush::Report &done) {
            report = done;
            loop.quit();
        });
        connect(&progress, &QProgressDialog::canceled, &pusher, &AamPush::cancel);
        progress.show();
        pusher.push(workspace, choices);
        loop.exec();
        progress.close();
    }

    if (m_localAccount && m_reviewSettings.baseUrl == m_localAccount->baseUrl() &&
        report.count(AamPush::State::Sent) + report.count(AamPush::State::Failed) > 0)
        m_localAccountChanged = true; // a failed call may have reached it too
    const AamPush::WriteBack back = AamPush::writeBack(m_document->workspace(), report);
    if (back.written > 0)
        m_document->apply(back.changes, back.undoText);
    // What the review showed is out of date once a call was made, even a cancelled one: pushing
    // the same creates again could make them twice.
    if (calls > 0 && m_review) {
        if (report.count(AamPush::State::Sent) > 0)
            m_review->close();
        else
            m_review->setOutOfDate(tr("A push ran after this comparison, so Push is off: "
                                      "compare again to see what the account holds now."));
    }
    Q_EMIT statusMessage(m_reviewAccount.local
                             ? tr("Push to the local account: %1.").arg(report.summary())
                             : tr("Push to %1: %2.").arg(m_reviewAccount.adobe, report.summary()));
    if (m_report)
        m_report->close();
    m_report = new PushReportDialog(report, m_reviewAccount, back.notes, m_window, choices);
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    m_report->show();
}

QHash<AccountReviewDialog::ItemKey, QStringList> AccountActions::validationErrors() const
{
    QHash<AccountReviewDialog::ItemKey, QStringList> errors;
    const QVector<Finding> findings =
        Validator::validate(m_document->workspace(), QDate::currentDate());
    for (const Finding &finding : findings) {
        if (finding.severity == Finding::Severity::Error &&
            (finding.kind == EntityKind::Destination || finding.kind == EntityKind::Mapping))
            errors[AccountReviewDialog::ItemKey(int(finding.kind), finding.key)] << finding.message;
    }
    return errors;
}

bool AccountActions::maybeKeepLocalAccount()
{
    if (!m_localAccount || !m_localAccountChanged)
        return true;
    const int choice = UiPrompts::choose(
        m_window, QMessageBox::Warning, tr("Local Account Changed"),
        tr("What you pushed to the local account is kept only in memory: it is lost when DCS "
           "Desk closes, or when another workspace file becomes the local account.\n\nSave the "
           "local account's current content as a workspace file?"),
        {tr("&Save…"), tr("&Discard"), tr("Cancel")}, 0, 2);
    if (choice == 1) {
        m_localAccountChanged = false;
        return true;
    }
    return choice == 0 && saveLocalAccount();
}

// The local account as a workspace: pulled like any account, so the file holds what it serves.
bool AccountActions::saveLocalAccount()
{
    QString path =
        UiPrompts::saveFileName(m_window, tr("Save the Local Account as a Workspace"),
                                FileFolders::suggest(FileFolders::Kind::Workspace,
                                                     tr("local account") + QStringLiteral(".json")),
                                tr("DCS Desk workspaces (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    FileFolders::remember(FileFolders::Kind::Workspace, path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    AamRestClient::Settings settings;
    QString error;
    if (!startLocalAccount(m_localAccountFile, &settings, &error))
        return false;
    AamRestClient::PullResult pulled;
    if (pull(settings, AccountName{}, &pulled, &error)) {
        Workspace empty;
        empty.rebuildIndex();
        const Workspace content = AamPull::apply(empty, pulled).workspace;
        WorkspaceFile::Stamp stamp;
        if (WorkspaceFile::save(content, path, WorkspaceFile::Stamp(), &stamp, &error)) {
            m_localAccountChanged = false;
            Q_EMIT statusMessage(tr("Saved the local account as %1.").arg(path));
            return true;
        }
    }
    if (!error.isEmpty())
        UiPrompts::inform(m_window, QMessageBox::Critical, tr("Save Failed"),
                          tr("The local account was not saved as %1; it is still open.\n\n%2")
                              .arg(QFileInfo(path).fileName(), error));
    return false;
}

} // namespace dcsdesk
