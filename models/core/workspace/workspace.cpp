#include "workspace.h"

#include <QSet>
#include <algorithm>

namespace dcsdesk {

void Workspace::rebuildIndex()
{
    m_destinationIndex.clear();
    m_segmentIndex.clear();
    m_mappingIndex.clear();
    m_mappingsByDestination.clear();
    // Read through const references: operator[] on the non-const lists would detach them from
    // a copy sharing the data (a loaded workspace handed over from a worker thread), copying
    // every mapping just to read it.
    const QVector<Destination> &dests = destinations;
    const QVector<Segment> &segs = segments;
    const QVector<SegmentMapping> &maps = mappings;
    m_destinationIndex.reserve(dests.size());
    m_segmentIndex.reserve(segs.size());
    m_mappingIndex.reserve(maps.size());
    // First occurrence wins so duplicate IDs (a validation error) stay addressable.
    for (int i = 0; i < dests.size(); ++i) {
        if (!m_destinationIndex.contains(dests[i].id))
            m_destinationIndex.insert(dests[i].id, i);
    }
    for (int i = 0; i < segs.size(); ++i) {
        if (!m_segmentIndex.contains(segs[i].sid))
            m_segmentIndex.insert(segs[i].sid, i);
    }
    for (int i = 0; i < maps.size(); ++i) {
        if (!m_mappingIndex.contains(maps[i].id))
            m_mappingIndex.insert(maps[i].id, i);
        m_mappingsByDestination[maps[i].destinationId].append(i);
    }
}

const Destination *Workspace::destination(qint64 id) const
{
    const int i = destinationIndex(id);
    return i < 0 ? nullptr : &destinations[i];
}

const Segment *Workspace::segment(qint64 sid) const
{
    const int i = segmentIndex(sid);
    return i < 0 ? nullptr : &segments[i];
}

const Profile *Workspace::profile(const QString &profileName) const
{
    for (const Profile &p : profiles) {
        if (p.name == profileName)
            return &p;
    }
    return nullptr;
}

QVector<int> Workspace::mappingIndexesOf(qint64 destinationId) const
{
    return m_mappingsByDestination.value(destinationId);
}

int Workspace::mappingCountOf(qint64 destinationId) const
{
    const auto it = m_mappingsByDestination.constFind(destinationId);
    return it == m_mappingsByDestination.constEnd() ? 0 : int(it->size());
}

int Workspace::destinationCountOfSegment(qint64 sid) const
{
    QSet<qint64> seen;
    for (const SegmentMapping &m : mappings) {
        if (m.sid == sid)
            seen.insert(m.destinationId);
    }
    return int(seen.size());
}

template <typename List, typename KeyFn> static qint64 nextKey(const List &list, KeyFn key)
{
    qint64 highest = 0;
    for (const auto &item : list)
        highest = std::max(highest, key(item));
    return highest + 1;
}

// Above the IDs of deleted account objects too: a new object must not take the ID of one that a
// push is still to delete.
static qint64 nextAfterDeleted(qint64 next, const QJsonArray &deleted, const QString &kind)
{
    for (const QJsonValue &v : deleted) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kind")).toString() == kind)
            next = std::max(next, qint64(o.value(QLatin1String("id")).toDouble()) + 1);
    }
    return next;
}

qint64 Workspace::nextDestinationId() const
{
    return nextAfterDeleted(nextKey(destinations, [](const Destination &d) { return d.id; }),
                            aamDeleted, QStringLiteral("destination"));
}

qint64 Workspace::nextMappingId() const
{
    return nextAfterDeleted(nextKey(mappings, [](const SegmentMapping &m) { return m.id; }),
                            aamDeleted, QStringLiteral("mapping"));
}

qint64 Workspace::nextSegmentId() const
{
    return nextKey(segments, [](const Segment &s) { return s.sid; });
}

} // namespace dcsdesk
