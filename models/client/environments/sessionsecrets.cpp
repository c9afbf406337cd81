#include "sessionsecrets.h"

#include "domain/environment.h"

namespace dcsdesk {

QString SessionSecrets::keyOf(const QString &environment, const QString &name)
{
    return environment + QLatin1Char('\n') + name;
}

void SessionSecrets::set(const QString &environment, const QString &name, const QString &value,
                         Source source)
{
    m_values.insert(keyOf(environment, name), qMakePair(value, source));
}

void SessionSecrets::clear(const QString &environment, const QString &name)
{
    m_values.remove(keyOf(environment, name));
}

bool SessionSecrets::hasSessionValue(const QString &environment, const QString &name) const
{
    return m_values.contains(keyOf(environment, name));
}

QString SessionSecrets::value(const QString &environment, const QString &name, Source *source) const
{
    const auto it = m_values.constFind(keyOf(environment, name));
    if (it != m_values.constEnd()) {
        *source = it.value().second;
        return it.value().first;
    }
    const QString process = Environment::processVariableFor(name);
    if (qEnvironmentVariableIsSet(process.toLocal8Bit().constData())) {
        *source = Source::ProcessEnvironment;
        return qEnvironmentVariable(process.toLocal8Bit().constData());
    }
    *source = Source::None;
    return QString();
}

} // namespace dcsdesk
