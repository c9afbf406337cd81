#include "http/httpserver.h"
#include "testworkspace.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace dcsdesk;

namespace {

// One parsed response read off a raw socket.
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

// Parses complete responses from the front of buffer (removing them).
bool takeResponse(QByteArray &buffer, RawResponse *out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    RawResponse r;
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    r.status = status.value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const qsizetype length = r.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    *out = r;
    return true;
}

// A raw client that keeps the event loop running while it waits (the server's stopped() signal
// arrives through it).
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = QTest::qWaitFor(
            [&] {
                return m_socket.state() == QAbstractSocket::ConnectedState ||
                       m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    bool read(RawResponse *out, int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return takeResponse(m_buffer, out);
            },
            timeoutMs);
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    QByteArray readRaw() { return m_socket.readAll(); }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

HttpResponse echo(const HttpRequest &r)
{
    QByteArray text = r.method + ' ' + r.target + ' ' + r.version +
                      " headers=" + QByteArray::number(r.headers.size()) + " body=" + r.body;
    return HttpResponse(200, "text/plain", text);
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;

    quint16 startServer(const HttpServer::Limits &limits = HttpServer::Limits())
    {
        m_server = std::make_unique<HttpServer>();
        m_server->setHandler(echo);
        m_server->setLimits(limits);
        QString error;
        if (!m_server->listen(QHostAddress::LocalHost, 0, false, &error))
            qFatal("listen: %s", qPrintable(error));
        return m_server->serverPort();
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() { m_server.reset(); }

    void keepAlive()
    {
        RawClient client(startServer());
        RawResponse r;
        for (int i = 0; i < 3; ++i) {
            client.send("GET /a?i=" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(client.read(&r));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, "GET /a?i=" + QByteArray::number(i) + " HTTP/1.1 headers=1 body=");
            QVERIFY(r.header("Connection").isNull());
            QVERIFY(!r.header("Date").isEmpty());
        }
        QVERIFY(client.isConnected());
        QCOMPARE(m_server->connectionCount(), 1);
        client.send("GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(client.read(&r));
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void pipelining()
    {
        RawClient client(startServer());
        client.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\n"
                    "Content-Length: 3\r\n\r\nabcGET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
        RawResponse r;
        QVERIFY(client.read(&r));
        QVERIFY(r.body.startsWith("GET /1 "));
        QVERIFY(client.read(&r));
        QVERIFY(r.body.startsWith("POST /2 "));
        QVERIFY(r.body.endsWith("body=abc"));
        QVERIFY(client.read(&r));
        QVERIFY(r.body.startsWith("GET /3 "));
    }

    void http10()
    {
        const quint16 port = startServer();
        RawClient closing(port);
        closing.send("GET / HTTP/1.0\r\n\r\n");
        RawResponse r;
        QVERIFY(closing.read(&r));
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(closing.waitClosed());
        RawClient kept(port);
        kept.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(kept.read(&r));
        QCOMPARE(r.header("Connection"), QByteArray("keep-alive"));
        kept.send("GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(kept.read(&r));
        QVERIFY(r.body.startsWith("GET /again"));
    }

    void bodies()
    {
        RawClient client(startServer());
        RawResponse r;
        client.send("POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: "
                    "application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\nc_a=1&c_b=2");
        QVERIFY(client.read(&r));
        QVERIFY(r.body.endsWith("body=c_a=1&c_b=2"));
        client.send("POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nc_a=1\r\n6;ext=1\r\n&c_b=2\r\n0\r\nTrailer: yes\r\n\r\n");
        QVERIFY(client.read(&r));
        QVERIFY2(r.body.endsWith("body=c_a=1&c_b=2"), r.body);
        // Expect: 100-continue gets an interim answer before the body is sent.
        client.send(
            "POST /e HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QVERIFY(client.read(&r));
        QCOMPARE(r.status, 100);
        client.send("ok");
        QVERIFY(client.read(&r));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.endsWith("body=ok"));
    }

    void headHasNoBody()
    {
        RawClient client(startServer());
        client.send("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray raw;
        QVERIFY(QTest::qWaitFor(
            [&] {
                raw += client.readRaw();
                return raw.count("HTTP/1.1 200 OK") == 2 && raw.endsWith("body=");
            },
            5000));
        const qsizetype headEnd = raw.indexOf("\r\n\r\n") + 4;
        // The HEAD answer announces the GET body's length, and no body bytes follow it.
        QVERIFY(raw.left(headEnd).contains(
            "Content-Length: " +
            QByteArray::number(QByteArray("HEAD /h HTTP/1.1 headers=1 body=").size())));
        QVERIFY(raw.mid(headEnd).startsWith("HTTP/1.1 200 OK"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("two parts") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("four parts") << QByteArray("GET / HTTP/1.1 x\r\n\r\n") << 400;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("GET / HTTX/1.1\r\n\r\n") << 400;
        QTest::newRow("relative target") << QByteArray("GET event HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        // RFC 9112 §5.2: obs-fold is refused or replaced by spaces; Beast replaces it.
        QTest::newRow("folded header joined")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  y\r\n\r\n") << 200;
        QTest::newRow("bad content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n") << 400;
        QTest::newRow("negative content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("conflicting content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n")
            << 400;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("gzip coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("unknown expectation")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\nContent-Length: 1\r\n"
                          "\r\nx")
            << 417;
        QTest::newRow("bare newlines refused") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("bare CR in a field")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\rX-B: 2\r\n\r\n") << 400;
        QTest::newRow("two Host headers")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        // The DCS answers a missing Host with its error 100, so the server lets it through.
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 200;
        QTest::newRow("chunked with HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("blank lines before the request line")
            << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") << 200;
    }
    void malformed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient client(startServer());
        client.send(request);
        RawResponse r;
        QVERIFY(client.read(&r));
        QCOMPARE(r.status, status);
        if (status != 200) {
            QCOMPARE(r.header("Connection"), QByteArray("close"));
            QVERIFY(client.waitClosed());
        }
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray longTarget = "/event?c_x=" + QByteArray(9000, 'a');
        QTest::newRow("request line over 8K")
            << QByteArray("GET " + longTarget + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414;
        QTest::newRow("request line over 8K, never ended")
            << QByteArray("GET " + longTarget) << 414;
        QTest::newRow("8K target fits") << QByteArray("GET /event?c_x=" + QByteArray(8100, 'a') +
                                                      " HTTP/1.1\r\nHost: x\r\n\r\n")
                                        << 200;
        QTest::newRow("header section over 16K")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(17000, 'b') + "\r\n\r\n") << 431;
        QTest::newRow("huge header never ended")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(30000, 'b')) << 431;
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 101; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 headers") << QByteArray(many + "\r\n") << 431;
        QTest::newRow("body over 32K")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 40000\r\n\r\n" +
                          QByteArray(40000, 'x'))
            << 413;
        QTest::newRow("chunked body over 32K")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n8000\r\n" +
                   QByteArray(0x8000, 'x') + "\r\n10\r\n" + QByteArray(16, 'y') + "\r\n0\r\n\r\n")
            << 413;
        QTest::newRow("32K body fits")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 32768\r\n\r\n" +
                          QByteArray(32768, 'x'))
            << 200;
    }
    void limits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient client(startServer());
        client.send(request);
        RawResponse r;
        QVERIFY(client.read(&r));
        QCOMPARE(r.status, status);
        if (status != 200)
            QVERIFY(client.waitClosed());
    }

    void slowClientGets408()
    {
        HttpServer::Limits limits;
        limits.requestTimeoutMs = 300;
        RawClient client(startServer(limits));
        // A slowloris client: a byte now and then, never finishing the request.
        client.send("GET /ev");
        QTest::qWait(150);
        client.send("e");
        QTest::qWait(150);
        client.send("n");
        RawResponse r;
        QVERIFY(client.read(&r, 5000));
        QCOMPARE(r.status, 408);
        QVERIFY(client.waitClosed());
    }

    void idleConnectionsClose()
    {
        HttpServer::Limits limits;
        limits.idleTimeoutMs = 300;
        const quint16 port = startServer(limits);
        RawClient silent(port);
        QVERIFY(silent.isConnected());
        QVERIFY(silent.waitClosed(5000));
        // Also after a kept-alive answer.
        RawClient kept(port);
        kept.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        RawResponse r;
        QVERIFY(kept.read(&r));
        QVERIFY(kept.waitClosed(5000));
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void connectionLimit()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 5;
        const quint16 port = startServer(limits);
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 5; ++i) {
            clients.push_back(std::make_unique<RawClient>(port));
            QVERIFY(clients.back()->isConnected());
        }
        QTRY_COMPARE(m_server->connectionCount(), 5);
        RawClient extra(port);
        RawResponse r;
        QVERIFY(extra.read(&r));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        QVERIFY(extra.waitClosed());
        clients.pop_back();
        QTRY_COMPARE(m_server->connectionCount(), 4);
        RawClient again(port);
        again.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(again.read(&r));
        QCOMPARE(r.status, 200);
    }

    void manyConnections()
    {
        const quint16 port = startServer();
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 100; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            sockets.push_back(std::move(socket));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(sockets.begin(), sockets.end(), [](const auto &s) {
                    return s->state() == QAbstractSocket::ConnectedState;
                });
            },
            10000));
        for (int i = 0; i < 100; ++i)
            sockets[i]->write("GET /n" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        std::vector<QByteArray> buffers(sockets.size());
        QVERIFY(QTest::qWaitFor(
            [&] {
                bool all = true;
                for (size_t i = 0; i < sockets.size(); ++i) {
                    buffers[i] += sockets[i]->readAll();
                    all = all && buffers[i].contains("GET /n" + QByteArray::number(int(i)) + " ");
                }
                return all;
            },
            10000));
        QCOMPARE(m_server->connectionCount(), 100);
        QCOMPARE(m_server->requestCount(), quint64(100));
    }

    void loopbackOnlyUnlessAllowed()
    {
        HttpServer server;
        QString error;
        QVERIFY(!server.listen(QHostAddress::Any, 0, false, &error));
        QVERIFY(error.contains(QLatin1String("0.0.0.0")));
        QVERIFY(!server.isListening());
        QVERIFY(server.listen(QHostAddress::LocalHostIPv6, 0, false, &error) ||
                error.contains(QLatin1String("::1")));
    }

    void gracefulShutdown()
    {
        const quint16 port = startServer();
        RawClient idle(port);
        RawClient busy(port);
        // 100 Continue proves the server has the head and waits for the body.
        busy.send(
            "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        RawResponse interim;
        QVERIFY(busy.read(&interim));
        QCOMPARE(interim.status, 100);
        busy.send("ab");
        QTRY_COMPARE(m_server->connectionCount(), 2);
        QSignalSpy stopped(m_server.get(), &HttpServer::stopped);
        m_server->shutdown(5000);
        QVERIFY(idle.waitClosed());
        QVERIFY(stopped.isEmpty());
        // The request that was arriving still gets its answer, then the connection closes.
        busy.send("cd");
        RawResponse r;
        QVERIFY(busy.read(&r));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.endsWith("body=abcd"));
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(busy.waitClosed());
        QTRY_COMPARE(stopped.size(), 1);
        RawClient late(port);
        QVERIFY(!late.isConnected());
    }

    void shutdownAbortsAfterGrace()
    {
        const quint16 port = startServer();
        RawClient stuck(port);
        stuck.send("GET /never-finished");
        QTRY_COMPARE(m_server->connectionCount(), 1);
        QSignalSpy stopped(m_server.get(), &HttpServer::stopped);
        m_server->shutdown(200);
        QVERIFY(stopped.wait(5000));
        QVERIFY(stuck.waitClosed());
    }

    void qnamGetPostAndReuse()
    {
        const quint16 port = startServer();
        QNetworkAccessManager nam;
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/event?i=%1").arg(i))));
            request.setRawHeader("Host", "sample.demdex.net");
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(reply->readAll().startsWith("GET /event?i=" + QByteArray::number(i)));
        }
        QNetworkRequest post(base.resolved(QUrl(QStringLiteral("/event"))));
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QStringLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(nam.post(post, "c_a=1&c_b=%20"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->readAll().endsWith("body=c_a=1&c_b=%20"));
        // Keep-alive: QNAM reused its connection(s) instead of opening one per request.
        QVERIFY(m_server->connectionCount() <= 2);
        QCOMPARE(m_server->requestCount(), quint64(4));
    }

    void qnamSeesTooLarge()
    {
        const quint16 port = startServer();
        QNetworkAccessManager nam;
        QNetworkRequest post(QUrl(QStringLiteral("http://127.0.0.1:%1/event").arg(port)));
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QStringLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(nam.post(post, QByteArray(40000, 'x')));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
