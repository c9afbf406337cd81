#include "inprocesscli.h"
#include "cli/cliapp.h"
#include "cli/clienvironment.h"
#include "secrets/secretstore.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Issue 20: `check --env NAME` and `send --env NAME` take the {{variable}} values from an
// environment of the workspace: the sample's sandbox environment passes on a fresh clone, another
// environment's values reach the calls, an unknown environment or an undefined variable stops
// the command before anything is sent, and a secret's value never reaches the output.
class TestCliEnv : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;
    std::unique_ptr<CliRegistry> m_registry;
    QTemporaryDir m_dir;

    Run run(const QStringList &args) { return test::runCli(*m_registry, args); }

    // The sample with the golf request's User-Agent header set from a variable.
    QString withVariable(const QString &name, const QString &file, bool secret)
    {
        Workspace ws = WorkspaceFile::load(test::samplePath()).workspace;
        QJsonObject golf = ws.savedRequests.at(0).toObject();
        golf.insert(
            QStringLiteral("headers"),
            QJsonArray{QJsonObject{{QStringLiteral("enabled"), true},
                                   {QStringLiteral("name"), QStringLiteral("X-Token")},
                                   {QStringLiteral("value"), QStringLiteral("{{%1}}").arg(name)}}});
        ws.savedRequests.replace(0, golf);
        if (secret) {
            QJsonObject sandbox = ws.environments.at(0).toObject();
            QJsonArray vars = sandbox.value(QStringLiteral("variables")).toArray();
            vars.append(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("secret"), true}});
            sandbox.insert(QStringLiteral("variables"), vars);
            ws.environments.replace(0, sandbox);
        }
        const QString path = m_dir.filePath(file);
        QString error;
        WorkspaceFile::Stamp stamp;
        if (!WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qputenv("LC_ALL", "C");
        qunsetenv("DCSDESK_VAR_APITOKEN");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
    }

    void sandboxEnvironmentPassesOnAFreshClone()
    {
        const QString junit = m_dir.filePath(QStringLiteral("out.xml"));
        const Run r = run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--env"),
                           QStringLiteral("sandbox"), QStringLiteral("--junit"), junit});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(QFile::exists(junit));
        QVERIFY(r.out.contains(QLatin1String("local sandbox")));
        QVERIFY(r.out.contains(QLatin1String("Environment sandbox")));
        QVERIFY(r.out.contains(QLatin1String("{{golfFan}}")));
        QVERIFY(r.out.contains(QString(38, QLatin1Char('1'))));
    }

    void anotherEnvironmentsValuesReachTheCalls()
    {
        // beta's golf fan is another user; the uuid check says {{golfFan}} too, so it expects
        // beta's user and passes: the value reached both the call and the check.
        const Run r = run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--env"),
                           QStringLiteral("beta"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject env = r.json().value(QStringLiteral("environment")).toObject();
        QCOMPARE(env.value(QStringLiteral("environment")).toString(), QStringLiteral("beta"));
        const QJsonObject var = env.value(QStringLiteral("variables")).toArray().first().toObject();
        QCOMPARE(var.value(QStringLiteral("value")).toString(), QString(38, QLatin1Char('3')));
        QVERIFY2(r.out.contains(QStringLiteral("uuid is %1").arg(QString(38, QLatin1Char('3')))),
                 qPrintable(r.out));
    }

    // The golf request with one more check whose text holds {{name}}.
    QString withCheckVariable(const QString &name, const char *file, bool secret)
    {
        const QString path = withVariable(QStringLiteral("golfFan"), file, false);
        Workspace ws = WorkspaceFile::load(path).workspace;
        QJsonObject golf = ws.savedRequests.at(0).toObject();
        QJsonArray checks = golf.value(QStringLiteral("checks")).toArray();
        checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("header")},
                                  {QStringLiteral("name"), QStringLiteral("{{%1}}").arg(name)}});
        golf.insert(QStringLiteral("checks"), checks);
        ws.savedRequests.replace(0, golf);
        if (secret) {
            QJsonObject sandbox = ws.environments.at(0).toObject();
            QJsonArray vars = sandbox.value(QStringLiteral("variables")).toArray();
            vars.append(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("secret"), true}});
            sandbox.insert(QStringLiteral("variables"), vars);
            ws.environments.replace(0, sandbox);
        }
        QString error;
        WorkspaceFile::Stamp stamp;
        if (!WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    void anEnvironmentWhoseVariablesAreUnusedIsSaidSo()
    {
        Workspace ws = WorkspaceFile::load(test::samplePath()).workspace;
        QJsonObject golf = ws.savedRequests.at(0).toObject();
        golf.insert(QStringLiteral("userId"), QString(38, QLatin1Char('1')));
        QJsonArray checks;
        for (const QJsonValue &c : golf.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("kind")).toString() != QLatin1String("uuid"))
                checks.append(c);
        }
        golf.insert(QStringLiteral("checks"), checks);
        ws.savedRequests.replace(0, golf);
        const QString path = m_dir.filePath(QStringLiteral("novars.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY2(WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error),
                 qPrintable(error));
        const Run r = run(
            {QStringLiteral("check"), path, QStringLiteral("--env"), QStringLiteral("mock")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String(
                     "Environment mock: the checked requests use none of its variables.")),
                 qPrintable(r.out));
    }

    void aCheckWithAnUndefinedVariableStopsBeforeSending()
    {
        const Run r = run({QStringLiteral("check"), withCheckVariable(QStringLiteral("nope"),
                                                                      "checkvar.json", false),
                           QStringLiteral("--env"), QStringLiteral("sandbox")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("Nothing was sent")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("{{nope}}")));
        QVERIFY(r.err.contains(QStringLiteral("Check “")));
    }

    void aCheckCannotUseASecret()
    {
        qputenv("DCSDESK_VAR_HEADERNAME", "X-Secret-Name");
        const Run r = run({QStringLiteral("check"), withCheckVariable(QStringLiteral("headerName"),
                                                                      "checksecret.json", true),
                           QStringLiteral("--env"), QStringLiteral("sandbox")});
        qunsetenv("DCSDESK_VAR_HEADERNAME");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("cannot be used in a check")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("X-Secret-Name")));
    }

    void withoutEnvTheFirstEnvironmentIsUsed()
    {
        const Run r =
            run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("Environment sandbox")));
    }

    void unknownEnvironment()
    {
        const Run r = run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--env"),
                           QStringLiteral("staging")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("staging")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("sandbox, beta, production, mock")));
    }

    void undefinedVariableStopsBeforeSending()
    {
        const QString path = withVariable(QStringLiteral("missing"), "undefined.json", false);
        const Run r = run(
            {QStringLiteral("check"), path, QStringLiteral("--env"), QStringLiteral("sandbox")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("{{missing}}")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("“sandbox”")));
        QVERIFY(r.err.contains(QLatin1String("Nothing was sent")));
        // What to do, in command-line terms: never a window's action (finding 11).
        QVERIFY2(!r.err.contains(QStringLiteral("Environments…")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--env")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("workspace file")), qPrintable(r.err));
    }

    // d_sid = {{segmentList}}, undefined: send says the variable's error and nothing about the
    // shape of d_sid, which is not the user's mistake (finding 12).
    void anUndefinedVariableInSidIsOneError()
    {
        Workspace ws = WorkspaceFile::load(test::samplePath()).workspace;
        QJsonObject golf = ws.savedRequests.at(0).toObject();
        golf.insert(QStringLiteral("sid"), QStringLiteral("{{segmentList}}"));
        ws.savedRequests.replace(0, golf);
        const QString path = m_dir.filePath(QStringLiteral("sidvar.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY2(WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error),
                 qPrintable(error));
        const Run r =
            run({QStringLiteral("send"), QStringLiteral("--sandbox"), path,
                 QStringLiteral("--workspace"), path, QStringLiteral("--profile"),
                 QStringLiteral("Sample (local sandbox)"), QStringLiteral("--saved"),
                 golf.value(QStringLiteral("name")).toString(), QStringLiteral("--env"),
                 QStringLiteral("sandbox")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("{{segmentList}}")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("d_sid takes")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Environments…")), qPrintable(r.err));
    }

    void aSecretTheAnswerRepeatsIsMaskedThereToo()
    {
        // A secret user ID: the DCS answers with it as the uuid, in the body a report keeps.
        Workspace ws = WorkspaceFile::load(test::samplePath()).workspace;
        QJsonObject golf = ws.savedRequests.at(0).toObject();
        golf.insert(QStringLiteral("userId"), QStringLiteral("{{fanSecret}}"));
        QJsonArray checks;
        for (const QJsonValue &c : golf.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("kind")).toString() != QLatin1String("uuid"))
                checks.append(c);
        }
        checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                                  {QStringLiteral("equals"), 204}}); // fails: the answer is kept
        golf.insert(QStringLiteral("checks"), checks);
        ws.savedRequests.replace(0, golf);
        QJsonObject sandbox = ws.environments.at(0).toObject();
        QJsonArray vars = sandbox.value(QStringLiteral("variables")).toArray();
        vars.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("fanSecret")},
                                {QStringLiteral("secret"), true}});
        sandbox.insert(QStringLiteral("variables"), vars);
        ws.environments.replace(0, sandbox);
        const QString path = m_dir.filePath(QStringLiteral("secretuser.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY2(WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error),
                 qPrintable(error));

        const QByteArray secret(38, '7');
        qputenv("DCSDESK_VAR_FANSECRET", secret);
        const QString junit = m_dir.filePath(QStringLiteral("secretuser.xml"));
        const Run r = run({QStringLiteral("check"), path, QStringLiteral("--env"),
                           QStringLiteral("sandbox"), QStringLiteral("--junit"), junit});
        const Run json = run({QStringLiteral("check"), path, QStringLiteral("--env"),
                              QStringLiteral("sandbox"), QStringLiteral("--json")});
        qunsetenv("DCSDESK_VAR_FANSECRET");
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.out.contains(QLatin1String(secret)), qPrintable(r.out));
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray report = xml.readAll();
        QVERIFY(report.contains("{{fanSecret}}")); // the answer is there, the value is not
        QVERIFY(!report.contains(secret));
        QCOMPARE(json.code, 1);
        QVERIFY(!json.out.contains(QLatin1String(secret)));
    }

    void secretFromProcessEnvironmentNeverPrinted()
    {
        const QString path = withVariable(QStringLiteral("apiToken"), "secret.json", true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-value"));

        const Run missing = run(
            {QStringLiteral("check"), path, QStringLiteral("--env"), QStringLiteral("sandbox")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QLatin1String("DCSDESK_VAR_APITOKEN")),
                 qPrintable(missing.err));

        qputenv("DCSDESK_VAR_APITOKEN", "s3cret-value");
        const QString junit = m_dir.filePath(QStringLiteral("secret.xml"));
        const Run r = run({QStringLiteral("check"), path, QStringLiteral("--env"),
                           QStringLiteral("sandbox"), QStringLiteral("--junit"), junit});
        const Run json = run({QStringLiteral("check"), path, QStringLiteral("--env"),
                              QStringLiteral("sandbox"), QStringLiteral("--json")});
        const Run send =
            run({QStringLiteral("send"), QStringLiteral("--sandbox"), path,
                 QStringLiteral("--workspace"), path, QStringLiteral("--profile"),
                 QStringLiteral("Sample (local sandbox)"), QStringLiteral("--saved"),
                 QStringLiteral("Golf fan gets the golf segment"), QStringLiteral("--json")});
        qunsetenv("DCSDESK_VAR_APITOKEN");
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QLatin1String("s3cret-value")));
        QVERIFY(r.out.contains(QLatin1String("DCSDESK_VAR_APITOKEN")));
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QVERIFY(!xml.readAll().contains("s3cret-value"));
        QCOMPARE(json.code, 0);
        QVERIFY(!json.out.contains(QLatin1String("s3cret-value")));
        QVERIFY2(send.code == 0 || send.code == 1, qPrintable(send.out + send.err));
        QVERIFY(!send.out.contains(QLatin1String("s3cret-value")));
        QVERIFY(send.out.contains(QLatin1String("{{apiToken}}")));
    }

    void secretFromTheKeychainFirst()
    {
        const QString path = withVariable(QStringLiteral("apiToken"), "keychain.json", true);
        const Workspace ws = WorkspaceFile::load(path).workspace;
        MemorySecretStore store;
        store.write(SecretKey{ws.name, QStringLiteral("sandbox"), QStringLiteral("apiToken")},
                    QStringLiteral("k3ychain-value"), [](const SecretStore::Reply &) {});
        CliEnvironment::setSecretStore(&store);
        qputenv("DCSDESK_VAR_APITOKEN", "process-value");
        const Run check = run({QStringLiteral("check"), path, QStringLiteral("--env"),
                               QStringLiteral("sandbox"), QStringLiteral("--json")});
        const Run text = run(
            {QStringLiteral("check"), path, QStringLiteral("--env"), QStringLiteral("sandbox")});
        const Run send =
            run({QStringLiteral("send"), QStringLiteral("--sandbox"), path,
                 QStringLiteral("--workspace"), path, QStringLiteral("--profile"),
                 QStringLiteral("Sample (local sandbox)"), QStringLiteral("--saved"),
                 QStringLiteral("Golf fan gets the golf segment"), QStringLiteral("--json")});
        qunsetenv("DCSDESK_VAR_APITOKEN");
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        for (const Run *r : {&check, &text, &send}) {
            QVERIFY(!(r->out + r->err).contains(QLatin1String("k3ychain-value")));
            QVERIFY(!(r->out + r->err).contains(QLatin1String("process-value")));
        }
        const QJsonArray vars = check.json()
                                    .value(QStringLiteral("environment"))
                                    .toObject()
                                    .value(QStringLiteral("variables"))
                                    .toArray();
        bool fromKeychain = false;
        for (const QJsonValue &v : vars) {
            fromKeychain =
                fromKeychain || (v.toObject().value(QStringLiteral("name")).toString() ==
                                     QStringLiteral("apiToken") &&
                                 v.toObject().value(QStringLiteral("source")).toString() ==
                                     QStringLiteral("keychain"));
        }
        QVERIFY2(fromKeychain, qPrintable(check.out));
        QVERIFY(text.out.contains(QLatin1String("system keychain")));
        QVERIFY2(send.code == 0 || send.code == 1, qPrintable(send.out + send.err));
        QVERIFY(send.out.contains(QLatin1String("{{apiToken}}")));

        // No keychain and no process variable: the error names both ways, stderr says why.
        store.setUnavailable(QStringLiteral("no session bus"));
        const Run none = run(
            {QStringLiteral("check"), path, QStringLiteral("--env"), QStringLiteral("sandbox")});
        CliEnvironment::setSecretStore(nullptr);
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QLatin1String("The system keychain cannot be used: no session bus.")),
                 qPrintable(none.err));
        QVERIFY(none.err.contains(QLatin1String("the system keychain has none")));
        QVERIFY(none.err.contains(QLatin1String("DCSDESK_VAR_APITOKEN")));
    }

    void sendWithEnv()
    {
        const Run r =
            run({QStringLiteral("send"), QStringLiteral("--sandbox"), test::samplePath(),
                 QStringLiteral("--workspace"), test::samplePath(), QStringLiteral("--profile"),
                 QStringLiteral("Sample (local sandbox)"), QStringLiteral("--saved"),
                 QStringLiteral("Golf fan gets the golf segment"), QStringLiteral("--env"),
                 QStringLiteral("beta"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.out + r.err));
        const QString url = r.json()
                                .value(QStringLiteral("request"))
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString();
        QVERIFY2(url.contains(QString(38, QLatin1Char('3'))), qPrintable(url));

        const Run noWorkspace =
            run({QStringLiteral("send"), QStringLiteral("--alias"), QStringLiteral("x"),
                 QStringLiteral("--env"), QStringLiteral("beta")});
        QCOMPARE(noWorkspace.code, 2);
        QVERIFY(noWorkspace.err.contains(QLatin1String("--workspace")));
    }
};

QTEST_GUILESS_MAIN(TestCliEnv)
#include "tst_clienv.moc"
