#include "cli/cliapp.h"

int main(int argc, char *argv[])
{
    return dcsdesk::runCliMain(argc, argv);
}
