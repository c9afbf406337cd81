#include "sandboxidcalls.h"

#include "calls/eventcall.h"
#include "profilestore.h"
#include "sandboxengine.h"
#include "sandboxindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace dcsdesk {

namespace {

constexpr int IdSyncTtlSeconds = 7 * 24 * 3600;
constexpr int OptOutTtlSeconds = 7200; // visitorapi's default d_ottl (domain.md §2.3)
constexpr int NoTargetMaxAge = 10 * 365 * 24 * 3600; // demdex=NOTARGET lives 10 years (§4.3)

bool isUuid(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{38}$"));
    return digits.match(s).hasMatch();
}

// The value of one cookie of the Cookie header, or a null QString.
QString cookieValue(const HttpRequest &request, const char *name)
{
    const QByteArray header = request.header(QByteArrayLiteral("Cookie"));
    for (const QByteArray &part : header.split(';')) {
        const QByteArray pair = part.trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq) == name)
            return QString::fromLatin1(pair.mid(eq + 1));
    }
    return {};
}

// d_cid / d_cid_ic values as "cid:<dpid>:<id>" / "ic:<code>:<id>" links, and the bare IDs.
struct DeclaredIds
{
    QStringList links;
    QStringList ids;
};

DeclaredIds declaredIdsOf(const EventCall &call)
{
    DeclaredIds out;
    for (const EventCall::Param &p : call.params) {
        const bool isCode = p.key == QLatin1String("d_cid_ic");
        if (!isCode && p.key != QLatin1String("d_cid"))
            continue;
        const QStringList parts = p.value.split(QChar(0x01));
        if (parts.size() < 2 || parts[0].isEmpty() || parts[1].isEmpty())
            continue;
        out.links.append(ProfileStore::declaredLink(isCode, parts[0], parts[1]));
        out.ids.append(parts[1]);
    }
    return out;
}

HttpResponse noStore(HttpResponse response)
{
    response.setHeader(QByteArrayLiteral("Cache-Control"),
                       QByteArrayLiteral("no-cache, no-store, must-revalidate"));
    return response;
}

QByteArray detail(const QString &text)
{
    // Header values stay printable ASCII; IDs are digits and letters, URLs are encoded.
    QByteArray out = text.toUtf8();
    for (char &c : out) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            c = '?';
    }
    return out;
}

} // namespace

SandboxIdCalls::SandboxIdCalls(const SandboxIndex &index, ProfileStore &profiles, qint64 nowMs)
    : m_index(index), m_profiles(profiles), m_nowMs(nowMs)
{
}

ProfileStore::Result SandboxIdCalls::visit(const QString &uuid, const QStringList &links)
{
    ProfileStore::Visit visit;
    visit.uuid = uuid;
    visit.links = links;
    visit.nowMs = m_nowMs;
    return m_profiles.visit(visit, m_index.settings);
}

HttpResponse SandboxIdCalls::rateLimited(qint64 retryAfterMs)
{
    return HttpResponse::tooManyRequests(
        retryAfterMs, "Too many calls for this user. Wait for each answer before the next call "
                      "(sandbox rateLimit setting).");
}

QByteArray SandboxIdCalls::pixelJpeg()
{
    static const unsigned char jpeg[] = {
        0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x01, 0x00,
        0x60, 0x00, 0x60, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x10, 0x0b, 0x0c, 0x0e, 0x0c,
        0x0a, 0x10, 0x0e, 0x0d, 0x0e, 0x12, 0x11, 0x10, 0x13, 0x18, 0x28, 0x1a, 0x18, 0x16, 0x16,
        0x18, 0x31, 0x23, 0x25, 0x1d, 0x28, 0x3a, 0x33, 0x3d, 0x3c, 0x39, 0x33, 0x38, 0x37, 0x40,
        0x48, 0x5c, 0x4e, 0x40, 0x44, 0x57, 0x45, 0x37, 0x38, 0x50, 0x6d, 0x51, 0x57, 0x5f, 0x62,
        0x67, 0x68, 0x67, 0x3e, 0x4d, 0x71, 0x79, 0x70, 0x64, 0x78, 0x5c, 0x65, 0x67, 0x63, 0xff,
        0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xff, 0xc4, 0x00,
        0x1f, 0x00, 0x00, 0x01, 0x05, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b,
        0xff, 0xc4, 0x00, 0xb5, 0x10, 0x00, 0x02, 0x01, 0x03, 0x03, 0x02, 0x04, 0x03, 0x05, 0x05,
        0x04, 0x04, 0x00, 0x00, 0x01, 0x7d, 0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21,
        0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08,
        0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a,
        0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37,
        0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56,
        0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75,
        0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93,
        0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9,
        0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6,
        0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
        0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7,
        0xf8, 0xf9, 0xfa, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0xf4, 0x0a,
        0xff, 0xd9};
    return QByteArray::fromRawData(reinterpret_cast<const char *>(jpeg), sizeof jpeg);
}

