#include "environmentsecrets.h"

namespace dcsdesk {

QString SecretMessages::keychainUnavailable(const QString &why)
{
    return tr("The system keychain cannot be used: %1. Secret values you type are kept only until "
              "DCS Desk closes. To keep them, start a keychain service (such as GNOME Keyring or "
              "KWallet) and restart DCS Desk.")
        .arg(why);
}

QString SecretMessages::refused(const QString &why)
{
    return tr("The system keychain refused the secret value: %1. It is kept only until DCS Desk "
              "closes. To keep it, unlock the keychain and type the value again in "
              "Environments….")
        .arg(why);
}

EnvironmentSecrets::EnvironmentSecrets(SecretStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

bool EnvironmentSecrets::hasValue(const QString &environment, const QString &name) const
{
    return m_values.hasSessionValue(environment, name);
}

QString EnvironmentSecrets::value(const QString &environment, const QString &name,
                                  SessionSecrets::Source *source) const
{
    return m_values.value(environment, name, source);
}

QString EnvironmentSecrets::unavailableMessage() const
{
    return m_unavailable.isEmpty() ? QString() : SecretMessages::keychainUnavailable(m_unavailable);
}

void EnvironmentSecrets::giveUp(const QString &why)
{
    if (!m_unavailable.isEmpty())
        return;
    m_unavailable = why.isEmpty() ? tr("no reason given") : why;
    Q_EMIT keychainUnavailable(unavailableMessage());
}

void EnvironmentSecrets::handle(const SecretStore::Reply &reply)
{
    if (reply.status == SecretStore::Status::Unavailable) {
        giveUp(reply.error);
    } else if (reply.status == SecretStore::Status::Refused) {
        m_lastError = SecretMessages::refused(reply.error);
        Q_EMIT failed(m_lastError);
    }
}

void EnvironmentSecrets::load(const QString &workspace, const QVector<Environment> &environments)
{
    if (!m_store) {
        giveUp(tr("DCS Desk was started without one", "one: a system keychain"));
        return;
    }
    for (const Environment &e : environments) {
        for (const EnvironmentVariable &v : e.variables) {
            const SecretKey key{workspace, e.name, v.name};
            if (!v.secret || !keychainAvailable() || m_asked.contains(key.toString()) ||
                m_values.hasSessionValue(e.name, v.name))
                continue;
            m_asked.insert(key.toString());
            QPointer<EnvironmentSecrets> self(this);
            m_store->read(key, [self, key](const SecretStore::Reply &r) {
                if (!self)
                    return;
                self->handle(r);
                // A value typed meanwhile is newer than the keychain's.
                if (r.status == SecretStore::Status::Ok &&
                    !self->m_values.hasSessionValue(key.environment, key.variable)) {
                    self->m_values.set(key.environment, key.variable, r.value,
                                       SessionSecrets::Source::Keychain);
                    Q_EMIT self->valuesChanged();
                }
            });
        }
    }
}

void EnvironmentSecrets::set(const QString &workspace, const QString &environment,
                             const QString &name, const QString &value)
{
    const SecretKey key{workspace, environment, name};
    m_asked.insert(key.toString());
    if (!keychainAvailable()) {
        m_values.set(environment, name, value, SessionSecrets::Source::Session);
        return;
    }
    m_values.set(environment, name, value, SessionSecrets::Source::Keychain);
    QPointer<EnvironmentSecrets> self(this);
    m_store->write(key, value, [self, environment, name, value](const SecretStore::Reply &r) {
        if (!self)
            return;
        self->handle(r);
        SessionSecrets::Source source;
        if (r.status != SecretStore::Status::Ok &&
            self->m_values.value(environment, name, &source) == value) {
            self->m_values.set(environment, name, value, SessionSecrets::Source::Session);
            Q_EMIT self->valuesChanged();
        }
    });
}

int EnvironmentSecrets::follow(const QString &oldWorkspace, const QString &newWorkspace,
                               const QVector<Environment> &environments)
{
    int count = 0;
    for (const Environment &e : environments) {
        for (const EnvironmentVariable &v : e.variables) {
            if (!v.secret)
                continue;
            const SecretKey to{newWorkspace, e.name, v.name};
            m_asked.insert(to.toString()); // the value comes from the old key, not a read
            SessionSecrets::Source source = SessionSecrets::Source::None;
            const QString held = m_values.value(e.name, v.name, &source);
            if (source == SessionSecrets::Source::Keychain ||
                source == SessionSecrets::Source::Session) {
                ++count;
                set(newWorkspace, e.name, v.name, held);
                continue;
            }
            if (!keychainAvailable())
                continue;
            ++count;
            QPointer<EnvironmentSecrets> self(this);
            const SecretKey from{oldWorkspace, e.name, v.name};
            m_store->read(from, [self, newWorkspace, from](const SecretStore::Reply &r) {
                if (!self)
                    return;
                self->handle(r);
                if (r.status == SecretStore::Status::Ok &&
                    !self->m_values.hasSessionValue(from.environment, from.variable)) {
                    self->set(newWorkspace, from.environment, from.variable, r.value);
                    Q_EMIT self->valuesChanged();
                }
            });
        }
    }
    return count;
}

void EnvironmentSecrets::forget(const QString &workspace, const QString &environment,
                                const QString &name)
{
    const SecretKey key{workspace, environment, name};
    m_asked.insert(key.toString());
    m_values.clear(environment, name);
    if (!keychainAvailable())
        return;
    QPointer<EnvironmentSecrets> self(this);
    m_store->remove(key, [self](const SecretStore::Reply &r) {
        if (self && r.status != SecretStore::Status::NotFound)
            self->handle(r);
    });
}

} // namespace dcsdesk
