#include "cli/cliapp.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace dcsdesk;
using test::TestHttpResponse;
using test::TestHttpServer;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

const QString kUuid = QStringLiteral("07955261652886032950143702505894272138");
const QString kAlloy = QStringLiteral(
    "-1891778711|MCIDTS|18199|MCMID|83938241987308959172561495939786191343|MCAAMLH-1572973109|9|"
    "MCAAMB-1572973109|RKhpRz8krg2tLO6pguXWp5olkAcUniQYPHaMWWgdJ3xzPWQmdj0y|MCOPTOUT-"
    "1572375509s|NONE|MCAID|NONE|MCSYNCSOP|411-18188|vVersion|2.4.0");
const QByteArray kAnswer =
    "{\"stuff\":[{\"cn\":\"adobe\",\"cv\":\"k=123#456\",\"ttl\":30,\"dmn\":\".example.com\"}],"
    "\"uuid\":\"07955261652886032950143702505894272138\",\"dcs_region\":9,\"tid\":\"31ZpxW5bQGc="
    "\"}";

QString data(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/dcs/data/") + QLatin1String(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void usageAndHelp();
    void badInputIsOneLine_data();
    void badInputIsOneLine();
    void regions();
    void errorCodes();

    void requestBasic();
    void requestJson();
    void requestFindingsExitOne();
    void requestRefusedExitTwo();
    void requestNeedsTarget();
    void requestFromCurlAndAmcv();
    void requestFromWorkspace();

    void sendAnswer();
    void sendJson();
    void sendDcsErrorsExitOne();
    void sendNetworkFailureExitThree();
    void sendTimeout();
    void sendRefusedNeverSent();
    void curlImportThenSend();
    void sendToSandbox();
    void sendToSandboxJson();
    void sandboxErrorsAndBadWorkspace();

    void decodeFile();
    void decodeWithXError();
    void decodeStdin();
    void amcv();
    void amcvJson();
    void cookie();
    void curlImport();

    void translatedOutput();
    void devicesAndPipesAreNeverRead();
    void languageFromEnvironment();
    void executable();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = QByteArray());
    TestHttpServer *m_server = nullptr;
    std::unique_ptr<CliRegistry> m_registry;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    test::initTestEnvironment();
    qputenv("LC_ALL", "C");
    m_registry = CliApp::defaultRegistry();
    QVERIFY(m_dir.isValid());
}

void TestCli::init()
{
    delete m_server;
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
}

Run TestCli::run(const QStringList &args, const QByteArray &stdinData)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliIo io(out, err, [stdinData] { return stdinData; });
    r.code = CliApp::run(QStringList{QStringLiteral("dcsdesk-cli")} + args, io, *m_registry);
    out.flush();
    err.flush();
    return r;
}

