#pragma once

#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QHash>
#include <QMap>
#include <QVector>
#include <QSet>
#include <QString>

namespace dcsdesk {

// The Audience Manager account the sandbox's REST API serves: destinations, their mappings and
// the segments as REST objects. Loaded from a workspace (each object as the workspace exports it:
// its REST snapshot with the user's edits on it, or built from the model), then changed only by
// REST calls, in memory: nothing is written back to the workspace file. Applies the documented
// rules (aam-rest.md): server-to-server destinations are served but cannot be created, changed or
// deleted; a destination that still has mappings cannot be deleted. Not thread-safe on its own:
// AamRestApi serializes the calls.
class AamAccount
{
public:
    // What an operation gives: an HTTP status and, for 200/201, the object or list; for errors a
    // message in English (it goes into the REST error body, as the real API's do).
    struct Reply
    {
        int status = 200;
        QJsonValue body;
        QString message;
        static Reply error(int status, const QString &message) { return {status, {}, message}; }
    };

    void load(const Workspace &workspace);
    // The clock for createTime / updateTime (milliseconds since the epoch); tests fix it.
    void setNow(qint64 epochMs) { m_fixedNow = epochMs; }

    int destinationCount() const { return int(m_destinations.size()); }
    int mappingCount() const { return int(m_mappings.size()); }
    int segmentCount() const { return int(m_segments.size()); }

    QJsonArray destinations() const;                 // as "get all" lists them, by ID
    Reply destination(qint64 id) const;              // with its mappings
    Reply createDestination(const QJsonValue &body); // 201
    Reply updateDestination(qint64 id, const QJsonValue &body);
    Reply deleteDestination(qint64 id);               // 204
    Reply deleteDestinations(const QJsonValue &body); // bulk-delete: an array of IDs, all or none

    Reply mappings(qint64 destinationId) const;
    Reply mapping(qint64 destinationId, qint64 mappingId) const;
    Reply createMapping(qint64 destinationId, const QJsonValue &body);
    Reply createMappings(qint64 destinationId, const QJsonValue &body); // bulk-create
    Reply updateMapping(qint64 mappingId, const QJsonValue &body);
    Reply deleteMapping(qint64 destinationId, qint64 mappingId); // 204

    QJsonArray segments() const;
    Reply segment(qint64 sid) const;

    static qint64 mappingIdOf(const QJsonObject &mapping); // any of the three ID names, or 0

private:
    qint64 now() const;
    QJsonArray mappingsOf(qint64 destinationId) const;
    // Checks a mapping object for destinationId before it is stored; empty when it may be.
    Reply checkMapping(qint64 destinationId, const QJsonObject &mapping, qint64 ignoreId,
                       const QSet<qint64> &sidsTaken) const;
    QJsonObject storedMapping(qint64 destinationId, qint64 id, QJsonObject mapping) const;

    QMap<qint64, QJsonObject> m_destinations;
    QMap<qint64, QJsonObject> m_mappings;      // by mapping ID
    QMap<qint64, qint64> m_mappingDestination; // mapping ID -> destination ID
    // Destination ID -> its mapping IDs, ascending: a list or a check of one destination's
    // mappings must not walk all of the account's (100,000 at the limits).
    QHash<qint64, QVector<qint64>> m_mappingsByDestination;
    void addMappingId(qint64 destinationId, qint64 mappingId);
    QMap<qint64, QJsonObject> m_segments;      // by sid
    QSet<qint64> m_serverToServer;             // destinations the API cannot change
    qint64 m_fixedNow = 0;
};

} // namespace dcsdesk
