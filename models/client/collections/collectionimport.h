#pragma once

#include "collectionentry.h"
#include "dcs/dcsrequest.h"
#include "workspace/changeset.h"

#include <QCoreApplication>

namespace dcsdesk {

struct Workspace;

// What importing a collection into a workspace does, item by item, before anything changes:
// each entry becomes a saved request (imported, or imported with changes that are listed with
// what to do) or is skipped with the reason. Only DCS calls are taken; the URL, query, headers
// and body go through the cURL importer's mapping so both read a call the same way. Names are
// made unique against the workspace and the import itself; nothing existing is replaced.
class CollectionImport
{
    Q_DECLARE_TR_FUNCTIONS(CollectionImport)

public:
    enum class Outcome { Imported, Changed, Skipped };

    struct Item
    {
        Outcome outcome = Outcome::Skipped;
        QString sourceName;  // the name in the collection
        QString name;        // the saved request's name (unique); empty when skipped
        QStringList folder;  // where it goes: the target folder, then the collection's folders
        QString source;      // where it is in the collection
        QStringList details; // translated: each change or the reason for skipping, with what to do
        DcsRequest request;  // when not skipped; carries the folder key
    };

    struct Plan
    {
        QString format;
        QString collectionName;
        QVector<Item> items;
        QStringList notes; // translated: collection-wide
        // The target folder, then the collection's folders below it: all are created, so the
        // collection keeps its shape; those without a DCS request are created empty (and noted).
        QVector<QStringList> folders;
        QVector<QStringList> emptyFolders;
        int count(Outcome outcome) const;
        // The saved requests of the items chosen (indexes into items; skipped ones are ignored),
        // appended after the workspace's, with the folders when one is imported: one ChangeSet,
        // so one undo step.
        ChangeSet changes(const Workspace &workspace, const QVector<int> &chosen) const;
        ChangeSet changes(const Workspace &workspace) const; // every item not skipped
        QString summary() const; // "5 imported, 2 with changes, 1 skipped"
    };

    // A Bruno collection (a folder, its bruno.json or a .bru file in it) or a Postman export.
    static CollectionRead readPath(const QString &path);
    static Plan plan(const Workspace &workspace, const CollectionRead &collection,
                     const QStringList &targetFolder);
    // One entry, without naming or folders: for tests and the readers' own checks.
    static Item convert(const CollectionEntry &entry, QStringList *hosts = nullptr,
                        QStringList *variables = nullptr);

    static QString outcomeName(Outcome outcome);
    static QString outcomeKey(Outcome outcome); // "imported", "changed", "skipped"
};

} // namespace dcsdesk
