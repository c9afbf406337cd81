#include "aamcommand.h"

#include "aamrest/aampull.h"
#include "sandbox/sandboxservice.h"
#include "workspace/workspacefile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dcsdesk {

QString AamCommand::summary() const
{
    return tr("Save a connection to an Audience Manager account, pull the account "
              "(destinations, mappings, segments) over its REST API into a workspace file, "
              "compare a workspace with the account, or push the workspace's changes to it.");
}

void AamCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("login|pull|diff|push|connections|logout"),
        tr("What to do: login NAME (save a connection under NAME after one call of the account "
           "shows that it works, and keep its secrets in the system keychain), connections (list "
           "the saved ones), logout NAME (remove its secrets from the keychain), pull --out FILE (a new workspace), pull WORKSPACE (take what changed in "
           "the account into it, keeping its own changes), diff WORKSPACE (what differs between "
           "the workspace and the account; exit 1 when anything does), or push WORKSPACE (send "
           "the workspace's changes, then write the IDs and objects the account returns into "
           "WORKSPACE)."));
    parser.addOptions({
        {QStringLiteral("connection"),
         tr("The saved connection to use (see aam connections); its secrets come from the system "
            "keychain unless DCSDESK_AAM_CLIENT_SECRET (and DCSDESK_AAM_PASSWORD) are set."),
         tr("name")},
        {QStringLiteral("legacy-oauth"),
         tr("The deprecated legacy OAuth method (api.demdex.com): a user name with "
            "--username, the password in DCSDESK_AAM_PASSWORD.")},
        {QStringLiteral("username"), tr("With --legacy-oauth: the Audience Manager user."),
         tr("user")},
        {QStringLiteral("forget"), tr("With logout: remove the saved connection too.")},
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
         tr("With pull: the new workspace file to write (an existing file is refused: pull "
            "WORKSPACE updates one)."),
         tr("file")},
        {QStringLiteral("page-size"), tr("Items per page of a list (default 100)."), tr("count"),
         QStringLiteral("100")},
        {QStringLiteral("sandbox"),
         tr("Use the local sandbox's Audience Manager account, started in-process.")},
        {QStringLiteral("dry-run"),
         tr("With push: say what would be sent and what would be refused; send nothing.")},
        {QStringLiteral("take-account"),
         tr("With push or pull WORKSPACE: for a field changed on both sides, use the account's "
            "value (a REST field name, or * for every conflicting field; repeatable, or "
            "comma-separated)."),
         tr("field")},
        {QStringLiteral("keep-workspace"),
         tr("With push or pull WORKSPACE: for a field changed on both sides, use the "
            "workspace's value (a REST field name, or *). A conflict not resolved with these "
            "options is neither pushed nor pulled."),
         tr("field")},
        {QStringLiteral("aam-workspace"),
         tr("With --sandbox: the workspace the sandbox's account is made of (default: the "
            "bundled sample)."),
         tr("file")},
    });
}

QSet<QString> AamCommand::fieldNames(const QStringList &values)
{
    QSet<QString> names;
    for (const QString &value : values) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.insert(name.trimmed());
    }
    return names;
}

int AamCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional.first() == QLatin1String("login"))
        return runLogin(io, parser, positional.at(1));
    if (positional.size() == 2 && positional.first() == QLatin1String("logout"))
        return runLogout(io, parser, positional.at(1));
    if (positional == QStringList{QStringLiteral("connections")})
        return runConnections(io, parser);
    if (positional == QStringList{QStringLiteral("pull")})
        return runPull(io, parser);
    if (positional.size() == 2 && positional.first() == QLatin1String("pull"))
        return runPullInto(io, parser, positional.at(1));
    if (positional.size() == 2 && positional.first() == QLatin1String("diff"))
        return runDiff(io, parser, positional.at(1));
    if (positional.size() == 2 && positional.first() == QLatin1String("push"))
        return runPush(io, parser, positional.at(1));
    return io.fail(ExitBadInput, tr("Say what to do: %1 aam login NAME …, %1 aam pull --out "
                                    "FILE …, %1 aam pull WORKSPACE …, %1 aam diff WORKSPACE …, "
                                    "%1 aam push WORKSPACE …, %1 aam connections or %1 aam "
                                    "logout NAME.")
                                     .arg(io.program));
}

} // namespace dcsdesk