void TestCli::usageAndHelp()
{
    Run r = run({QStringLiteral("help")});
    QCOMPARE(r.code, 0);
    for (const char *name :
         {"request", "send", "decode", "amcv", "cookie", "curl-import", "regions", "error-codes"})
        QVERIFY2(r.out.contains(QLatin1String(name)), name);
    r = run({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
    r = run({QStringLiteral("send"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("--timeout")));
    QVERIFY(r.out.contains(QStringLiteral("--base-url")));
    QVERIFY(r.out.startsWith(QStringLiteral("Usage: dcsdesk-cli send")));
    r = run({QStringLiteral("help"), QStringLiteral("decode")});
    QVERIFY(r.out.contains(QStringLiteral("X-Error")));
    QCOMPARE(run({QStringLiteral("--version")}).code, 0);
}

void TestCli::badInputIsOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown option") << QStringList{"regions", "--frob"};
    QTest::newRow("missing value") << QStringList{"request", "--region"};
    QTest::newRow("bad region") << QStringList{"request", "--region", "5"};
    QTest::newRow("bad signal") << QStringList{"request", "--region", "9", "--signal", "nokey"};
    QTest::newRow("bad cid") << QStringList{"request", "--region", "9", "--cid", "123"};
    QTest::newRow("uuid and mid") << QStringList{"request", "--uuid", "1", "--mid", "2"};
    QTest::newRow("bad method") << QStringList{"request", "--method", "PUT"};
    QTest::newRow("bad timeout") << QStringList{"send", "--region", "9", "--timeout", "x"};
    QTest::newRow("bad max-body") << QStringList{"send", "--region", "9", "--max-body", "lots"};
    QTest::newRow("missing file") << QStringList{"decode", "/nonexistent/answer.json"};
    QTest::newRow("no file") << QStringList{"decode"};
    QTest::newRow("bad status") << QStringList{"decode", "-", "--status", "abc"};
    QTest::newRow("bad amcv") << QStringList{"amcv", "hello"};
    QTest::newRow("bad --now") << QStringList{"amcv", "1|MCMID|2", "--now", "yesterday"};
    QTest::newRow("bad curl") << QStringList{"curl-import", "curl 'unclosed"};
    QTest::newRow("bad error code") << QStringList{"error-codes", "abc"};
    QTest::newRow("bad workspace") << QStringList{"request", "--workspace", "/nonexistent.json"};
    QTest::newRow("profile without workspace") << QStringList{"request", "--profile", "x"};
    QTest::newRow("bad json file") << QStringList{"request", "--from-json", "-"};
    QTest::newRow("unknown language") << QStringList{"regions", "--lang", "xx"};
}

void TestCli::badInputIsOneLine()
{
    QFETCH(QStringList, args);
    const Run r = run(args, "not json");
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("dcsdesk-cli: ")));
    // With --json the reason is a JSON object on stdout.
    const Run j = run(args + QStringList{QStringLiteral("--json")}, "not json");
    QCOMPARE(j.code, 2);
    QVERIFY(!j.json().value(QStringLiteral("error")).toString().isEmpty());
}

void TestCli::regions()
{
    Run r = run({QStringLiteral("regions")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("usw2.demdex.net   US West (Oregon, USA)")));
    QVERIFY(!r.out.contains(QStringLiteral("sandbox"), Qt::CaseInsensitive));
    r = run({QStringLiteral("--json"), QStringLiteral("regions")});
    const QJsonArray list = r.json().value(QStringLiteral("regions")).toArray();
    QCOMPARE(list.size(), 8);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("host")).toString(),
             QStringLiteral("apse.demdex.net"));
}

