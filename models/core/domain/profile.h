#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

namespace dcsdesk {

// An extra HTTP header (User-Agent, Accept-Language, X-Forwarded-For ...), of a request or a
// profile's defaults. The Host header is not one of them: it always comes from the alias.
struct DcsHeader
{
    QString name;
    QString value;
    bool enabled = true;

    bool operator==(const DcsHeader &o) const;
    bool operator!=(const DcsHeader &o) const { return !(*this == o); }
};

// A named set of connection defaults for the request console and batch runner: which partner
// alias to put in the Host header, which DCS region (or the local sandbox, or a custom base URL)
// to send to, and which user ID to use when the user gives none.
struct Profile
{
    enum Field {
        Name,
        Alias,
        RegionId,
        CustomBaseUrl,
        DefaultUserId,
        UserIdKind,
        OrgId,
        CaFile,
        PinnedPublicKey,
        Headers, // QVector<DcsHeader> in the QVariant
        FieldCount
    };
    enum class IdKind { Uuid, Mid };
    static constexpr int SandboxRegion = -1; // "Local sandbox", the default of a new profile

    QString name;
    QString alias; // domain alias: <alias>.demdex.net
    int regionId = SandboxRegion;
    QString customBaseUrl; // overrides the region when set, e.g. http://127.0.0.1:8080
    QString defaultUserId;
    IdKind idKind = IdKind::Uuid;
    QString orgId; // d_orgid, goes with d_mid
    // TLS on this profile's terms: a PEM file of certificates trusted instead of the system's,
    // and a server key trusted as "sha256//BASE64" (curl's pin form) whatever signed it.
    QString caFile;
    QString pinnedPublicKey;
    // Sent with every call of this profile, after Host and User-Agent and before the request's
    // own headers; a request header of the same name replaces the profile's.
    QVector<DcsHeader> headers;
    QJsonObject unknownKeys;

    QVariant field(int f) const;
    void setField(int f, const QVariant &value);
    QString key() const { return name; }

    bool operator==(const Profile &o) const;
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

} // namespace dcsdesk
