#include "dcsrequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dcsdesk {

namespace {

const QString kName = QStringLiteral("name");
const QString kMethod = QStringLiteral("method");
const QString kPath = QStringLiteral("path");
const QString kUserIdKind = QStringLiteral("userIdKind");
const QString kUserId = QStringLiteral("userId");
const QString kOrgId = QStringLiteral("orgId");
const QString kRtbd = QStringLiteral("rtbd");
const QString kJsonVersion = QStringLiteral("jsonVersion");
const QString kDst = QStringLiteral("dst");
const QString kCts = QStringLiteral("cts");
const QString kCallback = QStringLiteral("callback");
const QString kPlatform = QStringLiteral("platform");
const QString kSid = QStringLiteral("sid");
const QString kTdpid = QStringLiteral("tdpid");
const QString kSignals = QStringLiteral("signals");
const QString kDeclaredIds = QStringLiteral("declaredIds");
const QString kHeaders = QStringLiteral("headers");
const QString kKey = QStringLiteral("key");
const QString kValues = QStringLiteral("values");
const QString kRaw = QStringLiteral("raw");
const QString kEnabled = QStringLiteral("enabled");
const QString kType = QStringLiteral("type");
const QString kNamespace = QStringLiteral("namespace");
const QString kId = QStringLiteral("id");
const QString kAuthState = QStringLiteral("authState");
const QString kValue = QStringLiteral("value");

const QStringList &knownKeys()
{
    static const QStringList keys = {kName,        kMethod,   kPath,        kUserIdKind, kUserId,
                                     kOrgId,       kRtbd,     kJsonVersion, kDst,        kCts,
                                     kCallback,    kPlatform, kSid,         kTdpid,      kSignals,
                                     kDeclaredIds, kHeaders};
    return keys;
}

// Reads typed values and remembers the first type error, so one pass reports the first problem.
class Reader
{
public:
    QString error;

    QString string(const QJsonObject &o, const QString &key, const QString &fallback,
                   const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(where, key, QCoreApplication::translate("DcsRequest", "a text"));
            return fallback;
        }
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const QString &key, bool fallback, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(where, key, QCoreApplication::translate("DcsRequest", "true or false"));
            return fallback;
        }
        return v.toBool();
    }
    int integer(const QJsonObject &o, const QString &key, int fallback, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            fail(where, key, QCoreApplication::translate("DcsRequest", "a whole number"));
            return fallback;
        }
        return v.toInt();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(where, key, QCoreApplication::translate("DcsRequest", "a list"));
            return {};
        }
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject()) {
            if (error.isEmpty())
                error =
                    QCoreApplication::translate("DcsRequest", "%1 must be an object.").arg(where);
            return {};
        }
        return v.toObject();
    }

private:
    void fail(const QString &where, const QString &key, const QString &expected)
    {
        if (error.isEmpty())
            error = QCoreApplication::translate("DcsRequest", "“%1” in %2 must be %3.")
                        .arg(key, where, expected);
    }
};

} // namespace

bool DcsSignal::operator==(const DcsSignal &o) const
{
    return key == o.key && values == o.values && raw == o.raw && enabled == o.enabled;
}

QString DeclaredId::key() const
{
    return kind == Kind::IntegrationCode ? QStringLiteral("d_cid_ic") : QStringLiteral("d_cid");
}

bool DeclaredId::operator==(const DeclaredId &o) const
{
    return kind == o.kind && ns == o.ns && id == o.id && authState == o.authState &&
           enabled == o.enabled;
}

QString DcsRequest::methodName(Method m)
{
    return m == Method::Post ? QStringLiteral("POST") : QStringLiteral("GET");
}

QJsonObject DcsRequest::toJson() const
{
    QJsonObject o = unknownKeys;
    o.insert(kName, name);
    o.insert(kMethod, methodName(method));
    o.insert(kPath, path);
    o.insert(kUserIdKind, userIdKind == Profile::IdKind::Mid ? QStringLiteral("d_mid")
                                                             : QStringLiteral("d_uuid"));
    o.insert(kUserId, userId);
    o.insert(kOrgId, orgId);
    o.insert(kRtbd, rtbdJson);
    o.insert(kJsonVersion, jsonVersion);
    o.insert(kDst, destinations);
    o.insert(kCts, cts);
    o.insert(kCallback, callback);
    o.insert(kPlatform, platform);
    o.insert(kSid, sid);
    o.insert(kTdpid, tdpid);
    QJsonArray sigs;
    for (const DcsSignal &s : signalList) {
        sigs.append(QJsonObject{{kKey, s.key},
                                {kValues, QJsonArray::fromStringList(s.values)},
                                {kRaw, s.raw},
                                {kEnabled, s.enabled}});
    }
    o.insert(kSignals, sigs);
    QJsonArray ids;
    for (const DeclaredId &d : declaredIds) {
        ids.append(
            QJsonObject{{kType, d.key()},
                        {kNamespace, d.ns},
                        {kId, d.id},
                        {kAuthState, d.authState < 0 ? QJsonValue() : QJsonValue(d.authState)},
                        {kEnabled, d.enabled}});
    }
    o.insert(kDeclaredIds, ids);
    QJsonArray hs;
    for (const DcsHeader &h : headers)
        hs.append(QJsonObject{{kName, h.name}, {kValue, h.value}, {kEnabled, h.enabled}});
    o.insert(kHeaders, hs);
    return o;
}

