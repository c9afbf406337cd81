#include "aamrestapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

namespace dcsdesk {

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/json;charset=UTF-8");

HttpResponse jsonResponse(int status, const QJsonValue &body)
{
    const QByteArray bytes = body.isObject()
                                 ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return HttpResponse(status, kJsonType, bytes);
}

// The gateway's and the API's error body: {"error_code": "...", "message": "..."}.
HttpResponse apiError(int status, const QString &message, const QByteArray &code = {})
{
    return jsonResponse(
        status,
        QJsonObject{{QStringLiteral("error_code"),
                     QString::fromLatin1(code.isEmpty() ? QByteArray::number(status) : code)},
                    {QStringLiteral("message"), message}});
}

// IMS's error body: {"error": "...", "error_description": "..."}.
HttpResponse imsError(int status, const char *error, const QString &description)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), QLatin1String(error)},
                                            {QStringLiteral("error_description"), description}});
}

HttpResponse unauthorized(const QString &description)
{
    HttpResponse r = apiError(401, description, QByteArrayLiteral("401013"));
    r.setHeader("WWW-Authenticate",
                QByteArrayLiteral("Bearer realm=\"oauth\", error=\"invalid_token\", "
                                  "error_description=\"") +
                    description.toUtf8() + '"');
    return r;
}

HttpResponse replyOf(const AamAccount::Reply &reply)
{
    if (reply.status == 204)
        return HttpResponse(204, QByteArray(), QByteArray());
    if (reply.status >= 400)
        return apiError(reply.status, reply.message);
    return jsonResponse(reply.status, reply.body);
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r =
        apiError(405, QStringLiteral("Use %1 on this path.").arg(QString::fromLatin1(allow)));
    r.setHeader("Allow", allow);
    return r;
}

QString searchable(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

bool matches(const QJsonObject &o, const QString &search)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (searchable(it.value()).contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool lessThan(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble();
    return searchable(a).compare(searchable(b), Qt::CaseInsensitive) < 0;
}

// "Get all": page, pageSize, sortBy, descending, search. Without page options a plain array, with
// them the {total, page, pageSize, list} envelope.
HttpResponse listResponse(QJsonArray list, const QUrlQuery &query)
{
    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    if (!search.isEmpty()) {
        QJsonArray found;
        for (const QJsonValue &v : list) {
            if (matches(v.toObject(), search))
                found.append(v);
        }
        list = found;
    }
    const QString sortBy = query.queryItemValue(QStringLiteral("sortBy"), QUrl::FullyDecoded);
    const bool descending = query.queryItemValue(QStringLiteral("descending"))
                                .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (!sortBy.isEmpty() || descending) {
        QVector<QJsonValue> items(list.begin(), list.end());
        std::stable_sort(items.begin(), items.end(), [&](const QJsonValue &a, const QJsonValue &b) {
            return sortBy.isEmpty()
                       ? false
                       : lessThan(a.toObject().value(sortBy), b.toObject().value(sortBy));
        });
        if (descending)
            std::reverse(items.begin(), items.end());
        list = QJsonArray();
        for (const QJsonValue &v : items)
            list.append(v);
    }
    const bool paged = query.hasQueryItem(QStringLiteral("page")) ||
                       query.hasQueryItem(QStringLiteral("pageSize"));
    if (!paged)
        return jsonResponse(200, list);
    bool pageOk = true;
    bool sizeOk = true;
    const qint64 page = query.hasQueryItem(QStringLiteral("page"))
                            ? query.queryItemValue(QStringLiteral("page")).toLongLong(&pageOk)
                            : 0;
    const qint64 pageSize =
        query.hasQueryItem(QStringLiteral("pageSize"))
            ? query.queryItemValue(QStringLiteral("pageSize")).toLongLong(&sizeOk)
            : 10;
    if (!pageOk || page < 0)
        return apiError(400, QStringLiteral("page must be a whole number from 0."));
    if (!sizeOk || pageSize < 1)
        return apiError(400, QStringLiteral("pageSize must be a whole number from 1."));
    QJsonArray slice;
    const qint64 first = page * pageSize;
    for (qint64 i = first; i < list.size() && i < first + pageSize; ++i)
        slice.append(list.at(i));
    return jsonResponse(200, QJsonObject{{QStringLiteral("total"), list.size()},
                                         {QStringLiteral("page"), page},
                                         {QStringLiteral("pageSize"), pageSize},
                                         {QStringLiteral("list"), slice}});
}

bool idOf(const QByteArray &part, qint64 *id)
{
    bool ok = false;
    *id = part.toLongLong(&ok);
    return ok && *id > 0;
}

QJsonValue bodyOf(const HttpRequest &request, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    *ok = error.error == QJsonParseError::NoError;
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

} // namespace

AamRestApi::AamRestApi() = default;

bool AamRestApi::handles(const QByteArray &path)
{
    return path == TokenPath || path == LegacyTokenPath || path.startsWith("/v1/") ||
           path == "/v1";
}

void AamRestApi::setCredentials(const Credentials &credentials)
{
    QMutexLocker lock(&m_mutex);
    m_credentials = credentials;
    m_tokens.clear();
    m_refreshTokens.clear();
}

AamRestApi::Credentials AamRestApi::credentials() const
{
    QMutexLocker lock(&m_mutex);
    return m_credentials;
}

void AamRestApi::load(const Workspace &workspace)
{
    QMutexLocker lock(&m_mutex);
    m_account.load(workspace);
}

void AamRestApi::setNow(qint64 epochMs)
{
    QMutexLocker lock(&m_mutex);
    m_fixedNow = epochMs;
    m_account.setNow(epochMs);
}

void AamRestApi::revokeTokens()
{
    QMutexLocker lock(&m_mutex);
    m_tokens.clear();
}

void AamRestApi::failNextCalls(int status, int count)
{
    QMutexLocker lock(&m_mutex);
    m_failStatus = status;
    m_failCount = count;
}

int AamRestApi::destinationCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_account.destinationCount();
}

int AamRestApi::mappingCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_account.mappingCount();
}

