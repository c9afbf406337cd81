// The network fault table of docs/reliability.md, end to end: each fault is sent from the
// console (the message it shows, the history record it leaves) and, where the call fails, from
// dcsdesk-cli send (the message and exit code 3). Every server is on 127.0.0.1; an unknown host is
// injected with FailingNetworkAccessManager, so no name is ever looked up.
#include "cli/cliapp.h"
#include "cli/cliio.h"
#include "cli/cliregistry.h"
#include "console/consoleview.h"
#include "console/requestbuilderwidget.h"
#include "console/responsewidget.h"
#include "console/sandboxendpoint.h"
#include "dcs/dcsclient.h"
#include "dcs/networkaccess.h"
#include "failingnetworkaccessmanager.h"
#include "history/historystore.h"
#include "system/datetext.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "trustedcertificate.h"
#include "workspace/workspacedocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;
using test::TestHttpResponse;
using test::TestHttpServer;

namespace {

const QString kUuid = QStringLiteral("07955261652886032950143702505894272138");
const QByteArray kAnswer = "{\"stuff\":[],\"uuid\":\"07955261652886032950143702505894272138\","
                           "\"dcs_region\":9,\"tid\":\"31ZpxW5bQGc=\"}";

struct ConsoleRun
{
    QString status;  // the response's status line
    QString decoded; // every text of the decoded tree, one per line
    HistoryEntry entry;
    int historySize = 0;
};

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonObject result() const { return json().value(QStringLiteral("result")).toObject(); }
};

void collect(QTreeWidgetItem *item, QStringList &out)
{
    out.append(item->text(0) + QLatin1Char('\t') + item->text(1));
    for (int i = 0; i < item->childCount(); ++i)
        collect(item->child(i), out);
}

// Trusts the test CA (and so the expired and wrong-host certificates' issuer) while it lives.
class TrustTestCa : public test::TrustedCertificate
{
public:
    TrustTestCa() : TrustedCertificate(TestHttpServer::testCaCertificate()) {}
};

// Makes the shared manager (the one dcsdesk-cli uses) fail every call while it lives.
class InjectedManager
{
public:
    explicit InjectedManager(QNetworkAccessManager *manager) { NetworkAccess::setManager(manager); }
    ~InjectedManager() { NetworkAccess::setManager(nullptr); }
};

} // namespace

class TstNetworkFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectionRefused();
    void unknownHost();
    void timeout();
    void resetMidBody();
    void slowDrip();
    void bodyOverCap();
    void malformedJson();
    void jsonpWrongCallback();
    void redirect();
    void rateLimitedRetryAfter();
    void serverError();
    void tlsSelfSigned();
    void tlsExpired();
    void tlsHostNameMismatch();
    void messagesAreTranslated();

private:
    ConsoleRun console(const QUrl &base, DcsClient::Options options = {},
                       QNetworkAccessManager *manager = nullptr,
                       const QString &callback = QString());
    CliRun cli(const QStringList &args);
    QStringList sendArgs(const QUrl &base) const;

    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<CliRegistry> m_registry;
    TestHttpServer *m_server = nullptr;
};

void TstNetworkFaults::initTestCase()
{
    test::initTestEnvironment();
    qputenv("LC_ALL", "C");
    m_document = std::make_unique<WorkspaceDocument>();
    m_document->reset(test::sampleWorkspace());
    m_registry = CliApp::defaultRegistry();
}

void TstNetworkFaults::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
}

void TstNetworkFaults::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

