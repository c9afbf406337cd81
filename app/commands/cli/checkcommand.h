#pragma once

#include "clicommand.h"

namespace dcsdesk {

struct Environment;
struct Profile;
struct Workspace;

// "check": runs every saved request of a workspace that has checks (or those with a tag), checks
// each answer and reports per request and check, with a one-line summary, JUnit XML for CI
// servers (--junit) and JSON (--json). --sandbox starts the in-process sandbox on the workspace
// as `send --sandbox` does; --env NAME picks the environment whose values fill the {{variables}},
// and starts the sandbox too when the profile sends to it. Exit 0 when every check passed, 1 when one failed or could not run,
// 3 when calls got no answer and nothing failed, 2 for bad input.
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("WORKSPACE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

private:
    bool chooseProfile(const QCommandLineParser &parser, const Workspace &workspace,
                       const Environment *environment, Profile *profile, bool *sandbox,
                       QString *error) const;
};

} // namespace dcsdesk