int AamRestApi::segmentCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_account.segmentCount();
}

int AamRestApi::tokenGrants(const QString &grantType) const
{
    QMutexLocker lock(&m_mutex);
    return m_grants.value(grantType);
}

int AamRestApi::callCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

qint64 AamRestApi::now() const
{
    return m_fixedNow > 0 ? m_fixedNow : QDateTime::currentMSecsSinceEpoch();
}

HttpResponse AamRestApi::handle(const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    if (request.path() == TokenPath)
        return token(request);
    if (request.path() == LegacyTokenPath)
        return legacyToken(request);
    ++m_calls;
    QByteArray forced = request.header("X-Sandbox-Status");
    if (forced.isNull() && m_failCount > 0) {
        --m_failCount;
        forced = QByteArray::number(m_failStatus);
    }
    if (forced == "429") {
        HttpResponse r = apiError(429, QStringLiteral("Too many requests; retry after the "
                                                      "Retry-After seconds."));
        r.setHeader("Retry-After", "1");
        return r;
    }
    if (forced == "401")
        return unauthorized(QStringLiteral("Oauth token is not valid"));
    if (forced == "403")
        return apiError(403,
                        QStringLiteral("The technical account may not do this (asked for "
                                       "with X-Sandbox-Status or by a test)."),
                        "403025");
    if (forced == "500" || forced == "503")
        return apiError(forced.toInt(), QStringLiteral("Server error (asked for with "
                                                       "X-Sandbox-Status or by a test)."));
    const HttpResponse denied = authorize(request);
    if (denied.status != 0)
        return denied;
    return route(request);
}

