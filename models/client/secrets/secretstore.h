#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace dcsdesk {

// Names one secret in a store: the workspace (its display name, so a moved or renamed file keeps
// its secrets), the environment and the variable. toString() is the keychain's key.
struct SecretKey
{
    QString workspace;
    QString environment;
    QString variable;

    // "<workspace>/<environment>/<variable>", each part percent-encoded ("/" and "%" included),
    // so that no two keys meet: "Sample%20account/production/partnerToken".
    QString toString() const;
};

// Where secret values are kept between sessions. Every call answers later, once, through its
// callback (a system keychain may ask the user to unlock it first). Unavailable means nothing
// answered (no keychain on the session bus, no D-Bus at all): the caller keeps the value in
// memory only and says so; it is never written anywhere else.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, Unavailable, Refused };
    struct Reply
    {
        Status status = Status::Ok;
        QString value; // read: the secret
        QString error; // why not, from the store (untranslated when it comes from the system)
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;

    virtual void read(const SecretKey &key, Callback done) = 0;
    virtual void write(const SecretKey &key, const QString &value, Callback done) = 0;
    virtual void remove(const SecretKey &key, Callback done) = 0;
    virtual QString name() const = 0; // "system keychain", for messages

    // Waits for read() on a local event loop (the command line has no other): Unavailable when
    // nothing answered within timeoutMs.
    Reply readNow(const SecretKey &key, int timeoutMs = 30000);
    Reply writeNow(const SecretKey &key, const QString &value, int timeoutMs = 30000);
    Reply removeNow(const SecretKey &key, int timeoutMs = 30000);

private:
    Reply waitFor(const std::function<void(Callback)> &start, int timeoutMs);
};

// Keeps secrets in memory, for tests (and as the reference of the store's behaviour). Can play
// a store that is not there, or one that refuses.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void setUnavailable(const QString &why) { m_unavailable = why; }
    int calls() const { return m_calls; }
    QHash<QString, QString> contents() const { return m_values; }
    void clear() { m_values.clear(); }

    void read(const SecretKey &key, Callback done) override;
    void write(const SecretKey &key, const QString &value, Callback done) override;
    void remove(const SecretKey &key, Callback done) override;
    QString name() const override;

private:
    void answer(Callback done, const Reply &reply);

    QHash<QString, QString> m_values;
    QString m_unavailable;
    int m_calls = 0;
};

} // namespace dcsdesk
