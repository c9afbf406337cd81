#include "aam/aamtake.h"
#include "aamcommand.h"
#include "aamrest/aampull.h"
#include "workspace/workspacedocument.h"
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

QJsonObject countsJson(const AamRestImportPlan::Counts &c, int removed)
{
    QJsonObject o = countsJson(c);
    o.insert(QStringLiteral("removed"), removed);
    return o;
}

} // namespace

int AamCommand::runPull(CliIo &io, const QCommandLineParser &parser)
{
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return io.fail(ExitBadInput, tr("--out FILE is required: the workspace to write."));
    if (QFileInfo::exists(outPath))
        return io.fail(ExitBadInput,
                       tr("%1 exists; aam pull --out writes a new workspace and does not replace "
                          "a file. To take what changed in the account into it, keeping its own "
                          "changes, run: %2 aam pull %1 …")
                           .arg(outPath, io.program));
    Connection connection;
    if (const int code = connect(io, parser, &connection); code != ExitOk)
        return code;
    Workspace base;
    base.name = QFileInfo(outPath).completeBaseName();
    base.rebuildIndex();

    AamRestClient::PullResult pulled;
    if (const int code = pullAccount(io, connection, &pulled); code != ExitOk)
        return code;

    const int destinations = int(pulled.destinations.size());
    const int mappings = int(pulled.mappings.size());
    const int segments = int(pulled.segments.size());
    const AamPull::Outcome outcome = AamPull::apply(base, pulled);
    QString error;
    QString warning;
    WorkspaceFile::Stamp saved;
    if (!WorkspaceFile::save(outcome.workspace, outPath, WorkspaceFile::Stamp(), &saved, &error,
                             &warning))
        return io.fail(ExitBadInput, error);
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

int AamCommand::runPullInto(CliIo &io, const QCommandLineParser &parser,
                            const QString &workspacePath)
{
    if (parser.isSet(QStringLiteral("out")))
        return io.fail(ExitBadInput, tr("aam pull WORKSPACE updates WORKSPACE itself: --out is for "
                                        "a new workspace (aam pull --out FILE)."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Comparison comparison;
    if (const int code = compareWithAccount(io, parser, workspacePath, &comparison); code != ExitOk)
        return code;
    AamTake::Choices choices;
    choices.takeFieldEverywhere = fieldNames(parser.values(QStringLiteral("take-account")));
    choices.keepFieldEverywhere = fieldNames(parser.values(QStringLiteral("keep-workspace")));
    const AamTake::Outcome outcome = AamTake::build(comparison.workspace, comparison.diff,
                                                    comparison.pulled.segments, choices);

    QString warning;
    if (!dryRun && !outcome.isEmpty()) {
        WorkspaceDocument document;
        document.reset(comparison.workspace);
        document.apply(outcome.changes, outcome.undoText());
        QString error;
        WorkspaceFile::Stamp saved;
        if (!WorkspaceFile::save(document.workspace(), workspacePath, comparison.loaded.stamp,
                                 &saved, &error, &warning))
            return io.fail(ExitBadInput, error);
    }

    const AamRestClient::PullResult &pulled = comparison.pulled;
    const int exitCode =
        outcome.kept.isEmpty() && outcome.skipped.isEmpty() ? ExitOk : ExitFindings;
    if (io.json) {
        QJsonObject o{
            {QStringLiteral("workspace"), workspacePath},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("destinations"), int(pulled.destinations.size())},
            {QStringLiteral("mappings"), int(pulled.mappings.size())},
            {QStringLiteral("segments"), int(pulled.segments.size())},
            {QStringLiteral("requests"), pulled.requests},
            {QStringLiteral("tokenRenewals"), pulled.tokenRenewals},
            {QStringLiteral("retries"), pulled.retries},
            {QStringLiteral("workspaceDestinations"),
             countsJson(outcome.destinations, outcome.removedDestinations)},
            {QStringLiteral("workspaceMappings"),
             countsJson(outcome.mappings, outcome.removedMappings)},
            {QStringLiteral("workspaceSegments"), countsJson(outcome.segments)},
            {QStringLiteral("taken"), QJsonArray::fromStringList(outcome.taken)},
            {QStringLiteral("kept"), QJsonArray::fromStringList(outcome.kept)},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(outcome.skipped)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(outcome.notes)},
            {QStringLiteral("exitCode"), exitCode}};
        if (!warning.isEmpty())
            o.insert(QStringLiteral("warning"), warning);
        io.printJson(o);
        return exitCode;
    }
    const auto sum = [&](int AamRestImportPlan::Counts::*field) {
        return outcome.destinations.*field + outcome.mappings.*field + outcome.segments.*field;
    };
    if (outcome.isEmpty())
        io.out << tr("Nothing to take into %1: it has everything the account changed (%2 "
                     "requests).")
                      .arg(workspacePath, QString::number(pulled.requests))
               << Qt::endl;
    else
        io.out << (dryRun ? tr("Dry run, nothing written: taking into %1 would add %2, update %3 "
                               "and remove %4.")
                          : tr("Took into %1: %2 added, %3 updated, %4 removed."))
                      .arg(workspacePath)
                      .arg(sum(&AamRestImportPlan::Counts::added))
                      .arg(sum(&AamRestImportPlan::Counts::updated))
                      .arg(outcome.removedDestinations + outcome.removedMappings)
               << Qt::endl;
    for (const QString &taken : outcome.taken)
        io.out << "  " << taken << Qt::endl;
    for (const QString &kept : outcome.kept)
        io.out << tr("Kept as it is: %1").arg(kept) << Qt::endl;
    for (const QString &skip : outcome.skipped)
        io.out << tr("Not taken: %1").arg(skip) << Qt::endl;
    for (const QString &note : outcome.notes)
        io.out << note << Qt::endl;
    if (!warning.isEmpty())
        io.err << warning << Qt::endl;
    return exitCode;
}

} // namespace dcsdesk
