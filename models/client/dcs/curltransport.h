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

// Sends plain-HTTP calls through libcurl's multi interface on one worker thread, for the batch
// runner against a local target (the sandbox, a loopback server). Through Qt 6.4's
// QNetworkAccessManager a call costs about 400 µs of CPU (a QNetworkReply and its HTTP-thread
// delegate set up and torn down, two thread hops, many small reads) and at most 6 connections
// per host stay open, so a 10,000-user batch measured QNAM instead of the server
// (docs/performance.md); curl costs under 40 µs and keeps as many connections as calls in flight.
// Only http: TLS targets stay on QNAM, whose certificate errors the app explains. The answer is
// the DcsResult QNAM's path would give: status, reason, headers in order, body, timing, cap,
// timeout, truncation, and the same QNetworkReply error codes for refused or dropped
// connections. It is decoded on the worker, so the caller's thread only takes finished results.
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

private:
    struct Job
    {
        quint64 id = 0;
        DcsResult result; // the request, the limits and the start time filled in
        int timeoutMs = 0;
        qint64 maxBodyBytes = 0;
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
