#include "clienvironment.h"

#include "workspace/workspace.h"

namespace dcsdesk {

void CliEnvironment::addOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("env"),
        tr("Take the {{variable}} values from this environment of the workspace (default: its "
           "first one). Secret values come from DCSDESK_VAR_<NAME>."),
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

QString CliEnvironment::describe(const VariableResolution &resolution)
{
    QString out;
    for (const VariableUse &use : resolution.used)
        out += QStringLiteral("  ") + resolution.describe(use) + QLatin1Char('\n');
    return out;
}

} // namespace dcsdesk