HttpResponse AamRestApi::token(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed("POST");
    QByteArray form = request.body;
    form.replace('+', "%20"); // application/x-www-form-urlencoded writes spaces as '+'
    const QUrlQuery query(QString::fromUtf8(form));
    const auto value = [&](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (value("grant_type") != QLatin1String("client_credentials"))
        return imsError(400, "unsupported_grant_type",
                        QStringLiteral("grant_type must be client_credentials"));
    if (value("client_id").isEmpty())
        return imsError(400, "invalid_request", QStringLiteral("missing client_id parameter"));
    if (value("client_id") != m_credentials.clientId)
        return imsError(401, "invalid_client", QStringLiteral("invalid client_id parameter"));
    if (value("client_secret") != m_credentials.clientSecret)
        return imsError(401, "invalid_client", QStringLiteral("invalid client_secret parameter"));
    if (value("scope").trimmed().isEmpty())
        return imsError(400, "invalid_scope", QStringLiteral("missing scope parameter"));
    return issueToken(QStringLiteral("client_credentials"));
}

namespace {

QByteArray randomToken(const char *prefix)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    return prefix + random.toBase64(QByteArray::Base64UrlEncoding |
                                    QByteArray::OmitTrailingEquals);
}

} // namespace

HttpResponse AamRestApi::issueToken(const QString &grantType)
{
    ++m_grants[grantType];
    const bool legacy = grantType != QLatin1String("client_credentials");
    const QByteArray token = randomToken("sandbox-");
    m_tokens.insert(token, IssuedToken{now() + m_credentials.tokenLifetimeSeconds * 1000, legacy});
    QJsonObject answer{{QStringLiteral("access_token"), QLatin1String(token)},
                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                       {QStringLiteral("expires_in"), m_credentials.tokenLifetimeSeconds}};
    if (legacy) {
        const QByteArray refresh = randomToken("sandbox-refresh-");
        m_refreshTokens.insert(refresh);
        answer.insert(QStringLiteral("refresh_token"), QLatin1String(refresh));
        answer.insert(QStringLiteral("scope"), QStringLiteral("read write"));
    }
    return jsonResponse(200, answer);
}

// As api.demdex.com/oauth/token: the client in a Basic header, then a user's password or a
// refresh token given out before (each refresh token is used once).
HttpResponse AamRestApi::legacyToken(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed("POST");
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Basic "))
        return imsError(401, "unauthorized",
                        QStringLiteral("Full authentication is required: send the client ID "
                                       "and secret as Authorization: Basic"));
    const QByteArray client = QByteArray::fromBase64(authorization.mid(6).trimmed());
    if (client != (m_credentials.clientId + QLatin1Char(':') + m_credentials.clientSecret)
                      .toUtf8())
        return imsError(401, "invalid_client", QStringLiteral("Bad client credentials"));
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const auto value = [&](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    const QString grant = value("grant_type");
    if (grant == QLatin1String("password")) {
        if (value("username") != m_credentials.username ||
            value("password") != m_credentials.password)
            return imsError(400, "invalid_grant", QStringLiteral("Bad credentials"));
        return issueToken(grant);
    }
    if (grant == QLatin1String("refresh_token")) {
        if (!m_refreshTokens.remove(value("refresh_token").toUtf8()))
            return imsError(400, "invalid_grant",
                            QStringLiteral("Invalid refresh token: %1")
                                .arg(value("refresh_token").left(12)));
        return issueToken(grant);
    }
    return imsError(400, "unsupported_grant_type",
                    QStringLiteral("Unsupported grant type: %1").arg(grant));
}

HttpResponse AamRestApi::authorize(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return unauthorized(QStringLiteral("Authorization: Bearer <token> is required"));
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return unauthorized(QStringLiteral("Authorization must be Bearer <token>"));
    const QByteArray token = authorization.mid(7).trimmed();
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.constEnd())
        return unauthorized(QStringLiteral("Oauth token is not valid"));
    if (found.value().expiresAt <= now())
        return unauthorized(
            QStringLiteral("Access token expired: %1...").arg(QString::fromLatin1(token.left(12))));
    if (found.value().legacy)
        return HttpResponse(0, QByteArray(), QByteArray());
    const QByteArray apiKey = request.header("x-api-key");
    if (apiKey.isEmpty())
        return apiError(403, QStringLiteral("Api Key is required"), "403000");
    if (QString::fromUtf8(apiKey) != m_credentials.clientId)
        return apiError(403, QStringLiteral("Api Key is invalid"), "403003");
    const QByteArray org = request.header("x-gw-ims-org-id");
    if (org.isEmpty())
        return apiError(403, QStringLiteral("x-gw-ims-org-id is required"), "403010");
    if (QString::fromUtf8(org) != m_credentials.orgId)
        return apiError(403,
                        QStringLiteral("x-gw-ims-org-id is not the credential's "
                                       "organization"),
                        "403010");
    return HttpResponse(0, QByteArray(), QByteArray());
}

