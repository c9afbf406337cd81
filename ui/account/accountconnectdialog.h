#pragma once

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

// Which Audience Manager account to talk to: the local account DCS Desk serves itself (offline,
// made of a workspace file), or an Adobe account with its OAuth Server-to-Server credential. What
// is not secret is remembered in the settings; the client secret only in the system keychain,
// when the user asks and a keychain answers, else for this session in memory, and the dialog says
// which.
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
        AccountName name() const { return AccountName{local, local ? QString() : displayName}; }
    };

    AccountConnectDialog(SecretStore *secrets, QWidget *parent = nullptr);

    Choice choice() const;
    QRadioButton *localButton() const { return m_local; }
    QRadioButton *adobeButton() const { return m_adobe; }

    void accept() override;
    // The last attempt with these values failed: the error stays shown above the buttons, so the
    // user corrects the value that caused it.
    void showFailure(const QString &error);
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void save() const;
    void readSecret();
    void updateEnabled();
    QString missingField() const;
    void retranslateUi();
    void setStatus(const QString &text);

    SecretStore *m_secrets;
    QString m_failure;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_adobe = nullptr;
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