HttpResponse SandboxIdCalls::answer(DcsEndpoint::Kind endpoint, const HttpRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r =
            HttpResponse::plain(405, "Method not allowed: Adobe documents this DCS call as a GET.");
        r.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        return r;
    }
    switch (endpoint) {
    case DcsEndpoint::Kind::OptOut:
        return optOut(request);
    case DcsEndpoint::Kind::IdSync:
        return idSync(request);
    case DcsEndpoint::Kind::IdService:
        return idService(request);
    case DcsEndpoint::Kind::Event:
    case DcsEndpoint::Kind::Other:
        break;
    }
    return HttpResponse::plain(404, "Not found.");
}

// data-privacy-requests.md: d_uuid, d_mid + d_orgid, d_cid / d_cid_ic (partner level), or the
// demdex cookie (global). A declared ID also opts out the last device linked to it.
HttpResponse SandboxIdCalls::optOut(const HttpRequest &request)
{
    const EventCall call = EventCall::parse(request.query(), QByteArray(), QByteArray());
    QStringList ids;
    QStringList said;
    const QString uuid = call.value(QStringLiteral("d_uuid"));
    if (!uuid.isEmpty()) {
        ids.append(uuid);
        said.append(QStringLiteral("d_uuid ") + uuid);
    }
    const QString mid = call.value(QStringLiteral("d_mid"));
    if (!mid.isEmpty()) {
        ids.append(mid);
        said.append(QStringLiteral("d_mid ") + mid);
        const QString linked = m_profiles.uuidOfLink(ProfileStore::midLink(mid));
        if (!linked.isEmpty())
            ids.append(linked);
    }
    const DeclaredIds declared = declaredIdsOf(call);
    for (int i = 0; i < declared.ids.size(); ++i) {
        ids.append(declared.ids[i]);
        said.append(QStringLiteral("declared ID ") + declared.ids[i]);
        const QString linked = m_profiles.uuidOfLink(declared.links[i]);
        if (!linked.isEmpty()) {
            ids.append(linked);
            said.append(QStringLiteral("its last device ") + linked);
        }
    }
    const QString cookie = cookieValue(request, "demdex");
    if (isUuid(cookie)) {
        ids.append(cookie);
        said.append(QStringLiteral("demdex cookie ") + cookie);
    }
    if (ids.isEmpty()) {
        HttpResponse r = HttpResponse::plain(
            400, "No ID to opt out. Send d_uuid=<AAM UUID>, d_mid=<ECID>&d_orgid=<org ID>, "
                 "d_cid=<data source ID>%01<user ID>, d_cid_ic=<integration code>%01<user ID>, "
                 "or the cookie demdex=<AAM UUID>.");
        r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"),
                    QByteArrayLiteral("opt-out refused: the call names no ID"));
        return noStore(r);
    }
    m_profiles.optOut(ids);
    m_uuid = uuid.isEmpty() ? cookie : uuid;

    HttpResponse r(200, QByteArrayLiteral("image/jpeg"), pixelJpeg());
    r.setHeader(QByteArrayLiteral("Set-Cookie"),
                "demdex=NOTARGET; Max-Age=" + QByteArray::number(NoTargetMaxAge) +
                    "; Path=/; Secure; SameSite=None");
    r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"),
                detail(QStringLiteral("opted out for this sandbox run (later calls answer error "
                                      "171): ") +
                       said.join(QStringLiteral(", "))));
    return noStore(r);
}

