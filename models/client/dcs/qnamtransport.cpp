#include "qnamtransport.h"

#include "networkaccess.h"
#include "tlsprobe.h"
#include "transferrules.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimerEvent>

namespace dcsdesk {

namespace {
constexpr qint64 ReadBufferBytes = 1024 * 1024;
} // namespace

QnamTransport::QnamTransport(QNetworkAccessManager *manager, QObject *parent)
    : HttpTransport(parent), m_manager(manager)
{
}

bool QnamTransport::canSend(const PreparedRequest &request) const
{
    return request.url.isValid();
}

void QnamTransport::send(DcsCall *call, const DcsResult &started, const DcsClient::Options &options)
{
    new QnamExchange(m_manager ? m_manager : NetworkAccess::manager(), call, started, options);
}

void QnamTransport::cancel(DcsCall *call)
{
    if (auto *exchange = call->findChild<QnamExchange *>(QString(), Qt::FindDirectChildrenOnly))
        exchange->abortWith(DcsResult::Outcome::Cancelled);
}

QnamExchange::QnamExchange(QNetworkAccessManager *manager, DcsCall *call, const DcsResult &started,
                           const DcsClient::Options &options)
    : QObject(call), m_call(call), m_options(options), m_result(started)
{
    m_clock.start();
    const PreparedRequest &p = m_result.request;
    QNetworkRequest request(p.url);
    // HTTP/2 would replace the Host header with :authority; the S2S form needs it as given.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &h : p.headers)
        request.setRawHeader(h.first, h.second);

    m_reply = p.method == "POST" ? manager->post(request, p.body) : manager->get(request);
    QNetworkReply *reply = m_reply;
    // Without a limit QNAM's network thread reads (and inflates) as fast as the server sends,
    // whatever this thread has taken: an endless answer filled gigabytes before the body cap
    // could stop it. With one, it waits for readyRead to be served, so memory stays near the cap.
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_result.timing.connecting = elapsedMs(); });
    connect(reply, &QNetworkReply::encrypted, this,
            [this] { m_result.timing.encrypted = elapsedMs(); });
    connect(reply, &QNetworkReply::requestSent, this,
            [this] { m_result.timing.requestSent = elapsedMs(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &QnamExchange::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &QnamExchange::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails and the call ends with the reasons.
        TlsProbe::Findings findings;
        findings.add(errors);
        findings.applyTo(m_result);
    });
    connect(reply, &QNetworkReply::finished, this, &QnamExchange::onFinished);
    if (m_options.timeoutMs > 0)
        m_deadlineTimer = startTimer(m_options.timeoutMs);
}

double QnamExchange::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void QnamExchange::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadlineTimer)
        return QObject::timerEvent(event);
    killTimer(m_deadlineTimer);
    m_deadlineTimer = 0;
    abortWith(DcsResult::Outcome::Timeout);
}

void QnamExchange::onMetaData()
{
    if (m_result.timing.headers < 0)
        m_result.timing.headers = elapsedMs();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        m_result.declaredLength = length.toLongLong();
    m_result.headers = m_reply->rawHeaderPairs();
    if (TransferRules::declaredTooLarge(m_result, m_options.maxBodyBytes))
        abortWith(DcsResult::Outcome::TooLarge);
}

void QnamExchange::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_result.timing.firstByte < 0)
        m_result.timing.firstByte = elapsedMs();
    const QByteArray chunk = m_reply->readAll();
    if (!TransferRules::appendWithinCap(m_result, chunk.constData(), chunk.size(),
                                        m_options.maxBodyBytes)) {
        abortWith(DcsResult::Outcome::TooLarge);
        return;
    }
    Q_EMIT m_call->progress(m_result.body.size(), m_result.declaredLength);
}

void QnamExchange::abortWith(DcsResult::Outcome outcome)
{
    if (m_done || !m_reply || m_abortReason != DcsResult::Outcome::Pending)
        return;
    m_abortReason = outcome;
    m_reply->abort(); // emits finished synchronously
}

void QnamExchange::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    if (m_deadlineTimer) {
        killTimer(m_deadlineTimer);
        m_deadlineTimer = 0;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_abortReason == DcsResult::Outcome::Pending && reply->isOpen()) {
        const QByteArray rest = reply->readAll(); // an aborted reply is closed: what came is kept
        m_result.body += rest;
    }
    m_result.timing.finished = elapsedMs();

    DcsResult &r = m_result;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    r.headers = reply->rawHeaderPairs();
    r.networkErrorCode = reply->error();
    if (r.networkErrorCode != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        const QVariant target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
        if (target.isValid())
            r.redirectTarget = target.toUrl().toString();
    }
    TransferRules::settle(r, m_abortReason);
    DcsCall *call = m_call;
    DcsResult result = std::move(m_result);
    deleteLater();
    call->finishFromTransport(std::move(result));
}

} // namespace dcsdesk
