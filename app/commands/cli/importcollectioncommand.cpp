#include "importcollectioncommand.h"

#include "collections/collectionimport.h"
#include "collections/importfolder.h"
#include "workspace/workspacedocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dcsdesk {

QString ImportCollectionCommand::summary() const
{
    return tr("Import the DCS calls of a Postman v2.1 or Bruno collection as saved requests, "
              "with a result per request (--dry-run changes nothing).");
}

void ImportCollectionCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("collection"),
                                 tr("A Postman Collection v2.1 file, or a Bruno collection "
                                    "folder (or its bruno.json)."),
                                 tr("FILE|DIR"));
    parser.addOption(QCommandLineOption(QStringLiteral("into"),
                                        tr("The workspace file that gets the saved requests."),
                                        tr("WORKSPACE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("folder"),
        tr("The saved-request folder to put them in, parts separated by / (default: the "
           "collection's name; \"\" for none)."),
        tr("path")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        tr("Show what would be imported and write nothing.")));
}

int ImportCollectionCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(QStringLiteral("into")))
        return io.fail(ExitBadInput,
                       tr("Use: import-collection FILE|DIR --into WORKSPACE [--folder PATH] "
                          "[--dry-run]."));
    const QString workspacePath = parser.value(QStringLiteral("into"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const CollectionRead collection = CollectionImport::readPath(args.first());
    if (!collection.ok)
        return io.fail(ExitBadInput, collection.error);
    WorkspaceDocument document;
    QString error;
    if (!document.load(workspacePath, &error))
        return io.fail(ExitBadInput, error);
    if (!dryRun && document.isReadOnly())
        return io.fail(ExitBadInput, document.readOnlyReason());
    const QStringList folder = parser.isSet(QStringLiteral("folder"))
                                   ? ImportFolder::split(parser.value(QStringLiteral("folder")))
                                   : ImportFolder::split(collection.name);
    const CollectionImport::Plan plan =
        CollectionImport::plan(document.workspace(), collection, folder);
    const ChangeSet changes = plan.changes(document.workspace());

    bool applied = false;
    QString saveError;
    if (!dryRun && !changes.isEmpty()) {
        document.apply(changes, tr("Import collection %1").arg(collection.name));
        applied = document.save(&saveError);
    }
    int code = plan.count(CollectionImport::Outcome::Imported) == plan.items.size() ? ExitOk
                                                                                    : ExitFindings;
    if (!saveError.isEmpty())
        code = ExitBadInput;

    if (io.json) {
        QJsonArray emptyFolders;
        for (const QStringList &f : plan.emptyFolders)
            emptyFolders.append(QJsonArray::fromStringList(f));
        QJsonArray items;
        for (const CollectionImport::Item &item : plan.items) {
            QJsonObject o{{QStringLiteral("name"), item.name},
                          {QStringLiteral("sourceName"), item.sourceName},
                          {QStringLiteral("source"), item.source},
                          {QStringLiteral("outcome"), CollectionImport::outcomeKey(item.outcome)},
                          {QStringLiteral("folder"), QJsonArray::fromStringList(item.folder)},
                          {QStringLiteral("details"), QJsonArray::fromStringList(item.details)}};
            if (item.outcome != CollectionImport::Outcome::Skipped)
                o.insert(QStringLiteral("request"), item.request.toJson());
            items.append(o);
        }
        QJsonObject out{
            {QStringLiteral("file"), args.first()},
            {QStringLiteral("format"), plan.format},
            {QStringLiteral("collection"), plan.collectionName},
            {QStringLiteral("workspace"), workspacePath},
            {QStringLiteral("folder"), QJsonArray::fromStringList(folder)},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("items"), items},
            {QStringLiteral("imported"), plan.count(CollectionImport::Outcome::Imported)},
            {QStringLiteral("changed"), plan.count(CollectionImport::Outcome::Changed)},
            {QStringLiteral("skipped"), plan.count(CollectionImport::Outcome::Skipped)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
            {QStringLiteral("emptyFolders"), emptyFolders},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("exitCode"), code}};
        if (!saveError.isEmpty())
            out.insert(QStringLiteral("error"), saveError.simplified());
        io.printJson(out);
        return code;
    }
    if (!saveError.isEmpty())
        return io.fail(ExitBadInput, saveError);
    io.out << tr("%1 “%2”: %n request(s).", nullptr, int(plan.items.size()))
                  .arg(plan.format, plan.collectionName)
           << Qt::endl;
    for (const CollectionImport::Item &item : plan.items) {
        const QString name = item.name.isEmpty() ? item.sourceName : item.name;
        const QString where = item.folder.isEmpty()
                                  ? QString()
                                  : QStringLiteral("  [%1]").arg(ImportFolder::join(item.folder));
        io.out << QStringLiteral("%1: %2%3")
                      .arg(CollectionImport::outcomeName(item.outcome), name, where)
               << Qt::endl;
        for (const QString &d : item.details)
            io.out << QStringLiteral("    - ") << d << Qt::endl;
    }
    if (!plan.notes.isEmpty()) {
        io.out << Qt::endl << tr("Notes:") << Qt::endl;
        for (const QString &n : plan.notes)
            io.out << QStringLiteral("  - ") << n << Qt::endl;
    }
    QString outcome;
    if (applied && !document.lastSaveWarning().isEmpty())
        outcome = document.lastSaveWarning();
    else if (applied)
        outcome = tr("%1 saved; the previous file is kept as a backup.").arg(workspacePath);
    else if (dryRun)
        outcome = tr("Dry run: nothing was written.");
    else
        outcome = tr("Nothing to import.");
    io.out << Qt::endl << tr("%1. %2").arg(plan.summary(), outcome) << Qt::endl;
    io.out.flush();
    return code;
}

} // namespace dcsdesk
