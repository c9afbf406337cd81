#pragma once

#include <QCoreApplication>

namespace dcsdesk {

// Everything the dcsdesk-sandbox executable does (options, workspace, signals, logging), so its
// main() is one line. Returns the process exit code: 0 after a clean stop, 1 when the server
// cannot start, 2 for bad options or a workspace that does not load.
int runSandboxServer(int argc, char *argv[]);

// The program behind runSandboxServer; a class only to give its messages one translation context.
class SandboxServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SandboxServerCommand)

public:
    static int run(int argc, char *argv[]);
};

} // namespace dcsdesk
