#include "aamaccount.h"

#include "aam/aamrestjson.h"
#include "aam/aamrestreader.h"
#include "aam/aamrestwriter.h"

#include <QDateTime>

#include <algorithm>

namespace dcsdesk {

namespace {

const QString kMappings = QStringLiteral("mappings");
const QString kDestinationId = QStringLiteral("destinationId");
const QString kDestinationType = QStringLiteral("destinationType");
const char *const kMappingIdKeys[] = {"destinationMappingId", "mappingId", "traitToDataOrderId"};

bool readId(const QJsonValue &v, qint64 *out)
{
    return aamrest::readInteger(v, out) && *out > 0;
}

// PUSH (URL) and ADS (cookie) are the types the API creates; anything else is refused.
bool isCreatableType(const QJsonValue &v)
{
    const QString type = v.toString().toUpper();
    return type == QLatin1String("PUSH") || type == QLatin1String("ADS");
}

QString typeProblem(const QJsonObject &o)
{
    if (!o.contains(kDestinationType))
        return QStringLiteral("destinationType is required: PUSH (URL) or ADS (cookie).");
    if (!isCreatableType(o.value(kDestinationType)))
        return QStringLiteral("Server-to-server destinations cannot be created or changed through "
                              "the API; destinationType must be PUSH (URL) or ADS (cookie), not "
                              "%1.")
            .arg(aamrest::shortJson(o.value(kDestinationType)));
    return QString();
}

} // namespace

qint64 AamAccount::now() const
{
    return m_fixedNow > 0 ? m_fixedNow : QDateTime::currentMSecsSinceEpoch();
}

qint64 AamAccount::mappingIdOf(const QJsonObject &mapping)
{
    for (const char *key : kMappingIdKeys) {
        qint64 id = 0;
        if (readId(mapping.value(QLatin1String(key)), &id))
            return id;
    }
    return 0;
}

void AamAccount::load(const Workspace &ws)
{
    m_destinations.clear();
    m_mappings.clear();
    m_mappingDestination.clear();
    m_mappingsByDestination.clear();
    m_segments.clear();
    m_serverToServer.clear();
    AamRestWriter::Options plain;
    plain.includeMappings = false;
    plain.includeDcsDeskFields = false;
    AamRestWriter::Options extended = plain;
    extended.includeDcsDeskFields = true;
    for (const Destination &d : ws.destinations) {
        const bool s2s = d.type == Destination::Type::ServerToServer;
        // A server-to-server destination that never came from the API has no REST type: DCS
        // Desk's extension says what it is, as an export with DCS Desk's fields does. A snapshot
        // that holds the extension keeps it.
        const bool withExtension = (s2s && d.remote.isEmpty()) ||
                                   d.remote.contains(QLatin1String(AamRestReader::ExtensionKey));
        QJsonObject o = AamRestWriter::destinationToRest(d, ws, withExtension ? extended : plain);
        if (d.remote.value(kMappings).isArray())
            o.insert(kMappings, QJsonArray()); // listed by GET one, as the account would
        m_destinations.insert(d.id, o);
        if (s2s)
            m_serverToServer.insert(d.id);
    }
    for (const SegmentMapping &m : ws.mappings) {
        const Destination *d = ws.destination(m.destinationId);
        if (!d)
            continue;
        m_mappings.insert(m.id, AamRestWriter::mappingToRest(m, *d, ws));
        m_mappingDestination.insert(m.id, m.destinationId);
    }
    for (auto it = m_mappingDestination.cbegin(); it != m_mappingDestination.cend(); ++it)
        m_mappingsByDestination[it.value()].append(it.key()); // in ID order
    for (const Segment &s : ws.segments)
        m_segments.insert(s.sid, AamRestWriter::segmentToRest(s));
}

QJsonArray AamAccount::destinations() const
{
    QJsonArray list;
    for (const QJsonObject &o : m_destinations)
        list.append(o);
    return list;
}

QJsonArray AamAccount::mappingsOf(qint64 destinationId) const
{
    QJsonArray list;
    for (const qint64 id : m_mappingsByDestination.value(destinationId))
        list.append(m_mappings.value(id));
    return list;
}

void AamAccount::addMappingId(qint64 destinationId, qint64 mappingId)
{
    QVector<qint64> &ids = m_mappingsByDestination[destinationId];
    ids.insert(std::lower_bound(ids.begin(), ids.end(), mappingId), mappingId);
}

AamAccount::Reply AamAccount::destination(qint64 id) const
{
    const auto it = m_destinations.constFind(id);
    if (it == m_destinations.constEnd())
        return Reply::error(404, QStringLiteral("Destination %1 does not exist.").arg(id));
    QJsonObject o = it.value();
    const QJsonArray mappings = mappingsOf(id);
    if (!mappings.isEmpty() || o.value(kMappings).isArray())
        o.insert(kMappings, mappings);
    return {200, o, {}};
}

AamAccount::Reply AamAccount::createDestination(const QJsonValue &body)
{
    if (!body.isObject())
        return Reply::error(400, QStringLiteral("The body must be one destination object."));
    QJsonObject o = body.toObject();
    const QString problem = typeProblem(o);
    if (!problem.isEmpty())
        return Reply::error(400, problem);
    if (o.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return Reply::error(400, QStringLiteral("name is required."));
    if (o.value(kMappings).isArray() && !o.value(kMappings).toArray().isEmpty())
        return Reply::error(400, QStringLiteral("Create a destination without mappings, then add "
                                                "them with POST /v1/destinations/<id>/mappings/."));
    const qint64 id = m_destinations.isEmpty() ? 1 : m_destinations.lastKey() + 1;
    o.insert(kDestinationId, id);
    o.insert(QStringLiteral("createTime"), now());
    o.insert(QStringLiteral("updateTime"), now());
    if (!o.contains(QStringLiteral("status")))
        o.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    o.insert(kMappings, QJsonValue::Null);
    m_destinations.insert(id, o);
    return {201, o, {}};
}

AamAccount::Reply AamAccount::updateDestination(qint64 id, const QJsonValue &body)
{
    auto it = m_destinations.find(id);
    if (it == m_destinations.end())
        return Reply::error(404, QStringLiteral("Destination %1 does not exist.").arg(id));
    if (m_serverToServer.contains(id))
        return Reply::error(403, QStringLiteral("Destination %1 is a server-to-server "
                                                "destination; the API cannot change it.")
                                     .arg(id));
    if (!body.isObject())
        return Reply::error(400, QStringLiteral("The body must be one destination object."));
    const QJsonObject changes = body.toObject();
    qint64 bodyId = 0;
    if (changes.contains(kDestinationId) &&
        (!readId(changes.value(kDestinationId), &bodyId) || bodyId != id))
        return Reply::error(400, QStringLiteral("The body's destinationId is not %1.").arg(id));
    if (changes.contains(kDestinationType) && !isCreatableType(changes.value(kDestinationType)))
        return Reply::error(400, typeProblem(changes));
    QJsonObject &o = it.value();
    for (auto c = changes.begin(); c != changes.end(); ++c) {
        if (c.key() != kMappings && c.key() != QLatin1String("createTime"))
            o.insert(c.key(), c.value());
    }
    o.insert(kDestinationId, id);
    o.insert(QStringLiteral("updateTime"), now());
    return {201, o, {}};
}

AamAccount::Reply AamAccount::deleteDestination(qint64 id)
{
    if (!m_destinations.contains(id))
        return Reply::error(404, QStringLiteral("Destination %1 does not exist.").arg(id));
    if (m_serverToServer.contains(id))
        return Reply::error(403, QStringLiteral("Destination %1 is a server-to-server "
                                                "destination; the API cannot delete it.")
                                     .arg(id));
    const qsizetype mapped = mappingsOf(id).size();
    if (mapped > 0)
        return Reply::error(409, QStringLiteral("Destination %1 still has %2 mapped segment(s); "
                                                "delete its mappings first.")
                                     .arg(id)
                                     .arg(mapped));
    m_destinations.remove(id);
    return {204, {}, {}};
}

AamAccount::Reply AamAccount::deleteDestinations(const QJsonValue &body)
{
    const QJsonArray ids = body.toArray();
    if (!body.isArray() || ids.isEmpty())
        return Reply::error(400, QStringLiteral("The body must be an array of destination IDs."));
    QList<qint64> wanted;
    for (const QJsonValue &v : ids) {
        qint64 id = 0;
        if (!readId(v, &id))
            return Reply::error(
                400, QStringLiteral("%1 is not a destination ID.").arg(aamrest::shortJson(v)));
        wanted.append(id);
    }
    for (qint64 id : wanted) { // all or none
        if (!m_destinations.contains(id))
            return Reply::error(404, QStringLiteral("Destination %1 does not exist; nothing "
                                                    "was deleted.")
                                         .arg(id));
        if (m_serverToServer.contains(id))
            return Reply::error(403, QStringLiteral("Destination %1 is a server-to-server "
                                                    "destination; nothing was deleted.")
                                         .arg(id));
        if (!mappingsOf(id).isEmpty())
            return Reply::error(409, QStringLiteral("Destination %1 still has mapped segments; "
                                                    "nothing was deleted.")
                                         .arg(id));
    }
    for (qint64 id : wanted)
        m_destinations.remove(id);
    return {204, {}, {}};
}

AamAccount::Reply AamAccount::mappings(qint64 destinationId) const
{
    if (!m_destinations.contains(destinationId))
        return Reply::error(404,
                            QStringLiteral("Destination %1 does not exist.").arg(destinationId));
    return {200, mappingsOf(destinationId), {}};
}

AamAccount::Reply AamAccount::mapping(qint64 destinationId, qint64 mappingId) const
{
    if (!m_destinations.contains(destinationId))
        return Reply::error(404,
                            QStringLiteral("Destination %1 does not exist.").arg(destinationId));
    if (m_mappingDestination.value(mappingId) != destinationId)
        return Reply::error(
            404,
            QStringLiteral("Destination %1 has no mapping %2.").arg(destinationId).arg(mappingId));
    return {200, m_mappings.value(mappingId), {}};
}

AamAccount::Reply AamAccount::checkMapping(qint64 destinationId, const QJsonObject &m,
                                           qint64 ignoreId, const QSet<qint64> &sidsTaken) const
{
    qint64 sid = 0;
    if (!readId(m.value(QStringLiteral("sid")), &sid))
        return Reply::error(400, QStringLiteral("sid (the segment ID) is required."));
    if (!m_segments.isEmpty() && !m_segments.contains(sid))
        return Reply::error(400, QStringLiteral("Segment %1 does not exist.").arg(sid));
    bool taken = sidsTaken.contains(sid);
    const QVector<qint64> ids = m_mappingsByDestination.value(destinationId);
    for (auto it = ids.cbegin(); it != ids.cend() && !taken; ++it) {
        qint64 other = 0;
        taken = *it != ignoreId &&
                aamrest::readInteger(m_mappings.value(*it).value(QStringLiteral("sid")), &other) &&
                other == sid;
    }
    if (taken)
        return Reply::error(409, QStringLiteral("Segment %1 is already mapped to destination %2.")
                                     .arg(sid)
                                     .arg(destinationId));
    return {0, {}, {}};
}

QJsonObject AamAccount::storedMapping(qint64 destinationId, qint64 id, QJsonObject m) const
{
    bool named = false;
    for (const char *key : kMappingIdKeys) {
        if (m.contains(QLatin1String(key))) {
            m.insert(QLatin1String(key), id);
            named = true;
        }
    }
    if (!named)
        m.insert(QStringLiteral("destinationMappingId"), id);
    m.insert(kDestinationId, destinationId);
    m.insert(QStringLiteral("updateTime"), now());
    return m;
}

AamAccount::Reply AamAccount::createMapping(qint64 destinationId, const QJsonValue &body)
{
    if (!body.isObject())
        return Reply::error(400, QStringLiteral("The body must be one mapping object."));
    const Reply created = createMappings(destinationId, QJsonArray{body});
    if (created.status != 201)
        return created;
    return {201, created.body.toArray().first(), {}};
}

AamAccount::Reply AamAccount::createMappings(qint64 destinationId, const QJsonValue &body)
{
    if (!m_destinations.contains(destinationId))
        return Reply::error(404,
                            QStringLiteral("Destination %1 does not exist.").arg(destinationId));
    const QJsonArray list = body.toArray();
    if (!body.isArray() || list.isEmpty())
        return Reply::error(400, QStringLiteral("The body must be an array of mapping objects."));
    QSet<qint64> sids;
    for (const QJsonValue &v : list) { // all or none
        if (!v.isObject())
            return Reply::error(400, QStringLiteral("%1 is not a mapping object; nothing was "
                                                    "created.")
                                         .arg(aamrest::shortJson(v)));
        const Reply problem = checkMapping(destinationId, v.toObject(), 0, sids);
        if (problem.status != 0)
            return problem;
        qint64 sid = 0;
        aamrest::readInteger(v.toObject().value(QStringLiteral("sid")), &sid);
        sids.insert(sid);
    }
    QJsonArray created;
    for (const QJsonValue &v : list) {
        const qint64 id = m_mappings.isEmpty() ? 1 : m_mappings.lastKey() + 1;
        QJsonObject m = storedMapping(destinationId, id, v.toObject());
        m.insert(QStringLiteral("createTime"), now());
        m_mappings.insert(id, m);
        m_mappingDestination.insert(id, destinationId);
        addMappingId(destinationId, id);
        created.append(m);
    }
    return {201, created, {}};
}

AamAccount::Reply AamAccount::updateMapping(qint64 mappingId, const QJsonValue &body)
{
    if (!m_mappings.contains(mappingId))
        return Reply::error(404, QStringLiteral("Mapping %1 does not exist.").arg(mappingId));
    if (!body.isObject())
        return Reply::error(400, QStringLiteral("The body must be one mapping object."));
    const qint64 destinationId = m_mappingDestination.value(mappingId);
    QJsonObject merged = m_mappings.value(mappingId);
    const QJsonObject changes = body.toObject();
    for (auto c = changes.begin(); c != changes.end(); ++c) {
        if (c.key() != QLatin1String("createTime"))
            merged.insert(c.key(), c.value());
    }
    qint64 bodyDestination = 0;
    if (changes.contains(kDestinationId) &&
        (!readId(changes.value(kDestinationId), &bodyDestination) ||
         bodyDestination != destinationId))
        return Reply::error(400, QStringLiteral("Mapping %1 belongs to destination %2; it cannot "
                                                "move to another one.")
                                     .arg(mappingId)
                                     .arg(destinationId));
    const Reply problem = checkMapping(destinationId, merged, mappingId, {});
    if (problem.status != 0)
        return problem;
    const QJsonObject stored = storedMapping(destinationId, mappingId, merged);
    m_mappings.insert(mappingId, stored);
    return {201, stored, {}};
}

AamAccount::Reply AamAccount::deleteMapping(qint64 destinationId, qint64 mappingId)
{
    if (!m_destinations.contains(destinationId))
        return Reply::error(404,
                            QStringLiteral("Destination %1 does not exist.").arg(destinationId));
    if (m_mappingDestination.value(mappingId) != destinationId)
        return Reply::error(
            404,
            QStringLiteral("Destination %1 has no mapping %2.").arg(destinationId).arg(mappingId));
    m_mappings.remove(mappingId);
    m_mappingDestination.remove(mappingId);
    m_mappingsByDestination[destinationId].removeOne(mappingId);
    return {204, {}, {}};
}

QJsonArray AamAccount::segments() const
{
    QJsonArray list;
    for (const QJsonObject &o : m_segments)
        list.append(o);
    return list;
}

AamAccount::Reply AamAccount::segment(qint64 sid) const
{
    const auto it = m_segments.constFind(sid);
    if (it == m_segments.constEnd())
        return Reply::error(404, QStringLiteral("Segment %1 does not exist.").arg(sid));
    return {200, it.value(), {}};
}

} // namespace dcsdesk
