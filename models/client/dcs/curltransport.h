#pragma once

#include "httptransport.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace dcsdesk {

class DcsCall;

// Sends the app's and the CLI's DCS calls (http and https) through libcurl's multi interface on
// one worker thread. It puts on the wire exactly the PreparedRequest: its method, URL, headers in
// their order and body bytes, and nothing else. QNAM cannot do that: Qt 6.4 adds Accept-Language
// (the DCS turns it into the h_accept-language signal), Accept-Encoding, Connection and, for an
// uncached call, Cache-Control and Pragma, none of which the user saw. It is also ten times
// cheaper per call and keeps as many connections as calls in flight, which a 10,000-user batch
// needs (docs/performance.md). TLS is verified, never ignored; why a certificate was refused is
// asked of Qt afterwards (TlsProbe) so the explanation is the one the app gives everywhere. The
// answer fills the same DcsResult as QnamTransport: status, reason, headers in order, body,
// timing, cap, timeout, truncation, Qt's error codes. It is decoded on the worker, so the
// caller's thread only takes finished results.
class CurlTransport : public HttpTransport
{
    Q_OBJECT

public:
    explicit CurlTransport(int maxConnections, QObject *parent = nullptr);
    ~CurlTransport() override; // aborts what is in flight; those calls finish as Cancelled

    // A request this transport sends as QNAM would: http, GET or POST, a valid URL.
    bool canSend(const PreparedRequest &request) const override;

    // Queues the call. `call` gets its result through DcsCall::finishFromTransport on this
    // object's thread; a call deleted before then is skipped.
    void send(DcsCall *call, const DcsResult &started, const DcsClient::Options &options) override;
    // The call finishes as Cancelled with what had arrived, or with its answer when that was
    // complete before the cancel reached the worker.
    void cancel(DcsCall *call) override;

    // From the worker: DcsCall::progress on this object's thread, every ProgressStepBytes.
    static constexpr qint64 ProgressStepBytes = 64 * 1024;
    void postProgress(quint64 id, qint64 received, qint64 total);

private:
    struct Job
    {
        quint64 id = 0;
        DcsResult result; // the request, the limits and the start time filled in
        int timeoutMs = 0;
        qint64 maxBodyBytes = 0;
        QByteArray caFile;
        QByteArray caDirectory;
        QByteArray pinnedPublicKey;
        std::chrono::steady_clock::time_point submitted;
    };
    struct Done
    {
        quint64 id = 0;
        DcsResult result;
    };

    void run(); // the worker thread
    void deliver();

    // Shared between the threads, under m_mutex.
    QMutex m_mutex;
    std::vector<Job> m_pending;
    std::vector<quint64> m_cancels;
    std::vector<Done> m_done;
    bool m_deliveryPosted = false;
    bool m_stop = false;

    // The caller's thread only.
    QHash<quint64, QPointer<DcsCall>> m_calls;
    quint64 m_nextId = 1;

    const int m_maxConnections;
    void *m_multi = nullptr; // CURLM, created and used by the worker; woken from any thread
    std::atomic<bool> m_multiReady{false};
    std::thread m_thread;
};

} // namespace dcsdesk
