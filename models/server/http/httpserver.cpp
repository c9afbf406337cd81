#include "httpserver.h"

#include "httpconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>

namespace dcsdesk {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent), m_tcp(new QTcpServer(this)), m_sweepTimer(new QTimer(this)),
      m_graceTimer(new QTimer(this))
{
    m_clock.start();
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    connect(m_sweepTimer, &QTimer::timeout, this, &HttpServer::sweep);
    m_graceTimer->setSingleShot(true);
    connect(m_graceTimer, &QTimer::timeout, this, [this] {
        const auto connections = m_connections;
        for (HttpConnection *c : connections)
            c->abort();
    });
    setLimits(m_limits);
}

HttpServer::~HttpServer()
{
    const auto connections = m_connections;
    m_connections.clear();
    for (HttpConnection *c : connections) {
        c->disconnect(this);
        delete c;
    }
}

void HttpServer::setLimits(const Limits &limits)
{
    m_limits = limits;
    // The sweep runs often enough that a deadline is never missed by more than a quarter.
    const int shortest = qMin(qMin(limits.idleTimeoutMs, limits.requestTimeoutMs),
                              qMin(limits.writeTimeoutMs, limits.lingerMs));
    m_sweepTimer->setInterval(qBound(20, shortest / 4, 1000));
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, bool allowRemote, QString *error)
{
    if (!address.isLoopback() && !allowRemote) {
        if (error)
            *error = tr("Refusing to listen on %1: the sandbox serves your workspace and listens "
                        "on loopback (127.0.0.1) only, unless you allow remote access explicitly.")
                         .arg(address.toString());
        return false;
    }
    m_shuttingDown = false;
    m_tcp->setMaxPendingConnections(qMax(30, m_limits.maxConnections));
    if (!m_tcp->listen(address, port)) {
        if (error)
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_tcp->errorString());
        return false;
    }
    m_sweepTimer->start();
    return true;
}

bool HttpServer::isListening() const
{
    return m_tcp->isListening();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_tcp->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_tcp->serverPort();
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_tcp->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (m_shuttingDown || m_connections.size() >= m_limits.maxConnections) {
            // Over the limit: answer at once and hang up, without a parser or a buffer.
            socket->write(QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\n"
                                            "Content-Type: text/plain; charset=utf-8\r\n"
                                            "Content-Length: 29\r\nRetry-After: 1\r\n"
                                            "Connection: close\r\n\r\n"
                                            "Too many connections; retry.\n"));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto *connection = new HttpConnection(socket, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, &HttpServer::onConnectionFinished,
                Qt::QueuedConnection);
    }
}

void HttpServer::onConnectionFinished(HttpConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    connection->deleteLater();
    if (m_shuttingDown && m_connections.isEmpty()) {
        m_graceTimer->stop();
        m_sweepTimer->stop();
        Q_EMIT stopped();
    }
}

void HttpServer::sweep()
{
    const qint64 t = now();
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->checkDeadlines(t);
}

void HttpServer::shutdown(int graceMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_tcp->close();
    if (m_connections.isEmpty()) {
        m_sweepTimer->stop();
        QMetaObject::invokeMethod(this, &HttpServer::stopped, Qt::QueuedConnection);
        return;
    }
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->beginShutdown();
    m_graceTimer->start(qMax(0, graceMs));
}

HttpResponse HttpServer::dispatch(const HttpRequest &request)
{
    ++m_requests;
    if (!m_handler)
        return HttpResponse::plain(404, "Not found.");
    return m_handler(request);
}

QByteArray HttpServer::dateHeader()
{
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return m_date;
}

} // namespace dcsdesk
