#include "mappingmerge.h"

#include "workspaceserializer.h"

#include <algorithm>

namespace dcsdesk {

namespace {

QByteArray withoutMappings(Workspace workspace)
{
    workspace.mappings.clear();
    return WorkspaceSerializer::toJson(workspace);
}

const SegmentMapping *mappingOf(const Workspace &ws, qint64 id)
{
    const int i = ws.mappingIndex(id);
    return i < 0 ? nullptr : &ws.mappings[i];
}

bool sameMapping(const SegmentMapping *a, const SegmentMapping *b)
{
    return (!a && !b) || (a && b && *a == *b);
}

} // namespace

MappingMerge MappingMerge::plan(const Workspace &base, const Workspace &mine,
                                const Workspace &theirs)
{
    MappingMerge merge;
    if (withoutMappings(base) != withoutMappings(theirs)) {
        merge.reason = tr("The other version changed more than segment mappings (destinations, "
                          "segments, profiles or settings).");
        return merge;
    }
    QStringList conflicts;
    QList<SegmentMapping> addedThere;
    for (const SegmentMapping &m : theirs.mappings) {
        const SegmentMapping *before = mappingOf(base, m.id);
        if (sameMapping(before, &m))
            continue;
        const SegmentMapping *here = mappingOf(mine, m.id);
        if (!before) {
            if (!sameMapping(here, &m))
                addedThere.append(m);
            continue;
        }
        if (sameMapping(here, &m))
            continue; // the same change on both sides
        if (!sameMapping(here, before)) {
            conflicts << QString::number(m.id);
            continue;
        }
        merge.changes.updateMappings.append(m);
        ++merge.updated;
    }
    for (const SegmentMapping &m : base.mappings) {
        if (mappingOf(theirs, m.id))
            continue;
        const SegmentMapping *here = mappingOf(mine, m.id);
        if (!here)
            continue; // removed on both sides
        if (!(*here == m)) {
            conflicts << QString::number(m.id);
            continue;
        }
        merge.changes.removeMappings.append(m.id);
        ++merge.removed;
    }
    qint64 nextId = std::max(mine.nextMappingId(), theirs.nextMappingId());
    QStringList orphans;
    for (SegmentMapping m : std::as_const(addedThere)) {
        if (!mine.destination(m.destinationId) || !mine.segment(m.sid)) {
            orphans << QString::number(m.id);
            continue;
        }
        if (mappingOf(mine, m.id)) {
            m.id = nextId++;
            ++merge.renumbered;
        }
        merge.changes.addMappings.append(m);
        ++merge.added;
    }
    if (!conflicts.isEmpty()) {
        merge.reason = tr("Both versions changed the same mappings (ID %1).")
                           .arg(conflicts.join(QStringLiteral(", ")));
    } else if (!orphans.isEmpty()) {
        merge.reason = tr("The other version adds mappings (ID %1) to destinations or segments "
                          "you deleted here.")
                           .arg(orphans.join(QStringLiteral(", ")));
    } else {
        merge.possible = true;
    }
    if (!merge.possible)
        merge.changes = ChangeSet();
    return merge;
}

QString MappingMerge::summary() const
{
    return tr("%1, %2, %3")
        .arg(tr("%n mapping(s) added", nullptr, added), tr("%n changed", nullptr, updated),
             tr("%n removed", nullptr, removed));
}

} // namespace dcsdesk