ConsoleRun TstNetworkFaults::console(const QUrl &base, DcsClient::Options options,
                                     QNetworkAccessManager *manager, const QString &callback)
{
    ConsoleRun run;
    QTemporaryDir dir;
    HistoryStore history(dir.path());
    QNetworkAccessManager own;
    DcsClient client(manager ? manager : &own, nullptr);
    client.setOptions(options);
    FixedSandboxEndpoint endpoint(base);
    ConsoleView view(m_document.get(), &client, &history, &endpoint);
    if (!callback.isEmpty()) {
        DcsRequest request = view.builder()->request();
        request.callback = callback;
        view.builder()->setRequest(request);
    }
    QSignalSpy finished(&view, &ConsoleView::callFinished);
    view.send();
    if (!finished.wait(10000))
        return run;
    // The decoded view is built off the UI thread; wait until it shows more than "Decoding…".
    QTreeWidget *tree = view.response()->decodedTree();
    const auto texts = [tree] {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            collect(tree->topLevelItem(i), out);
        return out;
    };
    (void)QTest::qWaitFor(
        [&] {
            const QStringList now = texts();
            return !now.isEmpty() && !now.first().startsWith(QStringLiteral("Decoding"));
        },
        5000);
    run.status = view.response()->statusLabel()->text();
    run.decoded = texts().join(QLatin1Char('\n'));
    run.historySize = history.entries().size();
    if (!history.entries().isEmpty())
        run.entry = history.entries().first();
    return run;
}

CliRun TstNetworkFaults::cli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliIo io(out, err, [] { return QByteArray(); });
    r.code = CliApp::run(QStringList{QStringLiteral("dcsdesk-cli")} + args, io, *m_registry);
    out.flush();
    err.flush();
    return r;
}

QStringList TstNetworkFaults::sendArgs(const QUrl &base) const
{
    return {QStringLiteral("send"),
            QStringLiteral("--base-url"),
            base.toString(),
            QStringLiteral("--alias"),
            QStringLiteral("foo"),
            QStringLiteral("--uuid"),
            kUuid};
}

void TstNetworkFaults::connectionRefused()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(TestHttpServer::unusedPort()));
    const ConsoleRun c = console(base);
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("network-error"));
    QVERIFY2(c.entry.error.contains(QStringLiteral("connection was refused")),
             qPrintable(c.entry.error));
    QVERIFY2(c.status.contains(QStringLiteral("connection was refused")), qPrintable(c.status));

    const CliRun r = cli(sendArgs(base));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("connection was refused")), qPrintable(r.out));
}

void TstNetworkFaults::unknownHost()
{
    const QUrl base(QStringLiteral("https://nosuchalias.demdex.net"));
    test::FailingNetworkAccessManager failing(QNetworkReply::HostNotFoundError);
    const ConsoleRun c = console(base, {}, &failing);
    QCOMPARE(failing.requestCount(), 1);
    QCOMPARE(failing.lastUrl().host(), QStringLiteral("nosuchalias.demdex.net"));
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("network-error"));
    QCOMPARE(c.entry.statusText(), QStringLiteral("Network error"));
    QVERIFY2(c.entry.error.contains(
                 QStringLiteral("host name nosuchalias.demdex.net could not be found")),
             qPrintable(c.entry.error));
    QVERIFY(c.entry.error.contains(QStringLiteral("the region and the alias")));
    QVERIFY2(c.status.contains(QStringLiteral("could not be found")), qPrintable(c.status));

    // dcsdesk-cli send to a region and alias: the shared manager is the failing one.
    InjectedManager injected(&failing);
    CliRun r = cli({QStringLiteral("send"), QStringLiteral("--region"), QStringLiteral("9"),
                    QStringLiteral("--alias"), QStringLiteral("nosuchalias"),
                    QStringLiteral("--uuid"), kUuid});
    QCOMPARE(r.code, 3);
    QCOMPARE(failing.requestCount(), 2);
    QVERIFY2(r.out.contains(QStringLiteral("could not be found")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("nosuchalias.demdex.net")));
    r = cli({QStringLiteral("send"), QStringLiteral("--json"), QStringLiteral("--region"),
             QStringLiteral("9"), QStringLiteral("--alias"), QStringLiteral("nosuchalias"),
             QStringLiteral("--uuid"), kUuid});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.json().value(QStringLiteral("exitCode")).toInt(), 3);
    QCOMPARE(r.result().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("network-error"));
    QVERIFY(r.result()
                .value(QStringLiteral("failure"))
                .toString()
                .contains(QStringLiteral("could not be found")));
}

