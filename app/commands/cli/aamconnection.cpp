#include "aamcommand.h"

#include "clienvironment.h"
#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "system/colontext.h"
#include "workspace/apppaths.h"
#include "workspace/workspacefile.h"

#include <QEventLoop>
#include <QFileInfo>

namespace dcsdesk {

AamCommand::Connection::Connection() = default;
AamCommand::Connection::~Connection() = default;

int AamCommand::connect(CliIo &io, const QCommandLineParser &parser, Connection *connection)
{
    bool pageOk = false;
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt(&pageOk);
    if (!pageOk || pageSize < 1 || pageSize > 10000)
        return io.fail(ExitBadInput, tr("--page-size must be a number from 1 to 10000."));
    connection->settings.pageSize = pageSize;

    if (parser.isSet(QStringLiteral("connection"))) {
        for (const char *option : {"base-url", "sandbox", "aam-workspace", "client-id", "org-id",
                                   "legacy-oauth", "username"}) {
            if (parser.isSet(QLatin1String(option)))
                return io.fail(ExitBadInput,
                               tr("--connection gives the account and its credential, so --%1 "
                                  "cannot be given with it. Change a saved connection with %2 "
                                  "aam login NAME --%1 ….")
                                   .arg(QLatin1String(option), io.program));
        }
        AamConnectionList list;
        QString error;
        if (!list.load(&error))
            return io.fail(ExitBadInput, error);
        const QString name = parser.value(QStringLiteral("connection"));
        const AamConnection *saved = list.find(name);
        if (!saved)
            return io.fail(ExitBadInput,
                           list.connections().isEmpty()
                               ? tr("No connection is saved, so there is none named \"%1\". "
                                    "Save one with %2 aam login \"%1\" ….")
                                     .arg(name, io.program)
                               : tr("No saved connection is named \"%1\". Saved: %2. Save a new "
                                    "one with %3 aam login \"%1\" ….")
                                     .arg(name, list.names().join(QLatin1String(", ")),
                                          io.program));
        return connectTo(io, parser, *saved, true, connection);
    }

    if (parser.isSet(QStringLiteral("sandbox")) && parser.isSet(QStringLiteral("base-url")))
        return io.fail(ExitBadInput, tr("Give --sandbox or --base-url, not both."));
    if (!parser.isSet(QStringLiteral("sandbox")) && !parser.isSet(QStringLiteral("base-url")))
        return io.fail(ExitBadInput, tr("Say which account: --connection NAME (saved with %1 aam "
                                        "login), --base-url URL with the credential, or "
                                        "--sandbox.")
                                         .arg(io.program));
    const AamConnection adHoc = connectionFromOptions(parser, AamConnection());
    if (adHoc.method != AamConnection::Method::LocalAccount) {
        const int code = checkBaseUrl(io, parser);
        if (code != ExitOk)
            return code;
        if (adHoc.method == AamConnection::Method::LegacyOAuth &&
            (adHoc.clientId.isEmpty() || adHoc.username.isEmpty()))
            return io.fail(ExitBadInput, tr("--client-id and --username are required with "
                                            "--legacy-oauth."));
        if (adHoc.method == AamConnection::Method::ServerToServer &&
            (adHoc.clientId.isEmpty() || adHoc.orgId.isEmpty()))
            return io.fail(ExitBadInput, tr("--client-id and --org-id are required (from the "
                                            "Developer Console credential)."));
    }
    return connectTo(io, parser, adHoc, false, connection);
}

int AamCommand::checkBaseUrl(CliIo &io, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("base-url")))
        return ExitOk;
    const QUrl url(parser.value(QStringLiteral("base-url")));
    if (url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        return ExitOk;
    return io.fail(ExitBadInput,
                   tr("--base-url must be a whole address with https:// or http://, such as "
                      "https://aam.adobe.io or http://127.0.0.1:8080 (got \"%1\"), or give "
                      "--sandbox.")
                       .arg(parser.value(QStringLiteral("base-url"))));
}

AamConnection AamCommand::connectionFromOptions(const QCommandLineParser &parser,
                                                AamConnection base)
{
    const auto given = [&](const char *option) { return parser.isSet(QLatin1String(option)); };
    const auto value = [&](const char *option) { return parser.value(QLatin1String(option)); };
    // Another method starts from nothing but the name: no value of the old one stays unseen.
    const auto switchTo = [&](AamConnection::Method method) {
        if (base.method == method)
            return;
        AamConnection fresh;
        fresh.name = base.name;
        fresh.method = method;
        base = fresh;
    };
    if (given("sandbox"))
        switchTo(AamConnection::Method::LocalAccount);
    else if (given("legacy-oauth"))
        switchTo(AamConnection::Method::LegacyOAuth);
    else if (given("base-url") && base.method == AamConnection::Method::LocalAccount)
        switchTo(AamConnection::Method::ServerToServer);
    if (given("aam-workspace"))
        base.localAccountFile = QFileInfo(value("aam-workspace")).absoluteFilePath();
    if (given("base-url"))
        base.baseUrl = QUrl(value("base-url"));
    if (given("ims-url"))
        base.tokenUrl = QUrl(value("ims-url"));
    if (given("client-id"))
        base.clientId = value("client-id");
    if (given("org-id"))
        base.orgId = value("org-id");
    if (given("scope"))
        base.scope = value("scope");
    if (given("username"))
        base.username = value("username");
    return base;
}

