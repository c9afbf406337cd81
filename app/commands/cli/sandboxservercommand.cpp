#include "sandboxservercommand.h"

#include "sandbox/sandboxservice.h"

#include "cli/cliapp.h"
#include "system/unixsignalwatcher.h"
#include "workspace/apppaths.h"
#include "workspace/workspacefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <csignal>

namespace dcsdesk {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

int runSandboxServer(int argc, char *argv[])
{
    return SandboxServerCommand::run(argc, argv);
}

int SandboxServerCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("dcsdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DCSDESK_VERSION));

    // The language option must act before the help text is built; like dcsdesk-cli, the default
    // follows LC_ALL, LC_MESSAGES and LANG.
    QString language = CliApp::languageFromEnvironment();
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            language = args[i].mid(7);
    }
    if (!CliApp::installTranslators(language))
        err() << tr("There is no translation for “%1”; messages are in English.").arg(language)
              << Qt::endl;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local DCS: answers /event calls the way the Audience Manager DCS documents it, "
           "from the segments, destinations and mappings of a workspace, and the ID sync (/ibs), "
           "ID service (/id) and opt-out (/demoptout.jpg) calls. It also answers Audience "
           "Manager's REST API (/v1/destinations/, their mappings, /v1/segments/) with a token "
           "endpoint at /ims/token/v3 and the legacy OAuth one at /oauth/token; the client "
           "secret comes from DCSDESK_AAM_CLIENT_SECRET (default dcsdesk-sandbox-secret), the "
           "legacy user's password from DCSDESK_AAM_PASSWORD (default dcsdesk-sandbox-password). "
           "REST writes change only the sandbox's memory: they "
           "are never written back to the workspace file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        tr("Workspace file to serve (default: the bundled sample). It is reloaded when it "
           "changes."),
        tr("file"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        tr("TCP port; 0 picks a free one (default)."), tr("port"),
                                        QStringLiteral("0"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           tr("Address to listen on (default 127.0.0.1)."),
                                           tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption remoteOption(
        QStringLiteral("allow-remote"),
        tr("Allow an address other than loopback: anyone who can reach it can read what your "
           "workspace's destinations send."));
    const QCommandLineOption logOption(QStringLiteral("log-calls"),
                                       tr("Print one line per call (p_ values hidden)."));
    const QCommandLineOption connectionsOption(QStringLiteral("max-connections"),
                                               tr("Most connections at once (default 256)."),
                                               tr("count"), QStringLiteral("256"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Language of messages (en, es, de, fr)."), tr("code"));
    const AamRestApi::Credentials aamDefaults;
    const QCommandLineOption aamWorkspaceOption(
        QStringLiteral("aam-workspace"),
        tr("Workspace whose destinations, mappings and segments the Audience Manager REST API "
           "serves (default: the bundled sample). Read once; REST writes are kept in memory "
           "only."),
        tr("file"));
    const QCommandLineOption aamClientOption(
        QStringLiteral("aam-client-id"),
        tr("Client ID (API key) the token endpoint accepts (default %1).")
            .arg(aamDefaults.clientId),
        tr("id"), aamDefaults.clientId);
    const QCommandLineOption aamOrgOption(
        QStringLiteral("aam-org-id"),
        tr("Organization ID the REST API expects in x-gw-ims-org-id (default %1).")
            .arg(aamDefaults.orgId),
        tr("org"), aamDefaults.orgId);
    const QCommandLineOption aamUserOption(
        QStringLiteral("aam-username"),
        tr("User name the legacy OAuth token endpoint accepts (default %1).")
            .arg(aamDefaults.username),
        tr("user"), aamDefaults.username);
    const QCommandLineOption aamLifetimeOption(
        QStringLiteral("aam-token-lifetime"),
        tr("Seconds a token stays valid (default %1).").arg(aamDefaults.tokenLifetimeSeconds),
        tr("seconds"), QString::number(aamDefaults.tokenLifetimeSeconds));
    parser.addOptions({workspaceOption, portOption, addressOption, remoteOption, logOption,
                       connectionsOption, langOption, aamWorkspaceOption, aamClientOption,
                       aamOrgOption, aamUserOption, aamLifetimeOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err() << tr("--port must be a number from 0 to 65535.") << Qt::endl;
        return 2;
    }
    const QHostAddress address(parser.value(addressOption));
    if (address.isNull()) {
        err() << tr("--address must be an IP address such as 127.0.0.1.") << Qt::endl;
        return 2;
    }
    bool connectionsOk = false;
    const int maxConnections = parser.value(connectionsOption).toInt(&connectionsOk);
    if (!connectionsOk || maxConnections < 1 || maxConnections > 100000) {
        err() << tr("--max-connections must be a number from 1 to 100000.") << Qt::endl;
        return 2;
    }

    bool lifetimeOk = false;
    const qint64 lifetime = parser.value(aamLifetimeOption).toLongLong(&lifetimeOk);
    if (!lifetimeOk || lifetime < 1 || lifetime > 365LL * 24 * 3600) {
        err() << tr("--aam-token-lifetime must be a number of seconds from 1 to 31536000.")
              << Qt::endl;
        return 2;
    }

    SandboxService service;
    QObject::connect(&service, &SandboxService::workspaceLoaded, &app, [](const QString &path) {
        err() << tr("Workspace loaded: %1").arg(path) << Qt::endl;
    });
    QObject::connect(&service, &SandboxService::workspaceLoadFailed, &app,
                     [](const QString &path, const QString &message) {
                         err() << tr("Could not reload %1: %2").arg(path, message) << Qt::endl;
                     });
    QObject::connect(&service, &SandboxService::settingsWarning, &app, [](const QString &message) {
        err() << tr("Sandbox settings: %1").arg(message) << Qt::endl;
    });

    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                       : AppPaths::bundledSamplePath();
    QString error;
    if (!service.setWorkspaceFile(path, &error)) {
        err() << tr("Cannot serve the workspace %1: %2").arg(path, error) << Qt::endl;
        return 2;
    }

    const QString aamPath = parser.isSet(aamWorkspaceOption) ? parser.value(aamWorkspaceOption)
                                                             : AppPaths::bundledSamplePath();
    const WorkspaceFile::LoadResult aamLoaded = WorkspaceFile::load(aamPath);
    if (!aamLoaded.ok) {
        err() << tr("Cannot serve the Audience Manager workspace %1: %2")
                     .arg(aamPath, aamLoaded.error)
              << Qt::endl;
        return 2;
    }
    AamRestApi::Credentials credentials;
    credentials.clientId = parser.value(aamClientOption);
    credentials.orgId = parser.value(aamOrgOption);
    credentials.username = parser.value(aamUserOption);
    credentials.tokenLifetimeSeconds = lifetime;
    const QByteArray password = qgetenv(AamRestApi::PasswordVariable);
    if (!password.isEmpty())
        credentials.password = QString::fromUtf8(password);
    const QByteArray secret = qgetenv(AamRestApi::SecretVariable);
    if (!secret.isEmpty())
        credentials.clientSecret = QString::fromUtf8(secret);
    service.aam()->setCredentials(credentials);
    service.aam()->load(aamLoaded.workspace);

    if (parser.isSet(logOption)) {
        service.setCallLogEnabled(true);
        QObject::connect(
            &service, &SandboxService::callHandled, &app, [](const SandboxEngine::CallSummary &s) {
                QStringList codes;
                for (int code : s.errorCodes)
                    codes.append(QString::number(code));
                out() << QDateTime::fromMSecsSinceEpoch(s.timeMs).toString(Qt::ISODateWithMs) << ' '
                      << QString::fromLatin1(s.method) << ' ' << s.target << ' ' << s.status
                      << (codes.isEmpty()
                              ? QString()
                              : QStringLiteral(" X-Error:") + codes.join(QLatin1Char(',')))
                      << Qt::endl;
            });
    }

    SandboxService::Options options;
    options.address = address;
    options.port = quint16(port);
    options.allowRemote = parser.isSet(remoteOption);
    options.limits.maxConnections = maxConnections;
    if (!service.start(options, &error)) {
        err() << error << Qt::endl;
        return 1;
    }

    const QStringList aliases = [&] {
        QStringList list = service.engine()->index()->aliases.values();
        list.sort();
        return list;
    }();
    const QString base = service.baseUrl().toString();
    out() << tr("DCS sandbox listening on %1 (workspace: %2)").arg(base, path) << Qt::endl;
    if (!aliases.isEmpty()) {
        out() << tr("Domain aliases: %1").arg(aliases.join(QStringLiteral(", "))) << Qt::endl;
        out() << tr("Try: curl -H 'Host: %1.demdex.net' "
                    "'%2/event?d_rtbd=json&d_dst=1&d_cts=2&c_interest=golf'")
                     .arg(service.engine()->index()->preferredAlias, base)
              << Qt::endl;
    } else {
        out() << tr("The workspace has no profile with a domain alias, so every call answers "
                    "error 1. Add a profile with an alias.")
              << Qt::endl;
    }
    out() << tr("Audience Manager REST API: %1/v1/destinations/ (%2 destinations, %3 mappings, "
                "%4 segments from %5; token: POST %1%6, client ID %7, organization %8). Writes "
                "stay in memory.")
                 .arg(base)
                 .arg(service.aam()->destinationCount())
                 .arg(service.aam()->mappingCount())
                 .arg(service.aam()->segmentCount())
                 .arg(aamPath, QLatin1String(AamRestApi::TokenPath), credentials.clientId,
                      credentials.orgId)
          << Qt::endl;
    out() << tr("Press Ctrl+C to stop.") << Qt::endl;

    UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGINT);
    signalWatcher.watch(SIGTERM);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::received, &app, [&](int) {
        err() << tr("Stopping: finishing the calls in progress.") << Qt::endl;
        service.stop();
        QCoreApplication::quit();
    });
    return app.exec();
}

} // namespace dcsdesk
