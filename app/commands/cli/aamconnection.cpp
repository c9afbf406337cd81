#include "aamcommand.h"

#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "workspace/apppaths.h"
#include "workspace/workspacefile.h"

#include <QEventLoop>

namespace dcsdesk {

AamCommand::Connection::Connection() = default;
AamCommand::Connection::~Connection() = default;

int AamCommand::connect(CliIo &io, const QCommandLineParser &parser, Connection *connection)
{
    bool pageOk = false;
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt(&pageOk);
    if (!pageOk || pageSize < 1 || pageSize > 10000)
        return io.fail(ExitBadInput, tr("--page-size must be a number from 1 to 10000."));

    AamRestClient::Settings &settings = connection->settings;
    settings.pageSize = pageSize;
    settings.clientSecret = qEnvironmentVariable(AamRestApi::SecretVariable);
    if (parser.isSet(QStringLiteral("scope")))
        settings.scope = parser.value(QStringLiteral("scope"));
    if (parser.isSet(QStringLiteral("sandbox"))) {
        if (parser.isSet(QStringLiteral("base-url")))
            return io.fail(ExitBadInput, tr("Give --sandbox or --base-url, not both."));
        const QString accountPath = parser.isSet(QStringLiteral("aam-workspace"))
                                        ? parser.value(QStringLiteral("aam-workspace"))
                                        : AppPaths::bundledSamplePath();
        const WorkspaceFile::LoadResult account = WorkspaceFile::load(accountPath);
        if (!account.ok)
            return io.fail(ExitBadInput,
                           tr("The sandbox cannot serve %1: %2").arg(accountPath, account.error));
        AamRestApi::Credentials credentials;
        if (parser.isSet(QStringLiteral("client-id")))
            credentials.clientId = parser.value(QStringLiteral("client-id"));
        if (parser.isSet(QStringLiteral("org-id")))
            credentials.orgId = parser.value(QStringLiteral("org-id"));
        if (!settings.clientSecret.isEmpty())
            credentials.clientSecret = settings.clientSecret;
        connection->service = std::make_unique<SandboxService>();
        connection->service->aam()->setCredentials(credentials);
        connection->service->aam()->load(account.workspace);
        QString error;
        if (!connection->service->start(&error))
            return io.fail(ExitNetworkFailure, tr("The sandbox cannot start: %1").arg(error));
        settings.baseUrl = connection->service->baseUrl();
        settings.clientId = credentials.clientId;
        settings.orgId = credentials.orgId;
        settings.clientSecret = credentials.clientSecret;
    } else {
        settings.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
        settings.clientId = parser.value(QStringLiteral("client-id"));
        settings.orgId = parser.value(QStringLiteral("org-id"));
        if (!settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty() ||
            settings.baseUrl.host().isEmpty())
            return io.fail(ExitBadInput, tr("--base-url must be an address such as "
                                            "https://aam.adobe.io, or give --sandbox."));
        if (settings.clientId.isEmpty() || settings.orgId.isEmpty())
            return io.fail(ExitBadInput, tr("--client-id and --org-id are required (from the "
                                            "Developer Console credential)."));
        if (settings.clientSecret.isEmpty())
            return io.fail(ExitBadInput,
                           tr("Set the environment variable %1 to the client secret. It is not "
                              "taken on the command line, so it stays out of the shell history.")
                               .arg(QLatin1String(AamRestApi::SecretVariable)));
    }
    if (parser.isSet(QStringLiteral("ims-url")))
        settings.tokenUrl = QUrl(parser.value(QStringLiteral("ims-url")));
    return ExitOk;
}

int AamCommand::pullAccount(CliIo &io, const Connection &connection,
                            AamRestClient::PullResult *pulled)
{
    AamRestClient client(NetworkAccess::manager());
    client.setSettings(connection.settings);
    QObject::connect(&client, &AamRestClient::progress, &client,
                     [&io](AamRestClient::Stage stage, int done, int total) {
                         QString line;
                         switch (stage) {
                         case AamRestClient::Stage::Token:
                             if (done == 1)
                                 line = tr("Token received.");
                             break;
                         case AamRestClient::Stage::Destinations:
                             line = tr("Destinations: %1 of %2").arg(done).arg(total);
                             break;
                         case AamRestClient::Stage::Mappings:
                             if (done > 0 && (done % 10 == 0 || done == total))
                                 line = tr("Mappings: %1 of %2 destinations").arg(done).arg(total);
                             break;
                         case AamRestClient::Stage::Segments:
                             line = tr("Segments: %1 of %2").arg(done).arg(total);
                             break;
                         }
                         if (!line.isEmpty())
                             io.err << line << Qt::endl;
                     });
    QEventLoop loop;
    QObject::connect(&client, &AamRestClient::finished, &loop,
                     [&](const AamRestClient::PullResult &result) {
                         *pulled = result;
                         loop.quit();
                     });
    client.pull();
    loop.exec();
    return pulled->ok ? ExitOk : io.fail(ExitNetworkFailure, pulled->error);
}

} // namespace dcsdesk