void TstNetworkFaults::timeout()
{
    TestHttpResponse slow = TestHttpResponse::json(kAnswer);
    slow.delayMs = 5000;
    m_server->setDefaultResponse(slow);
    DcsClient::Options options;
    options.timeoutMs = 300;
    const ConsoleRun c = console(m_server->baseUrl(), options);
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("timeout"));
    QVERIFY2(c.entry.error.contains(QStringLiteral("within 0.3 s")), qPrintable(c.entry.error));
    QVERIFY(c.entry.error.contains(QStringLiteral("raise the timeout")));
    QVERIFY(c.status.contains(QStringLiteral("No complete answer")));

    QStringList args = sendArgs(m_server->baseUrl());
    args << QStringLiteral("--timeout") << QStringLiteral("0.3");
    const CliRun r = cli(args);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("within 0.3 s")), qPrintable(r.out));
}

void TstNetworkFaults::resetMidBody()
{
    TestHttpResponse cut = TestHttpResponse::json(kAnswer);
    cut.truncateAfter = 20;
    m_server->setDefaultResponse(cut);
    const ConsoleRun c = console(m_server->baseUrl());
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("network-error"));
    QCOMPARE(c.entry.httpStatus, 200);
    QCOMPARE(c.entry.bodySize, qint64(20));
    const QString expected =
        QStringLiteral("closed before the whole answer arrived (20 of %1 bytes)")
            .arg(kAnswer.size());
    QVERIFY2(c.entry.error.contains(expected), qPrintable(c.entry.error));
    QVERIFY2(c.status.contains(expected), qPrintable(c.status));

    const CliRun r = cli(sendArgs(m_server->baseUrl()));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void TstNetworkFaults::slowDrip()
{
    TestHttpResponse drip = TestHttpResponse::json(QByteArray(400, ' ') + kAnswer);
    drip.dripBytes = 1;
    drip.dripIntervalMs = 20;
    m_server->setDefaultResponse(drip);
    DcsClient::Options options;
    options.timeoutMs = 400;
    const ConsoleRun c = console(m_server->baseUrl(), options);
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("timeout"));
    QVERIFY(c.entry.bodySize < drip.body.size()); // what came is kept
    QVERIFY2(c.entry.error.contains(QStringLiteral("within 0.4 s")), qPrintable(c.entry.error));

    QStringList args = sendArgs(m_server->baseUrl());
    args << QStringLiteral("--timeout") << QStringLiteral("0.4");
    const CliRun r = cli(args);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("within 0.4 s")), qPrintable(r.out));
}

void TstNetworkFaults::bodyOverCap()
{
    TestHttpResponse big = TestHttpResponse::json(QByteArray(200 * 1024, 'x'));
    big.noContentLength = true; // the cap must hold while streaming, not only on Content-Length
    m_server->setDefaultResponse(big);
    DcsClient::Options options;
    options.maxBodyBytes = 64 * 1024;
    const ConsoleRun c = console(m_server->baseUrl(), options);
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("too-large"));
    QVERIFY2(c.entry.error.contains(QStringLiteral("larger than the limit")),
             qPrintable(c.entry.error));
    QVERIFY(c.entry.error.contains(QStringLiteral("Raise the limit")));

    QStringList args = sendArgs(m_server->baseUrl());
    args << QStringLiteral("--max-body") << QStringLiteral("64K");
    const CliRun r = cli(args);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("larger than the limit")), qPrintable(r.out));
}

void TstNetworkFaults::malformedJson()
{
    const QByteArray broken = "{\"uuid\":\"123\",\"stuff\":[";
    m_server->setDefaultResponse(TestHttpResponse::json(broken));
    const ConsoleRun c = console(m_server->baseUrl());
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("response"));
    QCOMPARE(c.entry.httpStatus, 200);
    QCOMPARE(c.entry.body, broken); // the raw body is kept to look at
    QVERIFY2(c.decoded.contains(QStringLiteral("not valid JSON")), qPrintable(c.decoded));
    QVERIFY(c.decoded.contains(QStringLiteral("line 1")));

    const CliRun r = cli(sendArgs(m_server->baseUrl()));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("not valid JSON")), qPrintable(r.out));
}