void TestCli::errorCodes()
{
    Run r = run({QStringLiteral("error-codes"), QStringLiteral("311,171")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Request contains invalid parameters")));
    QVERIFY(r.out.contains(QStringLiteral("opted out")));
    r = run({QStringLiteral("error-codes"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().size(), 35);
}

void TestCli::requestBasic()
{
    const Run r = run({"request", "--region", "usw2", "--alias", "foo", "--uuid", kUuid, "--signal",
                       "c_likes=famous popstar", "--cid", "123:abc:1"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(
        QStringLiteral("GET https://usw2.demdex.net/event?d_rtbd=json&d_jsonv=1&d_uuid=") + kUuid +
        QStringLiteral("&d_cid=123%01abc%011&c_likes=famous%20popstar\n")));
    QVERIFY(r.out.contains(QStringLiteral("Host: foo.demdex.net")));
    QVERIFY(r.out.contains(QStringLiteral("curl 'https://usw2.demdex.net/event?")));
    QVERIFY(r.out.contains(QStringLiteral("Findings: none")));
}

void TestCli::requestJson()
{
    const Run r = run({"request", "--json", "--region", "7", "--alias", "foo", "--uuid", kUuid,
                       "--post", "--dst", "--cts", "2", "-H", "Accept-Language: de"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(o.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://use.demdex.net/event"));
    QVERIFY(
        o.value(QStringLiteral("body")).toString().contains(QStringLiteral("&d_dst=1&d_cts=2")));
    QCOMPARE(o.value(QStringLiteral("headers"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("foo.demdex.net"));
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("request")).toObject().value(QStringLiteral("cts")).toInt(), 2);
}

void TestCli::requestFindingsExitOne()
{
    const Run r = run({"request", "--region", "9", "--alias", "foo", "--no-rtbd", "--cid",
                       "20915:6d92078a-8246-4ba4-ae5b-76104861e7dc"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("No user ID")));
    QVERIFY(r.out.contains(QStringLiteral("the answer carries no data")));
    QVERIFY(r.out.contains(QStringLiteral("upper case")));
}

void TestCli::requestRefusedExitTwo()
{
    const Run r = run({"request", "--region", "9", "--alias", "foo\r\nX-Evil: 1", "--uuid", kUuid});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.contains(QStringLiteral("(not sent)")));
}

void TestCli::requestNeedsTarget()
{
    const Run r = run({"request", "--alias", "foo", "--uuid", kUuid});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.contains(QStringLiteral("--region ID or --base-url URL")));
}

void TestCli::requestFromCurlAndAmcv()
{
    Run r = run({"request", "--from-curl",
                 "\"Host:foo.demdex.net\" \"https://usw2.demdex.net/event?d_rtbd=json&d_jsonv=1& "
                 "d_uuid=123456789\"",
                 "--uuid", kUuid});
    QCOMPARE(r.code, 0); // the explicit --uuid replaces the doc's short one
    QVERIFY(r.out.contains(QStringLiteral("Host: foo.demdex.net")));
    QVERIFY(r.out.contains(
        QStringLiteral("https://usw2.demdex.net/event?d_rtbd=json&d_jsonv=1&d_uuid=") + kUuid));

    r = run({"request", "--json", "--alias", "foo", "--amcv",
             QStringLiteral("AMCV_1FD6776A524453CC0A490D44%40AdobeOrg=") + kAlloy});
    const QString url = r.json().value(QStringLiteral("url")).toString();
    // The location hint of this example has expired by now: no region, so no target.
    QVERIFY(url.contains(QStringLiteral("d_mid=83938241987308959172561495939786191343&d_orgid="
                                        "1FD6776A524453CC0A490D44%40AdobeOrg")));
    QCOMPARE(r.code, 2);
    r = run({"request", "--region", "9", "--alias", "foo", "--amcv",
             QStringLiteral("AMCV_1FD6776A524453CC0A490D44%40AdobeOrg=") + kAlloy});
    QCOMPARE(r.code, 0);
}

void TestCli::requestFromWorkspace()
{
    Workspace ws = test::sampleWorkspace();
    ws.savedRequests.append(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Colors")},
        {QStringLiteral("signals"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("c_color")},
                                {QStringLiteral("values"), QJsonArray{QStringLiteral("blue")}}}}}});
    const QString path = m_dir.filePath(QStringLiteral("ws.json"));
    QString error;
    WorkspaceFile::Stamp stamp;
    QVERIFY2(WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error),
             qPrintable(error));

    Run r = run({"request", "--workspace", path});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("Production US West")));
    r = run({"request", "--workspace", path, "--profile", "Production Europe (ECID)", "--mid",
             "08382830887934830189014177072406221371", "--saved", "Colors"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("GET https://irl1.demdex.net/event?")));
    QVERIFY(r.out.contains(
        QStringLiteral("&d_orgid=5DC5123F5245B1D20A490D46%40AdobeOrg&c_color=blue")));
    QVERIFY(r.out.contains(QStringLiteral("Host: mycompany.demdex.net")));
    r = run({"request", "--workspace", path, "--profile", "Nope"});
    QCOMPARE(r.code, 2);
    r = run({"request", "--workspace", path, "--profile", "Production US West", "--saved", "Nope"});
    QCOMPARE(r.code, 2);
}

