#pragma once

#include "workspace/changeset.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// What differs between a workspace and the Audience Manager account it was pulled from, per
// destination and per mapping, compared three ways on the REST level: base = the item's `remote`
// snapshot (what was last pulled), local = the item as the user edited it, written through
// AamRestWriter, account = what a fresh pull returned. A field changed on one side is to push or
// to take; changed on both sides to different values it is a conflict the user resolves. What the
// user deleted of a pulled object is in Workspace::aamDeleted (AamDeletedList): to delete in the
// account, or a conflict when the account changed it since. Items are matched by ID through
// hashes, so 100,000 mappings compare in one pass.
class AamDiff
{
    Q_DECLARE_TR_FUNCTIONS(AamDiff)

public:
    enum class Outcome {
        Unchanged,
        ChangedLocally,   // to push
        ChangedInAccount, // to take
        ChangedBoth,      // both sides changed different fields: push some, take others
        Conflict,         // a field changed on both sides to different values
        CreatedLocally,   // no snapshot: to create
        DeletedInAccount, // has a snapshot, the account no longer has it
        CreatedInAccount, // only the account has it
        DeletedLocally,   // pulled, deleted in the workspace, unchanged in the account: to delete
    };
    enum class Change { Local, Account, Conflict };

    // One REST field that differs between the workspace and the account. An absent key is an
    // undefined QJsonValue, distinct from null.
    struct Field
    {
        QString name; // the exact REST key
        Change change = Change::Local;
        QJsonValue base;
        QJsonValue local;
        QJsonValue account;
    };

    struct Item
    {
        EntityKind kind = EntityKind::Destination;
        Outcome outcome = Outcome::Unchanged;
        qint64 id = 0;            // destination or mapping ID
        qint64 destinationId = 0; // the destination a mapping belongs to; a destination's own ID
        QString title;            // translated
        QVector<Field> fields;    // sorted by name; empty for created and deleted items
        bool readOnly = false;    // a local change that cannot be pushed
        bool deletedLocally = false; // in Workspace::aamDeleted (DeletedLocally, or a conflict)
        QString reason;           // translated: why it cannot be pushed, what to do
        QStringList notes;        // translated
        QJsonObject base, local, account; // the three REST objects; empty when there is none
    };

    struct Counts
    {
        int unchanged = 0;
        int toUpdate = 0; // changed locally or on both sides, and pushable
        int toCreate = 0;
        int toDelete = 0;
        int toTake = 0; // changed in the account or on both sides
        int conflicts = 0;
        int deletedInAccount = 0;
        int createdInAccount = 0;
        int cannotPush = 0;
    };

    // What a pull returned (AamRestClient::PullResult's lists).
    struct Account
    {
        QJsonArray destinations;
        QJsonArray mappings;
        QVector<qint64> mappingDestinations; // destination ID of each mapping, by position
    };

    static AamDiff compare(const Workspace &workspace, const Account &account);
    // The fields of one object that differ between local and account, with the side that changed.
    static QVector<Field> compareFields(const QJsonObject &base, const QJsonObject &local,
                                        const QJsonObject &account);

    // The object a push would send for an item: the local one with the account's side of every
    // field only the account changed, and of each conflicting field named in takeFromAccount.
    static QJsonObject resolved(const Item &item, const QSet<QString> &takeFromAccount);
    // The REST names of an item's fields changed on both sides to different values.
    static QStringList conflictingFields(const Item &item);

    // Every item that differs, destinations each followed by their mappings, by ID.
    const QVector<Item> &items() const { return m_items; }
    Counts counts(EntityKind kind) const;
    bool hasDifferences() const { return !m_items.isEmpty(); }
    const QStringList &notes() const { return m_notes; }
    // Entries of Workspace::aamDeleted the account no longer has either: nothing is left to do.
    const QSet<QPair<int, qint64>> &obsoleteDeletions() const { return m_obsoleteDeletions; }
    // "3 destinations to update, 0 to create; 40 mappings to update, ..." (a push's dry run).
    QString summary() const;
    // One line per kind with every count.
    QStringList countLines() const;

    static QString outcomeName(Outcome outcome); // translated
    static QString outcomeKey(Outcome outcome);  // stable, for --json
    static QString changeName(Change change);    // translated
    static QString changeKey(Change change);     // stable, for --json

private:
    void add(Item item);
    void addDeletions(const Workspace &workspace, const Account &account,
                      const QHash<qint64, int> &accountDestinations,
                      const QHash<qint64, int> &accountMappings, QSet<int> &seenDestinations,
                      QVector<bool> &seenMappings);
    void finish();

    QVector<Item> m_items;
    Counts m_destinations, m_mappings;
    QStringList m_notes;
    QSet<QPair<int, qint64>> m_obsoleteDeletions;
};

} // namespace dcsdesk
