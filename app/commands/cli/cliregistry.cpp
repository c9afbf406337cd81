#include "cliregistry.h"

#include <QRegularExpression>

namespace dcsdesk {

void CliRegistry::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

void CliRegistry::addTargetProvider(std::unique_ptr<CliTargetProvider> provider)
{
    m_providers.push_back(std::move(provider));
}

CliCommand *CliRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QList<CliCommand *> CliRegistry::commands() const
{
    QList<CliCommand *> out;
    for (const auto &c : m_commands)
        out.append(c.get());
    return out;
}

QList<CliTargetProvider *> CliRegistry::targetProviders() const
{
    QList<CliTargetProvider *> out;
    for (const auto &p : m_providers)
        out.append(p.get());
    return out;
}

QCommandLineOption CliRegistry::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              tr("Print JSON for scripts instead of text for people."));
}

QCommandLineOption CliRegistry::langOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              tr("Language of the text output (en, es, de, fr); the default "
                                 "follows LC_ALL, LC_MESSAGES and LANG."),
                              tr("code"));
}

void CliRegistry::setUp(QCommandLineParser &parser, CliCommand &command) const
{
    parser.setApplicationDescription(command.summary());
    parser.addOption(jsonOption());
    parser.addOption(langOption());
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show the options of this command.")));
    command.addOptions(parser);
}

int CliRegistry::run(CliIo &io, CliCommand &command, const QStringList &args) const
{
    if (command.wantsRawArguments()) {
        QStringList raw;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (a == QLatin1String("--json") || a.startsWith(QLatin1String("--lang=")))
                continue;
            if (a == QLatin1String("--lang")) {
                ++i;
                continue;
            }
            raw.append(a);
        }
        if (!raw.isEmpty() &&
            (raw.first() == QLatin1String("--help") || raw.first() == QLatin1String("-h"))) {
            io.out << help(io.program, command);
            return ExitOk;
        }
        return command.runRaw(io, raw);
    }
    QCommandLineParser parser;
    setUp(parser, command);
    if (!parser.parse(QStringList{io.program} + args)) {
        // A value such as an AMCV digest (-1891778711|...) starts with a dash and a digit, which
        // no option name does: try again with such words as positional arguments.
        static const QRegularExpression dashDigit(QStringLiteral("^-[0-9]"));
        QStringList rest;
        QStringList dashValues;
        for (const QString &a : args)
            (dashDigit.match(a).hasMatch() ? dashValues : rest).append(a);
        if (!dashValues.isEmpty() && !rest.contains(QStringLiteral("--"))) {
            QCommandLineParser retry;
            setUp(retry, command);
            if (retry.parse(QStringList{io.program} + rest + QStringList{QStringLiteral("--")} +
                            dashValues))
                return finish(io, command, retry);
        }
        return io.fail(ExitBadInput, tr("%1 %2: %3 Run “%1 help %2” for the options.")
                                         .arg(io.program, command.name(), parser.errorText()));
    }
    return finish(io, command, parser);
}

int CliRegistry::finish(CliIo &io, CliCommand &command, const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << help(io.program, command);
        return ExitOk;
    }
    return command.run(io, parser);
}

QString CliRegistry::usage(const QString &program) const
{
    QString text = tr("Usage: %1 COMMAND [options]").arg(program) + QLatin1Char('\n');
    text += tr("Build, send and decode DCS server-to-server event calls.") + QLatin1String("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    int width = 4;
    for (const auto &c : m_commands)
        width = qMax(width, int(c->name().size()));
    for (const auto &c : m_commands)
        text += QStringLiteral("  ") + c->name().leftJustified(width + 2) + c->summary() +
                QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Run “%1 help COMMAND” or “%1 COMMAND --help” for a command's options. Global "
               "options: --json, --lang CODE.")
                .arg(program) +
            QLatin1Char('\n');
    text += tr("Exit codes: 0 OK, 1 DCS errors or findings, 2 bad input, 3 network failure.") +
            QLatin1Char('\n');
    return text;
}

QString CliRegistry::help(const QString &program, CliCommand &command) const
{
    QCommandLineParser parser;
    setUp(parser, command);
    QString text = parser.helpText();
    // QCommandLineParser names the program only; put the command into the usage line.
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const QString usageLine = tr("Usage: %1 %2 [options] %3")
                                  .arg(program, command.name(), command.positionalSyntax())
                                  .trimmed();
    return usageLine + text.mid(eol);
}

} // namespace dcsdesk
