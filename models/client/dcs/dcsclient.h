#pragma once

#include "dcsresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace dcsdesk {

class CurlTransport;
class DcsCall;
class HttpTransport;
class QnamTransport;

// Sends prepared DCS requests through libcurl (CurlTransport), which puts on the wire exactly
// what the request shows. A refused request (blocking findings) is never sent. Each send()
// returns a DcsCall that reports progress and finishes exactly once with a DcsResult. A client
// given a QNetworkAccessManager (or made while NetworkAccess::setManager injects one) sends
// through it instead (QnamTransport): tests fake faults loopback cannot produce that way, such
// as an unknown host, without a name lookup.
class DcsClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 10000;                  // the whole call, including a slow drip
        qint64 maxBodyBytes = 16 * 1024 * 1024; // the answer is cut off above this
        QString caFile; // PEM certificates trusted instead of SSL_CERT_FILE or the system's
        // "sha256//BASE64": this server key is trusted whoever signed its certificate (the
        // profile's "trust this certificate"); any other key is refused.
        QString pinnedPublicKey;
    };

    static constexpr int DefaultConnections = 6;

    explicit DcsClient(QObject *parent = nullptr);
    // Sends through this manager (tests' fault injection) until setFastTransport(n > 0); the
    // client does not own it.
    DcsClient(QNetworkAccessManager *manager, QObject *parent);

    Options options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // Keeps up to maxConnections connections open (the batch runner's concurrency); 0 goes back
    // to the default (DefaultConnections, or the injected manager). Not while calls are in flight.
    void setFastTransport(int maxConnections);

    // The call is a child of this client; delete it (deleteLater) once finished() was handled.
    DcsCall *send(const PreparedRequest &request);

    // Sends and waits in a local event loop (CLI, tests). Returns the finished result.
    DcsResult sendAndWait(const PreparedRequest &request);

    // The transport send() would use for this request (tests run one suite on both).
    HttpTransport *transportFor(const PreparedRequest &request) const;

private:
    QnamTransport *m_qnam = nullptr;
    CurlTransport *m_fastTransport = nullptr;
    Options m_options;
};

// One call in flight. finished() is emitted once, always asynchronously (also for a refused
// request), after which result() is complete.
class DcsCall : public QObject
{
    Q_OBJECT

public:
    // Answers larger than this are decoded on a worker thread (finished() comes after).
    static constexpr qsizetype BackgroundDecodeBytes = 512 * 1024;

    const DcsResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    qint64 bytesReceived() const { return m_result.body.size(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished();

private:
    friend class DcsClient;
    friend class CurlTransport;
    friend class QnamExchange;
    DcsCall(HttpTransport *transport, const PreparedRequest &request,
            const DcsClient::Options &options, QObject *parent);
    void start();
    // From the transport: the answer as it came (decoded here unless the transport did).
    void finishFromTransport(DcsResult &&result);
    void finishWithoutReply(DcsResult::Outcome outcome);
    void complete();

    QPointer<HttpTransport> m_transport;
    quint64 m_transportId = 0; // the transport's own key for this call
    DcsClient::Options m_options;
    DcsResult m_result;
    QElapsedTimer m_clock;
    bool m_finished = false;
    bool m_decoding = false; // a large answer is being decoded on a worker thread
};

} // namespace dcsdesk
