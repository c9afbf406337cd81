#pragma once

#include <QHash>
#include <QString>

namespace dcsdesk {

// Where a secret variable's value comes from while there is no system keychain: what the user
// typed in for this session (kept in memory only, never written anywhere), else the process
// environment's DCSDESK_VAR_<NAME>. Typed values are per environment, the process variable is
// the same for all of them.
class SessionSecrets
{
public:
    enum class Source { None, Session, ProcessEnvironment };

    void set(const QString &environment, const QString &name, const QString &value);
    void clear(const QString &environment, const QString &name);
    bool hasSessionValue(const QString &environment, const QString &name) const;
    QString value(const QString &environment, const QString &name, Source *source) const;

private:
    static QString keyOf(const QString &environment, const QString &name);
    QHash<QString, QString> m_values;
};

} // namespace dcsdesk
