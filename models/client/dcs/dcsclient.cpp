#include "dcsclient.h"

#include "curltransport.h"
#include "networkaccess.h"
#include "qnamtransport.h"
#include "tlsprobe.h"
#include "dcsresponsedecoder.h"
#include "system/backgroundpool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRunnable>
#include <QThreadPool>
#include <QTimer>

namespace dcsdesk {

DcsClient::DcsClient(QObject *parent) : QObject(parent)
{
    if (QNetworkAccessManager *injected = NetworkAccess::injectedManager())
        m_qnam = new QnamTransport(injected, this);
    else
        m_fastTransport = new CurlTransport(DefaultConnections, this);
}

DcsClient::DcsClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_qnam(new QnamTransport(manager, this))
{
}

void DcsClient::setFastTransport(int maxConnections)
{
    delete m_fastTransport;
    m_fastTransport = nullptr;
    if (maxConnections > 0)
        m_fastTransport = new CurlTransport(maxConnections, this);
    else if (!m_qnam)
        m_fastTransport = new CurlTransport(DefaultConnections, this);
}

HttpTransport *DcsClient::transportFor(const PreparedRequest &request) const
{
    if (m_fastTransport && m_fastTransport->canSend(request))
        return m_fastTransport;
    return m_qnam; // null: nothing can send it, and the call finishes as refused
}

DcsCall *DcsClient::send(const PreparedRequest &request)
{
    auto *call = new DcsCall(transportFor(request), request, m_options, this);
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

DcsCall::DcsCall(HttpTransport *transport, const PreparedRequest &request,
                 const DcsClient::Options &options, QObject *parent)
    : QObject(parent), m_transport(transport), m_options(options)
{
    m_result.request = request;
    m_result.timeoutMs = options.timeoutMs;
    m_result.maxBodyBytes = options.maxBodyBytes;
}

void DcsCall::start()
{
    m_clock.start();
    m_result.timing.startedAt = QDateTime::currentDateTimeUtc();
    const PreparedRequest &p = m_result.request;
    if (p.isRefused() || !p.url.isValid() || !m_transport) {
        QTimer::singleShot(0, this, [this] { finishWithoutReply(DcsResult::Outcome::Refused); });
        return;
    }
    m_transport->send(this, m_result, m_options);
}

void DcsCall::cancel()
{
    if (m_finished || m_decoding)
        return; // a complete answer being decoded is not cancelled
    if (m_transport)
        m_transport->cancel(this); // finished() follows with what had arrived
    else
        finishWithoutReply(DcsResult::Outcome::Cancelled);
}

void DcsCall::finishWithoutReply(DcsResult::Outcome outcome)
{
    if (m_finished)
        return;
    m_result.outcome = outcome;
    m_result.timing.finished = double(m_clock.nsecsElapsed()) / 1e6;
    complete();
}

void DcsCall::complete()
{
    m_finished = true;
    Q_EMIT finished();
}

void DcsCall::finishFromTransport(DcsResult &&result)
{
    if (m_finished || m_decoding)
        return;
    m_result = std::move(result);
    DcsResult &r = m_result;
    if (TlsProbe::wanted(r)) {
        // curl says that the handshake failed; Qt says why, in the terms the app explains.
        m_decoding = true;
        QPointer<DcsCall> self(this);
        TlsProbe::run(r, m_options.caFile, this, [self](const TlsProbe::Findings &findings) {
            if (!self || self->m_finished)
                return;
            self->m_decoding = false;
            findings.applyTo(self->m_result);
            self->complete();
        });
        return;
    }
    if (r.httpStatus <= 0 || r.hasResponse)
        return complete(); // no answer, or the transport decoded it on its own thread
    r.hasResponse = true;
    const auto expectation = DcsResponseDecoder::expectationFor(r.request.request);
    if (r.body.size() <= BackgroundDecodeBytes) {
        r.response = DcsResponseDecoder::decode(r.httpStatus, r.headers, r.body, expectation);
        return complete();
    }
    // A multi-megabyte answer takes a second to parse: do it off the caller's thread so a
    // window stays responsive; finished() follows when it is done.
    m_decoding = true;
    QPointer<DcsCall> self(this);
    const int status = r.httpStatus;
    const HeaderList headers = r.headers;
    const QByteArray body = r.body;
    BackgroundPool::instance()->start(QRunnable::create([self, status, headers, body, expectation]() {
        DcsResponse response = DcsResponseDecoder::decode(status, headers, body, expectation);
        QMetaObject::invokeMethod(
            qApp,
            [self, response = std::move(response)]() mutable {
                if (!self || self->m_finished)
                    return;
                self->m_result.response = std::move(response);
                self->m_decoding = false;
                self->complete();
            },
            Qt::QueuedConnection);
    }));
}

} // namespace dcsdesk
