#include "aamdeletedlist.h"

#include "system/jsonnumber.h"

namespace dcsdesk {

namespace {

const QString kKindKey = QStringLiteral("kind");
const QString kIdKey = QStringLiteral("id");
const QString kDestinationIdKey = QStringLiteral("destinationId");
const QString kRemoteKey = QStringLiteral("remote");
const QString kDestinationKind = QStringLiteral("destination");
const QString kMappingKind = QStringLiteral("mapping");

QPair<int, qint64> keyOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QString kind = o.value(kKindKey).toString();
    const EntityKind k = kind == kDestinationKind ? EntityKind::Destination : EntityKind::Mapping;
    return {int(k), idOf(o.value(kIdKey)).value_or(0)};
}

} // namespace

QVector<AamDeletedList::Entry> AamDeletedList::read(const QJsonArray &list, QStringList *problems)
{
    QVector<Entry> entries;
    entries.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString kind = o.value(kKindKey).toString();
        Entry entry;
        entry.kind = kind == kDestinationKind ? EntityKind::Destination : EntityKind::Mapping;
        entry.id = idOf(o.value(kIdKey)).value_or(0);
        entry.destinationId = idOf(o.value(kDestinationIdKey)).value_or(0);
        entry.remote = o.value(kRemoteKey).toObject();
        if ((kind != kDestinationKind && kind != kMappingKind) || entry.id <= 0 ||
            entry.remote.isEmpty()) {
            if (problems)
                problems->append(tr("Entry %1 of “aamDeleted” is not a deleted destination or "
                                    "mapping (kind, id and remote); it is ignored, and nothing "
                                    "is deleted in the account for it.")
                                     .arg(i + 1));
            continue;
        }
        if (entry.kind == EntityKind::Destination)
            entry.destinationId = entry.id;
        entries.append(entry);
    }
    return entries;
}

QJsonObject AamDeletedList::toJson(const Entry &entry)
{
    return QJsonObject{
        {kKindKey, entry.kind == EntityKind::Destination ? kDestinationKind : kMappingKind},
        {kIdKey, entry.id},
        {kDestinationIdKey, entry.destinationId},
        {kRemoteKey, entry.remote}};
}

QJsonArray AamDeletedList::afterChange(const QJsonArray &list,
                                       const QVector<QPair<int, Destination>> &removedDestinations,
                                       const QVector<QPair<int, SegmentMapping>> &removedMappings,
                                       const QVector<Destination> &addedDestinations,
                                       const QVector<SegmentMapping> &addedMappings)
{
    QSet<QPair<int, qint64>> back;
    for (const Destination &d : addedDestinations) {
        if (!d.remote.isEmpty())
            back.insert({int(EntityKind::Destination), d.id});
    }
    for (const SegmentMapping &m : addedMappings) {
        if (!m.remote.isEmpty())
            back.insert({int(EntityKind::Mapping), m.id});
    }
    QJsonArray next = back.isEmpty() ? list : without(list, back);
    QSet<QPair<int, qint64>> listed;
    for (const QJsonValue &v : next)
        listed.insert(keyOf(v));
    const auto record = [&](EntityKind kind, qint64 id, qint64 destinationId,
                            const QJsonObject &remote) {
        if (remote.isEmpty() || listed.contains({int(kind), id}))
            return;
        listed.insert({int(kind), id});
        next.append(toJson(Entry{kind, id, destinationId, remote}));
    };
    for (const auto &removed : removedMappings)
        record(EntityKind::Mapping, removed.second.id, removed.second.destinationId,
               removed.second.remote);
    for (const auto &removed : removedDestinations)
        record(EntityKind::Destination, removed.second.id, removed.second.id,
               removed.second.remote);
    return next;
}

QJsonArray AamDeletedList::without(const QJsonArray &list, const QSet<QPair<int, qint64>> &keys)
{
    QJsonArray kept;
    for (const QJsonValue &v : list) {
        if (!keys.contains(keyOf(v)))
            kept.append(v);
    }
    return kept;
}

} // namespace dcsdesk
