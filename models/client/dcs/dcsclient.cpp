#include "dcsclient.h"

#include "curltransport.h"
#include "dcsresponsedecoder.h"
#include "networkaccess.h"
#include "system/backgroundpool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRunnable>
#include <QSslCertificate>
#include <QSslError>
#include <QThreadPool>

namespace dcsdesk {

DcsClient::DcsClient(QObject *parent) : DcsClient(nullptr, parent) {}

DcsClient::DcsClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{
}

void DcsClient::setFastTransport(int maxConnections)
{
    delete m_fastTransport;
    m_fastTransport = maxConnections > 0 ? new CurlTransport(maxConnections, this) : nullptr;
}

DcsCall *DcsClient::send(const PreparedRequest &request)
{
    const bool fast = m_fastTransport && !request.isRefused() && CurlTransport::canSend(request);
    auto *call = new DcsCall(fast        ? nullptr
                             : m_manager ? m_manager
                                         : NetworkAccess::manager(),
                             request, m_options, this);
    if (fast)
        call->m_transport = m_fastTransport;
    call->start();
    return call;
}

DcsResult DcsClient::sendAndWait(const PreparedRequest &request)
{
    DcsCall *call = send(request);
    if (!call->isFinished()) {
        QEventLoop loop;
        connect(call, &DcsCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const DcsResult result = call->result();
    delete call;
    return result;
}

DcsCall::DcsCall(QNetworkAccessManager *manager, const PreparedRequest &request,
                 const DcsClient::Options &options, QObject *parent)
    : QObject(parent), m_manager(manager), m_options(options)
{
    m_result.request = request;
    m_result.timeoutMs = options.timeoutMs;
    m_result.maxBodyBytes = options.maxBodyBytes;
}

void DcsCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadlineTimer)
        return QObject::timerEvent(event);
    killTimer(m_deadlineTimer);
    m_deadlineTimer = 0;
    abortWith(DcsResult::Outcome::Timeout);
}

double DcsCall::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void DcsCall::start()
{
    m_clock.start();
    m_result.timing.startedAt = QDateTime::currentDateTimeUtc();
    const PreparedRequest &p = m_result.request;
    if (p.isRefused() || !p.url.isValid()) {
        QTimer::singleShot(0, this, [this] { finishWithoutReply(DcsResult::Outcome::Refused); });
        return;
    }
    if (m_transport) {
        m_transport->send(this, m_result, m_options.timeoutMs, m_options.maxBodyBytes);
        return;
    }

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

    m_reply = p.method == "POST" ? m_manager->post(request, p.body) : m_manager->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_result.timing.connecting = elapsedMs(); });
    connect(reply, &QNetworkReply::encrypted, this,
            [this] { m_result.timing.encrypted = elapsedMs(); });
    connect(reply, &QNetworkReply::requestSent, this,
            [this] { m_result.timing.requestSent = elapsedMs(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &DcsCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &DcsCall::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails and the call ends with the reasons.
        for (const QSslError &e : errors) {
            m_result.tlsErrors.append(e.errorString());
            m_result.tlsErrorKinds.append(e.error());
            const QSslCertificate cert = e.certificate();
            if (!cert.isNull() && m_result.tlsCertificateNames.isEmpty()) {
                m_result.tlsCertificateExpiry = cert.expiryDate();
                m_result.tlsCertificateStart = cert.effectiveDate();
                QStringList names = cert.subjectInfo(QSslCertificate::CommonName);
                const auto alternatives = cert.subjectAlternativeNames();
                for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
                    if (!names.contains(it.value()))
                        names.append(it.value());
                }
                m_result.tlsCertificateNames = names;
            }
        }
    });
    connect(reply, &QNetworkReply::finished, this, &DcsCall::onFinished);
    if (m_options.timeoutMs > 0)
        m_deadlineTimer = startTimer(m_options.timeoutMs);
}

void DcsCall::onMetaData()
{
    if (m_result.timing.headers < 0)
        m_result.timing.headers = elapsedMs();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        m_result.declaredLength = length.toLongLong();
    // Compressed answers declare the compressed size; the cap applies to what we keep.
    const bool compressed = !m_reply->rawHeader("Content-Encoding").isEmpty();
    if (!compressed && m_options.maxBodyBytes > 0 &&
        m_result.declaredLength > m_options.maxBodyBytes)
        abortWith(DcsResult::Outcome::TooLarge);
}

void DcsCall::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_result.timing.firstByte < 0)
        m_result.timing.firstByte = elapsedMs();
    m_result.body += m_reply->readAll();
    if (m_options.maxBodyBytes > 0 && m_result.body.size() > m_options.maxBodyBytes) {
        m_result.body.truncate(m_options.maxBodyBytes);
        abortWith(DcsResult::Outcome::TooLarge);
        return;
    }
    Q_EMIT progress(m_result.body.size(), m_result.declaredLength);
}

void DcsCall::abortWith(DcsResult::Outcome outcome)
{
    if (m_finished || !m_reply || m_abortReason != DcsResult::Outcome::Pending)
        return;
    m_abortReason = outcome;
    m_reply->abort(); // emits finished synchronously
}

void DcsCall::cancel()
{
    if (m_finished || m_decoding)
        return; // a complete answer being decoded is not cancelled
    if (m_transport) {
        m_transport->cancel(this); // finished() follows with what had arrived
        return;
    }
    if (!m_reply) {
        finishWithoutReply(DcsResult::Outcome::Cancelled);
        return;
    }
    abortWith(DcsResult::Outcome::Cancelled);
}

void DcsCall::finishFromTransport(DcsResult &&result)
{
    if (m_finished)
        return;
    m_result = std::move(result);
    m_finished = true;
    Q_EMIT finished();
}

void DcsCall::finishWithoutReply(DcsResult::Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = outcome;
    m_result.timing.finished = elapsedMs();
    Q_EMIT finished();
}

void DcsCall::onFinished()
{
    if (m_finished || !m_reply)
        return;
    if (m_deadlineTimer) {
        killTimer(m_deadlineTimer);
        m_deadlineTimer = 0;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_abortReason == DcsResult::Outcome::Pending && reply->isOpen())
        m_result.body += reply->readAll(); // an aborted reply is closed: what came is kept
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
        r.redirectTarget = target.isValid() ? target.toUrl().toString()
                                            : QString::fromLatin1(reply->rawHeader("Location"));
    }
    r.settle(m_abortReason);

    if (r.httpStatus > 0) {
        r.hasResponse = true;
        const auto expectation = DcsResponseDecoder::expectationFor(r.request.request);
        if (r.body.size() > BackgroundDecodeBytes) {
            // A multi-megabyte answer takes a second to parse: do it off the caller's thread
            // so a window stays responsive; finished() follows when it is done.
            m_decoding = true;
            QPointer<DcsCall> self(this);
            const int status = r.httpStatus;
            const HeaderList headers = r.headers;
            const QByteArray body = r.body;
            BackgroundPool::instance()->start(
                QRunnable::create([self, status, headers, body, expectation]() {
                    DcsResponse response =
                        DcsResponseDecoder::decode(status, headers, body, expectation);
                    QMetaObject::invokeMethod(
                        qApp,
                        [self, response = std::move(response)]() mutable {
                            if (!self || self->m_finished)
                                return;
                            self->m_result.response = std::move(response);
                            self->m_decoding = false;
                            self->m_finished = true;
                            Q_EMIT self->finished();
                        },
                        Qt::QueuedConnection);
                }));
            return;
        }
        r.response = DcsResponseDecoder::decode(r.httpStatus, r.headers, r.body, expectation);
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace dcsdesk
