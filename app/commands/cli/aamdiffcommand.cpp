#include "aamcommand.h"

#include "aam/aamdiff.h"
#include "sandbox/sandboxservice.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dcsdesk {

namespace {

// A REST value as JSON text, whole: the review must not shorten what differs.
QString diffValueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return AamCommand::tr("(absent)");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QJsonObject diffCountsJson(const AamDiff::Counts &c)
{
    return QJsonObject{{QStringLiteral("unchanged"), c.unchanged},
                       {QStringLiteral("toUpdate"), c.toUpdate},
                       {QStringLiteral("toCreate"), c.toCreate},
                       {QStringLiteral("toDelete"), c.toDelete},
                       {QStringLiteral("toTake"), c.toTake},
                       {QStringLiteral("conflicts"), c.conflicts},
                       {QStringLiteral("deletedInAccount"), c.deletedInAccount},
                       {QStringLiteral("createdInAccount"), c.createdInAccount},
                       {QStringLiteral("cannotPush"), c.cannotPush}};
}

void insertIfSet(QJsonObject &o, const QString &key, const QJsonValue &v)
{
    if (!v.isUndefined())
        o.insert(key, v);
}

} // namespace

int AamCommand::compareWithAccount(CliIo &io, const QCommandLineParser &parser,
                                   const QString &workspacePath, Comparison *comparison)
{
    comparison->loaded = WorkspaceFile::load(workspacePath);
    if (!comparison->loaded.ok)
        return io.fail(ExitBadInput,
                       tr("%1 cannot be read: %2").arg(workspacePath, comparison->loaded.error));
    if (const int code = connect(io, parser, &comparison->connection); code != ExitOk)
        return code;
    if (const int code = pullAccount(io, comparison->connection, &comparison->pulled);
        code != ExitOk)
        return code;
    comparison->workspace = comparison->loaded.workspace;
    comparison->workspace.rebuildIndex();
    comparison->diff = AamDiff::compare(comparison->workspace,
                                        AamDiff::Account{comparison->pulled.destinations,
                                                         comparison->pulled.mappings,
                                                         comparison->pulled.mappingDestinations});
    return ExitOk;
}

int AamCommand::runDiff(CliIo &io, const QCommandLineParser &parser, const QString &workspacePath)
{
    if (parser.isSet(QStringLiteral("out")))
        return io.fail(ExitBadInput, tr("aam diff writes nothing: --out is for aam pull."));
    Comparison comparison;
    if (const int code = compareWithAccount(io, parser, workspacePath, &comparison); code != ExitOk)
        return code;
    const AamRestClient::PullResult &pulled = comparison.pulled;
    const AamDiff &diff = comparison.diff;
    const int code = diff.hasDifferences() ? ExitFindings : ExitOk;
    if (io.json) {
        QJsonObject o = diffJson(diff);
        o.insert(QStringLiteral("workspace"), workspacePath);
        o.insert(QStringLiteral("destinations"), int(pulled.destinations.size()));
        o.insert(QStringLiteral("mappings"), int(pulled.mappings.size()));
        o.insert(QStringLiteral("requests"), pulled.requests);
        o.insert(QStringLiteral("tokenRenewals"), pulled.tokenRenewals);
        o.insert(QStringLiteral("retries"), pulled.retries);
        o.insert(QStringLiteral("exitCode"), code);
        io.printJson(o);
        return code;
    }
    io.out << tr("Compared %1 with the account's %2 and %3 (%4 requests).")
                  .arg(workspacePath,
                       tr("%n destination(s)", nullptr, int(pulled.destinations.size())),
                       tr("%n mapping(s)", nullptr, int(pulled.mappings.size())),
                       QString::number(pulled.requests))
           << Qt::endl;
    printDiff(io, diff);
    return code;
}

void AamCommand::printDiff(CliIo &io, const AamDiff &diff)
{
    for (const AamDiff::Item &item : diff.items()) {
        io.out << QStringLiteral("[%1] %2").arg(AamDiff::outcomeName(item.outcome), item.title)
               << Qt::endl;
        for (const AamDiff::Field &f : item.fields)
            io.out << QLatin1String("    ")
                   << tr("%1 (%2): last pulled %3, workspace %4, account %5")
                          .arg(f.name, AamDiff::changeName(f.change), diffValueText(f.base),
                               diffValueText(f.local), diffValueText(f.account))
                   << Qt::endl;
        if (item.readOnly)
            io.out << QLatin1String("    ") << tr("Cannot be pushed: %1").arg(item.reason)
                   << Qt::endl;
        for (const QString &note : item.notes)
            io.out << QLatin1String("    ") << note << Qt::endl;
    }
    if (!diff.hasDifferences())
        io.out << tr("No differences: the workspace and the account hold the same destinations "
                     "and mappings.")
               << Qt::endl;
    for (const QString &line : diff.countLines())
        io.out << line << Qt::endl;
    io.out << diff.summary() << Qt::endl;
    for (const QString &note : diff.notes())
        io.out << note << Qt::endl;
}

QJsonObject AamCommand::diffJson(const AamDiff &diff)
{
    QJsonArray items;
    for (const AamDiff::Item &item : diff.items()) {
        QJsonArray fields;
        for (const AamDiff::Field &f : item.fields) {
            QJsonObject field{{QStringLiteral("name"), f.name},
                              {QStringLiteral("change"), AamDiff::changeKey(f.change)}};
            insertIfSet(field, QStringLiteral("base"), f.base);
            insertIfSet(field, QStringLiteral("local"), f.local);
            insertIfSet(field, QStringLiteral("account"), f.account);
            fields.append(field);
        }
        QJsonObject o{{QStringLiteral("kind"), item.kind == EntityKind::Mapping
                                                   ? QStringLiteral("mapping")
                                                   : QStringLiteral("destination")},
                      {QStringLiteral("id"), item.id},
                      {QStringLiteral("destinationId"), item.destinationId},
                      {QStringLiteral("title"), item.title},
                      {QStringLiteral("outcome"), AamDiff::outcomeKey(item.outcome)},
                      {QStringLiteral("outcomeText"), AamDiff::outcomeName(item.outcome)},
                      {QStringLiteral("readOnly"), item.readOnly},
                      {QStringLiteral("fields"), fields},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(item.notes)}};
        if (item.readOnly)
            o.insert(QStringLiteral("reason"), item.reason);
        // A created or deleted item has no field list: its whole object instead.
        if (item.outcome == AamDiff::Outcome::CreatedLocally)
            o.insert(QStringLiteral("local"), item.local);
        else if (item.outcome == AamDiff::Outcome::CreatedInAccount)
            o.insert(QStringLiteral("account"), item.account);
        else if (item.outcome == AamDiff::Outcome::DeletedInAccount ||
                 item.outcome == AamDiff::Outcome::DeletedLocally)
            o.insert(QStringLiteral("base"), item.base);
        if (item.deletedLocally)
            o.insert(QStringLiteral("deletedLocally"), true);
        items.append(o);
    }
    return QJsonObject{
        {QStringLiteral("differences"), diff.hasDifferences()},
        {QStringLiteral("summary"), diff.summary()},
        {QStringLiteral("counts"),
         QJsonObject{
             {QStringLiteral("destinations"), diffCountsJson(diff.counts(EntityKind::Destination))},
             {QStringLiteral("mappings"), diffCountsJson(diff.counts(EntityKind::Mapping))}}},
        {QStringLiteral("items"), items},
        {QStringLiteral("notes"), QJsonArray::fromStringList(diff.notes())}};
}

} // namespace dcsdesk
