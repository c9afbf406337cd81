// Calls per second of the batch runner against a loopback server. Usage:
//   bench_batch [USERS] [CONCURRENCY] [sandbox|test]   (defaults: 300, 6, sandbox)
// "sandbox" is the in-process SandboxService on the sample workspace (its own thread, keep-alive,
// per-user rate limit off); "test" is the TestHttpServer of the tests (same thread as the runner,
// one connection per call). Prints one JSON object; exits 1 when a call got no 200 answer.
#include "batch/batchinput.h"
#include "batch/batchrunner.h"
#include "sandbox/sandboxservice.h"
#include "testhttpserver.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstdio>

using namespace dcsdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    test::initTestEnvironment();
    const QStringList args = app.arguments();
    const int users = args.size() > 1 ? args.at(1).toInt() : 300;
    const int concurrency = args.size() > 2 ? args.at(2).toInt() : 6;

    const bool useSandbox = args.size() <= 3 || args.at(3) != QLatin1String("test");

    Profile profile;
    QUrl sandboxUrl;
    test::TestHttpServer server;
    SandboxService sandbox;
    if (useSandbox) {
        Workspace workspace = test::sampleWorkspace();
        // Every generated user is called once; the per-user limit is off as in docs/sandbox.md.
        workspace.sandboxSettings.insert(
            QStringLiteral("rateLimit"),
            QJsonObject{{QStringLiteral("calls"), 0}, {QStringLiteral("perSeconds"), 1}});
        sandbox.setWorkspace(workspace);
        QString error;
        if (!sandbox.start(&error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        for (const Profile &p : workspace.profiles) {
            if (!p.alias.isEmpty() && profile.alias.isEmpty())
                profile.alias = p.alias;
        }
        profile.regionId = Profile::SandboxRegion;
        sandboxUrl = sandbox.baseUrl();
    } else {
        if (!server.listen())
            return 2;
        server.setHandler([](const test::TestHttpRequest &r) {
            const QUrlQuery query(QString::fromLatin1(r.query()));
            return test::TestHttpResponse::json(
                "{\"stuff\":[],\"uuid\":\"" +
                query.queryItemValue(QStringLiteral("d_uuid")).toLatin1() +
                "\",\"dcs_region\":9,\"tid\":\"31ZpxW5bQGc=\"}");
        });
        profile.alias = QStringLiteral("bench");
        profile.customBaseUrl = server.baseUrl().toString();
    }
    BatchRunner runner;
    runner.setTarget(profile, sandboxUrl);
    DcsRequest request;
    request.destinations = true;
    request.signalList.append(DcsSignal{QStringLiteral("c_interest"), {QStringLiteral("golf")}});
    runner.setTemplate(request);
    QElapsedTimer prepareClock;
    prepareClock.start();
    runner.setInput(BatchInput::generate(users));
    BatchRunner::Settings settings;
    settings.concurrency = concurrency;
    runner.setSettings(settings);
    QString error;
    if (!runner.prepare(&error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const qint64 prepareMs = prepareClock.elapsed();
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    loop.exec();
    const qint64 ms = clock.elapsed();
    const BatchStats &s = runner.stats();
    const QJsonObject result{
        {QStringLiteral("server"),
         useSandbox ? QStringLiteral("in-process sandbox (own thread, keep-alive)")
                    : QStringLiteral("TestHttpServer (same thread, one connection per call)")},
        {QStringLiteral("users"), users},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("prepareMs"), prepareMs},
        {QStringLiteral("runMs"), ms},
        {QStringLiteral("callsPerSecond"), ms > 0 ? qRound(users * 10000.0 / ms) / 10.0 : 0},
        {QStringLiteral("answered200"), s.statusCounts.value(200)},
        {QStringLiteral("withDcsErrors"), s.withErrors},
        {QStringLiteral("p50Ms"), s.percentile(50)},
        {QStringLiteral("p99Ms"), s.percentile(99)}};
    printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return s.statusCounts.value(200) == users ? 0 : 1;
}