void TestCli::sendAnswer()
{
    m_server->setRoute("/event", TestHttpResponse::json(kAnswer));
    const Run r = run({"send", "--base-url", m_server->baseUrl().toString(), "--alias", "foo",
                       "--uuid", kUuid, "--signal", "c_x=1"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("< HTTP 200 OK")));
    QVERIFY(r.out.contains(QStringLiteral("Timing: queued")));
    QVERIFY(r.out.contains(QStringLiteral("uuid         ") + kUuid));
    QVERIFY(r.out.contains(QStringLiteral("9 — US West (Oregon, USA) — usw2.demdex.net")));
    QVERIFY(r.out.contains(QStringLiteral("adobe=k=123#456")));
    QVERIFY(r.out.contains(QStringLiteral("Body:")));
    QCOMPARE(m_server->lastRequest().header("Host"), QByteArray("foo.demdex.net"));
    QCOMPARE(m_server->lastRequest().query(),
             QByteArray("d_rtbd=json&d_jsonv=1&d_uuid=" + kUuid.toLatin1() + "&c_x=1"));
}

void TestCli::sendJson()
{
    m_server->setRoute("/event", TestHttpResponse::jsonp("cb", kAnswer));
    const Run r = run({"send", "--json", "--base-url", m_server->baseUrl().toString(), "--alias",
                       "foo", "--uuid", kUuid, "--callback", "cb"});
    QCOMPARE(r.code, 0);
    const QJsonObject result = r.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(result.value(QStringLiteral("body")).toString(),
             QString::fromUtf8("cb(" + kAnswer + ");"));
    const QJsonObject response = result.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("format")).toString(), QStringLiteral("jsonp"));
    QCOMPARE(response.value(QStringLiteral("uuid")).toString(), kUuid);
    QCOMPARE(response.value(QStringLiteral("region"))
                 .toObject()
                 .value(QStringLiteral("host"))
                 .toString(),
             QStringLiteral("usw2.demdex.net"));
    QVERIFY(result.value(QStringLiteral("timing")).toObject().contains(QStringLiteral("phases")));
}

void TestCli::sendDcsErrorsExitOne()
{
    m_server->setRoute(
        "/event", TestHttpResponse::json(
                      "{\"errors\":[{\"code\":102,\"msg\":\"Invalid aam id passed in request\"}]}")
                      .withHeader("X-Error", "102,309"));
    const Run r = run(
        {"send", "--base-url", m_server->baseUrl().toString(), "--alias", "foo", "--uuid", kUuid});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral(
        "102 [Integration error, body and X-Error] “Invalid aam id passed in request”")));
    QVERIFY(r.out.contains(QStringLiteral("309 [Integration warning, X-Error]")));
    QVERIFY(r.out.contains(QStringLiteral("not a valid AAM UUID")));
}

// The "done when": the sample workspace's golf rule, sent with the CLI to the in-process
// sandbox, gives the cookie and URL destinations its mappings predict.
void TestCli::sendToSandbox()
{
    const Run r = run({"send", "--sandbox", test::samplePath(), "--signal", "c_interest=golf",
                       "--dst", "--cts", "2"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("> Host: sample.demdex.net")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("d_uuid=12345678901234567890123456789012345678")));
    QVERIFY(r.out.contains(QStringLiteral("< HTTP 200 OK")));
    QVERIFY(r.out.contains(QStringLiteral("-1 — Local sandbox")));
    QVERIFY(r.out.contains(QStringLiteral("aam_gpt=aamsegs=1001")));
    QVERIFY(r.out.contains(QStringLiteral("adobe=k=1001")));
    QVERIFY(r.out.contains(QStringLiteral("[2001] img http://ads.example.com/seg?s=1001&r=")));
    QVERIFY(r.out.contains(QStringLiteral("segments     1001")));
}

void TestCli::sendToSandboxJson()
{
    // POST, a declared ID and another profile's alias, all answered by the sandbox.
    const Run r =
        run({"send", "--json", "--sandbox", test::samplePath(), "--alias", "mycompany", "--post",
             "--uuid", kUuid, "--signal", "c_newsletter=yes", "--cid", "12345:CRM42", "--dst"});
    QCOMPARE(r.code, 0);
    const QJsonObject response = r.json()
                                     .value(QStringLiteral("result"))
                                     .toObject()
                                     .value(QStringLiteral("response"))
                                     .toObject();
    QCOMPARE(response.value(QStringLiteral("dcs_region")).toInt(), -1);
    QCOMPARE(response.value(QStringLiteral("uuid")).toString(), kUuid);
    const QJsonArray dests = response.value(QStringLiteral("dests")).toArray();
    QCOMPARE(dests.size(), 1);
    QVERIFY2(QJsonDocument(dests.first().toObject()).toJson().contains("id=CRM42&seg=1020"),
             QJsonDocument(dests.first().toObject()).toJson().constData());
}

