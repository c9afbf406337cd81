#include "aamcommand.h"

#include "aamrest/aampull.h"
#include "aamrest/aamrestclient.h"
#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "workspace/apppaths.h"
#include "workspace/workspacefile.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dcsdesk {

namespace {

QJsonObject countsJson(const AamRestImportPlan::Counts &c)
{
    return QJsonObject{{QStringLiteral("added"), c.added},
                       {QStringLiteral("updated"), c.updated},
                       {QStringLiteral("unchanged"), c.unchanged},
                       {QStringLiteral("skipped"), c.skipped}};
}

} // namespace

QString AamCommand::summary() const
{
    return tr("Pull an Audience Manager account (destinations, mappings, segments) over its REST "
              "API into a workspace file.");
}

void AamCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("pull"),
                                 tr("What to do: pull (the only action so far)."));
    parser.addOptions({
        {QStringLiteral("base-url"),
         tr("The REST API's address, e.g. https://aam.adobe.io (not with --sandbox)."), tr("url")},
        {QStringLiteral("client-id"), tr("OAuth Server-to-Server client ID (the API key)."),
         tr("id")},
        {QStringLiteral("org-id"), tr("Organization ID (…@AdobeOrg)."), tr("org")},
        {QStringLiteral("scope"),
         tr("Scopes, comma-separated (default: %1).").arg(AamRestClient::Settings().scope),
         tr("scopes")},
        {QStringLiteral("ims-url"),
         tr("Token endpoint (default: Adobe's IMS for adobe.io hosts, else the base URL's "
            "/ims/token/v3)."),
         tr("url")},
        {QStringLiteral("out"),
         tr("Workspace file to write; an existing one is updated (nothing in it is removed)."),
         tr("file")},
        {QStringLiteral("page-size"), tr("Items per page of a list (default 100)."), tr("count"),
         QStringLiteral("100")},
        {QStringLiteral("sandbox"),
         tr("Pull from the local sandbox's Audience Manager account, started in-process.")},
        {QStringLiteral("aam-workspace"),
         tr("With --sandbox: the workspace the sandbox's account is made of (default: the "
            "bundled sample)."),
         tr("file")},
    });
}

int AamCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("pull")})
        return io.fail(ExitBadInput, tr("Say what to do: %1 aam pull --out FILE … (pull is the "
                                        "only action so far).")
                                         .arg(io.program));
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return io.fail(ExitBadInput, tr("--out FILE is required: the workspace to write."));
    bool pageOk = false;
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt(&pageOk);
    if (!pageOk || pageSize < 1 || pageSize > 10000)
        return io.fail(ExitBadInput, tr("--page-size must be a number from 1 to 10000."));

    AamRestClient::Settings settings;
    settings.pageSize = pageSize;
    settings.clientSecret = qEnvironmentVariable(AamRestApi::SecretVariable);
    if (parser.isSet(QStringLiteral("scope")))
        settings.scope = parser.value(QStringLiteral("scope"));
    std::unique_ptr<SandboxService> service;
    if (sandbox) {
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
        service = std::make_unique<SandboxService>();
        service->aam()->setCredentials(credentials);
        service->aam()->load(account.workspace);
        QString error;
        if (!service->start(&error))
            return io.fail(ExitNetworkFailure, tr("The sandbox cannot start: %1").arg(error));
        settings.baseUrl = service->baseUrl();
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

    Workspace base;
    WorkspaceFile::Stamp stamp;
    if (QFileInfo::exists(outPath)) {
        const WorkspaceFile::LoadResult existing = WorkspaceFile::load(outPath);
        if (!existing.ok)
            return io.fail(ExitBadInput, tr("%1 exists but cannot be read, so the pull would "
                                            "overwrite it: %2 Choose another --out file.")
                                             .arg(outPath, existing.error));
        base = existing.workspace;
        stamp = existing.stamp;
    } else {
        base.name = QFileInfo(outPath).completeBaseName();
        base.rebuildIndex();
    }

    AamRestClient client(NetworkAccess::manager());
    client.setSettings(settings);
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
    AamRestClient::PullResult pulled;
    QEventLoop loop;
    QObject::connect(&client, &AamRestClient::finished, &loop,
                     [&](const AamRestClient::PullResult &result) {
                         pulled = result;
                         loop.quit();
                     });
    client.pull();
    loop.exec();
    if (!pulled.ok)
        return io.fail(ExitNetworkFailure, pulled.error);

    const AamPull::Outcome outcome = AamPull::apply(base, pulled);
    QString error;
    QString warning;
    WorkspaceFile::Stamp saved;
    if (!WorkspaceFile::save(outcome.workspace, outPath, stamp, &saved, &error, &warning))
        return io.fail(ExitBadInput, error);

    const int destinations = int(pulled.destinations.size());
    const int mappings = int(pulled.mappings.size());
    const int segments = int(pulled.segments.size());
    if (io.json) {
        QJsonObject o{{QStringLiteral("out"), outPath},
                      {QStringLiteral("destinations"), destinations},
                      {QStringLiteral("mappings"), mappings},
                      {QStringLiteral("segments"), segments},
                      {QStringLiteral("requests"), pulled.requests},
                      {QStringLiteral("tokenRenewals"), pulled.tokenRenewals},
                      {QStringLiteral("retries"), pulled.retries},
                      {QStringLiteral("workspaceDestinations"), countsJson(outcome.destinations)},
                      {QStringLiteral("workspaceMappings"), countsJson(outcome.mappings)},
                      {QStringLiteral("workspaceSegments"), countsJson(outcome.segments)},
                      {QStringLiteral("skipped"), QJsonArray::fromStringList(outcome.skipped)},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(outcome.notes)}};
        if (!warning.isEmpty())
            o.insert(QStringLiteral("warning"), warning);
        o.insert(QStringLiteral("exitCode"), outcome.skipped.isEmpty() ? ExitOk : ExitFindings);
        io.printJson(o);
    } else {
        io.out << tr("Pulled %1, %2 and %3 into %4 (%5 requests).")
                      .arg(tr("%n destination(s)", nullptr, destinations),
                           tr("%n mapping(s)", nullptr, mappings),
                           tr("%n segment(s)", nullptr, segments), outPath,
                           QString::number(pulled.requests))
               << Qt::endl;
        const auto sum = [&](int AamRestImportPlan::Counts::*field) {
            return outcome.destinations.*field + outcome.mappings.*field + outcome.segments.*field;
        };
        io.out << tr("In the workspace: %1 added, %2 updated, %3 unchanged, %4 not taken.")
                      .arg(sum(&AamRestImportPlan::Counts::added))
                      .arg(sum(&AamRestImportPlan::Counts::updated))
                      .arg(sum(&AamRestImportPlan::Counts::unchanged))
                      .arg(sum(&AamRestImportPlan::Counts::skipped))
               << Qt::endl;
        for (const QString &skip : outcome.skipped)
            io.out << tr("Not taken: %1").arg(skip) << Qt::endl;
        for (const QString &note : outcome.notes)
            io.out << note << Qt::endl;
        if (!warning.isEmpty())
            io.err << warning << Qt::endl;
    }
    return outcome.skipped.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace dcsdesk
