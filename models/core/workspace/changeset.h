#pragma once

#include "workspace.h"

#include <optional>

namespace dcsdesk {

enum class EntityKind { Profile, Segment, Destination, Mapping };

// A batch of edits to a workspace: what to add, what to replace (by key) and what to remove (by
// key). Every user edit - one field or an import of thousands of rows - is expressed as one, so a
// single undo command type covers them all and a bulk action is always one undo step.
struct ChangeSet
{
    QVector<Profile> addProfiles;
    QVector<QPair<int, Profile>> updateProfiles; // by index: a profile's name can change
    QVector<int> removeProfiles;

    QVector<Segment> addSegments;
    QVector<Segment> updateSegments; // by sid
    QVector<qint64> removeSegments;

    QVector<Destination> addDestinations;
    QVector<Destination> updateDestinations; // by id
    QVector<qint64> removeDestinations;

    QVector<SegmentMapping> addMappings;
    QVector<SegmentMapping> updateMappings; // by id
    QVector<qint64> removeMappings;

    // The console's saved requests are replaced as a whole (a short list of DcsRequest JSON).
    std::optional<QJsonArray> savedRequests;
    // Their folders that exist on their own (empty ones too), replaced as a whole likewise.
    std::optional<QJsonArray> savedRequestFolders;
    // The environments ({{variable}} values) are replaced as a whole likewise.
    std::optional<QJsonArray> environments;
    // Workspace::aamDeleted replaced as a whole. Unset, removing a destination or mapping that
    // holds a REST snapshot records it there (and adding one back forgets it), so a push can
    // delete it in the account; set (a pull, a push's write-back), the list is exactly this.
    std::optional<QJsonArray> aamDeleted;

    bool isEmpty() const;
    int size() const;
};

} // namespace dcsdesk