void TestCli::sandboxErrorsAndBadWorkspace()
{
    // Documented DCS errors come back from the sandbox like from the DCS: exit code 1.
    Run r = run({"send", "--sandbox", test::samplePath(), "--alias", "nobody", "--uuid", kUuid});
    QCOMPARE(r.code, 1);
    QVERIFY(
        r.out.contains(QStringLiteral("Could not find config for hostname: nobody.demdex.net")));
    r = run({"send", "--sandbox", test::samplePath(), "--uuid",
             "99999999999999999999999999999999999999"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("171")));
    // A workspace that does not load: bad input, nothing sent.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{");
    file.close();
    r = run({"send", "--sandbox", broken, "--signal", "c_x=1"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("The sandbox cannot serve")) ||
            r.out.contains(QStringLiteral("The sandbox cannot serve")));
}

void TestCli::sendNetworkFailureExitThree()
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(TestHttpServer::unusedPort());
    Run r = run({"send", "--base-url", base, "--alias", "foo", "--uuid", kUuid});
    QCOMPARE(r.code, 3);
    QVERIFY(r.out.contains(QStringLiteral("connection was refused")));
    r = run({"send", "--json", "--base-url", base, "--alias", "foo", "--uuid", kUuid});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("network-error"));
}

void TestCli::sendTimeout()
{
    TestHttpResponse slow = TestHttpResponse::json(kAnswer);
    slow.delayMs = 3000;
    m_server->setRoute("/event", slow);
    const Run r = run({"send", "--base-url", m_server->baseUrl().toString(), "--alias", "foo",
                       "--uuid", kUuid, "--timeout", "0.3"});
    QCOMPARE(r.code, 3);
    QVERIFY(r.out.contains(QStringLiteral("within 0.3 s")));
}

