#include "aamtake.h"

#include "aamrestreader.h"
#include "workspace/aamdeletedlist.h"

#include <QLocale>

namespace dcsdesk {

namespace {

// The workspace's segment differs from what was last pulled of it, in a field the snapshot has.
bool segmentChangedLocally(const Segment &segment)
{
    const AamRestSegment base = AamRestReader::readSegmentObject(segment.remote);
    for (int f : base.presentFields) {
        if (segment.field(f) != base.segment.field(f))
            return true;
    }
    return false;
}

bool segmentMatches(const Segment &segment, const AamRestSegment &pulled)
{
    for (int f : pulled.presentFields) {
        if (segment.field(f) != pulled.segment.field(f))
            return false;
    }
    return true;
}

} // namespace

QString AamTake::Outcome::undoText() const
{
    return tr("Take changes from Audience Manager");
}

AamTake::Outcome AamTake::build(const Workspace &ws, const AamDiff::Account &account,
                                const QJsonArray &segments, const Choices &choices)
{
    return build(ws, AamDiff::compare(ws, account), segments, choices);
}

AamTake::Outcome AamTake::build(const Workspace &ws, const AamDiff &diff,
                                const QJsonArray &segments, const Choices &choices)
{
    Outcome outcome;
    AamRestReader::Result file;
    file.ok = true;
    QHash<qint64, QJsonObject> destinationSnapshots;
    QHash<qint64, QJsonObject> mappingSnapshots;
    QSet<qint64> removedMappings;
    QVector<const AamDiff::Item *> deletedDestinations;
    QSet<QPair<int, qint64>> restored; // deleted in the workspace, back from the account

    // What the taken object got from the account, for the list of what was taken.
    const auto describe = [&](const AamDiff::Item &item, const QSet<QString> &fromAccount) {
        if (item.outcome == AamDiff::Outcome::CreatedInAccount || item.deletedLocally)
            return tr("%1: added from the account").arg(item.title);
        QStringList fields;
        for (const AamDiff::Field &f : item.fields) {
            if (f.change == AamDiff::Change::Account || fromAccount.contains(f.name))
                fields.append(f.name);
        }
        if (fields.isEmpty())
            return tr("%1: the workspace's values kept, now to push").arg(item.title);
        return tr("%1: the account's %2").arg(item.title, QLocale().createSeparatedList(fields));
    };
    const auto take = [&](const AamDiff::Item &item, const QJsonObject &object) {
        if (item.kind == EntityKind::Destination) {
            AamRestItem read = AamRestReader::readDestinationObject(object);
            read.index = int(file.items.size()) + 1;
            destinationSnapshots.insert(item.id,
                                        AamRestReader::readDestinationObject(item.account).remote);
            file.items.append(read);
        } else {
            AamRestMapping read = AamRestReader::readMappingObject(object);
            if (read.mapping.destinationId == 0)
                read.mapping.destinationId = item.destinationId;
            read.index = int(file.looseMappings.size()) + 1;
            mappingSnapshots.insert(item.id, AamRestReader::readMappingObject(item.account).remote);
            file.looseMappings.append(read);
        }
    };

    // Objects the workspace made (never pulled) under an ID the account also has: what the
    // workspace holds of them, to compare before the account's version replaces it.
    QHash<QPair<int, qint64>, QJsonObject> neverPulled;
    for (const AamDiff::Item &item : diff.items()) {
        if (item.outcome == AamDiff::Outcome::CreatedLocally)
            neverPulled.insert(keyOf(item), item.local);
    }

    for (const AamDiff::Item &item : diff.items()) {
        const QPair<int, qint64> key = keyOf(item);
        if (choices.onlyListed && !choices.items.contains(key)) {
            const bool offered = item.outcome == AamDiff::Outcome::ChangedInAccount ||
                                 item.outcome == AamDiff::Outcome::ChangedBoth ||
                                 item.outcome == AamDiff::Outcome::CreatedInAccount ||
                                 item.outcome == AamDiff::Outcome::DeletedInAccount ||
                                 item.outcome == AamDiff::Outcome::Conflict;
            if (offered)
                outcome.kept.append(
                    tr("%1: not chosen (unchecked, or a conflict without the account's side); "
                       "kept as it is.")
                        .arg(item.title));
            continue;
        }
        switch (item.outcome) {
        case AamDiff::Outcome::Unchanged:
        case AamDiff::Outcome::ChangedLocally:
        case AamDiff::Outcome::CreatedLocally:
        case AamDiff::Outcome::DeletedLocally:
            break;
        case AamDiff::Outcome::CreatedInAccount: {
            const auto own = neverPulled.constFind(key);
            if (own != neverPulled.constEnd()) {
                // The same ID on both sides, the workspace's never pulled: taking the account's
                // would silently replace what the user made there, unless they are alike.
                // Only what the workspace writes: the account's own stamps (createTime, crUID…)
                // are not something the user made.
                QStringList differing;
                const QStringList keys = own.value().keys();
                for (const QString &name : keys) {
                    if (own.value().value(name) != item.account.value(name))
                        differing.append(name);
                }
                const bool chosen = choices.takeFromAccount.contains(key) ||
                                    choices.takeFieldEverywhere.contains(QStringLiteral("*"));
                if (!differing.isEmpty() && !chosen) {
                    outcome.kept.append(
                        tr("%1: the workspace has its own version, never pulled, that differs "
                           "from the account's (%2); kept as it is. To take the account's, delete "
                           "it here and take again, or use --take-account '*'.")
                            .arg(item.title, QLocale().createSeparatedList(differing)));
                    break;
                }
                take(item, item.account);
                outcome.taken.append(
                    differing.isEmpty()
                        ? tr("%1: linked to the account's (the same values)").arg(item.title)
                        : tr("%1: the account's version replaces the workspace's (%2)")
                              .arg(item.title, QLocale().createSeparatedList(differing)));
                break;
            }
            take(item, item.account);
            outcome.taken.append(describe(item, {}));
            break;
        }
        case AamDiff::Outcome::ChangedInAccount:
        case AamDiff::Outcome::ChangedBoth:
            take(item, AamDiff::resolved(item, QSet<QString>()));
            outcome.taken.append(describe(item, {}));
            break;
        case AamDiff::Outcome::Conflict: {
            if (item.account.isEmpty()) {
                outcome.kept.append(tr("%1: deleted in the account and changed in the workspace; "
                                       "kept. Push it to create it again, or delete it here.")
                                        .arg(item.title));
                break;
            }
            const QStringList fields = AamDiff::conflictingFields(item);
            const bool listed = choices.takeFromAccount.contains(key);
            QSet<QString> fromAccount = choices.takeFromAccount.value(key);
            QStringList open;
            const QString all = QStringLiteral("*");
            for (const QString &name : fields) {
                const bool keep = choices.keepFieldEverywhere.contains(name);
                if (choices.takeFieldEverywhere.contains(name) ||
                    (choices.takeFieldEverywhere.contains(all) && !keep))
                    fromAccount.insert(name);
                else if (!listed && !keep && !choices.keepFieldEverywhere.contains(all))
                    open.append(name);
            }
            if (!open.isEmpty() && item.deletedLocally) {
                outcome.kept.append(tr("%1: deleted in the workspace and changed in the account "
                                       "(%2); it stays deleted here. To have the account's "
                                       "version back, take the account's side of every field.")
                                        .arg(item.title, QLocale().createSeparatedList(open)));
                break;
            }
            if (!open.isEmpty()) {
                outcome.kept.append(
                    tr("%1: changed on both sides (%2); kept as it is. Choose a side for each "
                       "field: in the app's comparison, or with --take-account or "
                       "--keep-workspace.")
                        .arg(item.title, QLocale().createSeparatedList(open)));
                break;
            }
            if (!item.deletedLocally) {
                take(item, AamDiff::resolved(item, fromAccount));
                outcome.taken.append(describe(item, fromAccount));
            } else if (fromAccount.size() == fields.size()) {
                take(item, item.account); // the account's version back in the workspace
                restored.insert(key);
                outcome.taken.append(describe(item, fromAccount));
            }
            break;
        }
        case AamDiff::Outcome::DeletedInAccount:
            if (item.kind == EntityKind::Mapping) {
                removedMappings.insert(item.id);
                outcome.changes.removeMappings.append(item.id);
                outcome.taken.append(tr("%1: deleted in the account, removed").arg(item.title));
            } else {
                deletedDestinations.append(&item);
            }
            break;
        }
    }

    // A destination the account deleted leaves only with all of its mappings.
    QHash<qint64, int> staying;
    for (const SegmentMapping &m : ws.mappings) {
        if (!removedMappings.contains(m.id))
            ++staying[m.destinationId];
    }
    for (const AamDiff::Item *item : deletedDestinations) {
        if (const int count = staying.value(item->id)) {
            outcome.kept.append(tr("%1: deleted in the account, but %n mapping(s) under it are "
                                   "kept in the workspace, so it is kept too.",
                                   nullptr, count)
                                    .arg(item->title));
            continue;
        }
        outcome.changes.removeDestinations.append(item->id);
        outcome.taken.append(tr("%1: deleted in the account, removed").arg(item->title));
    }
    // The record of deletions loses what is back and what the account deleted too; what the
    // account deleted is removed here without being recorded as a deletion to push.
    const QSet<QPair<int, qint64>> forget = restored + diff.obsoleteDeletions();
    if (!forget.isEmpty() || !outcome.changes.removeMappings.isEmpty() ||
        !outcome.changes.removeDestinations.isEmpty())
        outcome.changes.aamDeleted = AamDeletedList::without(ws.aamDeleted, forget);
    if (!diff.obsoleteDeletions().isEmpty())
        outcome.notes.append(
            tr("%n object(s) deleted in the workspace were also deleted in the account: "
               "nothing is left to push for them.",
               nullptr, int(diff.obsoleteDeletions().size())));
    outcome.removedDestinations = int(outcome.changes.removeDestinations.size());
    outcome.removedMappings = int(outcome.changes.removeMappings.size());

    for (const QJsonValue &value : segments) {
        AamRestSegment read = AamRestReader::readSegmentObject(value.toObject());
        const Segment *existing = ws.segment(read.segment.sid);
        if (existing && existing->remote.isEmpty() && !segmentMatches(*existing, read)) {
            outcome.kept.append(tr("Segment %1 (%2): made in the workspace and different in the "
                                   "account; kept as it is.")
                                    .arg(existing->sid)
                                    .arg(existing->name));
            continue;
        }
        if (existing && !existing->remote.isEmpty() && segmentChangedLocally(*existing)) {
            if (existing->remote != read.remote)
                outcome.kept.append(tr("Segment %1 (%2): changed on both sides; the workspace's "
                                       "version is kept.")
                                        .arg(existing->sid)
                                        .arg(existing->name));
            continue;
        }
        read.index = int(file.segments.size()) + 1;
        file.segments.append(read);
    }

    const AamRestImportPlan plan =
        AamRestImportPlan::build(ws, file, AamRestImportPlan::Options());
    ChangeSet planned = plan.changes();
    // The snapshot is what the account holds now, key for key: the import merges snapshots.
    for (Destination &d : planned.updateDestinations)
        d.remote = destinationSnapshots.value(d.id, d.remote);
    for (Destination &d : planned.addDestinations)
        d.remote = destinationSnapshots.value(d.id, d.remote);
    for (SegmentMapping &m : planned.updateMappings)
        m.remote = mappingSnapshots.value(m.id, m.remote);
    for (SegmentMapping &m : planned.addMappings)
        m.remote = mappingSnapshots.value(m.id, m.remote);
    outcome.changes.addSegments = planned.addSegments;
    outcome.changes.updateSegments = planned.updateSegments;
    outcome.changes.addDestinations = planned.addDestinations;
    outcome.changes.updateDestinations = planned.updateDestinations;
    outcome.changes.addMappings = planned.addMappings;
    outcome.changes.updateMappings = planned.updateMappings;

    outcome.destinations = plan.counts(EntityKind::Destination);
    outcome.destinations.unchanged += diff.counts(EntityKind::Destination).unchanged;
    outcome.mappings = plan.counts(EntityKind::Mapping);
    outcome.mappings.unchanged += diff.counts(EntityKind::Mapping).unchanged;
    outcome.segments = plan.counts(EntityKind::Segment);
    outcome.notes = plan.notes();
    outcome.skipped = plan.skippedLines();
    return outcome;
}

} // namespace dcsdesk
