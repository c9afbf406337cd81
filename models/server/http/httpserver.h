#pragma once

#include "httplimits.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

namespace dcsdesk {

// The sandbox's HTTP/1.1 server, on Boost.Asio with Boost.Beast's strict request parser
// (HttpRequestReader). It owns the protocol's defensive side: keep-alive and pipelining, size
// limits (414/431/413), malformed and smuggling-shaped requests (400), idle and slow-client
// timeouts (408), a connection limit (503), lingering close, half-closed clients and a graceful
// shutdown. The handler only maps a parsed request to a response.
//
// Threads: the connections run on limits().threads network threads of the server's own, and
// the handler is called on them, several at once: it must be thread-safe. The QObject itself
// and its stopped() signal belong to the thread that created it.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Limits = HttpLimits;
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override; // aborts what is left and joins the network threads

    // Before listen().
    void setHandler(Handler handler);
    void setLimits(const Limits &limits);
    const Limits &limits() const;
    void setServerName(const QByteArray &name);

    // Loopback only unless allowRemote: the sandbox holds a user's workspace. False with a
    // translated message when the address is refused or taken.
    bool listen(const QHostAddress &address, quint16 port, bool allowRemote, QString *error);
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    int connectionCount() const;
    quint64 requestCount() const;

    // Stops accepting, closes idle connections, lets requests that are arriving finish (their
    // answers close the connection) and aborts what is left after graceMs. Emits stopped() once
    // no connection is left (at once when there is none).
    void shutdown(int graceMs = 2000);
    bool isShuttingDown() const;
    // Blocks until no connection is left after shutdown(), at most timeoutMs; false on timeout.
    bool waitStopped(int timeoutMs);

    struct Impl;

Q_SIGNALS:
    void stopped();

private:
    std::unique_ptr<Impl> d;
};

} // namespace dcsdesk