void TestCli::sendRefusedNeverSent()
{
    m_server->setRoute("/event", TestHttpResponse::json(kAnswer));
    const Run r = run({"send", "--base-url", m_server->baseUrl().toString(), "--alias", "foo",
                       "--uuid", kUuid, "-H", "X-Forwarded-For: 1\n2"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("line break")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::curlImportThenSend()
{
    const Run imported =
        run({"curl-import", "--json",
             "curl -X POST https://usw2.demdex.net/event -H 'Host: foo.demdex.net' "
             "-d 'd_rtbd=json&d_uuid=" +
                 kUuid + "&c_likes=famous%20popstar'"});
    QCOMPARE(imported.code, 0);
    QCOMPARE(imported.json()
                 .value(QStringLiteral("profile"))
                 .toObject()
                 .value(QStringLiteral("regionId"))
                 .toInt(),
             9);
    m_server->setRoute("/event", TestHttpResponse::json(kAnswer));
    // Send the saved request to the loopback server instead of the region (--base-url wins).
    const Run sent = run({"send", "--from-json", "-", "--base-url", m_server->baseUrl().toString()},
                         imported.out.toUtf8());
    QCOMPARE(sent.code, 0);
    const test::TestHttpRequest got = m_server->lastRequest();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.header("Host"), QByteArray("foo.demdex.net"));
    QCOMPARE(got.body,
             QByteArray("d_rtbd=json&d_uuid=" + kUuid.toLatin1() + "&c_likes=famous%20popstar"));
}

void TestCli::decodeFile()
{
    const Run r = run({"decode", data("basic-response.json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("22920112968019678612904394744954398990")));
    QVERIFY(r.out.contains(QStringLiteral("7 — US East (Virginia, USA) — use.demdex.net")));
    QVERIFY(r.out.contains(QStringLiteral("Keys as received: stuff, uuid, dcs_region, tid")));
    const Run cts = run({"decode", "--json", data("cts-response.json")});
    QCOMPARE(cts.json().value(QStringLiteral("segments")).toArray().size(), 2);
}

void TestCli::decodeWithXError()
{
    const Run r = run({"decode", data("error-response.json"), "--header", "X-Error: 101,102"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("101 [Integration error, body and X-Error]")));
    QVERIFY(r.out.contains(QStringLiteral("102 [Integration error, body and X-Error]")));
    const Run empty = run({"decode", "-", "-H", "X-Error: 171"}, QByteArray());
    QCOMPARE(empty.code, 1);
    QVERIFY(empty.out.contains(QStringLiteral("opted out")));
    QVERIFY(empty.out.contains(QStringLiteral("ignored the request")));
}

void TestCli::decodeStdin()
{
    Run r = run({"decode", "-", "--callback", "myCallback"}, "myCallback({\"uuid\":\"abc123\"})");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("JSONP, callback myCallback")));
    r = run({"decode", "-", "--callback", "mine"}, "other({\"uuid\":\"abc123\"})");
    QCOMPARE(r.code, 1);
    r = run({"decode", "-", "--status", "429"}, QByteArray());
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("429")));
    r = run({"decode", "-", "--no-rtbd"}, QByteArray());
    QCOMPARE(r.code, 0); // a pixel answer is what was asked for
}

void TestCli::amcv()
{
    // The digest starts with a dash; no "--" needed.
    Run r = run({"amcv", kAlloy, "--now", "2019-10-28T00:00:00Z"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("83938241987308959172561495939786191343")));
    QVERIFY(r.out.contains(QStringLiteral("Regional host: usw2.demdex.net (region 9)")));
    QVERIFY(r.out.contains(QStringLiteral(
        "dcsdesk-cli send --region 9 --mid 83938241987308959172561495939786191343")));
    // Later the location hint has expired: said, and exit 1 (no region for the call).
    r = run({"amcv", QString::fromLatin1(QUrl::toPercentEncoding(kAlloy)), "--now",
             "2021-01-01T00:00:00Z"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("MCAAMLH expired")));
    QVERIFY(r.out.contains(QStringLiteral("Region unknown")));
    r = run({"amcv", "-", "--now", "2019-10-28T00:00:00Z"}, kAlloy.toUtf8());
    QCOMPARE(r.code, 0);
}

void TestCli::amcvJson()
{
    const Run r =
        run({"amcv", "--json", QStringLiteral("AMCV_1FD6776A524453CC0A490D44%40AdobeOrg=") + kAlloy,
             "--now", "2019-10-28T00:00:00Z"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("mcmid")).toString(),
             QStringLiteral("83938241987308959172561495939786191343"));
    QCOMPARE(o.value(QStringLiteral("orgId")).toString(),
             QStringLiteral("1FD6776A524453CC0A490D44@AdobeOrg"));
    QCOMPARE(o.value(QStringLiteral("regionId")).toInt(), 9);
    const QJsonObject request = o.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("userIdKind")).toString(), QStringLiteral("d_mid"));
}

