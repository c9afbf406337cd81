#include "application/desktopapp.h"

int main(int argc, char *argv[])
{
    return dcsdesk::runDesktopApp(argc, argv);
}
