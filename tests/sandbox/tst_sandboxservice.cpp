#include "firing/destinationfiring.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

#include <csignal>

using namespace dcsdesk;

namespace {

struct Answer
{
    int status = 0;
    QByteArray xError;
    QJsonObject json;
};

// A real HTTP call with QNAM, waiting with the event loop running.
Answer call(QNetworkAccessManager &nam, const QUrl &url,
            const QByteArray &host = "sample.demdex.net", const QByteArray &postBody = QByteArray())
{
    QNetworkRequest request(url);
    request.setRawHeader("Host", host);
    std::unique_ptr<QNetworkReply> reply;
    if (postBody.isNull()) {
        reply.reset(nam.get(request));
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply.reset(nam.post(request, postBody));
    }
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer a;
    if (!finished.wait(10000))
        return a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.xError = reply->rawHeader("X-Error");
    a.json = QJsonDocument::fromJson(reply->readAll()).object();
    return a;
}

QUrl eventUrl(const SandboxService &service, const QString &query)
{
    QUrl url = service.eventUrl();
    url.setQuery(query);
    return url;
}

QStringList cookiesOf(const QJsonObject &json)
{
    QStringList out;
    for (const QJsonValue &v : json.value(QLatin1String("stuff")).toArray())
        out.append(v.toObject().value(QLatin1String("cn")).toString() + QLatin1Char('=') +
                   v.toObject().value(QLatin1String("cv")).toString());
    out.sort();
    return out;
}

QStringList destinationIdsOf(const QJsonObject &json)
{
    QStringList out;
    for (const QJsonValue &v : json.value(QLatin1String("dests")).toArray())
        out.append(v.toObject().value(QLatin1String("id")).toString());
    out.sort();
    return out;
}

} // namespace

class TestSandboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void startsOnLoopbackWithAFreePort()
    {
        SandboxService service;
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        QVERIFY(service.isRunning());
        QCOMPARE(service.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(service.port() > 0);
        QCOMPARE(service.eventUrl().path(), QStringLiteral("/event"));
        QVERIFY(!service.start(&error)); // already running
        service.stop();
        QVERIFY(!service.isRunning());
        QVERIFY(service.baseUrl().isEmpty());
        QVERIFY(service.start(&error)); // and again
    }

    void refusesRemoteAddressWithoutFlag()
    {
        SandboxService service;
        SandboxService::Options options;
        options.address = QHostAddress::AnyIPv4;
        QString error;
        QVERIFY(!service.start(options, &error));
        QVERIFY(error.contains(QLatin1String("0.0.0.0")));
        QVERIFY(!service.isRunning());
    }

    // The "done when": the sample's golf segment gets the cookie and URL destinations
    // its mappings predict.
    void sampleAnswersWhatMappingsPredict()
    {
        SandboxService service;
        QString error;
        QVERIFY(service.setWorkspaceFile(test::samplePath(), &error));
        QVERIFY(service.start(&error));
        QNetworkAccessManager nam;
        const QString uuid = QStringLiteral("12345678901234567890123456789012345678");
        const Answer a = call(nam, eventUrl(service, QStringLiteral("d_rtbd=json&d_dst=1&d_cts=2"
                                                                    "&c_interest=golf&d_uuid=") +
                                                         uuid));
        QCOMPARE(a.status, 200);
        QVERIFY(a.xError.isEmpty());
        QCOMPARE(a.json.value(QLatin1String("uuid")).toString(), uuid);

        // Prediction from the workspace: every active mapping of segment 1001, fired.
        const Workspace ws = test::sampleWorkspace();
        QStringList cookies;
        QStringList pixels;
        FireContext context;
        context.uuid = uuid;
        for (const Destination &d : ws.destinations) {
            const QVector<SegmentMapping> mappings =
                DestinationFiring::activeMappings(ws, d.id, {1001}, QDate::currentDate());
            const FireResult fired = DestinationFiring::fire(d, mappings, context);
            if (fired.cookie)
                cookies.append(fired.cookie->name + QLatin1Char('=') + fired.cookie->value);
            for (const FiredPixel &p : fired.pixels)
                pixels.append(QString::number(p.destinationId));
        }
        cookies.sort();
        pixels.sort();
        QVERIFY(!cookies.isEmpty());
        QVERIFY(!pixels.isEmpty());
        QCOMPARE(cookiesOf(a.json), cookies);
        QCOMPARE(destinationIdsOf(a.json), pixels);
    }

    void documentedErrorsOverHttp()
    {
        SandboxService service;
        QString error;
        QVERIFY(service.setWorkspaceFile(test::samplePath(), &error));
        QVERIFY(service.start(&error));
        QNetworkAccessManager nam;
        QCOMPARE(
            call(nam, eventUrl(service, QStringLiteral("d_rtbd=json")), "nobody.demdex.net").xError,
            QByteArray("1"));
        QCOMPARE(call(nam, eventUrl(service, QStringLiteral("d_rtbd=json&d_uuid=12"))).xError,
                 QByteArray("102"));
        QCOMPARE(call(nam, eventUrl(service, QStringLiteral("d_rtbd=json&d_mid=12"))).xError,
                 QByteArray("101"));
        QCOMPARE(
            call(nam, eventUrl(service, QStringLiteral("d_rtbd=json&d_uuid="
                                                       "99999999999999999999999999999999999999")))
                .xError,
            QByteArray("171"));
        // QUrl would repair a bad escape, so this one goes over a raw socket.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, service.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /event?d_rtbd=json&c_x=%zz HTTP/1.1\r\nHost: sample.demdex.net\r\n\r\n");
        QByteArray raw;
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(50);
                raw += socket.readAll();
                return raw.contains("}");
            },
            5000));
        QVERIFY(raw.contains("X-Error: 311"));
        QVERIFY(raw.contains("\"code\":311"));
        // POST form body.
        const Answer post = call(nam, service.eventUrl(), "sample.demdex.net",
                                 "d_rtbd=json&d_cts=2&c_loyalty=gold");
        QCOMPARE(post.json.value(QLatin1String("segments")).toArray().first().toInt(), 1008);
    }

    void followsTheDocument()
    {
        WorkspaceDocument document;
        document.reset(test::smallWorkspace());
        SandboxService service;
        service.setDocument(&document);
        QString error;
        QVERIFY(service.start(&error));
        QNetworkAccessManager nam;
        const QUrl url = eventUrl(service, QStringLiteral("d_rtbd=json&d_cts=2&c_x=1"));
        Answer a = call(nam, url);
        QCOMPARE(cookiesOf(a.json), QStringList(QStringLiteral("aam=k=v1")));
        // An undoable edit of segment 101's rule reaches the sandbox.
        document.setSegmentField(101, Segment::Rule, QStringLiteral("c_x == \"9\""));
        QTRY_VERIFY(cookiesOf(call(nam, url).json).isEmpty());
        document.undo();
        QTRY_COMPARE(cookiesOf(call(nam, url).json), QStringList(QStringLiteral("aam=k=v1")));
        // A profile's alias is what the Host header must name.
        QCOMPARE(call(nam, url, "other.demdex.net").xError, QByteArray("1"));
        document.setProfileField(0, Profile::Alias, QStringLiteral("other"));
        QTRY_VERIFY(call(nam, url, "other.demdex.net").xError.isEmpty());
    }

    void reloadsTheFileAndKeepsTheLastGoodOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.json"));
        Workspace ws = test::smallWorkspace();
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY2(WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error),
                 qPrintable(error));
        SandboxService service;
        QSignalSpy loaded(&service, &SandboxService::workspaceLoaded);
        QSignalSpy failed(&service, &SandboxService::workspaceLoadFailed);
        QVERIFY(service.setWorkspaceFile(path, &error));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(service.start(&error));
        QNetworkAccessManager nam;
        const QUrl url = eventUrl(service, QStringLiteral("d_rtbd=json&c_x=2"));
        QVERIFY(cookiesOf(call(nam, url).json).isEmpty()); // segment 102 has no cookie mapping

        // An atomic save (QSaveFile) replaces the file: the sandbox picks it up.
        SegmentMapping m;
        m.id = 9000;
        m.destinationId = 20;
        m.sid = 102;
        m.value = QStringLiteral("v2");
        m.startDate = QDate(2025, 1, 1);
        ws.mappings.append(m);
        ws.rebuildIndex();
        QVERIFY2(WorkspaceFile::save(ws, path, stamp, &stamp, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(cookiesOf(call(nam, url).json), QStringList(QStringLiteral("aam=k=v2")));

        // A broken file is reported and the last good workspace keeps answering.
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{ \"format\": \"dcsdesk-workspace\", ");
        broken.close();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(cookiesOf(call(nam, url).json), QStringList(QStringLiteral("aam=k=v2")));
    }

    void badFileIsRefusedAtStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        SandboxService service;
        QString error;
        QVERIFY(!service.setWorkspaceFile(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!service.setWorkspaceFile(dir.filePath(QStringLiteral("missing.json")), &error));
    }

    void callLogHidesPrivateValues()
    {
        SandboxService service;
        service.setWorkspace(test::sampleWorkspace());
        service.setCallLogEnabled(true);
        QSignalSpy log(&service, &SandboxService::callHandled);
        QString error;
        QVERIFY(service.start(&error));
        QNetworkAccessManager nam;
        call(nam, eventUrl(service, QStringLiteral("d_rtbd=json&p_age=21")));
        QTRY_COMPARE(log.size(), 1);
        const auto summary = log.first().first().value<SandboxEngine::CallSummary>();
        QCOMPARE(summary.status, 200);
        QVERIFY(summary.target.contains(QLatin1String("p_age=[private]")));
    }

    void serverExecutable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.json"));
        QVERIFY(QFile::copy(test::samplePath(), path));
        QProcess process;
        process.setProgram(QStringLiteral(DCSDESK_SANDBOX_EXE));
        process.setArguments({QStringLiteral("--workspace"), path, QStringLiteral("--port"),
                              QStringLiteral("0"), QStringLiteral("--lang"), QStringLiteral("en")});
        process.start();
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        QRegularExpression urlPattern(QStringLiteral("http://127\\.0\\.0\\.1:[0-9]+"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                process.waitForReadyRead(50);
                out += process.readAllStandardOutput();
                return urlPattern.match(QString::fromUtf8(out)).hasMatch();
            },
            10000));
        const QUrl base(urlPattern.match(QString::fromUtf8(out)).captured(0));
        QNetworkAccessManager nam;
        QUrl url = base.resolved(QUrl(QStringLiteral("/event")));
        url.setQuery(QStringLiteral("d_rtbd=json&d_cts=2&c_interest=golf"));
        const Answer a = call(nam, url);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QLatin1String("segments")).toArray().first().toInt(), 1001);
        // Bad options are refused with exit code 2.
        QProcess bad;
        bad.start(QStringLiteral(DCSDESK_SANDBOX_EXE),
                  {QStringLiteral("--port"), QStringLiteral("x")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QProcess remote;
        remote.start(QStringLiteral(DCSDESK_SANDBOX_EXE),
                     {QStringLiteral("--address"), QStringLiteral("0.0.0.0")});
        QVERIFY(remote.waitForFinished(10000));
        QCOMPARE(remote.exitCode(), 1);
        // SIGTERM stops it gracefully.
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxService)
#include "tst_sandboxservice.moc"
