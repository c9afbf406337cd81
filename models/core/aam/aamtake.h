#pragma once

#include "aamdiff.h"
#include "aamrestimportplan.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace dcsdesk {

// Takes what changed in the Audience Manager account into a workspace that was pulled before,
// three ways (what was last pulled, what the user changed, what the account has now), so a pull
// never overwrites the user's edits: a field only the account changed is taken, a field only the
// workspace changed is kept (and stays "to push"), a field changed on both sides is a conflict
// that stays as it is until the user says which side wins. An object the account deleted leaves
// the workspace only when the user had not changed it. The result is one ChangeSet, so a pull in
// the app is one undo step, and every object kept, removed or not taken is listed.
class AamTake
{
    Q_DECLARE_TR_FUNCTIONS(AamTake)

public:
    // Which differences to take. By default everything the account changed or holds that can be
    // taken without losing a workspace edit; conflicts only where a side is chosen per field.
    struct Choices
    {
        // Items (kind, ID) to take; empty = every item that can be taken.
        bool onlyListed = false;
        QSet<QPair<int, qint64>> items;
        // Conflicting fields taken from the account, per item; the other conflicting fields of an
        // item listed here keep the workspace's value (and become changes to push).
        QHash<QPair<int, qint64>, QSet<QString>> takeFromAccount;
        // Conflicts settled for every item by field name, "*" for all (the CLI's --take-account
        // and --keep-workspace).
        QSet<QString> takeFieldEverywhere;
        QSet<QString> keepFieldEverywhere;
    };

    struct Outcome
    {
        ChangeSet changes;
        AamRestImportPlan::Counts destinations, mappings, segments;
        int removedDestinations = 0;
        int removedMappings = 0;
        QStringList taken;   // translated titles of what changed in the workspace
        QStringList kept;    // translated "title: why it was kept as it is"
        QStringList skipped; // translated "title: reason" (could not be taken)
        QStringList notes;   // translated, about the pull as a whole
        bool isEmpty() const { return changes.isEmpty(); }
        QString undoText() const;
    };

    static QPair<int, qint64> keyOf(const AamDiff::Item &item)
    {
        return {int(item.kind), item.id};
    }

    // account: what a pull returned; segments are compared with their snapshots the same way.
    static Outcome build(const Workspace &workspace, const AamDiff &diff,
                         const QJsonArray &segments, const Choices &choices);
    static Outcome build(const Workspace &workspace, const AamDiff::Account &account,
                         const QJsonArray &segments, const Choices &choices);
};

} // namespace dcsdesk
