#pragma once

#include <QHash>
#include <QPair>
#include <QString>

namespace dcsdesk {

// The secret values of this session, in memory only: read from the system keychain, or typed in
// (kept here alone when no keychain answered), else the process environment's
// DCSDESK_VAR_<NAME>. Held values are per environment, the process variable is the same for all
// of them. Nothing here is ever written anywhere.
class SessionSecrets
{
public:
    enum class Source { None, Session, Keychain, ProcessEnvironment };

    void set(const QString &environment, const QString &name, const QString &value,
             Source source = Source::Session);
    void clear(const QString &environment, const QString &name);
    bool hasSessionValue(const QString &environment, const QString &name) const;
    QString value(const QString &environment, const QString &name, Source *source) const;

private:
    static QString keyOf(const QString &environment, const QString &name);
    QHash<QString, QPair<QString, Source>> m_values;
};

} // namespace dcsdesk
