#include "aampull.h"
#include "aampush.h"
#include "workspace/aamdeletedlist.h"

#include <QHash>
#include <QSet>

// AamPush::writeBack: what the account returned goes into the workspace the way a pull puts it
// there (AamPull), after the items it created are moved to the IDs it assigned. The result is
// expressed as one ChangeSet against the workspace as it was, so the app applies it as one undo
// step.

namespace dcsdesk {

namespace {

template <typename T, typename KeyOf>
void diffKind(const QVector<T> &before, const QVector<T> &after, KeyOf keyOf, QVector<T> &add,
              QVector<T> &update, QVector<qint64> &remove)
{
    QHash<qint64, int> was;
    was.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        was.insert(keyOf(before.at(i)), i);
    QSet<qint64> kept;
    for (const T &item : after) {
        const qint64 key = keyOf(item);
        kept.insert(key);
        const auto it = was.constFind(key);
        if (it == was.constEnd())
            add.append(item);
        else if (before.at(it.value()) != item)
            update.append(item);
    }
    for (const T &item : before) {
        if (!kept.contains(keyOf(item)))
            remove.append(keyOf(item));
    }
}

ChangeSet changesBetween(const Workspace &before, const Workspace &after)
{
    ChangeSet c;
    diffKind(
        before.segments, after.segments, [](const Segment &s) { return s.sid; }, c.addSegments,
        c.updateSegments, c.removeSegments);
    diffKind(
        before.destinations, after.destinations, [](const Destination &d) { return d.id; },
        c.addDestinations, c.updateDestinations, c.removeDestinations);
    diffKind(
        before.mappings, after.mappings, [](const SegmentMapping &m) { return m.id; },
        c.addMappings, c.updateMappings, c.removeMappings);
    return c;
}

qint64 maxOf(qint64 a, const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        a = qMax(a, id);
    return a;
}

} // namespace

AamPush::WriteBack AamPush::writeBack(const Workspace &workspace, const Report &report)
{
    WriteBack out;
    QHash<qint64, qint64> destinationIds; // workspace ID -> the account's, for created ones
    QHash<qint64, qint64> mappingIds;
    AamRestClient::PullResult returned;
    for (const ItemResult &r : report.items) {
        if (r.state != State::Sent || r.returned.isEmpty() || r.accountId <= 0)
            continue;
        const bool created = r.outcome == AamDiff::Outcome::CreatedLocally;
        if (r.kind == EntityKind::Destination) {
            if (created && r.accountId != r.id)
                destinationIds.insert(r.id, r.accountId);
            QJsonObject o = r.returned;
            o.remove(QStringLiteral("mappings")); // listed apart, as a pull lists them
            returned.destinations.append(o);
        } else {
            if (created && r.accountId != r.id)
                mappingIds.insert(r.id, r.accountId);
            returned.mappings.append(r.returned);
            returned.mappingDestinations.append(r.accountDestinationId);
        }
        ++out.written;
    }
    QSet<QPair<int, qint64>> deleted;
    for (const ItemResult &r : report.items) {
        if (r.state == State::Sent && r.method == "DELETE")
            deleted.insert({int(r.kind), r.id});
    }
    if (out.written == 0) {
        if (!deleted.isEmpty()) {
            out.changes.aamDeleted = AamDeletedList::without(workspace.aamDeleted, deleted);
            out.written = int(deleted.size());
            out.undoText =
                tr("Update %n pushed item(s) with the account's answer", nullptr, out.written);
        }
        return out;
    }

    // Items created in the account take the IDs it assigned; a workspace item already holding
    // such an ID (new here, never pulled) moves to a free one.
    Workspace ws = workspace;
    ws.rebuildIndex();
    const QSet<qint64> takenDestinations(destinationIds.cbegin(), destinationIds.cend());
    qint64 freeDestination =
        maxOf(ws.nextDestinationId(), destinationIds.values()) + 1; // above every ID in play
    for (Destination &d : ws.destinations) {
        if (takenDestinations.contains(d.id) && !destinationIds.contains(d.id)) {
            out.notes.append(tr("Destination %1 of the workspace moved to ID %2: the account gave "
                                "its ID to a pushed destination.")
                                 .arg(d.id)
                                 .arg(freeDestination));
            destinationIds.insert(d.id, freeDestination++);
        }
    }
    const QSet<qint64> takenMappings(mappingIds.cbegin(), mappingIds.cend());
    qint64 freeMapping = maxOf(ws.nextMappingId(), mappingIds.values()) + 1;
    for (const SegmentMapping &m : ws.mappings) {
        if (takenMappings.contains(m.id) && !mappingIds.contains(m.id)) {
            out.notes.append(tr("Mapping %1 of the workspace moved to ID %2: the account gave its "
                                "ID to a pushed mapping.")
                                 .arg(m.id)
                                 .arg(freeMapping));
            mappingIds.insert(m.id, freeMapping++);
        }
    }
    for (Destination &d : ws.destinations)
        d.id = destinationIds.value(d.id, d.id);
    for (SegmentMapping &m : ws.mappings) {
        m.id = mappingIds.value(m.id, m.id);
        m.destinationId = destinationIds.value(m.destinationId, m.destinationId);
    }
    ws.rebuildIndex();

    const AamPull::Outcome pulled = AamPull::apply(ws, returned);
    for (const QString &skipped : pulled.skipped)
        out.notes.append(tr("Not written back: %1").arg(skipped));
    out.notes += pulled.notes;
    out.changes = changesBetween(workspace, pulled.workspace);
    // Exactly the deletions still to push: none is recorded by the moves above.
    out.changes.aamDeleted = AamDeletedList::without(workspace.aamDeleted, deleted);
    out.written += int(deleted.size());
    out.undoText = tr("Update %n pushed item(s) with the account's answer", nullptr, out.written);
    return out;
}

} // namespace dcsdesk
