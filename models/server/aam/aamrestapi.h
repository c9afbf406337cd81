#pragma once

#include "aamaccount.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <functional>

namespace dcsdesk {

// The sandbox's offline Audience Manager: the REST paths of aam-rest.md (/v1/destinations/...,
// their mappings, /v1/segments/) over an AamAccount, behind an IMS-like token endpoint at Adobe's
// path (POST /ims/token/v3, client_credentials), and the legacy OAuth token endpoint (POST
// /oauth/token: Basic client credentials, a password or refresh_token grant). Every /v1/ call needs a bearer token this
// endpoint gave out and not yet expired (else 401), and x-api-key (the client ID) and
// x-gw-ims-org-id headers that match the credential (else 403); a legacy token needs neither. Lists page as documented. The
// request header X-Sandbox-Status: 401|403|429|500|503 makes a call fail that way, for trying a
// client's token renewal, retries and stops. Thread-safe: calls are serialized.
class AamRestApi
{
public:
    struct Credentials
    {
        QString clientId = QStringLiteral("dcsdesk-sandbox");
        QString clientSecret = QStringLiteral("dcsdesk-sandbox-secret");
        QString orgId = QStringLiteral("DCSDESKSANDBOX@AdobeOrg");
        QString username = QStringLiteral("dcsdesk-user");         // legacy OAuth
        QString password = QStringLiteral("dcsdesk-sandbox-password"); // legacy OAuth
        qint64 tokenLifetimeSeconds = 86399; // what IMS gives: just under 24 hours
    };
    static constexpr const char *TokenPath = "/ims/token/v3";
    static constexpr const char *LegacyTokenPath = "/oauth/token";
    static constexpr const char *SecretVariable = "DCSDESK_AAM_CLIENT_SECRET";
    static constexpr const char *PasswordVariable = "DCSDESK_AAM_PASSWORD"; // legacy OAuth

    AamRestApi();

    // True for the paths this API answers (/v1/... and the token path).
    static bool handles(const QByteArray &path);
    HttpResponse handle(const HttpRequest &request);

    void setCredentials(const Credentials &credentials);
    Credentials credentials() const;
    void load(const Workspace &workspace); // replaces the account; tokens stay valid
    // Tests: the clock for tokens and time stamps (ms since the epoch; 0: the real clock), and
    // ways to make the next calls fail.
    void setNow(qint64 epochMs);
    void revokeTokens();
    void failNextCalls(int status, int count);

    int destinationCount() const;
    int mappingCount() const;
    int segmentCount() const;
    int callCount() const; // /v1/ calls answered, tokens excluded
    // Tokens given out for a grant type: client_credentials, password or refresh_token.
    int tokenGrants(const QString &grantType) const;

private:
    HttpResponse token(const HttpRequest &request);
    HttpResponse legacyToken(const HttpRequest &request);
    HttpResponse issueToken(const QString &grantType);
    HttpResponse route(const HttpRequest &request);
    HttpResponse authorize(const HttpRequest &request) const; // status 0: allowed
    qint64 now() const;

    mutable QMutex m_mutex;
    AamAccount m_account;
    Credentials m_credentials;
    struct IssuedToken
    {
        qint64 expiresAt = 0; // ms since the epoch
        bool legacy = false;
    };
    QHash<QByteArray, IssuedToken> m_tokens;
    QSet<QByteArray> m_refreshTokens; // legacy OAuth
    QHash<QString, int> m_grants;
    qint64 m_fixedNow = 0;
    int m_failStatus = 0;
    int m_failCount = 0;
    int m_calls = 0;
};

} // namespace dcsdesk
