#pragma once

#include "clicommand.h"
#include "clitargetprovider.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace dcsdesk {

// The subcommands of dcsdesk-cli and the target providers of request/send. Issues add their
// commands with add() in a register function called from CliApp::defaultRegistry().
class CliRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CliRegistry)

public:
    void add(std::unique_ptr<CliCommand> command);
    void addTargetProvider(std::unique_ptr<CliTargetProvider> provider);

    CliCommand *find(const QString &name) const;
    QList<CliCommand *> commands() const; // in the order added
    QList<CliTargetProvider *> targetProviders() const;

    // Parses args (without program and command name) for the command and runs it.
    int run(CliIo &io, CliCommand &command, const QStringList &args) const;
    QString usage(const QString &program) const;                     // the command list
    QString help(const QString &program, CliCommand &command) const; // one command's options

    static QCommandLineOption jsonOption();
    static QCommandLineOption langOption();

private:
    void setUp(QCommandLineParser &parser, CliCommand &command) const;
    int finish(CliIo &io, CliCommand &command, const QCommandLineParser &parser) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
    std::vector<std::unique_ptr<CliTargetProvider>> m_providers;
};

} // namespace dcsdesk