// id-sync-http.md: /ibs:dpid=<VENDOR_ID>&dpuuid=<VENDOR_UUID>&redir=<URL with ${DD_UUID}>, or
// /ibs:d_cid=... The user is the d_uuid of the call or the demdex cookie, else a new one.
HttpResponse SandboxIdCalls::idSync(const HttpRequest &request)
{
    const QByteArray path = request.path();
    const qsizetype colon = path.indexOf(':');
    const QByteArray pairs = colon < 0 ? QByteArray() : path.mid(colon + 1);
    EventCall call = EventCall::parse(pairs, QByteArray(), QByteArray());
    call.addPairs(request.query());
    if (call.hasBadEncoding) {
        m_errors.append(311);
        HttpResponse r(200, QByteArrayLiteral("image/gif"), SandboxEngine::transparentGif());
        r.setHeader(QByteArrayLiteral("X-Error"), QByteArrayLiteral("311"));
        r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"),
                    QByteArrayLiteral("bad percent-encoding in parameter ") +
                        QUrl::toPercentEncoding(call.badParameterKey));
        return noStore(r);
    }

    QStringList links = declaredIdsOf(call).links;
    const QString dpid = call.value(QStringLiteral("dpid"));
    const QString dpuuid = call.value(QStringLiteral("dpuuid"));
    if (!dpid.isEmpty() && !dpuuid.isEmpty())
        links.prepend(ProfileStore::declaredLink(false, dpid, dpuuid));
    if (links.isEmpty()) {
        HttpResponse r = HttpResponse::plain(
            400, "No ID to sync. Send /ibs:dpid=<VENDOR_ID>&dpuuid=<VENDOR_UUID>"
                 "&redir=<encoded URL with ${DD_UUID}>, or /ibs:d_cid=<data source ID>%01<user "
                 "ID>.");
        r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"),
                    QByteArrayLiteral("ID sync refused: no dpid and dpuuid, no d_cid"));
        return noStore(r);
    }

    QString uuid = call.value(QStringLiteral("d_uuid"));
    if (!isUuid(uuid))
        uuid = cookieValue(request, "demdex");
    if (!isUuid(uuid))
        uuid.clear();
    bool optedOut =
        !uuid.isEmpty() && (m_index.optedOutIds.contains(uuid) || m_profiles.isOptedOut(uuid));
    if (!optedOut) {
        const ProfileStore::Result profile = visit(uuid, links);
        if (profile.rateLimited) {
            return rateLimited(profile.retryAfterMs);
        }
        uuid = profile.uuid;
    }
    m_uuid = uuid;

    HttpResponse r;
    const QString redir = call.value(QStringLiteral("redir"));
    if (optedOut) {
        m_errors.append(171);
        r = HttpResponse(200, QByteArrayLiteral("image/gif"), SandboxEngine::transparentGif());
        r.setHeader(QByteArrayLiteral("X-Error"), QByteArrayLiteral("171"));
        r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"),
                    detail(QStringLiteral("ID sync not recorded: user %1 opted out").arg(uuid)));
        return noStore(r);
    }
    QString location = redir;
    location.replace(DcsEndpoint::uuidMacro(), uuid);
    const QUrl target(location, QUrl::StrictMode);
    const QString scheme = target.scheme().toLower();
    const bool redirects = !redir.isEmpty() && target.isValid() && !target.host().isEmpty() &&
                           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    if (redirects) {
        r = HttpResponse(302, QByteArray(), QByteArray());
        r.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
    } else {
        r = HttpResponse(200, QByteArrayLiteral("image/gif"), SandboxEngine::transparentGif());
    }
    r.setHeader(QByteArrayLiteral("Set-Cookie"),
                "demdex=" + uuid.toLatin1() + "; Max-Age=15552000; Path=/; Secure; SameSite=None");
    QString said = QStringLiteral("ID sync recorded: %1 linked to AAM UUID %2")
                       .arg(links.join(QStringLiteral(", ")), uuid);
    if (!redir.isEmpty() && !redirects)
        said += QStringLiteral("; redir is not an http(s) URL, so no redirect");
    r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"), detail(said));
    return noStore(r);
}

