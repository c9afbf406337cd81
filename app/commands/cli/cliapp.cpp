#include "cliapp.h"

#include "aamcommand.h"
#include "amcvcommand.h"
#include "batchcommand.h"
#include "checkcommand.h"
#include "cookiecommand.h"
#include "curlimportcommand.h"
#include "decodecommand.h"
#include "errorcodescommand.h"
#include "harcommand.h"
#include "i18n.h"
#include "regionscommand.h"
#include "requestcommand.h"
#include "sandboxtargetprovider.h"
#include "sendcommand.h"
#include "system/inputfile.h"
#include "workspacecommands.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace dcsdesk {

namespace {

QTranslator &appTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

// Qt's own warnings are for developers; a CLI user gets our one-line messages only.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg ||
        qEnvironmentVariableIsSet("DCSDESK_CLI_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void registerDcsCommands(CliRegistry &registry)
{
    registry.add(std::make_unique<RequestCommand>(&registry));
    registry.add(std::make_unique<SendCommand>(&registry));
    registry.add(std::make_unique<DecodeCommand>());
    registry.add(std::make_unique<HarCommand>());
    registry.add(std::make_unique<AmcvCommand>());
    registry.add(std::make_unique<CookieCommand>());
    registry.add(std::make_unique<CurlImportCommand>());
    registry.add(std::make_unique<RegionsCommand>());
    registry.add(std::make_unique<ErrorCodesCommand>());
}

std::unique_ptr<CliRegistry> CliApp::defaultRegistry()
{
    auto registry = std::make_unique<CliRegistry>();
    registerDcsCommands(*registry);
    registerSandboxCommands(*registry);
    registerWorkspaceCommands(*registry);
    registry->add(std::make_unique<BatchCommand>(registry.get()));
    registry->add(std::make_unique<CheckCommand>());
    registry->add(std::make_unique<AamCommand>());
    return registry;
}

QString CliApp::languageFromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("C") || value.startsWith(QLatin1String("C.")) ||
            value == QLatin1String("POSIX"))
            return QStringLiteral("en");
        return value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    }
    return QStringLiteral("en");
}

bool CliApp::installTranslators(const QString &language)
{
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    const QString lang = language.left(2).toLower();
    QLocale::setDefault(language.contains(QLatin1Char('_')) ? QLocale(language) : QLocale(lang));
    if (lang == QLatin1String("en") || lang.isEmpty()) {
        // English has a catalogue too, for its plural forms only ("1 second", "7 seconds").
        if (!loadCatalogue(appTranslator(), QStringLiteral("en")).isEmpty())
            QCoreApplication::installTranslator(&appTranslator());
        return true;
    }
    if (loadCatalogue(appTranslator(), lang).isEmpty())
        return false;
    QCoreApplication::installTranslator(&appTranslator());
    if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(lang),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    return true;
}

int CliApp::run(const QStringList &args, CliIo &io, const CliRegistry &registry)
{
    if (!args.isEmpty())
        io.program = QStringLiteral("dcsdesk-cli");
    QStringList rest = args.mid(1);

    // Global options may come before the command; --lang and --json also after it.
    QString language = languageFromEnvironment();
    bool languageGiven = false;
    for (int i = 0; i < rest.size(); ++i) {
        const QString &a = rest.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--json")) {
            io.json = true;
        } else if (a == QLatin1String("--lang") && i + 1 < rest.size()) {
            language = rest.at(i + 1);
            languageGiven = true;
        } else if (a.startsWith(QLatin1String("--lang="))) {
            language = a.mid(7);
            languageGiven = true;
        }
    }
    const QLocale savedLocale;
    if (!installTranslators(language) && languageGiven) {
        installTranslators(QStringLiteral("en"));
        return io.fail(ExitBadInput,
                       tr("Unknown language “%1”: use en, es, de or fr.").arg(language));
    }
    struct Restore
    {
        QLocale locale;
        ~Restore() { QLocale::setDefault(locale); }
    } restore{savedLocale};

    // Leading global options.
    while (!rest.isEmpty()) {
        const QString a = rest.first();
        if (a == QLatin1String("--json")) {
            rest.removeFirst();
        } else if (a == QLatin1String("--lang") && rest.size() > 1) {
            rest.remove(0, 2);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            rest.removeFirst();
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            io.out << QStringLiteral("dcsdesk-cli " DCSDESK_VERSION) << Qt::endl;
            return ExitOk;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            io.out << registry.usage(io.program);
            return ExitOk;
        } else {
            break;
        }
    }
    if (rest.isEmpty()) {
        io.err << registry.usage(io.program);
        return ExitBadInput;
    }
    const QString name = rest.takeFirst();
    if (name == QLatin1String("help")) {
        if (rest.isEmpty()) {
            io.out << registry.usage(io.program);
            return ExitOk;
        }
        CliCommand *command = registry.find(rest.first());
        if (!command)
            return io.fail(ExitBadInput, tr("Unknown command “%1”. Run “%2 help” for the list.")
                                             .arg(rest.first(), io.program));
        io.out << registry.help(io.program, *command);
        return ExitOk;
    }
    CliCommand *command = registry.find(name);
    if (!command)
        return io.fail(
            ExitBadInput,
            tr("Unknown command “%1”. Run “%2 help” for the list.").arg(name, io.program));
    return registry.run(io, *command, rest);
}

int runCliMain(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("DCS Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DCSDESK_VERSION));

    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly);
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);
    CliIo io(out, err, [] {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        // Standard input is read up to the cap of the files it stands for; more is refused.
        QByteArray bytes;
        QString error;
        if (!InputFile::readStream(&in, InputFile::DefaultCap, &bytes, &error)) {
            std::fprintf(stderr, "dcsdesk-cli: %s\n", qPrintable(error));
            std::exit(2);
        }
        return bytes;
    });
    const std::unique_ptr<CliRegistry> registry = CliApp::defaultRegistry();
    const int code = CliApp::run(QCoreApplication::arguments(), io, *registry);
    out.flush();
    err.flush();
    return code;
}

} // namespace dcsdesk