void TestCli::cookie()
{
    Run r = run({"cookie", "demdex=12345678901234567890123456789012345678; "
                           "dextp=21-1-1490307821616|544-1-1490307821793|; dst=067797-1490349684"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("12345678901234567890123456789012345678")));
    QVERIFY(r.out.contains(QStringLiteral("data source 544: ID sync")));
    QVERIFY(r.out.contains(QStringLiteral("destination 067797")));
    r = run({"cookie", "--json", "demdex=NOTARGET"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.json()
                .value(QStringLiteral("cookies"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("optedOut"))
                .toBool());
}

void TestCli::curlImport()
{
    Run r =
        run({"curl-import", "curl --frobnicate -k "
                            "'https://apse2.demdex.net/"
                            "event?d_rtbd=json&d_cid=123456%01abc123&c_events=placed-an-order'"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(
        QStringLiteral("Region: South Pacific / Oceania (Sydney, Australia) — apse2.demdex.net")));
    QVERIFY(r.out.contains(QStringLiteral("Options not imported:\n  - --frobnicate")));
    QVERIFY(r.out.contains(QStringLiteral("never ignores")));
    QVERIFY(r.out.contains(QStringLiteral("d_cid    123456%01abc123")));
    // Unquoted, as the shell split it.
    r = run({"curl-import", "curl", "https://use.demdex.net/event?d_rtbd=json", "-H",
             "Host: a.demdex.net"});
    QVERIFY(r.out.contains(QStringLiteral("Alias: a")));
    r = run({"curl-import", "-"}, "curl https://use.demdex.net/event -H 'Host: b.demdex.net'");
    QVERIFY(r.out.contains(QStringLiteral("Alias: b")));
}

// Issue 15 (7): a device or a pipe named as a file blocked or filled memory forever.
void TestCli::devicesAndPipesAreNeverRead()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString workspace = dir.filePath(QStringLiteral("ws.json"));
    QVERIFY(QFile::copy(test::samplePath(), workspace));
    const QList<QStringList> commands = {
        {"validate", "/dev/zero"},
        {"validate", fifo},
        {"mappings", "import", workspace, "/dev/zero"},
        {"mappings", "import", workspace, fifo},
        {"decode", "/dev/zero"},
        {"decode", fifo},
    };
    for (const QStringList &args : commands) {
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
    }
}

void TestCli::translatedOutput()
{
    Run r = run({"--lang", "de", "regions"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Standort")), qPrintable(r.out));
    r = run({"decode", "-", "--lang", "es", "-H", "X-Error: 311"}, QByteArray());
    QVERIFY2(r.out.contains(QStringLiteral("solicitud")), qPrintable(r.out));
    r = run({"decode", "--lang", "fr", "/nonexistent"});
    QVERIFY2(r.err.contains(QStringLiteral("n’existe pas")), qPrintable(r.err));
    // JSON keys stay English.
    r = run({"--lang", "de", "--json", "regions"});
    QVERIFY(r.json().contains(QStringLiteral("regions")));
    // Back to English for the other tests.
    r = run({"regions"});
    QVERIFY(r.out.contains(QStringLiteral("Location")));
}

void TestCli::languageFromEnvironment()
{
    const QByteArray saved = qgetenv("LC_ALL");
    qputenv("LC_ALL", "");
    qputenv("LC_MESSAGES", "fr_FR.UTF-8");
    QCOMPARE(CliApp::languageFromEnvironment(), QStringLiteral("fr_FR"));
    qputenv("LC_ALL", "de_DE.UTF-8");
    QCOMPARE(CliApp::languageFromEnvironment(), QStringLiteral("de_DE"));
    qputenv("LC_ALL", "C");
    QCOMPARE(CliApp::languageFromEnvironment(), QStringLiteral("en"));
    qunsetenv("LC_MESSAGES");
    qputenv("LC_ALL", saved);
}

void TestCli::executable()
{
    // The real binary: one line on bad input, no Qt warnings, documented exit codes.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    // Under the sanitizer build a leak report of the child would change its exit code and
    // stderr, which is what this test checks; the same code runs in-process above, under LSan.
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DCSDESK_CLI_PATH),
            {QStringLiteral("decode"), QStringLiteral("/nonexistent")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QCOMPARE(p.readAllStandardError().count('\n'), 1);

    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(TestHttpServer::unusedPort());
    p.start(QStringLiteral(DCSDESK_CLI_PATH),
            {QStringLiteral("send"), QStringLiteral("--base-url"), base, QStringLiteral("--alias"),
             QStringLiteral("foo"), QStringLiteral("--uuid"), kUuid});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(p.readAllStandardError().isEmpty());

    p.start(QStringLiteral(DCSDESK_CLI_PATH), {QStringLiteral("amcv"), QStringLiteral("-")});
    p.write(kAlloy.toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(20000));
    QVERIFY(p.readAllStandardOutput().contains("83938241987308959172561495939786191343"));

    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DCSDESK_CLI_PATH), {QStringLiteral("regions")});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Standort")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
