#include "inprocesscli.h"
#include "aampushfixture.h"
#include "cli/cliapp.h"
#include "cli/cliregistry.h"
#include "workspace/workspacefile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace dcsdesk;
using namespace dcsdesk::test;

namespace {

const char kPushSecret[] = "push-s3cret-Only-In-The-Environment-4d2a";

} // namespace

// "dcsdesk-cli aam push" against the sandbox's account on 127.0.0.1, by its URL and with
// --sandbox: dry run, push, the file written back, conflicts, exit codes, and the secret (from
// the environment only) in no output and no file.
class TestAamPushCli : public AamPushTestBase
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRegistry> m_registry;

    using Run = test::CliRun;
    QVector<Run> m_runs;
    Run cli(const QStringList &args) { return test::runCli(*m_registry, args); }

private Q_SLOTS:
    void initTestCase()
    {
        initTestEnvironment();
        qputenv("LC_ALL", "C");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
        QVERIFY(pullSample());
    }

    // The CLI against a running sandbox: dry run, push, the file written back, diff shows none.
    void cliPush()
    {
        qputenv(AamRestApi::SecretVariable, kPushSecret);
        SandboxService service;
        AamRestApi::Credentials credentials;
        credentials.clientSecret = QLatin1String(kPushSecret);
        service.aam()->setCredentials(credentials);
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const QString file = m_dir.filePath(QStringLiteral("account.json"));
        const QStringList connection{QStringLiteral("--base-url"),  service.baseUrl().toString(),
                                     QStringLiteral("--client-id"), credentials.clientId,
                                     QStringLiteral("--org-id"),    credentials.orgId};
        const QString aam = QStringLiteral("aam");
        QCOMPARE(cli(QStringList{aam, QStringLiteral("pull"), QStringLiteral("--out"), file} +
                     connection)
                     .code,
                 0);
        const QStringList pushArgs = QStringList{aam, QStringLiteral("push"), file} + connection;
        const Run nothing = cli(pushArgs);
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains(QLatin1String("Nothing to push")), qPrintable(nothing.out));

        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(file);
        QVERIFY(loaded.ok);
        loaded.workspace.rebuildIndex();
        const Edited e = edited(loaded.workspace);
        QString error;
        QVERIFY2(WorkspaceFile::save(e.ws, file, loaded.stamp, nullptr, &error), qPrintable(error));

        const int callsBefore = service.aam()->callCount();
        const Run dry = cli(pushArgs + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, qPrintable(dry.out + dry.err));
        QVERIFY2(dry.out.contains(QLatin1String("1 destination to update, 1 to create, 0 to "
                                                "delete; 1 mapping to update, 2 to create")),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(QLatin1String("Dry run: 5 would be sent, 0 would not")));
        const int pullCalls = service.aam()->callCount() - callsBefore;
        QVERIFY(pullCalls > 0); // the dry run pulls to compare, and sends nothing
        QCOMPARE(WorkspaceFile::load(file).workspace.mappings, e.ws.mappings);

        const Run pushed = cli(pushArgs + QStringList{QStringLiteral("--json")});
        QCOMPARE(pushed.code, 0);
        const QJsonObject json = pushed.json();
        QCOMPARE(json.value(QStringLiteral("sent")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("savedTo")).toString(), file);
        QCOMPARE(json.value(QStringLiteral("writtenBack")).toInt(), 5);
        const QJsonObject first = json.value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(first.value(QStringLiteral("status")).toInt(), 201);

        const Run same = cli(QStringList{aam, QStringLiteral("diff"), file} + connection);
        QCOMPARE(same.code, 0);
        QVERIFY2(same.out.contains(QLatin1String("No differences")), qPrintable(same.out));

        // A conflict: listed and not pushed (exit 1) until resolved.
        loaded = WorkspaceFile::load(file);
        loaded.workspace.rebuildIndex();
        Workspace conflicting = loaded.workspace;
        conflicting.mappings[conflicting.mappingIndex(kMapping)].endDate = QDate(2035, 5, 5);
        QVERIFY(WorkspaceFile::save(conflicting, file, loaded.stamp, nullptr, &error));
        Workspace other = loaded.workspace;
        other.mappings[other.mappingIndex(kMapping)].endDate = QDate(2034, 4, 4);
        {
            AamPush pusher(&m_nam);
            AamRestClient::Settings settings = settingsOf(service);
            pusher.setSettings(settings);
            QSignalSpy finished(&pusher, &AamPush::finished);
            const AamDiff d = AamDiff::compare(other, accountOf(pull(service)));
            pusher.push(other, acceptAll(d));
            QVERIFY(finished.wait(30000));
        }
        const Run open = cli(pushArgs);
        QCOMPARE(open.code, 1);
        QVERIFY2(open.out.contains(QLatin1String("[not sent] Mapping 5001")), qPrintable(open.out));
        QVERIFY(open.out.contains(QLatin1String("endDate")));
        const Run resolved = cli(
            pushArgs + QStringList{QStringLiteral("--keep-workspace"), QStringLiteral("endDate")});
        QCOMPARE(resolved.code, 0);
        QVERIFY2(resolved.out.contains(QLatin1String("[sent, HTTP 201] Mapping 5001")),
                 qPrintable(resolved.out));

        // Bad input and a refused secret, as the other aam commands have them.
        QCOMPARE(cli(pushArgs + QStringList{QStringLiteral("--out"), file}).code, 2);
        QCOMPARE(cli({aam, QStringLiteral("push"), m_dir.filePath(QStringLiteral("none.json")),
                      QStringLiteral("--sandbox")})
                     .code,
                 2);
        qputenv(AamRestApi::SecretVariable, "not-the-push-secret");
        const Run refused = cli(pushArgs);
        QCOMPARE(refused.code, 3);
        QVERIFY(!refused.err.contains(QLatin1String("not-the-push-secret")));
        qunsetenv(AamRestApi::SecretVariable);
    }

    // --sandbox: the in-process account, as for aam diff.
    void cliSandboxPush()
    {
        const QString file = m_dir.filePath(QStringLiteral("sandbox.json"));
        QCOMPARE(cli({QStringLiteral("aam"), QStringLiteral("pull"), QStringLiteral("--sandbox"),
                      QStringLiteral("--out"), file})
                     .code,
                 0);
        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(file);
        loaded.workspace.rebuildIndex();
        Workspace ws = loaded.workspace;
        ws.mappings[ws.mappingIndex(kMapping)].endDate = QDate(2031, 1, 1);
        QString error;
        QVERIFY(WorkspaceFile::save(ws, file, loaded.stamp, nullptr, &error));
        const Run pushed =
            cli({QStringLiteral("aam"), QStringLiteral("push"), file, QStringLiteral("--sandbox")});
        QCOMPARE(pushed.code, 0);
        QVERIFY2(pushed.out.contains(QLatin1String("1 sent to the account, 0 failed, 0 not sent")),
                 qPrintable(pushed.out));
        QVERIFY(pushed.out.contains(file));
    }

    // The secret in no output and no file of the run's folders.
    void cleanupTestCase()
    {
        for (const Run &r : std::as_const(m_runs)) {
            QVERIFY(!r.out.contains(QLatin1String(kPushSecret)));
            QVERIFY(!r.err.contains(QLatin1String(kPushSecret)));
        }
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
                if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                QVERIFY2(!file.readAll().contains(kPushSecret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned >= 2);
    }
};

QTEST_MAIN(TestAamPushCli)
#include "tst_aampushcli.moc"
