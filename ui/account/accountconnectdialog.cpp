#include "accountconnectdialog.h"

#include "common/uiprompts.h"
#include "secrets/secretstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

const QString SettingsGroup = QStringLiteral("aamConnection");
enum Environment { Production, Beta, OtherAddress };

QUrl environmentUrl(int environment, const QString &other)
{
    switch (environment) {
    case Production:
        return QUrl(QStringLiteral("https://aam.adobe.io"));
    case Beta:
        return QUrl(QStringLiteral("https://aam-beta.adobe.io"));
    default:
        return QUrl::fromUserInput(other.trimmed());
    }
}

SecretKey secretKeyFor(const QString &clientId, const QString &orgId)
{
    return SecretKey{QStringLiteral("Audience Manager connection"), orgId, clientId};
}

// Secrets typed while no keychain kept them: for this run of the app only, never written.
QHash<QString, QString> &sessionSecrets()
{
    static QHash<QString, QString> secrets;
    return secrets;
}

} // namespace

AccountConnectDialog::AccountConnectDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_secrets(secrets)
{
    setObjectName(QStringLiteral("accountConnectDialog"));
    auto *layout = new QVBoxLayout(this);
    m_kind = new QButtonGroup(this);
    m_local = new QRadioButton(this);
    m_local->setObjectName(QStringLiteral("localAccount"));
    m_adobe = new QRadioButton(this);
    m_adobe->setObjectName(QStringLiteral("adobeAccount"));
    m_kind->addButton(m_local);
    m_kind->addButton(m_adobe);

    layout->addWidget(m_local);
    m_localHelp = new QLabel(this);
    m_localHelp->setWordWrap(true);
    m_localHelp->setIndent(20);
    layout->addWidget(m_localHelp);
    auto *localForm = new QFormLayout;
    localForm->setContentsMargins(20, 0, 0, 0);
    m_localFile = new QLineEdit(this);
    m_localFile->setObjectName(QStringLiteral("localAccountFile"));
    m_localFileLabel = new QLabel(this);
    m_localFileLabel->setBuddy(m_localFile);
    m_browse = new QPushButton(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_localFile, 1);
    fileRow->addWidget(m_browse);
    localForm->addRow(m_localFileLabel, fileRow);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString path = UiPrompts::openFileName(
            this, tr("Workspace the Local Account Is Made Of"), m_localFile->text(),
            tr("DCS Desk workspaces (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_localFile->setText(path);
    });
    layout->addLayout(localForm);

    layout->addWidget(m_adobe);
    auto *form = new QFormLayout;
    form->setContentsMargins(20, 0, 0, 0);
    const auto addRow = [&](QLabel *&label, QWidget *field) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environment"));
    addRow(m_environmentLabel, m_environment);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    addRow(m_baseUrlLabel, m_baseUrl);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    addRow(m_clientIdLabel, m_clientId);
    m_orgId = new QLineEdit(this);
    m_orgId->setObjectName(QStringLiteral("orgId"));
    addRow(m_orgIdLabel, m_orgId);
    m_scope = new QLineEdit(this);
    addRow(m_scopeLabel, m_scope);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setObjectName(QStringLiteral("clientSecret"));
    addRow(m_secretLabel, m_secret);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    // Room for the longest message, so the fields do not move while the user types.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 4);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QButtonGroup::buttonToggled, this, &AccountConnectDialog::updateEnabled);
    connect(m_environment, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &AccountConnectDialog::updateEnabled);
    connect(m_clientId, &QLineEdit::editingFinished, this, &AccountConnectDialog::readSecret);
    connect(m_orgId, &QLineEdit::editingFinished, this, &AccountConnectDialog::readSecret);
    retranslateUi();
    load();
    updateEnabled();
    resize(640, sizeHint().height());
}

void AccountConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Audience Manager"));
    m_local->setText(tr("&Local account (offline)"));
    m_localHelp->setText(
        tr("An Audience Manager account that DCS Desk serves on this computer, made of a "
           "workspace file. Nothing leaves the computer. What you push to it is kept in memory; "
           "before it is lost, DCS Desk offers to save it as a workspace file."));
    m_localFileLabel->setText(tr("Account &made of:"));
    m_browse->setText(tr("&Browse…"));
    m_localFile->setPlaceholderText(tr("the bundled sample workspace"));
    m_adobe->setText(tr("&Adobe account (OAuth Server-to-Server credential)"));
    m_environmentLabel->setText(tr("&Environment:"));
    const QSignalBlocker blocker(m_environment);
    const int environment = qMax(0, m_environment->currentIndex());
    m_environment->clear();
    m_environment->addItem(tr("Production (aam.adobe.io)"));
    m_environment->addItem(tr("Beta (aam-beta.adobe.io)"));
    m_environment->addItem(tr("Other address"));
    m_environment->setCurrentIndex(environment);
    m_baseUrlLabel->setText(tr("A&ddress:"));
    m_clientIdLabel->setText(tr("Client &ID (API key):"));
    m_orgIdLabel->setText(tr("&Organization ID:"));
    m_orgId->setPlaceholderText(tr("…@AdobeOrg"));
    m_scopeLabel->setText(tr("&Scopes:"));
    m_secretLabel->setText(tr("Client se&cret:"));
    m_remember->setText(tr("&Remember the client secret in the system keychain"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void AccountConnectDialog::load()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const bool local = settings.value(QStringLiteral("local"), true).toBool();
    (local ? m_local : m_adobe)->setChecked(true);
    m_localFile->setText(settings.value(QStringLiteral("localAccountFile")).toString());
    m_environment->setCurrentIndex(
        qBound(0, settings.value(QStringLiteral("environment"), 0).toInt(), 2));
    m_baseUrl->setText(settings.value(QStringLiteral("baseUrl")).toString());
    m_clientId->setText(settings.value(QStringLiteral("clientId")).toString());
    m_orgId->setText(settings.value(QStringLiteral("orgId")).toString());
    m_scope->setText(
        settings.value(QStringLiteral("scope"), AamRestClient::Settings().scope).toString());
    m_remember->setChecked(settings.value(QStringLiteral("rememberSecret"), true).toBool());
    readSecret();
}

// Everything but the secret, which never goes to the settings file.
void AccountConnectDialog::save() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("local"), m_local->isChecked());
    settings.setValue(QStringLiteral("localAccountFile"), m_localFile->text().trimmed());
    settings.setValue(QStringLiteral("environment"), m_environment->currentIndex());
    settings.setValue(QStringLiteral("baseUrl"), m_baseUrl->text().trimmed());
    settings.setValue(QStringLiteral("clientId"), m_clientId->text().trimmed());
    settings.setValue(QStringLiteral("orgId"), m_orgId->text().trimmed());
    settings.setValue(QStringLiteral("scope"), m_scope->text().trimmed());
    settings.setValue(QStringLiteral("rememberSecret"), m_remember->isChecked());
}

void AccountConnectDialog::readSecret()
{
    const QString clientId = m_clientId->text().trimmed();
    const QString orgId = m_orgId->text().trimmed();
    if (clientId.isEmpty() || orgId.isEmpty() || !m_secret->text().isEmpty())
        return;
    const SecretKey key = secretKeyFor(clientId, orgId);
    const QString remembered = sessionSecrets().value(key.toString());
    if (!remembered.isEmpty()) {
        m_secret->setText(remembered);
        setStatus(tr("The client secret typed earlier in this session is filled in."));
        return;
    }
    if (!m_secrets)
        return;
    QPointer<AccountConnectDialog> self(this);
    m_secrets->read(key, [self, clientId, orgId](const SecretStore::Reply &reply) {
        if (!self || self->m_clientId->text().trimmed() != clientId ||
            self->m_orgId->text().trimmed() != orgId || !self->m_secret->text().isEmpty())
            return;
        switch (reply.status) {
        case SecretStore::Status::Ok:
            self->m_secret->setText(reply.value);
            self->setStatus(
                tr("The client secret was read from the %1.").arg(self->m_secrets->name()));
            break;
        case SecretStore::Status::NotFound:
            self->setStatus(tr("The %1 holds no client secret for this client ID: "
                               "type it.")
                                .arg(self->m_secrets->name()));
            break;
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::Refused:
            self->setStatus(tr("The client secret cannot be read from the %1 (%2). Type "
                               "it: it is kept in memory until DCS Desk closes, and "
                               "asked again at the next start.")
                                .arg(self->m_secrets->name(), reply.error));
            break;
        }
    });
}

