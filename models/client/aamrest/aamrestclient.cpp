#include "aamrestclient.h"

#include "dcs/retryafter.h"
#include "system/colontext.h"
#include "system/jsonnumber.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace dcsdesk {

namespace {

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

QString AamRestClient::messageOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const char *key : {"error_description", "message", "error"}) {
        const QString text = o.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(body.left(200)).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QUrl AamRestClient::defaultTokenUrl(const QUrl &baseUrl, Auth auth)
{
    if (auth == Auth::LegacyOAuth) {
        QUrl url = baseUrl;
        url.setPath(QStringLiteral("/oauth/token"));
        url.setQuery(QString());
        return url;
    }
    if (baseUrl.host().endsWith(QLatin1String("adobe.io"), Qt::CaseInsensitive) ||
        baseUrl.host().endsWith(QLatin1String("demdex.com"), Qt::CaseInsensitive))
        return QUrl(QStringLiteral("https://ims-na1.adobelogin.com/ims/token/v3"));
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/ims/token/v3"));
    url.setQuery(QString());
    return url;
}

AamRestClient::AamRestClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{
    qRegisterMetaType<PullResult>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AamRestClient::send);
}

AamRestClient::~AamRestClient()
{
    abort();
}

void AamRestClient::abort()
{
    m_running = false;
    m_done = nullptr;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AamRestClient::pull()
{
    abort();
    m_result = PullResult();
    m_counters = Counters();
    m_token.clear();
    m_refreshToken.clear();
    m_tokenExpiresAt = 0;
    m_running = true;
    fetchList(QStringLiteral("/v1/destinations/"), Stage::Destinations,
              [this](const QJsonArray &list) {
                  m_result.destinations = list;
                  m_destinationIndex = 0;
                  nextMappings();
              });
}

void AamRestClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                         AnswerDone done)
{
    m_running = true;
    if (!m_settings.tokenUrl.isValid() || m_settings.tokenUrl.isEmpty())
        m_settings.tokenUrl = defaultTokenUrl(m_settings.baseUrl, m_settings.auth);
    m_method = method;
    const int queryAt = int(path.indexOf(QLatin1Char('?')));
    m_path = queryAt < 0 ? path : path.left(queryAt);
    m_query = queryAt < 0 ? QUrlQuery() : QUrlQuery(path.mid(queryAt + 1));
    m_body = body;
    m_done = std::move(done);
    m_renewed = false;
    m_attempt = 0;
    if (m_token.isEmpty()) {
        requestToken();
    } else if (tokenExpiring()) {
        ++m_counters.tokenRenewals;
        requestToken();
    } else {
        send();
    }
}

bool AamRestClient::tokenExpiring() const
{
    return m_tokenExpiresAt > 0 &&
           QDateTime::currentMSecsSinceEpoch() >= m_tokenExpiresAt - RenewBeforeExpiryMs;
}

void AamRestClient::finishCall(const Answer &answer)
{
    const AnswerDone done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(answer);
}

