#pragma once

#include "domain/profile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// One key of a DCS call that the request does not model as a field: c_, p_, h_, d_ or
// unprefixed. Several values make a serialized signal (key=v1,v2,v3).
struct DcsSignal
{
    QString key;
    QStringList values;
    bool raw = false;    // values are already percent-encoded and go out exactly as typed
    bool enabled = true; // disabled rows stay in the request but are not sent

    bool operator==(const DcsSignal &o) const;
    bool operator!=(const DcsSignal &o) const { return !(*this == o); }
};

// A declared customer ID: d_cid=<data source ID>%01<user ID> or
// d_cid_ic=<integration code>%01<user ID>, with an optional third part, the auth state.
struct DeclaredId
{
    enum class Kind { DataSource, IntegrationCode };
    enum AuthState { NoAuthState = -1, Unknown = 0, Authenticated = 1, LoggedOut = 2 };

    Kind kind = Kind::DataSource;
    QString ns; // data source ID (DPID) or integration code
    QString id;
    int authState = NoAuthState;
    bool enabled = true;

    QString key() const; // "d_cid" or "d_cid_ic"
    bool operator==(const DeclaredId &o) const;
    bool operator!=(const DeclaredId &o) const { return !(*this == o); }
};

// What a user means to send to the DCS, independent of where it goes (the Profile says that).
// Values are kept decoded; DcsRequestBuilder encodes them. Saved in the workspace's
// savedRequests and in the console's history, so it round-trips through JSON without loss.
struct DcsRequest
{
    enum class Method { Get, Post };

    QString name; // for saved requests; not sent
    Method method = Method::Get;
    QString path = QStringLiteral("/event");
    Profile::IdKind userIdKind = Profile::IdKind::Uuid;
    QString userId;       // empty: the profile's default user ID (and kind and org ID) is used
    QString orgId;        // d_orgid, goes with d_mid
    bool rtbdJson = true; // d_rtbd=json
    QString jsonVersion = QStringLiteral("1"); // d_jsonv; empty = not sent
    bool destinations = false;                 // d_dst=1
    int cts = 0;                               // d_cts: 0 = not sent, 1 legacy IDs, 2 segment IDs
    QString callback;                          // d_cb
    QString platform;                          // d_ptfm
    QString sid;                               // d_sid
    QString tdpid;                             // d_tdpid
    QVector<DcsSignal> signalList;
    QVector<DeclaredId> declaredIds;
    QVector<DcsHeader> headers;
    QJsonObject unknownKeys; // keys of newer versions, kept on a round trip

    QJsonObject toJson() const;
    // Lenient: missing keys take their defaults; a wrong type gives an error naming the key.
    static DcsRequest fromJson(const QJsonObject &json, QString *error = nullptr);

    static QString methodName(Method m); // "GET" / "POST"

    bool operator==(const DcsRequest &o) const;
    bool operator!=(const DcsRequest &o) const { return !(*this == o); }
};

} // namespace dcsdesk