int AamCommand::connectTo(CliIo &io, const QCommandLineParser &parser, const AamConnection &saved,
                          bool fromKeychain, Connection *connection)
{
    AamRestClient::Settings &settings = connection->settings;
    const int pageSize = settings.pageSize;
    CliSecretStore secrets;
    // The environment variable first (CI), then the keychain for a saved connection.
    const auto secretFor = [&](const char *variable, const SecretKey &key, QString *value) {
        *value = qEnvironmentVariable(variable);
        if (!value->isEmpty() || !fromKeychain)
            return QString();
        const SecretStore::Reply reply = secrets.get()->readNow(key);
        switch (reply.status) {
        case SecretStore::Status::Ok:
            *value = reply.value;
            return QString();
        case SecretStore::Status::NotFound:
            return tr("The %1 holds no secret for the connection \"%2\": run %3 aam login "
                      "\"%2\" with %4 set, or set %4 for this command.")
                .arg(secrets.get()->name(), saved.name, io.program, QLatin1String(variable));
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::Refused:
            break;
        }
        return tr("The secret of the connection \"%2\" cannot be read from the %3 (%4): set %1 "
                  "instead.")
            .arg(QLatin1String(variable), saved.name, secrets.get()->name(), reply.error);
    };

    if (saved.method == AamConnection::Method::LocalAccount) {
        const QString accountPath = saved.localAccountFile.isEmpty()
                                        ? AppPaths::bundledSamplePath()
                                        : saved.localAccountFile;
        const WorkspaceFile::LoadResult account = WorkspaceFile::load(accountPath);
        if (!account.ok)
            return io.fail(ExitBadInput,
                           tr("The sandbox cannot serve %1: %2")
                               .arg(accountPath, ColonText::continued(account.error)));
        AamRestApi::Credentials credentials;
        if (!saved.clientId.isEmpty())
            credentials.clientId = saved.clientId;
        if (!saved.orgId.isEmpty())
            credentials.orgId = saved.orgId;
        const QString secret = qEnvironmentVariable(AamRestApi::SecretVariable);
        if (!secret.isEmpty())
            credentials.clientSecret = secret;
        connection->service = std::make_unique<SandboxService>();
        connection->service->aam()->setCredentials(credentials);
        connection->service->aam()->load(account.workspace);
        QString error;
        if (!connection->service->start(&error))
            return io.fail(ExitNetworkFailure, tr("The sandbox cannot start: %1").arg(error));
        settings = AamRestClient::Settings();
        settings.baseUrl = connection->service->baseUrl();
        settings.clientId = credentials.clientId;
        settings.orgId = credentials.orgId;
        settings.clientSecret = credentials.clientSecret;
        if (!saved.scope.isEmpty())
            settings.scope = saved.scope;
    } else {
        settings = saved.settings();
        QString error = secretFor(AamRestApi::SecretVariable, saved.clientSecretKey(),
                                  &settings.clientSecret);
        if (!error.isEmpty())
            return io.fail(ExitBadInput, error);
        if (settings.clientSecret.isEmpty())
            return io.fail(ExitBadInput,
                           tr("Set the environment variable %1 to the client secret. It is not "
                              "taken on the command line, so it stays out of the shell history.")
                               .arg(QLatin1String(AamRestApi::SecretVariable)));
        if (saved.method == AamConnection::Method::LegacyOAuth) {
            error = secretFor(AamRestApi::PasswordVariable, saved.passwordKey(),
                              &settings.password);
            if (!error.isEmpty())
                return io.fail(ExitBadInput, error);
            if (settings.password.isEmpty())
                return io.fail(ExitBadInput,
                               tr("Set the environment variable %1 to the password of %2. It is "
                                  "not taken on the command line, so it stays out of the shell "
                                  "history.")
                                   .arg(QLatin1String(AamRestApi::PasswordVariable),
                                        saved.username));
        }
    }
    settings.pageSize = pageSize;
    if (parser.isSet(QStringLiteral("scope")))
        settings.scope = parser.value(QStringLiteral("scope"));
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
