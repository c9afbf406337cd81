#include "clienvironment.h"

#include "secrets/environmentsecrets.h"
#include "secrets/keychainsecretstore.h"
#include "workspace/workspace.h"

#include <QPointer>

namespace dcsdesk {

namespace {
QPointer<SecretStore> g_cliSecretStore;
} // namespace

SecretStore *CliEnvironment::secretStoreOverride()
{
    return g_cliSecretStore.data();
}

void CliEnvironment::setSecretStore(SecretStore *store)
{
    g_cliSecretStore = store;
}

void CliEnvironment::addOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("env"),
        tr("Take the values of the {{name}} variables from this environment of the workspace "
           "(default: its first one). Secret values come from the system keychain, else "
           "DCSDESK_VAR_<NAME>."),
        tr("name")));
}

bool CliEnvironment::choose(const QCommandLineParser &parser, const Workspace &workspace,
                            Environment *environment, bool *chosen, QString *error)
{
    const QVector<Environment> all = Environment::fromJson(workspace.environments);
    *chosen = false;
    if (!parser.isSet(QStringLiteral("env"))) {
        if (!all.isEmpty()) {
            *environment = all.first();
            *chosen = true;
        }
        return true;
    }
    const QString name = parser.value(QStringLiteral("env"));
    QStringList names;
    for (const Environment &e : all) {
        names.append(e.name);
        if (e.name == name) {
            *environment = e;
            *chosen = true;
            return true;
        }
    }
    *error = all.isEmpty()
                 ? tr("The workspace has no environment “%1”: it has no environments at all. "
                      "Add one in the console (Environments…) or leave out --env.")
                       .arg(name)
                 : tr("The workspace has no environment “%1”. Environments: %2")
                       .arg(name, names.join(QStringLiteral(", ")));
    return false;
}

bool CliEnvironment::hasSecret(const Environment &environment)
{
    for (const EnvironmentVariable &v : environment.variables) {
        if (v.secret)
            return true;
    }
    return false;
}

bool CliEnvironment::usesSecret(const Environment &environment, Profile profile, DcsRequest request)
{
    if (!hasSecret(environment))
        return false;
    const SessionSecrets none;
    const VariableResolution r = VariableResolver(&environment, &none).apply(&profile, &request);
    bool used = !r.secretsWithoutValue.isEmpty();
    for (const VariableUse &use : r.used)
        used = used || use.secret;
    return used;
}

QString CliEnvironment::loadSecrets(const Workspace &workspace, const Environment &environment,
                                    SessionSecrets *secrets, SecretStore *store)
{
    CliSecretStore cliStore;
    if (!store)
        store = cliStore.get();
    for (const EnvironmentVariable &v : environment.variables) {
        if (!v.secret)
            continue;
        const SecretStore::Reply r =
            store->readNow(SecretKey{workspace.name, environment.name, v.name});
        if (r.status == SecretStore::Status::Ok)
            secrets->set(environment.name, v.name, r.value, SessionSecrets::Source::Keychain);
        else if (r.status == SecretStore::Status::Unavailable)
            return tr("The system keychain cannot be used: %1. Secret values come from "
                      "DCSDESK_VAR_<NAME> only.")
                .arg(r.error);
        else if (r.status == SecretStore::Status::Refused)
            return SecretMessages::refused(r.error);
    }
    return QString();
}

QString CliEnvironment::describe(const VariableResolution &resolution)
{
    QString out;
    for (const VariableUse &use : resolution.used)
        out += QStringLiteral("  ") + resolution.describe(use) + QLatin1Char('\n');
    return out;
}

} // namespace dcsdesk