void AccountConnectDialog::updateEnabled()
{
    const bool adobe = m_adobe->isChecked();
    m_localFile->setEnabled(!adobe);
    m_browse->setEnabled(!adobe);
    for (QWidget *w : {static_cast<QWidget *>(m_environment), static_cast<QWidget *>(m_clientId),
                       static_cast<QWidget *>(m_orgId), static_cast<QWidget *>(m_scope),
                       static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_remember)})
        w->setEnabled(adobe && !m_writing);
    m_baseUrl->setEnabled(adobe && !m_writing && m_environment->currentIndex() == OtherAddress);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_writing);
}

QString AccountConnectDialog::missingField() const
{
    if (m_local->isChecked())
        return QString();
    if (m_environment->currentIndex() == OtherAddress) {
        const QUrl url = environmentUrl(OtherAddress, m_baseUrl->text());
        if (!url.isValid() || url.host().isEmpty())
            return tr("Type the REST API's address, such as https://aam.adobe.io.");
    }
    if (m_clientId->text().trimmed().isEmpty())
        return tr("Type the client ID: the Developer Console shows it on the project's OAuth "
                  "Server-to-Server credential.");
    if (!m_orgId->text().trimmed().endsWith(QLatin1String("@AdobeOrg")))
        return tr("Type the organization ID, which ends in @AdobeOrg (Developer Console, the "
                  "credential's page).");
    if (m_secret->text().isEmpty())
        return tr("Type the client secret (Developer Console, the credential's page, Retrieve "
                  "client secret).");
    return QString();
}

AccountConnectDialog::Choice AccountConnectDialog::choice() const
{
    Choice c;
    c.local = m_local->isChecked();
    c.localAccountFile = m_localFile->text().trimmed();
    if (c.local)
        return c; // the sentences about the local account each name it their own way
    c.settings.baseUrl = environmentUrl(m_environment->currentIndex(), m_baseUrl->text());
    c.settings.clientId = m_clientId->text().trimmed();
    c.settings.orgId = m_orgId->text().trimmed();
    c.settings.clientSecret = m_secret->text();
    if (!m_scope->text().trimmed().isEmpty())
        c.settings.scope = m_scope->text().trimmed();
    c.displayName = tr("%1 (%2)").arg(c.settings.baseUrl.host(), c.settings.orgId);
    return c;
}

void AccountConnectDialog::showFailure(const QString &error)
{
    m_failure = error;
    setStatus(QString());
}

// The failure of the last attempt stays above whatever the dialog says since.
void AccountConnectDialog::setStatus(const QString &text)
{
    QStringList lines;
    if (!m_failure.isEmpty())
        lines << tr("The last attempt failed: %1").arg(m_failure);
    if (!text.isEmpty())
        lines << text;
    m_status->setText(lines.join(QLatin1String("\n\n")));
}

void AccountConnectDialog::accept()
{
    m_failure.clear();
    const QString missing = missingField();
    if (!missing.isEmpty()) {
        setStatus(missing);
        return;
    }
    save();
    if (m_local->isChecked()) {
        QDialog::accept();
        return;
    }
    const SecretKey key = secretKeyFor(m_clientId->text().trimmed(), m_orgId->text().trimmed());
    if (!m_remember->isChecked() || !m_secrets) {
        sessionSecrets().insert(key.toString(), m_secret->text());
        QDialog::accept();
        return;
    }
    m_writing = true;
    updateEnabled();
    setStatus(tr("Saving the client secret in the %1…").arg(m_secrets->name()));
    QPointer<AccountConnectDialog> self(this);
    m_secrets->write(key, m_secret->text(), [self, key](const SecretStore::Reply &reply) {
        if (!self)
            return;
        self->m_writing = false;
        self->updateEnabled();
        if (reply.status == SecretStore::Status::Ok) {
            self->QDialog::accept();
            return;
        }
        // Said before going on: the user may not want a secret that is not remembered.
        sessionSecrets().insert(key.toString(), self->m_secret->text());
        self->m_remember->setChecked(false);
        self->setStatus(tr("The %1 did not keep the client secret (%2). Press Connect "
                           "again to use it for this session only; it will be asked "
                           "again at the next start.")
                            .arg(self->m_secrets->name(), reply.error));
    });
}

} // namespace dcsdesk