// The ID service (domain.md §2.3, §7): an Experience Cloud ID for the org, linked to a profile so
// later /event calls with d_mid find it, in the fields visitorapi reads.
HttpResponse SandboxIdCalls::idService(const HttpRequest &request)
{
    const EventCall call = EventCall::parse(request.query(), QByteArray(), QByteArray());
    QJsonObject o;
    QJsonArray errors;
    const auto error = [&](int code, const QString &id = QString()) {
        m_errors.append(code);
        QString message = SandboxEngine::errorMessage(code);
        if (message.contains(QLatin1String("%1")))
            message = message.arg(id);
        errors.append(
            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("msg"), message}});
    };

    const QString orgId = call.value(QStringLiteral("d_orgid"));
    if (!orgId.isEmpty() && !m_index.orgIds.contains(orgId))
        error(2, orgId);
    QString mid = call.value(QStringLiteral("d_mid"));
    if (!mid.isEmpty() && !isUuid(mid)) {
        error(101, mid);
        mid.clear();
    }
    const DeclaredIds declared = declaredIdsOf(call);
    QStringList links = declared.links;
    QString uuid;
    if (!mid.isEmpty())
        uuid = m_profiles.uuidOfLink(ProfileStore::midLink(mid));
    for (int i = 0; uuid.isEmpty() && i < links.size(); ++i)
        uuid = m_profiles.uuidOfLink(links[i]);
    QStringList callIds = declared.ids;
    if (!mid.isEmpty())
        callIds.append(mid);
    if (!uuid.isEmpty())
        callIds.append(uuid);
    bool optedOut = false;
    for (const QString &id : std::as_const(callIds))
        optedOut |= m_index.optedOutIds.contains(id) || m_profiles.isOptedOut(id);

    if (optedOut) {
        error(171, callIds.value(0));
        o.insert(QStringLiteral("d_optout"), QStringLiteral("partner"));
        o.insert(QStringLiteral("d_ottl"), OptOutTtlSeconds);
    } else {
        if (mid.isEmpty())
            mid = ProfileStore::newUuid();
        links.prepend(ProfileStore::midLink(mid));
        const ProfileStore::Result profile = visit(uuid, links);
        if (profile.rateLimited) {
            return rateLimited(profile.retryAfterMs);
        }
        m_uuid = profile.uuid;
        quint32 words[6];
        QRandomGenerator::global()->fillRange(words);
        o.insert(QStringLiteral("d_mid"), mid);
        o.insert(QStringLiteral("id_sync_ttl"), IdSyncTtlSeconds);
        o.insert(QStringLiteral("d_blob"),
                 QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                         .toBase64(QByteArray::Base64UrlEncoding |
                                                   QByteArray::OmitTrailingEquals)));
        o.insert(QStringLiteral("d_ottl"), OptOutTtlSeconds);
        // The sandbox fires no partner ID syncs of its own.
        o.insert(QStringLiteral("ibs"), QJsonArray());
    }
    o.insert(QStringLiteral("dcs_region"), m_index.settings.dcsRegion);
    o.insert(QStringLiteral("subdomain"),
             m_index.preferredAlias.isEmpty() ? QStringLiteral("sandbox") : m_index.preferredAlias);
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), errors);

    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    static const QRegularExpression callbackName(
        QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"));
    const QString callback = call.value(QStringLiteral("d_cb"));
    HttpResponse r =
        callback.size() <= 128 && callbackName.match(callback).hasMatch()
            ? HttpResponse(200, QByteArrayLiteral("application/javascript; charset=utf-8"),
                           callback.toUtf8() + '(' + json + ')')
            : HttpResponse(200, QByteArrayLiteral("application/json; charset=utf-8"), json);
    if (!m_errors.isEmpty()) {
        QByteArray codes;
        for (int code : std::as_const(m_errors))
            codes += (codes.isEmpty() ? "" : ",") + QByteArray::number(code);
        r.setHeader(QByteArrayLiteral("X-Error"), codes);
    }
    r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"),
                detail(optedOut ? QStringLiteral("ID service: the user opted out")
                                : QStringLiteral("ID service: d_mid %1 linked to AAM UUID %2")
                                      .arg(mid, m_uuid)));
    return noStore(r);
}

} // namespace dcsdesk
