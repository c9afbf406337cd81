#include "testhttpserver.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace dcsdesk::test {

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out += char((v >> (8 * i)) & 0xFF);
}

} // namespace

QByteArray TestHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray TestHttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray TestHttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

TestHttpResponse TestHttpResponse::json(const QByteArray &body, int status)
{
    TestHttpResponse r;
    r.status = status;
    r.body = body;
    r.withHeader("Content-Type", "application/json;charset=utf-8");
    return r;
}

TestHttpResponse TestHttpResponse::jsonp(const QByteArray &callback, const QByteArray &json)
{
    TestHttpResponse r;
    r.body = callback + '(' + json + ");";
    r.withHeader("Content-Type", "application/javascript;charset=utf-8");
    return r;
}

TestHttpResponse TestHttpResponse::html(int status, const QByteArray &html)
{
    TestHttpResponse r;
    r.status = status;
    r.body = html;
    r.withHeader("Content-Type", "text/html; charset=utf-8");
    return r;
}

TestHttpResponse TestHttpResponse::pixel()
{
    TestHttpResponse r;
    r.body = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    r.withHeader("Content-Type", "image/gif");
    return r;
}

TestHttpResponse TestHttpResponse::redirect(int status, const QByteArray &location)
{
    TestHttpResponse r;
    r.status = status;
    r.withHeader("Location", location);
    return r;
}

TestHttpResponse TestHttpResponse::empty(int status)
{
    TestHttpResponse r;
    r.status = status;
    return r;
}

TestHttpResponse &TestHttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

QByteArray gzipCompress(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9); // 4-byte size, 2-byte header, deflate, adler32
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += zlib.mid(6, zlib.size() - 6 - 4);
    appendLe32(out, crc32(data));
    appendLe32(out, quint32(data.size()));
    return out;
}

TestHttpServer::TestHttpServer(QObject *parent) : QObject(parent)
{
    m_default = TestHttpResponse::html(404, "<html><head><title>Not Found</title></head></html>");
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    m_tls = false;
    connect(m_server.get(), &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

namespace {

QSslCertificate certificateAt(const char *relativePath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(
        QStringLiteral(DCSDESK_SOURCE_DIR "/tests/support/data/") + QLatin1String(relativePath));
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

} // namespace

QSslCertificate TestHttpServer::testCertificate()
{
    return certificateAt("test-tls-cert.pem");
}

QSslCertificate TestHttpServer::testCaCertificate()
{
    return certificateAt("tls/ca-cert.pem");
}

bool TestHttpServer::listenTls(TlsCertificate certificate)
{
    const char *cert = "test-tls-cert.pem";
    const char *key = "test-tls-key.pem";
    if (certificate == TlsCertificate::Expired) {
        cert = "tls/expired-cert.pem";
        key = "tls/expired-key.pem";
    } else if (certificate == TlsCertificate::WrongHost) {
        cert = "tls/wrong-host-cert.pem";
        key = "tls/wrong-host-key.pem";
    }
    QFile keyFile(QStringLiteral(DCSDESK_SOURCE_DIR "/tests/support/data/") + QLatin1String(key));
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate local = certificateAt(cert);
    if (local.isNull())
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(local);
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onNewConnection);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TestHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port()));
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + pathAndQuery);
}

void TestHttpServer::setRoute(const QByteArray &path, const TestHttpResponse &response)
{
    m_routes.insert(path, response);
}

void TestHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TestHttpServer::setDefaultResponse(const TestHttpResponse &response)
{
    m_default = response;
}

TestHttpRequest TestHttpServer::lastRequest() const
{
    return m_requests.isEmpty() ? TestHttpRequest() : m_requests.constLast();
}

quint16 TestHttpServer::unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    TestHttpRequest request;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.version = requestLine.value(2);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append(
                qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    m_buffers.remove(socket); // one request per connection
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    answer(socket, request);
}

void TestHttpServer::answer(QTcpSocket *socket, const TestHttpRequest &request)
{
    TestHttpResponse response = m_default;
    if (m_handler)
        response = m_handler(request);
    else if (m_routes.contains(request.path()))
        response = m_routes.value(request.path());
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard)
                send(guard, response);
        });
        return;
    }
    send(socket, response);
}

void TestHttpServer::send(QTcpSocket *socket, const TestHttpResponse &response)
{
    if (response.closeWithoutAnswer) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray body = response.gzip ? gzipCompress(response.body) : response.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      (response.reason.isEmpty() ? reasonFor(response.status) : response.reason) +
                      "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (response.gzip)
        head += "Content-Encoding: gzip\r\n";
    if (!response.noContentLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    if (response.truncateAfter >= 0)
        body.truncate(response.truncateAfter);
    if (response.dripBytes <= 0) {
        socket->write(head + body);
        socket->disconnectFromHost();
        return;
    }
    socket->write(head);
    QPointer<QTcpSocket> guard(socket);
    auto *timer = new QTimer(this);
    auto offset = std::make_shared<qsizetype>(0);
    const int chunk = response.dripBytes;
    connect(timer, &QTimer::timeout, this, [guard, timer, body, offset, chunk] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        guard->write(body.mid(*offset, chunk));
        *offset += chunk;
        if (*offset >= body.size()) {
            guard->disconnectFromHost();
            timer->deleteLater();
        }
    });
    timer->start(response.dripIntervalMs);
}

} // namespace dcsdesk::test