void TstNetworkFaults::jsonpWrongCallback()
{
    m_server->setDefaultResponse(TestHttpResponse::jsonp("otherCallback", kAnswer));
    const ConsoleRun c = console(m_server->baseUrl(), {}, nullptr, QStringLiteral("myCallback"));
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.httpStatus, 200);
    QCOMPARE(c.entry.request.callback, QStringLiteral("myCallback"));
    QVERIFY(m_server->lastRequest().query().contains("d_cb=myCallback"));
    QVERIFY2(c.decoded.contains(QStringLiteral(
                 "calls otherCallback(…), but the request asked for d_cb=myCallback")),
             qPrintable(c.decoded));

    QStringList args = sendArgs(m_server->baseUrl());
    args << QStringLiteral("--callback") << QStringLiteral("myCallback");
    const CliRun r = cli(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("d_cb=myCallback")), qPrintable(r.out));
}

void TstNetworkFaults::redirect()
{
    const QByteArray target = m_server->url(QStringLiteral("/elsewhere")).toEncoded();
    m_server->setDefaultResponse(TestHttpResponse::redirect(302, target));
    const ConsoleRun c = console(m_server->baseUrl());
    QCOMPARE(m_server->requestCount(), 1); // never followed
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.httpStatus, 302);
    QVERIFY2(c.decoded.contains(QStringLiteral("redirects to ") + QString::fromLatin1(target)),
             qPrintable(c.decoded));
    QVERIFY(c.decoded.contains(QStringLiteral("does not follow redirects")));

    const CliRun r = cli(sendArgs(m_server->baseUrl()));
    QCOMPARE(r.code, 1);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY2(r.out.contains(QStringLiteral("does not follow redirects")), qPrintable(r.out));
}

void TstNetworkFaults::rateLimitedRetryAfter()
{
    m_server->setDefaultResponse(TestHttpResponse::empty(429).withHeader("Retry-After", "7"));
    const ConsoleRun c = console(m_server->baseUrl());
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.httpStatus, 429);
    QVERIFY2(c.decoded.contains(QStringLiteral("asks you to wait 7 second")),
             qPrintable(c.decoded));

    const CliRun r = cli(sendArgs(m_server->baseUrl()));
    QCOMPARE(r.code, 1);
    // The CLI installs the English plural forms.
    QVERIFY2(
        r.out.contains(QStringLiteral("asks you to wait 7 seconds before retrying (Retry-After)")),
        qPrintable(r.out));
}

void TstNetworkFaults::serverError()
{
    m_server->setDefaultResponse(TestHttpResponse::html(
        500, "<html><head><title>500 Internal Server Error</title></head></html>"));
    const ConsoleRun c = console(m_server->baseUrl());
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.httpStatus, 500);
    QVERIFY2(c.status.contains(QStringLiteral("HTTP 500")), qPrintable(c.status));
    QVERIFY2(c.decoded.contains(QStringLiteral("answered with an error instead of a DCS response")),
             qPrintable(c.decoded));

    const CliRun r = cli(sendArgs(m_server->baseUrl()));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("answered with an error")), qPrintable(r.out));
}

void TstNetworkFaults::tlsSelfSigned()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    TestHttpServer tls;
    QVERIFY(tls.listenTls(TestHttpServer::TlsCertificate::SelfSigned));
    tls.setDefaultResponse(TestHttpResponse::json(kAnswer));
    const ConsoleRun c = console(tls.baseUrl());
    QCOMPARE(tls.requestCount(), 0); // nothing was sent over the untrusted connection
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("tls-error"));
    QCOMPARE(c.entry.statusText(), QStringLiteral("TLS error"));
    QVERIFY2(c.entry.error.contains(QStringLiteral("self-signed")), qPrintable(c.entry.error));
    QVERIFY(c.entry.error.contains(QStringLiteral("never ignores TLS errors")));
    QVERIFY(c.entry.error.contains(QStringLiteral("Pin from Server")));
    QVERIFY2(c.status.contains(QStringLiteral("self-signed")), qPrintable(c.status));

    CliRun r = cli(sendArgs(tls.baseUrl()));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("self-signed")), qPrintable(r.out));
    QStringList args = sendArgs(tls.baseUrl());
    args.insert(1, QStringLiteral("--json"));
    r = cli(args);
    QCOMPARE(r.code, 3);
    QCOMPARE(r.result().value(QStringLiteral("outcome")).toString(), QStringLiteral("tls-error"));
    QCOMPARE(r.result().value(QStringLiteral("tlsProblems")).toArray(),
             QJsonArray{QStringLiteral("self-signed")});
    QCOMPARE(tls.requestCount(), 0);
}

