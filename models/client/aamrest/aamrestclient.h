#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVector>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dcsdesk {

// A client of Audience Manager's REST API (aam-rest.md) for pulling an account: gets a token with
// the OAuth Server-to-Server client credentials, then every page of GET /v1/destinations/, each
// destination's GET .../mappings and GET /v1/segments/. A 401 renews the token once and repeats
// the call; a second 401 stops the pull. 429 and 5xx are retried with back-off (Retry-After
// honoured); any other 4xx stops at once. The secret stays in memory and is never put in a
// message.
class AamRestClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl baseUrl;  // https://aam.adobe.io or the sandbox's http://127.0.0.1:<port>
        QUrl tokenUrl; // defaultTokenUrl(baseUrl) unless given
        QString clientId;
        QString clientSecret;
        QString orgId;
        QString scope = QStringLiteral("openid,AdobeID,additional_info.projectedProductContext");
        int pageSize = 100;
        int maxRetries = 3;   // of one call, for 429 and 5xx
        int backoffMs = 1000; // first wait; doubles; Retry-After wins when given
        int timeoutMs = 60000;
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

    // Adobe's IMS for adobe.io hosts, else the same server's /ims/token/v3 (the sandbox).
    static QUrl defaultTokenUrl(const QUrl &baseUrl);

    explicit AamRestClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~AamRestClient() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    void pull(); // finished() once, also on failure
    void abort();

Q_SIGNALS:
    // done and total: pages or destinations so far (total -1 when not known yet).
    void progress(dcsdesk::AamRestClient::Stage stage, int done, int total);
    void finished(const dcsdesk::AamRestClient::PullResult &result);

private:
    using ListDone = std::function<void(const QJsonArray &)>;
    void requestToken();
    void fetchList(const QString &path, Stage stage, ListDone done);
    void fetchPage();
    void send();
    void onReply(QNetworkReply *reply);
    void onTokenReply(QNetworkReply *reply);
    void nextMappings();
    void fail(const QString &message, int status = 0);
    void succeed();
    bool retryLater(QNetworkReply *reply, int status);

    QNetworkAccessManager *m_manager;
    Settings m_settings;
    PullResult m_result;
    QByteArray m_token;
    bool m_running = false;
    bool m_renewed = false; // for the call in flight
    int m_attempt = 0;      // retries of the call in flight
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    std::function<void()> m_afterToken;

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
