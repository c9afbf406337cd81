#pragma once

#include "domain/destination.h"
#include "domain/mapping.h"
#include "domain/profile.h"
#include "domain/segment.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// Everything a user owns in one workspace file: the account's catalogue (segments, destinations,
// mappings), connection profiles, the sandbox's settings and the console's saved requests. A
// plain value; WorkspaceDocument wraps it with undo and signals.
struct Workspace
{
    static constexpr int FormatVersion = 2;

    QString name;
    QVector<Profile> profiles;
    QVector<Segment> segments;
    QVector<Destination> destinations;
    QVector<SegmentMapping> mappings;
    QStringList optedOutIds;     // sandbox: IDs that answer error 171
    QJsonObject sandboxSettings; // sandbox tuning (rate limit, profile TTL); see docs/sandbox.md
    QJsonArray savedRequests;    // console requests saved by the user
    QJsonArray savedRequestFolders; // folder paths of the saved requests (lists of names)
    QJsonArray environments;     // named sets of {{variable}} values; see docs/workspace-format.md
    // Pulled destinations and mappings the user deleted, each {kind, id, destinationId, remote}:
    // what a push deletes in the account (see docs/workspace-format.md, "aamDeleted").
    QJsonArray aamDeleted;
    QJsonObject unknownKeys;     // top-level keys of newer versions, kept on a round trip

    // O(1) lookups; rebuildIndex() after any structural change.
    void rebuildIndex();
    int destinationIndex(qint64 id) const { return m_destinationIndex.value(id, -1); }
    int segmentIndex(qint64 sid) const { return m_segmentIndex.value(sid, -1); }
    int mappingIndex(qint64 id) const { return m_mappingIndex.value(id, -1); }
    const Destination *destination(qint64 id) const;
    const Segment *segment(qint64 sid) const;
    const Profile *profile(const QString &name) const;

    QVector<int> mappingIndexesOf(qint64 destinationId) const; // in file order
    int mappingCountOf(qint64 destinationId) const;
    int destinationCountOfSegment(qint64 sid) const; // destinations the segment is mapped to

    qint64 nextDestinationId() const;
    qint64 nextMappingId() const;
    qint64 nextSegmentId() const;

private:
    QHash<qint64, int> m_destinationIndex;
    QHash<qint64, int> m_segmentIndex;
    QHash<qint64, int> m_mappingIndex;
    QHash<qint64, QVector<int>> m_mappingsByDestination;
};

} // namespace dcsdesk
