#pragma once

#include "changeset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dcsdesk {

// Workspace::aamDeleted: the destinations and mappings that came from the Audience Manager account
// (they hold a REST snapshot) and that the user deleted in the workspace. Without this record a
// deleted object would look "new in the account" to the next comparison, and a push could never
// delete it there. Each entry keeps the snapshot, so a change made in the account since the pull
// is seen as a conflict instead of being deleted unseen.
class AamDeletedList
{
    Q_DECLARE_TR_FUNCTIONS(AamDeletedList)

public:
    struct Entry
    {
        EntityKind kind = EntityKind::Mapping;
        qint64 id = 0;
        qint64 destinationId = 0;
        QJsonObject remote;
    };

    // Readable entries; *problems (translated) names each entry that is not one.
    static QVector<Entry> read(const QJsonArray &list, QStringList *problems = nullptr);
    static QJsonObject toJson(const Entry &entry);

    // The list after a change removed and added these: a removed object with a snapshot is
    // recorded, an added one with a snapshot (the same account object back) is forgotten.
    static QJsonArray afterChange(const QJsonArray &list,
                                  const QVector<QPair<int, Destination>> &removedDestinations,
                                  const QVector<QPair<int, SegmentMapping>> &removedMappings,
                                  const QVector<Destination> &addedDestinations,
                                  const QVector<SegmentMapping> &addedMappings);
    // The list without the entries of these (kind, ID) keys.
    static QJsonArray without(const QJsonArray &list, const QSet<QPair<int, qint64>> &keys);
};

} // namespace dcsdesk
