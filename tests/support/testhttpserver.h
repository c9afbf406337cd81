#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QVector>

#include <functional>
#include <memory>

class QSslCertificate;
class QTcpSocket;

namespace dcsdesk::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as the test server received it, byte for byte.
struct TestHttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray version;
    RawHeaders headers; // in received order
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QByteArray path() const;
    QByteArray query() const;
};

// What the server answers, including the ways a real server misbehaves.
struct TestHttpResponse
{
    int status = 200;
    QByteArray reason; // default: the standard phrase
    RawHeaders headers;
    QByteArray body;
    bool gzip = false;               // compress the body, Content-Encoding: gzip
    qsizetype truncateAfter = -1;    // close after this many body bytes (Content-Length says all)
    int dripBytes = 0;               // send the body this many bytes at a time ...
    int dripIntervalMs = 0;          // ... every this many milliseconds
    int delayMs = 0;                 // wait before answering at all
    bool closeWithoutAnswer = false; // read the request, then close the connection
    bool noContentLength = false;    // end of body = end of connection

    static TestHttpResponse json(const QByteArray &body, int status = 200);
    static TestHttpResponse jsonp(const QByteArray &callback, const QByteArray &json);
    static TestHttpResponse html(int status, const QByteArray &html);
    static TestHttpResponse pixel(); // a 1x1 GIF, as the DCS sends without d_rtbd=json
    static TestHttpResponse redirect(int status, const QByteArray &location);
    static TestHttpResponse empty(int status = 200);
    TestHttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A loopback HTTP/1.1 server for tests (client, CLI, sandbox, batch runner). Answers by path
// (setRoute), by a callback (setHandler) or with a default; records every request. Each
// connection is closed after its answer, so every call is independent. Listens on 127.0.0.1,
// port 0, and never touches another address.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestHttpResponse(const TestHttpRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Which certificate an HTTPS test server presents (tests/support/data, README in tls/).
    enum class TlsCertificate {
        SelfSigned, // CN and IP 127.0.0.1; untrusted unless the client trusts testCertificate()
        Expired,    // issued by the test CA for 127.0.0.1, expired on 2021-01-01
        WrongHost   // issued by the test CA for dcs.example.invalid only, valid
    };

    bool listen();
    // HTTPS with one of the test certificates. A client that trusts neither testCertificate()
    // nor testCaCertificate() fails the handshake.
    bool listenTls(TlsCertificate certificate = TlsCertificate::SelfSigned);
    static QSslCertificate testCertificate();
    static QSslCertificate testCaCertificate(); // issuer of the Expired and WrongHost ones
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>
    QUrl url(const QString &pathAndQuery) const;

    void setRoute(const QByteArray &path, const TestHttpResponse &response); // path without query
    void setHandler(Handler handler);                          // takes precedence over routes
    void setDefaultResponse(const TestHttpResponse &response); // 404 text unless set

    QVector<TestHttpRequest> requests() const { return m_requests; }
    int requestCount() const { return m_requests.size(); }
    TestHttpRequest lastRequest() const;
    void clearRequests() { m_requests.clear(); }

    // A loopback port where nothing listens, so connecting to it is refused.
    static quint16 unusedPort();

Q_SIGNALS:
    void requestReceived(const dcsdesk::test::TestHttpRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const TestHttpRequest &request);
    void send(QTcpSocket *socket, const TestHttpResponse &response);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, TestHttpResponse> m_routes;
    Handler m_handler;
    TestHttpResponse m_default;
    QVector<TestHttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// gzip (RFC 1952) without a zlib dependency: qCompress's deflate stream in a gzip frame.
QByteArray gzipCompress(const QByteArray &data);

} // namespace dcsdesk::test
