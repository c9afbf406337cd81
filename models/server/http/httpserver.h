#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <functional>

class QTcpServer;

namespace dcsdesk {

class HttpConnection;

// A small HTTP/1.1 server on QTcpServer for the sandbox and for tests (QHttpServer's API changes
// across Qt versions). It owns the protocol's defensive side: keep-alive and pipelining,
// request-line, header and body limits (414/431/413), malformed requests (400), idle and
// slow-client timeouts, a connection limit (503), lingering close and a graceful shutdown. The
// handler only maps a parsed request to a response. Single-threaded: the server, its
// connections and the handler run in the thread the server lives in.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxRequestLineBytes = 8192 + 32; // the DCS takes GETs of 8K (domain.md §1.2)
        int maxHeaderBytes = 16 * 1024;      // header section, request line excluded
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 32 * 1024; // the DCS takes POSTs of 32K (§1.2)
        int maxConnections = 256;
        int idleTimeoutMs = 15000;    // a kept-alive connection with no new request
        int requestTimeoutMs = 10000; // from a request's first byte to its last (slow clients)
        int writeTimeoutMs = 10000;   // a client that stops reading its answers
        int lingerMs = 2000;          // reading leftovers after an error before closing
    };
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }
    void setServerName(const QByteArray &name) { m_serverName = name; }

    // Loopback only unless allowRemote: the sandbox holds a user's workspace. False with a
    // translated message when the address is refused or taken.
    bool listen(const QHostAddress &address, quint16 port, bool allowRemote, QString *error);
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    int connectionCount() const { return int(m_connections.size()); }
    quint64 requestCount() const { return m_requests; }

    // Stops accepting, closes idle connections, lets requests that are arriving finish (their
    // answers close the connection) and aborts what is left after graceMs. Emits stopped() once
    // no connection is left (at once when there is none).
    void shutdown(int graceMs = 2000);
    bool isShuttingDown() const { return m_shuttingDown; }

Q_SIGNALS:
    void stopped();

private:
    friend class HttpConnection;
    void onNewConnection();
    void onConnectionFinished(HttpConnection *connection);
    void sweep();
    HttpResponse dispatch(const HttpRequest &request);
    QByteArray dateHeader();
    qint64 now() const { return m_clock.elapsed(); }

    QTcpServer *m_tcp;
    Handler m_handler;
    Limits m_limits;
    QByteArray m_serverName = QByteArrayLiteral("dcsdesk");
    QSet<HttpConnection *> m_connections;
    QTimer *m_sweepTimer; // children, so they move to the server's thread with it
    QTimer *m_graceTimer;
    QElapsedTimer m_clock;
    bool m_shuttingDown = false;
    quint64 m_requests = 0;
    qint64 m_dateSecond = -1;
    QByteArray m_date;
};

} // namespace dcsdesk
