#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dcsdesk {

// A client of Audience Manager's REST API (aam-rest.md): gets a token with the OAuth
// Server-to-Server client credentials, and sends calls with it: pull() fetches every page of
// GET /v1/destinations/, each destination's GET .../mappings and GET /v1/segments/; call() sends
// one call of any method (AamPush's writes). For every call a 401 renews the token once and
// repeats the call; a second 401 is given back as the answer. 429 and 5xx are retried with
// back-off (Retry-After honoured); any other status is given back at once. The secret stays in
// memory and is never put in a message.
class AamRestClient : public QObject
{
    Q_OBJECT

public:
    // OAuth Server-to-Server (client credentials at IMS), or the deprecated legacy OAuth
    // (a user's name and password at the API host's /oauth/token, renewed with its refresh token).
    enum class Auth { ServerToServer, LegacyOAuth };

    struct Settings
    {
        Auth auth = Auth::ServerToServer;
        QUrl baseUrl;  // https://aam.adobe.io or the sandbox's http://127.0.0.1:<port>
        QUrl tokenUrl; // defaultTokenUrl(baseUrl) unless given
        QString clientId;
        QString clientSecret;
        QString orgId;    // ServerToServer
        QString username; // LegacyOAuth
        QString password; // LegacyOAuth
        QString scope = QStringLiteral("openid,AdobeID,additional_info.projectedProductContext");
        int pageSize = 100;
        int maxRetries = 3;   // of one call, for 429 and 5xx
        int backoffMs = 1000; // first wait; doubles; Retry-After wins when given
        int timeoutMs = 60000;
        // Translated: where to correct refused credentials. Empty: the command line's words
        // (the client ID, DCSDESK_AAM_CLIENT_SECRET, the scope); the app names its dialog.
        QString credentialsHint;
    };

    enum class Stage { Token, Destinations, Mappings, Segments };

    struct PullResult
    {
        bool ok = false;
        QString error;  // translated: what failed and what to do
        int status = 0; // HTTP status of the failure, 0 for a network failure or none
        QJsonArray destinations;
        QJsonArray mappings;                 // every destination's, in destination order
        QVector<qint64> mappingDestinations; // destination ID of each mapping
        QJsonArray segments;
        int requests = 0;
        int tokenRenewals = 0;
        int retries = 0;
    };

    // The final answer to one call(), after token renewal and retries.
    struct Answer
    {
        int status = 0; // HTTP status; 0 when there was no answer
        QByteArray body;
        QString error;            // translated, set when status is 0 or authFailed
        bool authFailed = false;  // the token service refused, or the API refused a new token
        bool tokenFailed = false; // no token could be had, so the call was not made (again)
    };
    using AnswerDone = std::function<void(const Answer &)>;

    struct Counters
    {
        int requests = 0;
        int tokenRenewals = 0;
        int retries = 0;
    };

    // Server-to-Server: Adobe's IMS for Adobe's hosts, else the same server's /ims/token/v3 (the
    // sandbox). Legacy OAuth: the API host's /oauth/token.
    static QUrl defaultTokenUrl(const QUrl &baseUrl, Auth auth = Auth::ServerToServer);
    // A token is renewed this long before it expires, so no call is sent with a dying one.
    static constexpr qint64 RenewBeforeExpiryMs = 5 * 60 * 1000;

    explicit AamRestClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~AamRestClient() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    void pull(); // finished() once, also on failure
    // One call of the API (path from /v1/, body JSON or empty), with a token fetched first when
    // there is none yet; done() gets the final answer unless abort() comes first.
    void call(const QByteArray &method, const QString &path, const QByteArray &body,
              AnswerDone done);
    void abort();
    Counters counters() const { return m_counters; }
    // What a failed answer's body says: IMS's or the API's message, else its first line.
    static QString messageOf(const QByteArray &body);

Q_SIGNALS:
    // done and total: pages or destinations so far (total -1 when not known yet).
    void progress(dcsdesk::AamRestClient::Stage stage, int done, int total);
    void finished(const dcsdesk::AamRestClient::PullResult &result);

private:
    using ListDone = std::function<void(const QJsonArray &)>;
    void requestToken();
    QByteArray tokenForm() const;
    bool tokenExpiring() const;
    void fetchList(const QString &path, Stage stage, ListDone done);
    void fetchPage();
    void onPage(const Answer &answer);
    void send();
    void onReply(QNetworkReply *reply);
    void onTokenReply(QNetworkReply *reply);
    void finishCall(const Answer &answer);
    void nextMappings();
    void fail(const QString &message, int status = 0);
    void succeed();
    bool retryLater(QNetworkReply *reply, int status);

    QNetworkAccessManager *m_manager;
    Settings m_settings;
    PullResult m_result;
    Counters m_counters;
    QByteArray m_token;
    QByteArray m_refreshToken;  // legacy OAuth
    qint64 m_tokenExpiresAt = 0; // ms since the epoch; 0: not said
    bool m_refreshing = false;   // the token request in flight uses the refresh token
    bool m_running = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;

    // The call in flight.
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    AnswerDone m_done;
    bool m_renewed = false;
    int m_attempt = 0; // retries

    // The list being fetched.
    QString m_listPath;
    Stage m_listStage = Stage::Destinations;
    ListDone m_listDone;
    QJsonArray m_listItems;
    int m_page = 0;
    qint64 m_listTotal = -1;
    int m_destinationIndex = 0;
};

} // namespace dcsdesk

Q_DECLARE_METATYPE(dcsdesk::AamRestClient::PullResult)
