#include "accountconnectdialog.h"

#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>

// The connect dialog's secrets: read from the keychain (or this session's memory) when a
// connection is shown, written there on Connect when the user asks.

namespace dcsdesk {

QHash<QString, QString> &AccountConnectDialog::sessionSecrets()
{
    static QHash<QString, QString> secrets;
    return secrets;
}

// Once no keychain answered, the next dialogs of this run know it without asking again.
QString &AccountConnectDialog::keychainMissingThisSession()
{
    static QString why;
    return why;
}

void AccountConnectDialog::readSecrets()
{
    const AamConnection c = typedConnection();
    if (c.method == AamConnection::Method::LocalAccount || c.clientId.isEmpty())
        return;
    if (c.method == AamConnection::Method::ServerToServer && c.orgId.isEmpty())
        return;
    readSecret(c.clientSecretKey(), m_secret, tr("client secret"));
    if (c.method == AamConnection::Method::LegacyOAuth && !c.username.isEmpty())
        readSecret(c.passwordKey(), m_password, tr("password"));
}

void AccountConnectDialog::readSecret(const SecretKey &key, QLineEdit *field, const QString &what)
{
    if (!field->text().isEmpty())
        return;
    const QString remembered = sessionSecrets().value(key.toString());
    if (!remembered.isEmpty()) {
        field->setText(remembered);
        setStatus(tr("The %1 typed earlier in this session is filled in.").arg(what));
        return;
    }
    if (!m_secrets)
        return;
    QPointer<AccountConnectDialog> self(this);
    QPointer<QLineEdit> target(field);
    m_secrets->read(key, [self, target, key, what](const SecretStore::Reply &reply) {
        if (!self || !target || !target->text().isEmpty())
            return;
        const AamConnection now = self->typedConnection();
        bool stillMeant = false;
        for (const SecretKey &k : now.secretKeys())
            stillMeant = stillMeant || k.toString() == key.toString();
        if (!stillMeant)
            return;
        switch (reply.status) {
        case SecretStore::Status::Ok:
            target->setText(reply.value);
            self->setStatus(tr("The %1 was read from the %2.").arg(what, self->m_secrets->name()));
            break;
        case SecretStore::Status::NotFound:
            self->setStatus(tr("The %1 holds no %2 for this connection: type it.")
                                .arg(self->m_secrets->name(), what));
            break;
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::Refused:
            // Offering to remember what no keychain can keep would cost a second Connect.
            keychainMissingThisSession() = reply.error;
            self->m_remember->setChecked(false);
            self->updateEnabled();
            self->setStatus(tr("The %1 cannot be read from the %2 (%3). Type it: it is kept in "
                               "memory until DCS Desk closes, and asked again at the next start.")
                                .arg(what, self->m_secrets->name(), reply.error));
            break;
        }
    });
}

void AccountConnectDialog::accept()
{
    m_failure.clear();
    const QString missing = missingField();
    if (!missing.isEmpty()) {
        setStatus(missing);
        return;
    }
    const QString nameProblem = this->nameProblem();
    if (!nameProblem.isEmpty()) {
        setStatus(nameProblem);
        m_name->setFocus();
        return;
    }
    const AamConnection connection = typedConnection();
    QVector<QPair<SecretKey, QString>> secrets;
    if (connection.method != AamConnection::Method::LocalAccount)
        secrets.append({connection.clientSecretKey(), m_secret->text()});
    if (connection.method == AamConnection::Method::LegacyOAuth)
        secrets.append({connection.passwordKey(), m_password->text()});
    if (secrets.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (!m_remember->isChecked() || !m_secrets) {
        for (const auto &secret : secrets)
            sessionSecrets().insert(secret.first.toString(), secret.second);
        QDialog::accept();
        return;
    }
    m_writing = true;
    updateEnabled();
    setStatus(tr("Saving the secrets in the %1…").arg(m_secrets->name()));
    writeSecrets(secrets);
}

// One after the other, as a keychain may ask the user to unlock it at the first.
void AccountConnectDialog::writeSecrets(QVector<QPair<SecretKey, QString>> pending)
{
    if (pending.isEmpty()) {
        m_writing = false;
        updateEnabled();
        QDialog::accept();
        return;
    }
    const QPair<SecretKey, QString> next = pending.takeFirst();
    QPointer<AccountConnectDialog> self(this);
    m_secrets->write(next.first, next.second, [self, next, pending](const SecretStore::Reply &reply) {
        if (!self)
            return;
        if (reply.status == SecretStore::Status::Ok) {
            self->writeSecrets(pending);
            return;
        }
        // Said before going on: the user may not want secrets that are not remembered.
        self->m_writing = false;
        self->updateEnabled();
        self->m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
        sessionSecrets().insert(next.first.toString(), next.second);
        for (const auto &secret : pending)
            sessionSecrets().insert(secret.first.toString(), secret.second);
        self->m_remember->setChecked(false);
        self->setStatus(tr("The %1 did not keep the secrets (%2). Press Connect again to use "
                           "them for this session only; they will be asked again at the next "
                           "start.")
                            .arg(self->m_secrets->name(), reply.error));
    });
}

} // namespace dcsdesk
