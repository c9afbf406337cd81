#include "accountconnectdialog.h"

#include "common/uiprompts.h"
#include "secrets/secretstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

// Where the one connection was remembered before connections had names; read once, so the
// values a user typed then are still offered.
const QString LegacySettingsGroup = QStringLiteral("aamConnection");
enum Environment { Production, Beta, OtherAddress };

// The REST API hosts of aam-rest.md, per method.
QUrl environmentUrl(int environment, bool legacy, const QString &other)
{
    switch (environment) {
    case Production:
        return QUrl(legacy ? QStringLiteral("https://api.demdex.com")
                           : QStringLiteral("https://aam.adobe.io"));
    case Beta:
        return QUrl(legacy ? QStringLiteral("https://api-beta.demdex.com")
                           : QStringLiteral("https://aam-beta.adobe.io"));
    default:
        return QUrl::fromUserInput(other.trimmed());
    }
}

int environmentOf(const QUrl &url, bool legacy)
{
    for (int environment : {Production, Beta}) {
        if (environmentUrl(environment, legacy, QString()).host() == url.host())
            return environment;
    }
    return url.isEmpty() ? Production : OtherAddress;
}

} // namespace

AccountConnectDialog::AccountConnectDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_secrets(secrets)
{
    setObjectName(QStringLiteral("accountConnectDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *savedForm = new QFormLayout;
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedConnection"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteConnection"));
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_delete);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setBuddy(m_saved);
    savedForm->addRow(m_savedLabel, savedRow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    savedForm->addRow(m_nameLabel, m_name);
    layout->addLayout(savedForm);

    m_kind = new QButtonGroup(this);
    m_local = new QRadioButton(this);
    m_local->setObjectName(QStringLiteral("localAccount"));
    m_adobe = new QRadioButton(this);
    m_adobe->setObjectName(QStringLiteral("adobeAccount"));
    m_legacy = new QRadioButton(this);
    m_legacy->setObjectName(QStringLiteral("legacyAccount"));
    m_kind->addButton(m_local);
    m_kind->addButton(m_adobe);
    m_kind->addButton(m_legacy);

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
    layout->addWidget(m_legacy);
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
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    addRow(m_usernameLabel, m_username);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    addRow(m_passwordLabel, m_password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    m_remember->setChecked(keychainMissingThisSession().isEmpty());
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
    connect(m_kind, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return;
        fillEnvironments();
        updateEnabled();
    });
    connect(m_environment, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &AccountConnectDialog::updateEnabled);
    connect(m_saved, qOverload<int>(&QComboBox::activated), this, &AccountConnectDialog::showSaved);
    connect(m_delete, &QPushButton::clicked, this, &AccountConnectDialog::deleteSaved);
    for (QLineEdit *field : {m_clientId, m_orgId, m_username})
        connect(field, &QLineEdit::editingFinished, this, &AccountConnectDialog::readSecrets);
    retranslateUi();
    loadConnections();
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
    m_savedLabel->setText(tr("Sa&ved connection:"));
    m_delete->setText(tr("Dele&te…"));
    m_delete->setToolTip(tr("Forget the saved connection, and its secrets in the system keychain "
                            "unless another connection uses them."));
    m_nameLabel->setText(tr("Na&me:"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    if (m_saved->count() > 0)
        m_saved->setItemText(m_saved->count() - 1, tr("New connection"));
    m_local->setText(tr("&Local account (offline)"));
    m_localHelp->setText(
        tr("An Audience Manager account that DCS Desk serves on this computer, made of a "
           "workspace file. Nothing leaves the computer. What you push to it is kept in memory; "
           "before it is lost, DCS Desk offers to save it as a workspace file."));
    m_localFileLabel->setText(tr("Workspace &file:"));
    m_browse->setText(tr("&Browse…"));
    m_localFile->setPlaceholderText(tr("the bundled sample workspace"));
    m_adobe->setText(tr("&Adobe account (OAuth Server-to-Server credential)"));
    m_legacy->setText(tr("Adobe account, le&gacy OAuth (deprecated: user name and password)"));
    m_environmentLabel->setText(tr("&Environment:"));
    fillEnvironments();
    m_baseUrlLabel->setText(tr("A&ddress:"));
    m_orgIdLabel->setText(tr("&Organization ID:"));
    m_orgId->setPlaceholderText(tr("…@AdobeOrg"));
    m_scopeLabel->setText(tr("&Scopes:"));
    m_secretLabel->setText(tr("Client se&cret:"));
    m_usernameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember the secrets in the system keychain"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateEnabled();
}

void AccountConnectDialog::fillEnvironments()
{
    const bool legacy = m_legacy->isChecked();
    const QSignalBlocker blocker(m_environment);
    const int environment = qMax(0, m_environment->currentIndex());
    m_environment->clear();
    m_environment->addItem(tr("Production (%1)").arg(environmentUrl(Production, legacy, {}).host()));
    m_environment->addItem(tr("Beta (%1)").arg(environmentUrl(Beta, legacy, {}).host()));
    m_environment->addItem(tr("Other address"));
    m_environment->setCurrentIndex(environment);
}

// The saved connections, the last used one shown; with none, what the one connection of older
// versions remembered in the settings, to save under a name of the user's.
void AccountConnectDialog::loadConnections()
{
    m_connectionsError.clear();
    if (!m_connections.load(&m_connectionsError))
        setStatus(m_connectionsError);
    m_saved->clear();
    for (const AamConnection &connection : m_connections.connections())
        m_saved->addItem(connection.name);
    m_saved->addItem(tr("New connection"));
    m_saved->setEnabled(m_connectionsError.isEmpty());
    m_name->setEnabled(m_connectionsError.isEmpty());
    const AamConnection *last = m_connections.find(m_connections.lastUsed());
    if (!last && !m_connections.connections().isEmpty())
        last = &m_connections.connections().first();
    if (last) {
        m_saved->setCurrentIndex(m_saved->findText(last->name));
        showConnection(*last);
        return;
    }
    m_saved->setCurrentIndex(m_saved->count() - 1);
    AamConnection remembered;
    remembered.method = AamConnection::Method::LocalAccount;
    QSettings settings;
    settings.beginGroup(LegacySettingsGroup);
    if (settings.contains(QStringLiteral("local"))) {
        if (!settings.value(QStringLiteral("local")).toBool())
            remembered.method = AamConnection::Method::ServerToServer;
        remembered.localAccountFile = settings.value(QStringLiteral("localAccountFile")).toString();
        const int environment = settings.value(QStringLiteral("environment"), 0).toInt();
        remembered.baseUrl = environmentUrl(
            environment, false, settings.value(QStringLiteral("baseUrl")).toString());
        remembered.clientId = settings.value(QStringLiteral("clientId")).toString();
        remembered.orgId = settings.value(QStringLiteral("orgId")).toString();
        remembered.scope = settings.value(QStringLiteral("scope")).toString();
        m_remember->setChecked(keychainMissingThisSession().isEmpty() &&
                               settings.value(QStringLiteral("rememberSecret"), true).toBool());
    }
    showConnection(remembered);
}

void AccountConnectDialog::showSaved(int index)
{
    m_failure.clear();
    const AamConnection *saved = index >= 0 && index < m_connections.connections().size()
                                     ? &m_connections.connections().at(index)
                                     : nullptr;
    if (saved) {
        showConnection(*saved);
    } else {
        AamConnection fresh;
        fresh.method = AamConnection::Method::ServerToServer;
        showConnection(fresh);
    }
    setStatus(QString());
    updateEnabled();
}

void AccountConnectDialog::showConnection(const AamConnection &connection)
{
    using Method = AamConnection::Method;
    const bool legacy = connection.method == Method::LegacyOAuth;
    (connection.method == Method::LocalAccount ? m_local : legacy ? m_legacy : m_adobe)
        ->setChecked(true);
    fillEnvironments();
    m_name->setText(connection.name);
    m_localFile->setText(connection.localAccountFile);
    m_environment->setCurrentIndex(environmentOf(connection.baseUrl, legacy));
    m_baseUrl->setText(m_environment->currentIndex() == OtherAddress
                           ? connection.baseUrl.toString()
                           : QString());
    m_clientId->setText(connection.clientId);
    m_orgId->setText(connection.orgId);
    m_scope->setText(connection.scope.isEmpty() ? AamRestClient::Settings().scope
                                                : connection.scope);
    m_username->setText(connection.username);
    m_secret->clear();
    m_password->clear();
    m_delete->setEnabled(m_connections.find(connection.name) != nullptr);
    readSecrets();
}

QString AccountConnectDialog::connectionName() const
{
    const QString typed = m_name->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    const AamConnection c = typedConnection();
    switch (c.method) {
    case AamConnection::Method::LocalAccount:
        return tr("Local account");
    case AamConnection::Method::ServerToServer:
        return tr("%1 (%2)").arg(c.baseUrl.host(), c.orgId);
    case AamConnection::Method::LegacyOAuth:
        return tr("%1 (%2)").arg(c.baseUrl.host(), c.username);
    }
    return QString();
}

AamConnection AccountConnectDialog::typedConnection() const
{
    AamConnection c;
    c.name = m_name->text().trimmed();
    c.method = m_local->isChecked()    ? AamConnection::Method::LocalAccount
               : m_legacy->isChecked() ? AamConnection::Method::LegacyOAuth
                                       : AamConnection::Method::ServerToServer;
    c.localAccountFile = m_localFile->text().trimmed();
    if (c.method == AamConnection::Method::LocalAccount)
        return c;
    const bool legacy = c.method == AamConnection::Method::LegacyOAuth;
    c.baseUrl = environmentUrl(m_environment->currentIndex(), legacy, m_baseUrl->text());
    c.clientId = m_clientId->text().trimmed();
    if (legacy) {
        c.username = m_username->text().trimmed();
    } else {
        c.orgId = m_orgId->text().trimmed();
        if (m_scope->text().trimmed() != AamRestClient::Settings().scope)
            c.scope = m_scope->text().trimmed();
    }
    return c;
}

// What stops Connect because of the name: another saved connection already has it. A new name
// on a selected connection saves a new one beside it; nothing is renamed or replaced unasked.
QString AccountConnectDialog::nameProblem() const
{
    const QString name = connectionName();
    const AamConnection *holder = m_connections.find(name);
    const int selected = m_saved->currentIndex();
    const bool isSelected = selected >= 0 && selected < m_connections.connections().size() &&
                            &m_connections.connections().at(selected) == holder;
    if (!holder || isSelected)
        return QString();
    return tr("A saved connection is already named \"%1\" (%2). Choose it in the list to change "
              "it, or type another name.")
        .arg(holder->name, holder->methodText());
}

QString AccountConnectDialog::remember(const AamConnection &connection)
{
    AamConnectionList list;
    QString error;
    if (!list.load(&error))
        return error;
    list.put(connection);
    list.setLastUsed(connection.name);
    if (!list.save(&error))
        return error;
    return QString();
}

void AccountConnectDialog::showTyped(const AamConnection &connection)
{
    const AamConnection *saved = m_connections.find(connection.name);
    m_saved->setCurrentIndex(saved ? m_saved->findText(saved->name) : m_saved->count() - 1);
    showConnection(connection);
    updateEnabled();
}

void AccountConnectDialog::deleteSaved()
{
    const int index = m_saved->currentIndex();
    if (index < 0 || index >= m_connections.connections().size())
        return;
    const QString name = m_connections.connections().at(index).name;
    const QVector<SecretKey> keys = m_connections.secretKeysOnlyUsedBy(name);
    const int answer = UiPrompts::choose(
        this, QMessageBox::Question, tr("Delete Connection"),
        (keys.isEmpty()
             ? tr("Delete the saved connection \"%1\"?").arg(name)
             : tr("Delete the saved connection \"%1\" and its secrets in the %2?")
                   .arg(name, m_secrets ? m_secrets->name() : tr("system keychain"))) +
            QLatin1String("\n\n") +
            tr("dcsdesk-cli uses the same saved connections: a command with --connection \"%1\" "
               "will no longer find it.")
                .arg(name),
        {tr("Delete"), tr("Cancel")}, 1, 1);
    if (answer != 0)
        return;
    m_connections.remove(name);
    QString error;
    if (!m_connections.save(&error)) {
        setStatus(error);
        m_connections.load(nullptr);
        return;
    }
    for (const SecretKey &key : keys) {
        sessionSecrets().remove(key.toString());
        if (m_secrets)
            m_secrets->remove(key, [](const SecretStore::Reply &) {});
    }
    loadConnections();
    setStatus(tr("The connection \"%1\" is deleted.").arg(name));
    updateEnabled();
}

void AccountConnectDialog::updateEnabled()
{
    const bool local = m_local->isChecked();
    const bool legacy = m_legacy->isChecked();
    const bool adobe = !local && !m_writing;
    m_localFile->setEnabled(local);
    m_browse->setEnabled(local);
    for (QWidget *w : {static_cast<QWidget *>(m_environment), static_cast<QWidget *>(m_clientId),
                       static_cast<QWidget *>(m_secret)})
        w->setEnabled(adobe);
    const QString keychainMissing = keychainMissingThisSession();
    m_remember->setEnabled(adobe && keychainMissing.isEmpty());
    m_remember->setToolTip(
        keychainMissing.isEmpty()
            ? QString()
            : tr("No system keychain answered (%1): the secrets are kept in memory until DCS "
                 "Desk closes.")
                  .arg(keychainMissing));
    for (QWidget *w : {static_cast<QWidget *>(m_orgId), static_cast<QWidget *>(m_scope)})
        w->setEnabled(adobe && !legacy);
    for (QWidget *w : {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password)})
        w->setEnabled(adobe && legacy);
    m_baseUrl->setEnabled(adobe && m_environment->currentIndex() == OtherAddress);
    m_clientIdLabel->setText(legacy ? tr("Client &ID:") : tr("Client &ID (API key):"));
    // As wide as its longer text, so the fields do not jump sideways when the method changes.
    const QFontMetrics metrics(m_clientIdLabel->font());
    m_clientIdLabel->setMinimumWidth(
        qMax(metrics.horizontalAdvance(QString(tr("Client &ID:")).remove(QLatin1Char('&'))),
             metrics.horizontalAdvance(
                 QString(tr("Client &ID (API key):")).remove(QLatin1Char('&')))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_writing);
}

QString AccountConnectDialog::missingField() const
{
    if (m_local->isChecked())
        return QString();
    const bool legacy = m_legacy->isChecked();
    if (m_environment->currentIndex() == OtherAddress) {
        const QUrl url = environmentUrl(OtherAddress, legacy, m_baseUrl->text());
        if (!url.isValid() || url.host().isEmpty())
            return tr("Type the REST API's address, such as https://aam.adobe.io.");
    }
    if (legacy) {
        if (m_clientId->text().trimmed().isEmpty())
            return tr("Type the client ID of the legacy API client (Adobe Customer Care gave it "
                      "with its secret).");
        if (m_secret->text().isEmpty())
            return tr("Type the client secret of the legacy API client.");
        if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty())
            return tr("Type the Audience Manager user name and password the legacy API client "
                      "signs in with.");
        return QString();
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
    const AamConnection connection = typedConnection();
    c.local = connection.method == AamConnection::Method::LocalAccount;
    c.localAccountFile = connection.localAccountFile;
    c.connection = connection;
    c.connection.name = connectionName();
    if (c.local)
        return c; // the sentences about the local account each name it their own way
    c.settings = connection.settings();
    c.settings.clientSecret = m_secret->text();
    if (connection.method == AamConnection::Method::LegacyOAuth)
        c.settings.password = m_password->text();
    c.displayName = c.connection.name; // the user's name for it, as the list shows it
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

} // namespace dcsdesk
