#pragma once

#include "cliio.h"

#include <QCommandLineParser>
#include <QString>

namespace dcsdesk {

// One subcommand of dcsdesk-cli. The registry builds a QCommandLineParser with the global
// options (--json, --lang, --help) plus addOptions(), parses, and calls run() only when the
// arguments parsed; run() returns a CliExit code.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;                           // translated, one line
    virtual QString positionalSyntax() const { return QString(); } // e.g. "FILE|-"
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser); }
    virtual int run(CliIo &io, const QCommandLineParser &parser) = 0;

    // A command whose arguments are another program's (curl-import takes a cURL command as the
    // shell split it) gets them unparsed; only --json, --lang and a leading --help are taken out.
    virtual bool wantsRawArguments() const { return false; }
    virtual int runRaw(CliIo &io, const QStringList &args)
    {
        Q_UNUSED(io);
        Q_UNUSED(args);
        return ExitBadInput;
    }
};

} // namespace dcsdesk