QByteArray AamRestClient::tokenForm() const
{
    const auto field = [](const char *name, const QString &value) {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    if (m_settings.auth == Auth::LegacyOAuth) {
        if (m_refreshing)
            return field("grant_type", QStringLiteral("refresh_token")) + '&' +
                   field("refresh_token", QString::fromUtf8(m_refreshToken));
        return field("grant_type", QStringLiteral("password")) + '&' +
               field("username", m_settings.username) + '&' +
               field("password", m_settings.password);
    }
    return field("grant_type", QStringLiteral("client_credentials")) + '&' +
           field("client_id", m_settings.clientId) + '&' +
           field("client_secret", m_settings.clientSecret) + '&' +
           field("scope", m_settings.scope);
}

void AamRestClient::requestToken()
{
    Q_EMIT progress(Stage::Token, 0, 1);
    m_refreshing = m_settings.auth == Auth::LegacyOAuth && !m_refreshToken.isEmpty();
    QNetworkRequest request(m_settings.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    if (m_settings.auth == Auth::LegacyOAuth)
        request.setRawHeader("Authorization",
                             "Basic " + (m_settings.clientId + QLatin1Char(':') +
                                         m_settings.clientSecret)
                                            .toUtf8()
                                            .toBase64());
    request.setTransferTimeout(m_settings.timeoutMs);
    ++m_counters.requests;
    m_reply = m_manager->post(request, tokenForm());
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void AamRestClient::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running)
        return;
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    Answer failed;
    failed.status = status;
    failed.body = body;
    failed.authFailed = status != 0;
    failed.tokenFailed = true;
    if (status == 0) {
        failed.error =
            tr("The token service at %1 cannot be reached: %2")
                .arg(m_settings.tokenUrl.toString(), ColonText::continued(reply->errorString()));
        finishCall(failed);
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QString token = answer.value(QStringLiteral("access_token")).toString();
    if ((status != 200 || token.isEmpty()) && m_refreshing) {
        // A refresh token can expire or be revoked: the password grant is the way back in.
        m_refreshToken.clear();
        requestToken();
        return;
    }
    if (status != 200 || token.isEmpty()) {
        QString hint = m_settings.credentialsHint;
        if (hint.isEmpty())
            hint = m_settings.auth == Auth::LegacyOAuth
                       ? tr("Check the client ID, the client secret in DCSDESK_AAM_CLIENT_SECRET, "
                            "the user name and the password in DCSDESK_AAM_PASSWORD.")
                       : tr("Check the client ID, the secret in DCSDESK_AAM_CLIENT_SECRET and the "
                            "scope.");
        failed.error = tr("The token service refused the credentials (HTTP %1: %2). %3")
                           .arg(status)
                           .arg(messageOf(body), hint);
        finishCall(failed);
        return;
    }
    m_token = token.toUtf8();
    const QString refresh = answer.value(QStringLiteral("refresh_token")).toString();
    if (!refresh.isEmpty())
        m_refreshToken = refresh.toUtf8();
    const qint64 lifetimeSeconds = answer.value(QStringLiteral("expires_in")).toInteger();
    m_tokenExpiresAt =
        lifetimeSeconds > 0 ? QDateTime::currentMSecsSinceEpoch() + lifetimeSeconds * 1000 : 0;
    Q_EMIT progress(Stage::Token, 1, 1);
    send();
}

void AamRestClient::fetchList(const QString &path, Stage stage, ListDone done)
{
    m_listPath = path;
    m_listStage = stage;
    m_listDone = std::move(done);
    m_listItems = QJsonArray();
    m_page = 0;
    m_listTotal = -1;
    fetchPage();
}

void AamRestClient::fetchPage()
{
    call("GET",
         m_listPath + QStringLiteral("?page=%1&pageSize=%2").arg(m_page).arg(m_settings.pageSize),
         QByteArray(), [this](const Answer &answer) { onPage(answer); });
}

void AamRestClient::send()
{
    if (!m_running)
        return;
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + m_path);
    url.setQuery(m_query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    if (m_settings.auth == Auth::ServerToServer) {
        request.setRawHeader("x-api-key", m_settings.clientId.toUtf8());
        request.setRawHeader("x-gw-ims-org-id", m_settings.orgId.toUtf8());
    }
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_settings.timeoutMs);
    ++m_counters.requests;
    if (m_method == "GET")
        m_reply = m_manager->get(request);
    else
        m_reply = m_manager->sendCustomRequest(request, m_method, m_body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

bool AamRestClient::retryLater(QNetworkReply *reply, int status)
{
    if (!(status == 429 || status >= 500) || m_attempt >= m_settings.maxRetries)
        return false;
    int waitMs = m_settings.backoffMs << m_attempt;
    if (const std::optional<qint64> ms =
            retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()))
        waitMs = int(qMin<qint64>(*ms, 120 * 1000));
    ++m_attempt;
    ++m_counters.retries;
    m_retryTimer.start(waitMs);
    return true;
}

void AamRestClient::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running)
        return;
    Answer answer;
    answer.status = statusOf(reply);
    answer.body = reply->readAll();
    if (answer.status == 0) {
        answer.error = tr("%1 cannot be reached (%2): %3")
                           .arg(m_settings.baseUrl.toString(), m_path,
                                ColonText::continued(reply->errorString()));
        finishCall(answer);
        return;
    }
    if (answer.status == 401) {
        if (m_renewed) {
            answer.authFailed = true;
            answer.error = tr("The API also refused a new token (HTTP 401 on %1: %2). Check that "
                              "the Audience Manager API is added to the credential's project "
                              "and that the organization ID is correct.")
                               .arg(m_path, messageOf(answer.body));
            finishCall(answer);
            return;
        }
        m_renewed = true;
        ++m_counters.tokenRenewals;
        requestToken();
        return;
    }
    if (retryLater(reply, answer.status))
        return;
    finishCall(answer);
}

