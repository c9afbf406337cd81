#pragma once

#include "aamrest/aamconnections.h"
#include "accountname.h"

#include "aamrest/aamrestclient.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dcsdesk {

class SecretStore;

// Which Audience Manager account to talk to, as a saved connection the user picks or makes: the
// local account DCS Desk serves itself (offline, made of a workspace file), an Adobe account with
// its OAuth Server-to-Server credential, or one that still uses the legacy OAuth method. The
// connections are the ones dcsdesk-cli's "aam login" saves (AamConnectionList); the secrets are
// only in the system keychain, when the user asks and a keychain answers, else for this session in
// memory, and the dialog says which.
class AccountConnectDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        bool local = true;
        QString localAccountFile;         // empty: the bundled sample
        AamRestClient::Settings settings; // for an Adobe account
        QString displayName; // an Adobe account's name, "aam.adobe.io (org)"; unused for local
        AamConnection connection; // as typed and named, without its secrets; saved once it worked
        AccountName name() const { return AccountName{local, local ? QString() : displayName}; }
    };

    AccountConnectDialog(SecretStore *secrets, QWidget *parent = nullptr);

    Choice choice() const;
    QRadioButton *localButton() const { return m_local; }
    QRadioButton *adobeButton() const { return m_adobe; }
    QRadioButton *legacyButton() const { return m_legacy; }

    void accept() override;
    // Saves the connection (it worked) in the saved connections, as the last used; an error
    // message when the file cannot be read or written.
    static QString remember(const AamConnection &connection);
    // Shows these values again (after a failed attempt), selected in the list when saved.
    void showTyped(const AamConnection &connection);
    // The last attempt with these values failed: the error stays shown above the buttons, so the
    // user corrects the value that caused it.
    void showFailure(const QString &error);
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadConnections();
    void showConnection(const AamConnection &connection);
    void showSaved(int index);
    void deleteSaved();
    AamConnection typedConnection() const;
    QString connectionName() const;
    QString nameProblem() const;
    void readSecrets();
    void readSecret(const SecretKey &key, QLineEdit *field, const QString &what);
    void writeSecrets(QVector<QPair<SecretKey, QString>> pending);
    void fillEnvironments();
    // Secrets typed while no keychain kept them: for this run of the app only, never written.
    static QHash<QString, QString> &sessionSecrets();
    static QString &keychainMissingThisSession();
    void updateEnabled();
    QString missingField() const;
    void retranslateUi();
    void setStatus(const QString &text);

    SecretStore *m_secrets;
    QString m_failure;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_adobe = nullptr;
    QRadioButton *m_legacy = nullptr;
    QComboBox *m_saved = nullptr;
    QLabel *m_savedLabel = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordLabel = nullptr;
    AamConnectionList m_connections;
    QString m_connectionsError;
    QButtonGroup *m_kind = nullptr;
    QLabel *m_localHelp = nullptr;
    QLineEdit *m_localFile = nullptr;
    QLabel *m_localFileLabel = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_environment = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlLabel = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLineEdit *m_orgId = nullptr;
    QLabel *m_orgIdLabel = nullptr;
    QLineEdit *m_scope = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretLabel = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_writing = false;
};

} // namespace dcsdesk
