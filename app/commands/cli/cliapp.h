#pragma once

#include "cliio.h"
#include "cliregistry.h"

#include <QCoreApplication>
#include <memory>

namespace dcsdesk {

// dcsdesk-cli: picks the language, finds the subcommand in the registry and runs it. run() works
// inside an existing QCoreApplication, so tests call it directly with string buffers;
// runCliMain() is all main() needs.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    // Every subcommand of DCS Desk. Other parts add theirs here (a register function each).
    static std::unique_ptr<CliRegistry> defaultRegistry();

    // args[0] is the program name. Returns the exit code (docs/cli.md).
    static int run(const QStringList &args, CliIo &io, const CliRegistry &registry);

    // "de" from LC_ALL, LC_MESSAGES or LANG (in that order, as gettext does); "en" for C/POSIX.
    static QString languageFromEnvironment();
    // Installs dcsdesk_<lang>.qm (found by loadCatalogue()) and Qt's own catalogue; "en" installs
    // only the English plural forms.
    static bool installTranslators(const QString &language);
};

void registerDcsCommands(CliRegistry &registry);
int runCliMain(int argc, char *argv[]);

} // namespace dcsdesk