void AamRestClient::onPage(const Answer &answer)
{
    const QString where = m_listPath;
    if (!answer.error.isEmpty()) {
        fail(answer.error, answer.status);
        return;
    }
    if (answer.status != 200) {
        fail(tr("The API answered HTTP %1 on %2: %3")
                 .arg(answer.status)
                 .arg(where, messageOf(answer.body)),
             answer.status);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || (!doc.isArray() && !doc.isObject())) {
        fail(tr("The API's answer on %1 is not JSON: %2").arg(where, parseError.errorString()));
        return;
    }
    bool more = false;
    if (doc.isArray()) { // no paging on the server's side: the whole list at once
        for (const QJsonValue &v : doc.array())
            m_listItems.append(v);
    } else {
        const QJsonObject envelope = doc.object();
        const QJsonArray list = envelope.value(QStringLiteral("list")).toArray();
        for (const QJsonValue &v : list)
            m_listItems.append(v);
        if (const std::optional<qint64> total =
                wholeNumberOf(envelope.value(QStringLiteral("total"))))
            m_listTotal = *total;
        more = !list.isEmpty() && (m_listTotal >= 0 ? m_listItems.size() < m_listTotal
                                                    : list.size() >= m_settings.pageSize);
    }
    if (m_listStage != Stage::Mappings)
        Q_EMIT progress(m_listStage, int(m_listItems.size()), int(m_listTotal));
    if (more) {
        ++m_page;
        fetchPage();
        return;
    }
    const ListDone done = m_listDone;
    done(m_listItems);
}

void AamRestClient::nextMappings()
{
    if (!m_running)
        return;
    const int count = int(m_result.destinations.size());
    Q_EMIT progress(Stage::Mappings, m_destinationIndex, count);
    if (m_destinationIndex >= count) {
        fetchList(QStringLiteral("/v1/segments/"), Stage::Segments, [this](const QJsonArray &list) {
            m_result.segments = list;
            succeed();
        });
        return;
    }
    const QJsonObject d = m_result.destinations.at(m_destinationIndex).toObject();
    const QJsonValue idValue = d.value(QStringLiteral("destinationId"));
    const qint64 id = idOf(idValue).value_or(0);
    ++m_destinationIndex;
    if (id <= 0) { // nothing to ask for; the import reports the destination without an ID
        nextMappings();
        return;
    }
    fetchList(QStringLiteral("/v1/destinations/%1/mappings").arg(id), Stage::Mappings,
              [this, id](const QJsonArray &list) {
                  for (const QJsonValue &m : list) {
                      m_result.mappings.append(m);
                      m_result.mappingDestinations.append(id);
                  }
                  nextMappings();
              });
}

void AamRestClient::fail(const QString &message, int status)
{
    m_running = false;
    m_result.requests = m_counters.requests;
    m_result.tokenRenewals = m_counters.tokenRenewals;
    m_result.retries = m_counters.retries;
    m_result.ok = false;
    m_result.error = message;
    m_result.status = status;
    Q_EMIT finished(m_result);
}

void AamRestClient::succeed()
{
    m_running = false;
    m_result.requests = m_counters.requests;
    m_result.tokenRenewals = m_counters.tokenRenewals;
    m_result.retries = m_counters.retries;
    m_result.ok = true;
    Q_EMIT finished(m_result);
}

} // namespace dcsdesk
