#pragma once

#include "checks/check.h"
#include "environments/variableresolver.h"
#include "secrets/environmentsecrets.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace dcsdesk {

class WorkspaceDocument;

// The console's choice of environment: which one gives the {{variable}} values of the request
// and profile, the button that manages them, and the secret values (EnvironmentSecrets: the
// system keychain, held in memory for the session). The first environment is active until
// another is chosen.
class EnvironmentBar : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentBar(WorkspaceDocument *document, QWidget *parent = nullptr);

    // The store every bar made from now on starts with (tests: a MemorySecretStore, so no
    // keychain thread is started); an empty factory means the system keychain.
    using StoreFactory = std::function<SecretStore *(QObject *parent)>;
    static void setStoreFactory(StoreFactory factory);

    QString currentName() const; // empty when the workspace has no environment
    void setCurrentName(const QString &name);
    // Fills in the variables of the profile and request from the active environment.
    VariableResolution resolve(Profile *profile, DcsRequest *request) const;
    // The checks with the values of the named environment (as the request was sent).
    QVector<Check> resolveChecks(const QVector<Check> &checks, const QString &environment) const;
    EnvironmentSecrets *secrets() const { return m_secrets; }
    // Another store than the system keychain (tests); the values held so far are dropped.
    void setSecretStore(SecretStore *store);
    QComboBox *combo() const { return m_combo; }
    QPushButton *manageButton() const { return m_manage; }
    QList<QWidget *> tabChain() const;

public Q_SLOTS:
    void manage();

Q_SIGNALS:
    void changed(); // another environment, or new values: the preview is out of date
    // E.g. no system keychain, said once: `line` in a few words (what failed, what to do), the
    // whole message in `details`.
    void notice(const QString &line, const QString &details);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void followRename(); // the workspace's name changed: its secrets follow to the new keys
    QVector<Environment> environments() const;
    QString workspaceName() const;
    void connectSecrets();

    QPointer<WorkspaceDocument> m_document;
    QLabel *m_label;
    QComboBox *m_combo;
    QPushButton *m_manage;
    EnvironmentSecrets *m_secrets = nullptr;
    QString m_chosen;    // the user's choice, kept while the list is rebuilt
    bool m_seen = false; // m_seenName and m_seenPath hold what the secrets were last read for
    QString m_seenName;
    QString m_seenPath;
    bool m_replaced = false; // another workspace was loaded since
    QJsonArray m_shown;      // the environments the combo shows
};

} // namespace dcsdesk
