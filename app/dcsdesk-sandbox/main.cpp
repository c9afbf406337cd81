#include "cli/sandboxservercommand.h"

int main(int argc, char *argv[])
{
    return dcsdesk::runSandboxServer(argc, argv);
}
