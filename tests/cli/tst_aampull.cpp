#include "inprocesscli.h"
#include "../destinations/aamrestdocexamples.h"
#include "aam/aamrestimportplan.h"
#include "aam/aamrestreader.h"
#include "aam/aamrestwriter.h"
#include "aamrest/aampull.h"
#include "aamrest/aamrestclient.h"
#include "cli/cliapp.h"
#include "cli/cliregistry.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dcsdesk;

namespace {

Workspace imported(const Workspace &ws, const QByteArray &json)
{
    const AamRestReader::Result r = AamRestReader::read(json);
    const AamRestImportPlan plan = AamRestImportPlan::build(ws, r, AamRestImportPlan::Options());
    WorkspaceDocument doc;
    doc.reset(ws);
    doc.apply(plan.changes(), QStringLiteral("import"));
    return doc.workspace();
}

// The workspace tst_aamrestfidelity builds for one documented example.
Workspace exampleWorkspace(const test::DocExample &example)
{
    Workspace ws;
    if (example.s2sDestination566) {
        Destination s2s;
        s2s.id = 566;
        s2s.name = QStringLiteral("Sample");
        s2s.type = Destination::Type::ServerToServer;
        ws.destinations.append(s2s);
    }
    ws.rebuildIndex();
    for (const QByteArray &before : example.before)
        ws = imported(ws, before);
    return imported(ws, example.json);
}

QList<QJsonObject> objectsOf(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonArray list = doc.array();
    if (doc.isObject()) {
        if (doc.object().value(QStringLiteral("list")).isArray())
            list = doc.object().value(QStringLiteral("list")).toArray();
        else
            list.append(doc.object());
    }
    QList<QJsonObject> out;
    for (const QJsonValue &v : list)
        out.append(v.toObject());
    return out;
}

const char kSecret[] = "s3cret-Only-In-The-Environment-7f3a";

} // namespace

