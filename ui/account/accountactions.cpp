#include "accountactions.h"

#include "common/uiprompts.h"
#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "secrets/keychainsecretstore.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QAction>
#include <QEventLoop>
#include <QProgressDialog>
#include <QWidget>

namespace dcsdesk {

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
    m_newFromAccount->setText(tr("New Workspace from Audience Manager &Account…"));
    m_newFromAccount->setToolTip(tr("Pulls an account's destinations, mappings and segments into "
                                    "a new workspace, to change offline and push back later."));
}

void AccountActions::compare()
{
    AccountConnectDialog dialog(m_secrets, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    compareWith(dialog.choice());
}

bool AccountActions::compareWith(const AccountConnectDialog::Choice &choice, QString *error)
{
    QString failure;
    AamRestClient::Settings settings = choice.settings;
    if (choice.local && !startLocalAccount(choice.localAccountFile, &settings, &failure)) {
        UiPrompts::inform(m_window, QMessageBox::Warning, tr("Connect to Audience Manager"),
                          failure);
        if (error)
            *error = failure;
        return false;
    }
    AamRestClient::PullResult pulled;
    if (!pull(settings, choice.displayName, &pulled, &failure)) {
        if (!failure.isEmpty())
            UiPrompts::inform(m_window, QMessageBox::Warning, tr("Connect to Audience Manager"),
                              failure);
        if (error)
            *error = failure.isEmpty() ? tr("Cancelled.") : failure;
        return false;
    }
    const AamDiff diff = AamDiff::compare(
        m_document->workspace(),
        AamDiff::Account{pulled.destinations, pulled.mappings, pulled.mappingDestinations});
    QHash<qint64, QString> names;
    for (const Destination &d : m_document->workspace().destinations)
        names.insert(d.id, d.name);
    Q_EMIT statusMessage(
        tr("Pulled %1 in %n request(s).", nullptr, pulled.requests).arg(choice.displayName));
    if (m_review)
        m_review->close();
    m_review = new AccountReviewDialog(diff, choice.displayName, names, m_window);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_reviewSettings = settings;
    m_reviewAccount = choice.displayName;
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
            *error = tr("The local account cannot start: %1").arg(why);
            return false;
        }
        m_localAccount = std::move(service);
        m_localAccountFile = path;
    }
    const AamRestApi::Credentials credentials;
    settings->baseUrl = m_localAccount->baseUrl();
    settings->clientId = credentials.clientId;
    settings->orgId = credentials.orgId;
    settings->clientSecret = credentials.clientSecret;
    return true;
}

bool AccountActions::pull(const AamRestClient::Settings &settings, const QString &accountName,
                          AamRestClient::PullResult *result, QString *error)
{
    AamRestClient client(NetworkAccess::manager());
    client.setSettings(settings);
    QProgressDialog progress(m_window);
    progress.setWindowTitle(tr("Pull %1").arg(accountName));
    progress.setLabelText(tr("Asking for a token…"));
    progress.setRange(0, 0);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setWindowModality(Qt::WindowModal);
    connect(&client, &AamRestClient::progress, &progress,
            [&progress](AamRestClient::Stage stage, int done, int total) {
                switch (stage) {
                case AamRestClient::Stage::Token:
                    progress.setLabelText(tr("Asking for a token…"));
                    break;
                case AamRestClient::Stage::Destinations:
                    progress.setLabelText(tr("Destinations: page %1").arg(done));
                    break;
                case AamRestClient::Stage::Mappings:
                    progress.setLabelText(
                        tr("Mappings: %1 of %2 destinations").arg(done).arg(total));
                    break;
                case AamRestClient::Stage::Segments:
                    progress.setLabelText(tr("Segments: page %1").arg(done));
                    break;
                }
                if (total > 0) {
                    progress.setRange(0, total);
                    progress.setValue(qMin(done, total));
                } else {
                    progress.setRange(0, 0);
                }
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
        Q_EMIT statusMessage(tr("The pull was cancelled; nothing was changed."));
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
    QStringList text{tr("%n call(s) will change %1.", nullptr, calls).arg(m_reviewAccount)};
    if (refused > 0)
        text << tr("%n item(s) are refused before sending; the report says why.", nullptr, refused);
    text << tr("Deletions are not pushed. What the account returns (new IDs, the objects as it "
               "stores them) is written into the workspace as one step you can undo.");
    if (calls == 0) {
        text.first() = tr("Nothing can be sent to %1.").arg(m_reviewAccount);
    } else if (UiPrompts::choose(m_window, QMessageBox::Question, tr("Push to Audience Manager"),
                                 text.join(QLatin1Char('\n')), {tr("&Push"), tr("Cancel")}, 1,
                                 1) != 0) {
        return;
    }

    AamPush::Report report = plan;
    if (calls > 0) {
        AamPush pusher(NetworkAccess::manager());
        pusher.setSettings(m_reviewSettings);
        QProgressDialog progress(m_window);
        progress.setWindowTitle(tr("Push to %1").arg(m_reviewAccount));
        progress.setLabelText(tr("Asking for a token…"));
        progress.setRange(0, calls);
        progress.setMinimumDuration(0);
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        progress.setWindowModality(Qt::WindowModal);
        connect(&pusher, &AamPush::progress, &progress, [&progress](int done, int total) {
            progress.setLabelText(tr("Sent %1 of %2…").arg(done).arg(total));
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
    Q_EMIT statusMessage(tr("Push to %1: %2.").arg(m_reviewAccount, report.summary()));
    if (m_report)
        m_report->close();
    m_report = new PushReportDialog(report, m_reviewAccount, back.notes, m_window);
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    m_report->show();
}

} // namespace dcsdesk
