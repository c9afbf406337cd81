#pragma once

#include <QJsonObject>

namespace dcsdesk {

// Puts a user's edits back on the REST object the account returned. The exporter writes the
// object twice from the model, once as the snapshot meant it ("before") and once as it is now
// ("after"); only keys whose value differs between the two are edits. Everything else - the
// account's own fields, unknown fields, a key's spelling (destinationMappingId, orderId), its
// case ("ALL_DOMAINS"), its type (1 or "active", "2048" or 2048), null or absent - stays exactly
// as the account sent it.
class AamRestOverlay
{
public:
    static QJsonObject apply(const QJsonObject &remote, const QJsonObject &before,
                             const QJsonObject &after);
    // An edited value written in the style of the value it replaces (text or number, capitals).
    static QJsonValue styled(const QJsonValue &value, const QJsonValue &replaced);
};

} // namespace dcsdesk