// Pulling an Audience Manager account: the REST client against the sandbox's offline account
// (tokens, paging, renewal, retries), the workspace it gives (the account's objects exactly), and
// "dcsdesk-cli aam pull" with the secret from the environment and nowhere else.
class TestAamPull : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRegistry> m_registry;

    AamRestClient::PullResult pull(SandboxService &service, int pageSize = 100,
                                   const QString &secret = QStringLiteral("dcsdesk-sandbox-secret"))
    {
        AamRestClient client(&m_nam);
        AamRestClient::Settings settings;
        settings.baseUrl = service.baseUrl();
        settings.clientId = QStringLiteral("dcsdesk-sandbox");
        settings.clientSecret = secret;
        settings.orgId = QStringLiteral("DCSDESKSANDBOX@AdobeOrg");
        settings.pageSize = pageSize;
        settings.backoffMs = 10;
        client.setSettings(settings);
        QSignalSpy finished(&client, &AamRestClient::finished);
        client.pull();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<AamRestClient::PullResult>();
    }

    using Run = test::CliRun;

    Run cli(const QStringList &args) { return test::runCli(*m_registry, args); }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qputenv("LC_ALL", "C");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
    }

    // Every documented example, served by the sandbox and pulled back: each pulled snapshot is the
    // object the API served, and the pulled workspace exports every documented object exactly.
    void pullRoundTripsTheAccount()
    {
        SandboxService service;
        QVERIFY(service.start());
        int checked = 0;
        for (const test::DocExample &example : test::docExamples()) {
            const Workspace account = exampleWorkspace(example);
            service.aam()->load(account);
            const AamRestClient::PullResult pulled = pull(service, 2);
            QVERIFY2(pulled.ok, qPrintable(pulled.error));
            const AamPull::Outcome outcome = AamPull::apply(Workspace(), pulled);
            QVERIFY2(outcome.skipped.isEmpty(),
                     qPrintable(outcome.skipped.join(QLatin1Char('\n'))));
            Workspace ws = outcome.workspace;
            ws.rebuildIndex();
            QCOMPARE(ws.destinations.size(), account.destinations.size());
            QCOMPARE(ws.mappings.size(), account.mappings.size());
            QCOMPARE(ws.segments.size(), account.segments.size());

            for (const QJsonValue &v : pulled.destinations) {
                const qint64 id =
                    qint64(v.toObject().value(QStringLiteral("destinationId")).toDouble());
                QVERIFY(ws.destination(id));
                QCOMPARE(ws.destination(id)->remote, v.toObject());
            }
            for (const QJsonValue &v : pulled.mappings) {
                const int i = ws.mappingIndex(AamAccount::mappingIdOf(v.toObject()));
                QVERIFY(i >= 0);
                QCOMPARE(ws.mappings[i].remote, v.toObject());
            }
            for (const QJsonValue &v : pulled.segments) {
                const Segment *s =
                    ws.segment(qint64(v.toObject().value(QStringLiteral("sid")).toDouble()));
                QVERIFY(s);
                QCOMPARE(s->remote, v.toObject());
            }

            // The documented objects, exported from the pulled workspace as the fidelity test
            // exports them from an imported one.
            AamRestWriter::Options options;
            options.includeDcsDeskFields = example.json.contains("x-dcsdesk");
            QHash<qint64, QJsonObject> destinations, mappings, segments;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(AamRestWriter::write(ws, {}, options).json).array())
                destinations.insert(
                    qint64(v.toObject().value(QStringLiteral("destinationId")).toDouble()),
                    v.toObject());
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(AamRestWriter::writeMappings(ws, {}).json).array())
                mappings.insert(AamAccount::mappingIdOf(v.toObject()), v.toObject());
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(AamRestWriter::writeSegments(ws, {}).json).array())
                segments.insert(qint64(v.toObject().value(QStringLiteral("sid")).toDouble()),
                                v.toObject());
            for (const QJsonObject &original : objectsOf(example.json)) {
                QJsonObject got;
                if (!original.contains(QStringLiteral("sid")))
                    got = destinations.value(
                        qint64(original.value(QStringLiteral("destinationId")).toDouble()));
                else if (original.contains(QStringLiteral("traitType")))
                    got = mappings.value(AamAccount::mappingIdOf(original));
                else
                    got = segments.value(qint64(original.value(QStringLiteral("sid")).toDouble()));
                if (got != original)
                    qWarning("%s:\n want %s\n got  %s", example.name,
                             QJsonDocument(original).toJson(QJsonDocument::Compact).constData(),
                             QJsonDocument(got).toJson(QJsonDocument::Compact).constData());
                QCOMPARE(got, original);
                ++checked;
            }
        }
        qInfo("%d documented objects pulled back exactly", checked);
        QVERIFY(checked > 20);
    }

    void pagingUntilTheLastPage()
    {
        SandboxService service;
        service.aam()->load(test::sampleWorkspace());
        QVERIFY(service.start());
        const int destinations = service.aam()->destinationCount();
        const AamRestClient::PullResult one = pull(service, 1);
        QVERIFY2(one.ok, qPrintable(one.error));
        QCOMPARE(int(one.destinations.size()), destinations);
        QCOMPARE(int(one.mappings.size()), service.aam()->mappingCount());
        QCOMPARE(int(one.segments.size()), service.aam()->segmentCount());
        const AamRestClient::PullResult all = pull(service, 1000);
        QVERIFY(one.requests > all.requests + destinations);
        QCOMPARE(one.destinations, all.destinations);
        QCOMPARE(one.mappings, all.mappings);
        QCOMPARE(one.segments, all.segments);
        // A page size that divides the list exactly still ends at the last page.
        const AamRestClient::PullResult exact = pull(service, destinations);
        QCOMPARE(exact.destinations, all.destinations);
    }

    void tokenRenewedOnceThenStops()
    {
        SandboxService service;
        service.aam()->load(test::sampleWorkspace());
        QVERIFY(service.start());
        service.aam()->failNextCalls(401, 1);
        const AamRestClient::PullResult renewed = pull(service);
        QVERIFY2(renewed.ok, qPrintable(renewed.error));
        QCOMPARE(renewed.tokenRenewals, 1);

        service.aam()->failNextCalls(401, 2);
        const AamRestClient::PullResult refused = pull(service);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.error.contains(QLatin1String("401")));

        const AamRestClient::PullResult wrongSecret = pull(service, 100, QLatin1String(kSecret));
        QVERIFY(!wrongSecret.ok);
        QCOMPARE(wrongSecret.status, 401);
        QVERIFY(!wrongSecret.error.contains(QLatin1String(kSecret)));
    }

    void retriesServerErrorsAndRateLimits()
    {
        SandboxService service;
        service.aam()->load(test::sampleWorkspace());
        QVERIFY(service.start());
        service.aam()->failNextCalls(503, 2);
        const AamRestClient::PullResult retried = pull(service);
        QVERIFY2(retried.ok, qPrintable(retried.error));
        QCOMPARE(retried.retries, 2);
        service.aam()->failNextCalls(429, 1); // Retry-After: 1 is waited for
        const AamRestClient::PullResult limited = pull(service);
        QVERIFY2(limited.ok, qPrintable(limited.error));
        QCOMPARE(limited.retries, 1);
        service.aam()->failNextCalls(500, 10);
        const AamRestClient::PullResult failed = pull(service);
        QVERIFY(!failed.ok);
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.retries, 3);
    }

    // The CLI with the secret in DCSDESK_AAM_CLIENT_SECRET: the summary, and the secret in no
    // output and no file written.
    void cliPullKeepsTheSecretOut()
    {
        qputenv(AamRestApi::SecretVariable, kSecret);
        const QString out = m_dir.filePath(QStringLiteral("pulled.json"));
        const Run sandbox =
            cli({QStringLiteral("aam"), QStringLiteral("pull"), QStringLiteral("--sandbox"),
                 QStringLiteral("--page-size"), QStringLiteral("4"), QStringLiteral("--out"), out});
        QCOMPARE(sandbox.code, 0);
        const Workspace sample = test::sampleWorkspace();
        QVERIFY2(sandbox.out.contains(QStringLiteral("Pulled %1 destinations, %2 mappings and %3 "
                                                     "segments")
                                          .arg(sample.destinations.size())
                                          .arg(sample.mappings.size())
                                          .arg(sample.segments.size())),
                 qPrintable(sandbox.out));
        QVERIFY(sandbox.err.contains(QLatin1String("Token received.")));
        const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(out);
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.workspace.destinations.size(), sample.destinations.size());

        // Against a running sandbox by its URL; a second pull updates the same file.
        SandboxService service;
        AamRestApi::Credentials credentials;
        credentials.clientSecret = QLatin1String(kSecret);
        service.aam()->setCredentials(credentials);
        service.aam()->load(sample);
        QVERIFY(service.start());
        // Into the workspace pulled above (aam pull WORKSPACE): everything is unchanged.
        const QStringList byUrl{QStringLiteral("aam"),         QStringLiteral("pull"),
                                out,                           QStringLiteral("--base-url"),
                                service.baseUrl().toString(),  QStringLiteral("--client-id"),
                                credentials.clientId,          QStringLiteral("--org-id"),
                                credentials.orgId};
        const Run again = cli(byUrl + QStringList{QStringLiteral("--json")});
        QCOMPARE(again.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("destinations")).toInt(), sample.destinations.size());
        QCOMPARE(json.value(QStringLiteral("workspaceDestinations"))
                     .toObject()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
                 sample.destinations.size());

        // A wrong secret: a network-side failure that does not repeat the secret.
        qputenv(AamRestApi::SecretVariable, "not-the-secret");
        const Run refused = cli(byUrl);
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(QLatin1String("DCSDESK_AAM_CLIENT_SECRET")));
        QVERIFY(!refused.err.contains(QLatin1String("not-the-secret")));

        // No secret at all: refused before any call, naming the variable.
        qunsetenv(AamRestApi::SecretVariable);
        const Run missing = cli(byUrl);
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QLatin1String("DCSDESK_AAM_CLIENT_SECRET")));

        for (const Run &r : {sandbox, again, refused, missing}) {
            QVERIFY(!r.out.contains(QLatin1String(kSecret)));
            QVERIFY(!r.err.contains(QLatin1String(kSecret)));
        }
        // Every file in the output folder (the workspace and its backups) and in the settings,
        // data and cache folders.
        QStringList roots{m_dir.path()};
        for (auto location :
             {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
              QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation})
            roots.append(QStandardPaths::writableLocation(location));
        int scanned = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                QVERIFY2(!file.readAll().contains(kSecret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned >= 1);
    }

    void cliBadInput()
    {
        QCOMPARE(cli({QStringLiteral("aam")}).code, 2);
        QCOMPARE(cli({QStringLiteral("aam"), QStringLiteral("push")}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("aam"), QStringLiteral("pull"), QStringLiteral("--sandbox")}).code,
            2);
        QCOMPARE(cli({QStringLiteral("aam"), QStringLiteral("pull"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.json"))})
                     .code,
                 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
    }
};

QTEST_GUILESS_MAIN(TestAamPull)
#include "tst_aampull.moc"