HttpResponse AamRestApi::route(const HttpRequest &request)
{
    QList<QByteArray> parts = request.path().split('/');
    parts.removeAll(QByteArray());
    const QUrlQuery query(QString::fromUtf8(request.query()));
    const QByteArray &method = request.method;
    const qsizetype n = parts.size();
    const auto withBody = [&](auto &&call) {
        bool ok = false;
        const QJsonValue body = bodyOf(request, &ok);
        if (!ok)
            return apiError(400, QStringLiteral("The body is not valid JSON."));
        return replyOf(call(body));
    };
    qint64 id = 0;
    qint64 second = 0;
    if (n >= 2 && parts[1] == "segments") {
        if (n == 2)
            return method == "GET" ? listResponse(m_account.segments(), query)
                                   : methodNotAllowed("GET");
        if (n == 3 && idOf(parts[2], &id))
            return method == "GET" ? replyOf(m_account.segment(id)) : methodNotAllowed("GET");
    }
    if (n < 2 || parts[1] != "destinations")
        return apiError(404, QStringLiteral("The sandbox does not serve %1; it serves "
                                            "/v1/destinations/ and /v1/segments/.")
                                 .arg(QString::fromUtf8(request.path())));
    if (n == 2) {
        if (method == "GET")
            return listResponse(m_account.destinations(), query);
        if (method == "POST")
            return withBody([&](const QJsonValue &b) { return m_account.createDestination(b); });
        return methodNotAllowed("GET, POST");
    }
    if (n == 3 && parts[2] == "bulk-delete")
        return method == "POST"
                   ? withBody([&](const QJsonValue &b) { return m_account.deleteDestinations(b); })
                   : methodNotAllowed("POST");
    if (n == 4 && parts[2] == "mappings" && idOf(parts[3], &id))
        return method == "PUT"
                   ? withBody([&](const QJsonValue &b) { return m_account.updateMapping(id, b); })
                   : methodNotAllowed("PUT");
    if (!idOf(parts[2], &id))
        return apiError(
            404, QStringLiteral("%1 is not a destination ID.").arg(QString::fromUtf8(parts[2])));
    if (n == 3) {
        if (method == "GET")
            return replyOf(m_account.destination(id));
        if (method == "PUT")
            return withBody(
                [&](const QJsonValue &b) { return m_account.updateDestination(id, b); });
        if (method == "DELETE")
            return replyOf(m_account.deleteDestination(id));
        return methodNotAllowed("GET, PUT, DELETE");
    }
    if (parts[3] == "mappings") {
        if (n == 4) {
            if (method == "GET") {
                const AamAccount::Reply r = m_account.mappings(id);
                return r.status == 200 ? listResponse(r.body.toArray(), query) : replyOf(r);
            }
            if (method == "POST")
                return withBody(
                    [&](const QJsonValue &b) { return m_account.createMapping(id, b); });
            return methodNotAllowed("GET, POST");
        }
        if (n == 5 && parts[4] == "bulk-create")
            return method == "POST" ? withBody([&](const QJsonValue &b) {
                return m_account.createMappings(id, b);
            })
                                    : methodNotAllowed("POST");
        if (n == 5 && idOf(parts[4], &second))
            return method == "GET" ? replyOf(m_account.mapping(id, second))
                                   : methodNotAllowed("GET");
    }
    if (n == 5 && parts[3] == "segments" && idOf(parts[4], &second))
        return method == "DELETE" ? replyOf(m_account.deleteMapping(id, second))
                                  : methodNotAllowed("DELETE");
    return apiError(
        404,
        QStringLiteral("The sandbox does not serve %1.").arg(QString::fromUtf8(request.path())));
}

} // namespace dcsdesk
