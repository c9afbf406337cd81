#include "dcsrequestbuilder.h"

#include "calls/dcsencoding.h"
#include "calls/dcsendpoint.h"
#include "dcsrequestchecker.h"
#include "domain/region.h"
#include "validation/validator.h"

#include <QCoreApplication>

namespace dcsdesk {

namespace {

// Raw keys and values go out as the user typed them (their % sequences are kept, even broken
// ones, to reproduce what a client sent), but never a byte that would end or split the query or
// break the request line: controls, space, non-ASCII, '#', '&', and '=' in a key.
QByteArray escapeUnsafe(const QByteArray &raw, bool isKey)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size());
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7F || c == '#' || c == '&' || (isKey && c == '=')) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += ch;
        }
    }
    return out;
}

void addBlocking(PreparedRequest &p, RequestFinding::Part part, const char *code,
                 const QString &message, const QString &key = QString())
{
    RequestFinding f;
    f.severity = Finding::Severity::Error;
    f.part = part;
    f.key = key;
    f.code = QString::fromLatin1(code);
    f.message = message;
    f.blocking = true;
    p.findings.append(f);
}

bool isHttpBase(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QUrl resolveBase(const Profile &profile, const QUrl &sandboxBaseUrl, PreparedRequest &p)
{
    const QString custom = profile.customBaseUrl.trimmed();
    if (!custom.isEmpty()) {
        const QUrl url(custom, QUrl::StrictMode);
        if (!isHttpBase(url) || url.hasQuery() || url.hasFragment()) {
            addBlocking(p, RequestFinding::Part::Target, "target.base-url",
                        DcsRequestBuilder::tr(
                            "The base URL “%1” is not an http:// or https:// address with a host "
                            "name (and no query). Example: http://127.0.0.1:8080")
                            .arg(custom));
            return {};
        }
        return url;
    }
    if (profile.regionId == Profile::SandboxRegion) {
        if (!isHttpBase(sandboxBaseUrl)) {
            addBlocking(p, RequestFinding::Part::Target, "target.sandbox",
                        DcsRequestBuilder::tr(
                            "The local sandbox is not running, so there is nowhere to send this "
                            "request. Start the sandbox, or choose a DCS region or a base URL."));
            return {};
        }
        return sandboxBaseUrl;
    }
    const DcsRegion *region = DcsRegion::find(profile.regionId);
    if (!region || region->host.isEmpty()) {
        addBlocking(p, RequestFinding::Part::Target, "target.region",
                    DcsRequestBuilder::tr(
                        "DCS region %1 is not a documented region. Choose one of 3, 4, 6, 7, 8, 9, "
                        "11 or 12, or give a base URL.")
                        .arg(profile.regionId));
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(region->host);
    return url;
}

} // namespace

QByteArray DcsRequestBuilder::defaultUserAgent()
{
    return QByteArrayLiteral("DCS-Desk/" DCSDESK_VERSION);
}

DcsRequest DcsRequestBuilder::withProfileDefaults(const Profile &profile, const DcsRequest &request)
{
    DcsRequest r = request;
    if (r.userId.isEmpty() && !profile.defaultUserId.isEmpty()) {
        r.userId = profile.defaultUserId;
        r.userIdKind = profile.idKind;
    }
    if (r.orgId.isEmpty() && r.userIdKind == Profile::IdKind::Mid)
        r.orgId = profile.orgId;
    return r;
}

PreparedRequest DcsRequestBuilder::prepare(const Profile &profile, const DcsRequest &request,
                                           const QUrl &sandboxBaseUrl)
{
    PreparedRequest p;
    p.request = withProfileDefaults(profile, request);
    const DcsRequest &r = p.request;
    p.method =
        r.method == DcsRequest::Method::Post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    const QUrl base = resolveBase(profile, sandboxBaseUrl, p);

    const auto add = [&p](const QString &key, const QString &value, const QByteArray &encodedValue,
                          RequestFinding::Part origin, int index) {
        PreparedParam param;
        param.key = key;
        param.value = value;
        param.encoded = DcsEncoding::encode(key) + '=' + encodedValue;
        param.origin = origin;
        param.index = index;
        p.params.append(param);
    };
    const auto addField = [&add](const char *key, const QString &value) {
        add(QString::fromLatin1(key), value, DcsEncoding::encode(value),
            RequestFinding::Part::Option, -1);
    };

    // The response options are /event keys; the ID service also answers JSON(P) (domain.md §7).
    const DcsEndpoint::Kind endpoint = DcsEndpoint::kindOf(r.path);
    const bool isEvent =
        endpoint == DcsEndpoint::Kind::Event || endpoint == DcsEndpoint::Kind::Other;
    const bool answersJson = isEvent || endpoint == DcsEndpoint::Kind::IdService;
    if (r.rtbdJson && answersJson)
        addField("d_rtbd", QStringLiteral("json"));
    if (!r.jsonVersion.isEmpty() && isEvent)
        addField("d_jsonv", r.jsonVersion);
    if (!r.userId.isEmpty()) {
        add(r.userIdKind == Profile::IdKind::Mid ? QStringLiteral("d_mid")
                                                 : QStringLiteral("d_uuid"),
            r.userId, DcsEncoding::encode(r.userId), RequestFinding::Part::UserId, -1);
    }
    if (!r.orgId.isEmpty())
        add(QStringLiteral("d_orgid"), r.orgId, DcsEncoding::encode(r.orgId),
            RequestFinding::Part::OrgId, -1);
    if (r.destinations && isEvent)
        addField("d_dst", QStringLiteral("1"));
    if (r.cts != 0 && isEvent)
        addField("d_cts", QString::number(r.cts));
    if (!r.callback.isEmpty() && answersJson)
        addField("d_cb", r.callback);
    if (!r.platform.isEmpty() && isEvent)
        addField("d_ptfm", r.platform);
    if (!r.sid.isEmpty() && isEvent)
        addField("d_sid", r.sid);
    if (!r.tdpid.isEmpty() && isEvent)
        addField("d_tdpid", r.tdpid);
    for (int i = 0; i < r.declaredIds.size(); ++i) {
        const DeclaredId &d = r.declaredIds.at(i);
        if (!d.enabled)
            continue;
        QString shown = d.ns + QStringLiteral("%01") + d.id;
        if (d.authState >= 0)
            shown += QStringLiteral("%01") + QString::number(d.authState);
        add(d.key(), shown, DcsEncoding::encodeDeclaredId(d.ns, d.id, d.authState),
            RequestFinding::Part::DeclaredId, i);
    }
    for (int i = 0; i < r.signalList.size(); ++i) {
        const DcsSignal &s = r.signalList.at(i);
        if (!s.enabled)
            continue;
        const QByteArray encoded =
            s.raw ? escapeUnsafe(s.values.join(QLatin1Char(',')).toUtf8(), false)
                  : DcsEncoding::encodeValues(s.values);
        PreparedParam param;
        param.key = s.key;
        param.value = s.values.join(QLatin1Char(','));
        param.encoded = (s.raw ? escapeUnsafe(s.key.toUtf8(), true) : DcsEncoding::encode(s.key)) +
                        '=' + encoded;
        param.origin = RequestFinding::Part::Signal;
        param.index = i;
        p.params.append(param);
    }

    QByteArray query;
    for (const PreparedParam &param : std::as_const(p.params)) {
        if (!query.isEmpty())
            query += '&';
        query += param.encoded;
    }

    const QString typedPath = r.path.isEmpty() ? QStringLiteral("/event") : r.path;
    if (!typedPath.startsWith(QLatin1Char('/')) ||
        std::any_of(typedPath.begin(), typedPath.end(), [](QChar c) {
            return c.unicode() <= 0x20 || c.unicode() == 0x7f || c == QLatin1Char('?') ||
                   c == QLatin1Char('#');
        })) {
        addBlocking(
            p, RequestFinding::Part::Path, "path.invalid",
            DcsRequestBuilder::tr("The path “%1” must start with / and contain no spaces, control "
                                  "characters, ? or #. The DCS event path is /event.")
                .arg(typedPath));
    }
    // id-sync-http.md: https://dpm.demdex.net/ibs:dpid=<VENDOR_ID>&dpuuid=<VENDOR_UUID>&redir=...
    // The pairs are part of the path, so they never go into a query or a POST body.
    const bool pairsInPath = DcsEndpoint::pairsAfterColon(endpoint);
    QString path = typedPath;
    if (pairsInPath && !query.isEmpty())
        path = DcsEndpoint::pathOf(endpoint) + QLatin1Char(':') + QString::fromLatin1(query);
    const bool sendsBody = r.method == DcsRequest::Method::Post && !pairsInPath;

    // Headers: Host from the alias first, then our defaults, then the profile's and the request's,
    // then the length.
    // An alias that is not a host name label never reaches the header (the checker refuses it).
    if (Validator::isValidHostLabel(profile.alias))
        p.headers.append(
            qMakePair(QByteArrayLiteral("Host"), hostHeaderFor(profile.alias).toLatin1()));
    // The profile's defaults, less those the request sets itself, then the request's own.
    QVector<DcsHeader> userHeaders;
    for (const DcsHeader &h : profile.headers) {
        const bool replaced =
            std::any_of(r.headers.begin(), r.headers.end(), [&h](const DcsHeader &own) {
                return own.enabled && own.name.compare(h.name, Qt::CaseInsensitive) == 0;
            });
        if (!replaced)
            userHeaders.append(h);
    }
    userHeaders += r.headers;
    bool hasUserAgent = false;
    for (const DcsHeader &h : std::as_const(userHeaders))
        hasUserAgent |=
            h.enabled && h.name.compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0;
    if (!hasUserAgent)
        p.headers.append(qMakePair(QByteArrayLiteral("User-Agent"), defaultUserAgent()));
    if (sendsBody) {
        p.headers.append(qMakePair(QByteArrayLiteral("Content-Type"),
                                   QByteArrayLiteral("application/x-www-form-urlencoded")));
        p.body = query;
    }
    for (const DcsHeader &h : std::as_const(userHeaders)) {
        if (!h.enabled || DcsRequestChecker::isManagedHeader(h.name) ||
            !DcsRequestChecker::headerNameProblem(h.name).isEmpty() ||
            !DcsRequestChecker::headerValueProblem(h.value).isEmpty())
            continue;
        p.headers.append(qMakePair(h.name.toLatin1(), h.value.toUtf8()));
    }
    // Last, as curl writes it: the body's length is on the wire, so it is in the list too.
    if (sendsBody)
        p.headers.append(qMakePair(QByteArrayLiteral("Content-Length"),
                                   QByteArray::number(p.body.size())));

    QByteArray baseText;
    QString basePath;
    if (!base.isEmpty()) {
        basePath = base.path();
        while (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
        QUrl origin = base;
        origin.setPath(QString());
        baseText = origin.toEncoded();
    }
    const bool hasQuery = r.method == DcsRequest::Method::Get && !pairsInPath && !query.isEmpty();
    p.urlText = baseText + basePath.toUtf8() + path.toUtf8();
    if (hasQuery)
        p.urlText += '?' + query;

    DcsRequestChecker::check(profile, p);

    if (!p.isRefused() && !base.isEmpty()) {
        QUrl url = base;
        url.setPath(basePath + path, QUrl::TolerantMode);
        if (hasQuery)
            url.setQuery(QString::fromUtf8(query), QUrl::TolerantMode);
        if (url.isValid()) {
            p.url = url;
            p.urlText = url.toEncoded();
        } else {
            addBlocking(p, RequestFinding::Part::Target, "target.url",
                        DcsRequestBuilder::tr("These parts do not make a valid URL: %1")
                            .arg(url.errorString()));
        }
    }
    return p;
}

} // namespace dcsdesk