DcsRequest DcsRequest::fromJson(const QJsonObject &json, QString *error)
{
    DcsRequest r;
    Reader rd;
    const QString where = QCoreApplication::translate("DcsRequest", "the request");
    r.name = rd.string(json, kName, QString(), where);
    const QString method = rd.string(json, kMethod, QStringLiteral("GET"), where).toUpper();
    if (method == QLatin1String("POST"))
        r.method = Method::Post;
    else if (method != QLatin1String("GET") && rd.error.isEmpty())
        rd.error =
            QCoreApplication::translate("DcsRequest", "Unknown method “%1”: use GET or POST.")
                .arg(method);
    r.path = rd.string(json, kPath, r.path, where);
    if (r.path.isEmpty())
        r.path = QStringLiteral("/event");
    const QString kind = rd.string(json, kUserIdKind, QStringLiteral("d_uuid"), where);
    r.userIdKind = kind == QLatin1String("d_mid") || kind == QLatin1String("mid")
                       ? Profile::IdKind::Mid
                       : Profile::IdKind::Uuid;
    r.userId = rd.string(json, kUserId, QString(), where);
    r.orgId = rd.string(json, kOrgId, QString(), where);
    r.rtbdJson = rd.boolean(json, kRtbd, true, where);
    r.jsonVersion = rd.string(json, kJsonVersion, r.jsonVersion, where);
    r.destinations = rd.boolean(json, kDst, false, where);
    r.cts = rd.integer(json, kCts, 0, where);
    r.callback = rd.string(json, kCallback, QString(), where);
    r.platform = rd.string(json, kPlatform, QString(), where);
    r.sid = rd.string(json, kSid, QString(), where);
    r.tdpid = rd.string(json, kTdpid, QString(), where);

    const QJsonArray sigs = rd.array(json, kSignals, where);
    for (int i = 0; i < sigs.size(); ++i) {
        const QString at = QCoreApplication::translate("DcsRequest", "signal %1").arg(i + 1);
        const QJsonObject so = rd.object(sigs.at(i), at);
        DcsSignal s;
        s.key = rd.string(so, kKey, QString(), at);
        const QJsonValue values = so.value(kValues);
        if (values.isString()) {
            s.values = QStringList{values.toString()};
        } else {
            for (const QJsonValue &v : rd.array(so, kValues, at))
                s.values.append(v.isString() ? v.toString() : v.toVariant().toString());
        }
        s.raw = rd.boolean(so, kRaw, false, at);
        s.enabled = rd.boolean(so, kEnabled, true, at);
        r.signalList.append(s);
    }
    const QJsonArray ids = rd.array(json, kDeclaredIds, where);
    for (int i = 0; i < ids.size(); ++i) {
        const QString at = QCoreApplication::translate("DcsRequest", "declared ID %1").arg(i + 1);
        const QJsonObject io = rd.object(ids.at(i), at);
        DeclaredId d;
        const QString type = rd.string(io, kType, QStringLiteral("d_cid"), at);
        d.kind = type == QLatin1String("d_cid_ic") ? DeclaredId::Kind::IntegrationCode
                                                   : DeclaredId::Kind::DataSource;
        d.ns = rd.string(io, kNamespace, QString(), at);
        d.id = rd.string(io, kId, QString(), at);
        d.authState = rd.integer(io, kAuthState, DeclaredId::NoAuthState, at);
        if (d.authState < DeclaredId::NoAuthState || d.authState > DeclaredId::LoggedOut) {
            if (rd.error.isEmpty())
                rd.error = QCoreApplication::translate("DcsRequest",
                                                       "The auth state of %1 must be 0, 1 or 2.")
                               .arg(at);
            d.authState = DeclaredId::NoAuthState;
        }
        d.enabled = rd.boolean(io, kEnabled, true, at);
        r.declaredIds.append(d);
    }
    const QJsonArray hs = rd.array(json, kHeaders, where);
    for (int i = 0; i < hs.size(); ++i) {
        const QString at = QCoreApplication::translate("DcsRequest", "header %1").arg(i + 1);
        const QJsonObject ho = rd.object(hs.at(i), at);
        r.headers.append(DcsHeader{rd.string(ho, kName, QString(), at),
                                   rd.string(ho, kValue, QString(), at),
                                   rd.boolean(ho, kEnabled, true, at)});
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            r.unknownKeys.insert(it.key(), it.value());
    }
    if (error)
        *error = rd.error;
    return r;
}

bool DcsRequest::operator==(const DcsRequest &o) const
{
    return name == o.name && method == o.method && path == o.path && userIdKind == o.userIdKind &&
           userId == o.userId && orgId == o.orgId && rtbdJson == o.rtbdJson &&
           jsonVersion == o.jsonVersion && destinations == o.destinations && cts == o.cts &&
           callback == o.callback && platform == o.platform && sid == o.sid && tdpid == o.tdpid &&
           signalList == o.signalList && declaredIds == o.declaredIds && headers == o.headers &&
           unknownKeys == o.unknownKeys;
}

} // namespace dcsdesk