void TstNetworkFaults::tlsExpired()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    TestHttpServer tls;
    QVERIFY(tls.listenTls(TestHttpServer::TlsCertificate::Expired));
    tls.setDefaultResponse(TestHttpResponse::json(kAnswer));
    TrustTestCa trust; // so that the expiry is the only problem
    const ConsoleRun c = console(tls.baseUrl());
    QCOMPARE(tls.requestCount(), 0);
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("tls-error"));
    const QString expiry =
        DateText::dateTime(QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toLocalTime());
    QVERIFY2(c.entry.error.contains(QStringLiteral("expired on ") + expiry),
             qPrintable(c.entry.error));
    QVERIFY(c.entry.error.contains(QStringLiteral("date and time")));
    QVERIFY(!c.entry.error.contains(QStringLiteral("self-signed")));

    QStringList args = sendArgs(tls.baseUrl());
    args.insert(1, QStringLiteral("--json"));
    const CliRun r = cli(args);
    QCOMPARE(r.code, 3);
    QCOMPARE(r.result().value(QStringLiteral("tlsProblems")).toArray(),
             QJsonArray{QStringLiteral("expired")});
    QVERIFY(r.result()
                .value(QStringLiteral("failure"))
                .toString()
                .contains(QStringLiteral("expired on")));
}

void TstNetworkFaults::tlsHostNameMismatch()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    TestHttpServer tls;
    QVERIFY(tls.listenTls(TestHttpServer::TlsCertificate::WrongHost));
    tls.setDefaultResponse(TestHttpResponse::json(kAnswer));
    TrustTestCa trust;
    const ConsoleRun c = console(tls.baseUrl());
    QCOMPARE(tls.requestCount(), 0);
    QCOMPARE(c.historySize, 1);
    QCOMPARE(c.entry.outcome, QStringLiteral("tls-error"));
    QVERIFY2(c.entry.error.contains(QStringLiteral(
                 "is for dcs.example.invalid, not for 127.0.0.1 (host name mismatch)")),
             qPrintable(c.entry.error));

    const CliRun r = cli(sendArgs(tls.baseUrl()));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("host name mismatch")), qPrintable(r.out));
}

void TstNetworkFaults::messagesAreTranslated()
{
    const QStringList args{QStringLiteral("send"),
                           QStringLiteral("--region"),
                           QStringLiteral("9"),
                           QStringLiteral("--alias"),
                           QStringLiteral("nosuchalias"),
                           QStringLiteral("--uuid"),
                           kUuid};
    {
        test::FailingNetworkAccessManager failing(QNetworkReply::HostNotFoundError);
        InjectedManager injected(&failing);
        const CliRun r = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + args);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("Der Hostname %1 wurde nicht gefunden")
                                    .arg(failing.lastUrl().host())),
                 qPrintable(r.out));
    }
    if (QSslSocket::supportsSsl()) {
        TestHttpServer tls;
        QVERIFY(tls.listenTls(TestHttpServer::TlsCertificate::SelfSigned));
        const CliRun r = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} +
                             sendArgs(tls.baseUrl()));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("Le certificat est auto-signé")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("n’ignore jamais les erreurs TLS")));
    }
    const CliRun back =
        cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("regions")});
    QCOMPARE(back.code, 0);
}

QTEST_MAIN(TstNetworkFaults)
#include "tst_networkfaults.moc"
