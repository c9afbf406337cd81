#pragma once

#include "environments/variableresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dcsdesk {

struct Workspace;

// --env NAME of check and send: which of the workspace's environments gives the {{variable}}
// values. Without --env the workspace's first environment is used, as the console does. Secret
// values come from DCSDESK_VAR_<NAME> only (the command line has no session to type them in).
class CliEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CliEnvironment)

public:
    static void addOption(QCommandLineParser &parser);
    // False with a translated reason when --env names no environment of the workspace.
    // *chosen is null when the workspace has no environment.
    static bool choose(const QCommandLineParser &parser, const Workspace &workspace,
                       Environment *environment, bool *chosen, QString *error);
    // "Variables of environment sandbox: {{alias}} = “sample”, ..." lines for the text output.
    static QString describe(const VariableResolution &resolution);
};

} // namespace dcsdesk
