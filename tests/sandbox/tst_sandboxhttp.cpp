// Issue 18 item 8: the four defects of the old hand-written server, sent as exact bytes over a
// raw socket to the real sandbox (SandboxService on 127.0.0.1, port 0, the sample workspace).
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"

#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

using namespace dcsdesk;

namespace {

// Everything the server sends on one connection until it closes it (or timeoutMs pass).
struct Exchange
{
    QByteArray received;
    bool closedByServer = false;

    int responseCount() const { return int(received.count("HTTP/1.1 ")); }
    int firstStatus() const { return received.mid(9, 3).toInt(); }
};

Exchange exchange(quint16 port, const QByteArray &bytes, bool halfClose = false,
                  int timeoutMs = 5000)
{
    Exchange e;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return e;
    socket.write(bytes);
    socket.flush();
    if (halfClose) {
        socket.waitForBytesWritten(5000);
        // Qt has no half-close: shut the sending side on the descriptor itself.
        ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    }
    e.closedByServer = QTest::qWaitFor(
        [&] {
            socket.waitForReadyRead(20);
            e.received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    e.received += socket.readAll();
    return e;
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private:
    SandboxService m_service;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QString error;
        QVERIFY2(m_service.setWorkspaceFile(test::samplePath(), &error), qPrintable(error));
        QVERIFY2(m_service.start(&error), qPrintable(error));
    }

    // A Content-Length hidden behind a bare LF: a front end that ends lines at CRLF only sees
    // one header "X-A: 1\nContent-Length: 5" and no body, and would pass "hello" plus the
    // smuggled GET as the next request. Refused, and the smuggled request is never answered.
    void contentLengthAfterBareLfIsRefused()
    {
        const Exchange e =
            exchange(m_service.port(), "POST /event HTTP/1.1\r\nHost: sample.demdex.net\r\n"
                                       "X-A: 1\nContent-Length: 5\r\n\r\nhello"
                                       "GET /smuggled HTTP/1.1\r\nHost: sample.demdex.net\r\n\r\n");
        QCOMPARE(e.firstStatus(), 400);
        QCOMPARE(e.responseCount(), 1);
        QVERIFY(e.received.contains("Connection: close"));
        QVERIFY(e.closedByServer);
    }

    // A bare CR in a chunk size line ("5\r;x"): parsers that read "5" and skip to the LF
    // disagree with those that refuse it about where the body ends.
    void bareCrInChunkSizeIsRefused()
    {
        const Exchange e =
            exchange(m_service.port(), "POST /event HTTP/1.1\r\nHost: sample.demdex.net\r\n"
                                       "Transfer-Encoding: chunked\r\n\r\n"
                                       "5\r;x\r\nc_a=1\r\n0\r\n\r\n"
                                       "GET /smuggled HTTP/1.1\r\nHost: sample.demdex.net\r\n\r\n");
        QCOMPARE(e.firstStatus(), 400);
        QCOMPARE(e.responseCount(), 1);
        QVERIFY(e.closedByServer);
    }

    // RFC 9112 §3.2: more than one Host header is a 400, whichever alias each names.
    void twoHostHeadersAre400()
    {
        const Exchange e = exchange(m_service.port(),
                                    "GET /event?d_rtbd=json HTTP/1.1\r\nHost: sample.demdex.net\r\n"
                                    "Host: other.demdex.net\r\n\r\n");
        QCOMPARE(e.firstStatus(), 400);
        QVERIFY(e.received.contains("More than one Host header."));
        QVERIFY(e.closedByServer);
    }

    // A client that sends a whole request and shuts its sending side (curl --http1.1 with
    // a request file, nc -N) still gets its answer, then the server closes.
    void halfClosedClientGetsItsAnswer()
    {
        const Exchange e = exchange(m_service.port(),
                                    "GET /event?d_rtbd=json&c_interest=golf HTTP/1.1\r\n"
                                    "Host: sample.demdex.net\r\n\r\n",
                                    true);
        QCOMPARE(e.firstStatus(), 200);
        QVERIFY(e.received.contains("\"uuid\""));
        QVERIFY(e.closedByServer);
    }

    // Well-formed pipelined calls get their answers in order, with the engine's headers, and the
    // connection stays open for the next call.
    void wellFormedCallsKeepTheirAnswer()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_service.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray call = "GET /event?d_rtbd=json&c_interest=golf HTTP/1.1\r\n"
                                "Host: sample.demdex.net\r\n\r\n";
        socket.write(call + call);
        QByteArray raw;
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(20);
                raw += socket.readAll();
                return raw.count("HTTP/1.1 200 OK") == 2 && raw.endsWith("}");
            },
            5000));
        QVERIFY(raw.contains("Cache-Control: "));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
