#pragma once

#include "domain/environment.h"
#include "environments/sessionsecrets.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>

namespace dcsdesk {

// The secret values of a workspace's environments: kept in the system keychain (a SecretStore)
// and held in memory (SessionSecrets) for the resolver, which cannot wait. load() reads every
// secret variable once; set() and forget() change the keychain and memory together. The first
// time the store does not answer, the keychain is given up for the session: values stay in
// memory only, and keychainUnavailable() says why, once.
class EnvironmentSecrets : public QObject
{
    Q_OBJECT

public:
    // store may be null: memory only, from the start (and said so).
    explicit EnvironmentSecrets(SecretStore *store, QObject *parent = nullptr);

    const SessionSecrets *values() const { return &m_values; }
    bool hasValue(const QString &environment, const QString &name) const;
    QString value(const QString &environment, const QString &name,
                  SessionSecrets::Source *source) const;

    void load(const QString &workspace, const QVector<Environment> &environments);
    void set(const QString &workspace, const QString &environment, const QString &name,
             const QString &value);
    void forget(const QString &workspace, const QString &environment, const QString &name);
    // The workspace's name changed (its keys are <workspace>/<environment>/<variable>): every
    // secret value is written under the new name too, read from the old key when it is not in
    // memory; the old entries stay. Returns how many secret variables follow.
    int follow(const QString &oldWorkspace, const QString &newWorkspace,
               const QVector<Environment> &environments);

    bool keychainAvailable() const { return m_store && m_unavailable.isEmpty(); }
    QString unavailableMessage() const; // translated; empty while the keychain answers
    QString lastError() const { return m_lastError; } // a refusal or failure, translated

Q_SIGNALS:
    void valuesChanged();                             // a value came from the keychain
    void keychainUnavailable(const QString &message); // once per session
    void failed(const QString &message); // the keychain refused (e.g. locked, access denied)

private:
    void handle(const SecretStore::Reply &reply);
    void giveUp(const QString &why);

    QPointer<SecretStore> m_store;
    SessionSecrets m_values;
    QSet<QString> m_asked; // SecretKey::toString() of every read started
    QString m_unavailable;
    QString m_lastError;
};

// Messages shared by the console and the command line.
class SecretMessages
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SecretMessages)

public:
    static QString keychainUnavailable(const QString &why);
    static QString refused(const QString &why);
};

} // namespace dcsdesk
