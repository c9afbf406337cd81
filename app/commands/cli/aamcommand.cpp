#include "aamcommand.h"

#include "aamrest/aampull.h"
#include "sandbox/sandboxservice.h"
#include "workspace/workspacefile.h"

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
              "API into a workspace file, compare a workspace with the account, or push the "
              "workspace's changes to it.");
}

void AamCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("pull|diff|push"),
        tr("What to do: pull (into --out), diff WORKSPACE (what differs between the workspace "
           "and the account; exit 1 when anything does), or push WORKSPACE (send the workspace's "
           "changes, then write the IDs and objects the account returns into WORKSPACE)."));
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
         tr("Use the local sandbox's Audience Manager account, started in-process.")},
        {QStringLiteral("dry-run"),
         tr("With push: say what would be sent and what would be refused; send nothing.")},
        {QStringLiteral("take-account"),
         tr("With push: for a field changed on both sides, send the account's value (a REST "
            "field name, or * for every conflicting field; repeatable, or comma-separated)."),
         tr("field")},
        {QStringLiteral("keep-workspace"),
         tr("With push: for a field changed on both sides, send the workspace's value (a REST "
            "field name, or *). A conflict not resolved with these options is not pushed."),
         tr("field")},
        {QStringLiteral("aam-workspace"),
         tr("With --sandbox: the workspace the sandbox's account is made of (default: the "
            "bundled sample)."),
         tr("file")},
    });
}

int AamCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("pull")})
        return runPull(io, parser);
    if (positional.size() == 2 && positional.first() == QLatin1String("diff"))
        return runDiff(io, parser, positional.at(1));
    if (positional.size() == 2 && positional.first() == QLatin1String("push"))
        return runPush(io, parser, positional.at(1));
    return io.fail(ExitBadInput, tr("Say what to do: %1 aam pull --out FILE …, %1 aam diff "
                                    "WORKSPACE … or %1 aam push WORKSPACE ….")
                                     .arg(io.program));
}

int AamCommand::runPull(CliIo &io, const QCommandLineParser &parser)
{
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return io.fail(ExitBadInput, tr("--out FILE is required: the workspace to write."));
    Connection connection;
    if (const int code = connect(io, parser, &connection); code != ExitOk)
        return code;

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

    AamRestClient::PullResult pulled;
    if (const int code = pullAccount(io, connection, &pulled); code != ExitOk)
        return code;

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
