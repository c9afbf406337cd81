#include "accountactions.h"

#include "accountreviewdialog.h"
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
    retranslateUi();
}

AccountActions::~AccountActions() = default;

void AccountActions::retranslateUi()
{
    m_compare->setText(tr("Compare &with Audience Manager Account…"));
    m_compare->setToolTip(tr("Pulls the account's destinations and mappings and shows, field by "
                             "field, what differs from this workspace. Nothing is changed."));
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
        UiPrompts::inform(m_window, QMessageBox::Warning, tr("Connect to Audience Manager"), failure);
        if (error)
            *error = failure;
        return false;
    }
    AamRestClient::PullResult pulled;
    if (!pull(settings, choice.displayName, &pulled, &failure)) {
        if (!failure.isEmpty())
            UiPrompts::inform(m_window, QMessageBox::Warning, tr("Connect to Audience Manager"), failure);
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
    Q_EMIT statusMessage(tr("Pulled %1 in %n request(s).", nullptr, pulled.requests)
                             .arg(choice.displayName));
    if (m_review)
        m_review->close();
    m_review = new AccountReviewDialog(diff, choice.displayName, names, m_window);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
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
    connect(&client, &AamRestClient::finished, &loop,
            [&](const AamRestClient::PullResult &pulled) {
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

} // namespace dcsdesk
