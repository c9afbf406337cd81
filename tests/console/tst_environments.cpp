#include "checks/savedrequestchecks.h"
#include "dcs/dcsrequestbuilder.h"
#include "environments/variableresolver.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"
#include "workspace/workspaceserializer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Issue 20: {{variables}} in requests and profiles, their values from named environments, an
// undefined one refused before sending, secrets kept out of the workspace file and the history,
// and every edit of the environments one undo step.
class TestEnvironments : public QObject
{
    Q_OBJECT

    static Environment environmentOf(const Workspace &ws, const QString &name)
    {
        for (const Environment &e : Environment::fromJson(ws.environments)) {
            if (e.name == name)
                return e;
        }
        return Environment();
    }

    static DcsRequest golfRequest(const Workspace &ws)
    {
        return SavedRequestChecks::entries(ws).first().request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qunsetenv("DCSDESK_VAR_PARTNERTOKEN");
    }

    void sampleShipsFourEnvironments()
    {
        const Workspace ws = test::sampleWorkspace();
        QCOMPARE(Environment::validate(ws.environments), QString());
        QStringList names;
        for (const Environment &e : Environment::fromJson(ws.environments))
            names.append(e.name);
        QCOMPARE(names, (QStringList{"sandbox", "beta", "production", "mock"}));
        QCOMPARE(golfRequest(ws).userId, QStringLiteral("{{golfFan}}"));
    }

    void resolvesPerEnvironment_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("uuid");
        QTest::newRow("sandbox") << "sandbox" << QString(38, QLatin1Char('1'));
        QTest::newRow("beta") << "beta" << QString(38, QLatin1Char('3'));
        QTest::newRow("production") << "production" << QString(38, QLatin1Char('4'));
    }
    void resolvesPerEnvironment()
    {
        QFETCH(QString, environment);
        QFETCH(QString, uuid);
        const Workspace ws = test::sampleWorkspace();
        const Environment env = environmentOf(ws, environment);
        Profile profile = ws.profiles.first();
        DcsRequest request = golfRequest(ws);
        const VariableResolution r = VariableResolver(&env, nullptr).apply(&profile, &request);
        QVERIFY(r.ok());
        QCOMPARE(r.environment, environment);
        QCOMPARE(request.userId, uuid);
        QCOMPARE(r.used.size(), 1);
        QCOMPARE(r.used.first().name, QStringLiteral("golfFan"));
        PreparedRequest p = DcsRequestBuilder::prepare(profile, request,
                                                       QUrl(QStringLiteral("http://127.0.0.1:1")));
        r.addFindings(&p);
        QVERIFY(!p.isRefused());
        QVERIFY(p.urlText.contains("d_uuid=" + uuid.toLatin1()));
        bool listed = false;
        for (const RequestFinding &f : p.findings)
            listed = listed || (f.code == QLatin1String("variable.used") &&
                                f.message.contains(uuid) && f.message.contains(environment));
        QVERIFY2(listed, "the console lists what each variable became");
    }

    void everyFieldOfRequestAndProfile()
    {
        Environment env;
        env.name = QStringLiteral("beta");
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, const char *>>{
                 {"alias", "acme"},
                 {"base", "http://127.0.0.1:9"},
                 {"interest", "golf"},
                 {"dpid", "12345"},
                 {"lang", "de-DE"},
                 {"org", "ORG@AdobeOrg"}}) {
            EnvironmentVariable var;
            var.name = QString::fromLatin1(k);
            var.value = QString::fromLatin1(v);
            env.variables.append(var);
        }
        Profile profile;
        profile.alias = QStringLiteral("{{alias}}");
        profile.customBaseUrl = QStringLiteral("{{ base }}");
        profile.headers.append({QStringLiteral("Accept-Language"), QStringLiteral("{{lang}}")});
        DcsRequest request;
        request.orgId = QStringLiteral("{{org}}");
        request.signalList.append({QStringLiteral("c_interest"), {QStringLiteral("{{interest}}")}});
        DeclaredId id;
        id.ns = QStringLiteral("{{dpid}}");
        id.id = QStringLiteral("user-{{interest}}");
        request.declaredIds.append(id);
        const VariableResolution r = VariableResolver(&env, nullptr).apply(&profile, &request);
        QVERIFY(r.ok());
        QCOMPARE(profile.alias, QStringLiteral("acme"));
        QCOMPARE(profile.customBaseUrl, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(profile.headers.first().value, QStringLiteral("de-DE"));
        QCOMPARE(request.orgId, QStringLiteral("ORG@AdobeOrg"));
        QCOMPARE(request.signalList.first().values.first(), QStringLiteral("golf"));
        QCOMPARE(request.declaredIds.first().ns, QStringLiteral("12345"));
        QCOMPARE(request.declaredIds.first().id, QStringLiteral("user-golf"));
        QCOMPARE(r.used.size(), 6);
        const PreparedRequest p = DcsRequestBuilder::prepare(profile, request);
        QCOMPARE(p.header("Host"), QByteArray("acme.demdex.net"));
    }

    void undefinedVariableIsAnErrorBeforeSending()
    {
        const Workspace ws = test::sampleWorkspace();
        const Environment env = environmentOf(ws, QStringLiteral("mock"));
        Profile profile = ws.profiles.first();
        DcsRequest request = golfRequest(ws);
        request.signalList.append({QStringLiteral("c_tier"), {QStringLiteral("{{tier}}")}});
        const VariableResolution r = VariableResolver(&env, nullptr).apply(&profile, &request);
        QVERIFY(!r.ok());
        QCOMPARE(r.undefined, QStringList{QStringLiteral("tier")});
        PreparedRequest p = DcsRequestBuilder::prepare(profile, request,
                                                       QUrl(QStringLiteral("http://127.0.0.1:1")));
        r.addFindings(&p);
        QVERIFY(p.isRefused());
        const RequestFinding &f = p.findings.first();
        QVERIFY(f.blocking);
        QVERIFY(f.message.contains(QLatin1String("{{tier}}")));
        QVERIFY(f.message.contains(QLatin1String("mock")));
        QVERIFY(f.message.contains(QStringLiteral("Environments…")));

        // No environment at all: the message says so.
        Profile p2 = ws.profiles.first();
        DcsRequest r2 = golfRequest(ws);
        const VariableResolution none = VariableResolver(nullptr, nullptr).apply(&p2, &r2);
        QCOMPARE(none.undefined, QStringList{QStringLiteral("golfFan")});
        QVERIFY(none.errors().first().contains(QLatin1String("no environment")));
    }

    void secretValueFromProcessOrSession()
    {
        Environment env;
        env.name = QStringLiteral("production");
        EnvironmentVariable token;
        token.name = QStringLiteral("partnerToken");
        token.secret = true;
        env.variables.append(token);
        QCOMPARE(Environment::processVariableFor(token.name),
                 QStringLiteral("DCSDESK_VAR_PARTNERTOKEN"));
        DcsRequest request;
        request.headers.append(
            {QStringLiteral("Authorization"), QStringLiteral("{{partnerToken}}")});
        Profile profile;
        SessionSecrets secrets;
        {
            DcsRequest r = request;
            Profile p = profile;
            const VariableResolution res = VariableResolver(&env, &secrets).apply(&p, &r);
            QCOMPARE(res.secretsWithoutValue, QStringList{token.name});
            QVERIFY(res.errors().first().contains(QLatin1String("DCSDESK_VAR_PARTNERTOKEN")));
        }
        qputenv("DCSDESK_VAR_PARTNERTOKEN", "from-process");
        {
            DcsRequest r = request;
            Profile p = profile;
            const VariableResolution res = VariableResolver(&env, &secrets).apply(&p, &r);
            QVERIFY(res.ok());
            QCOMPARE(r.headers.first().value, QStringLiteral("from-process"));
            QVERIFY(!res.describe(res.used.first()).contains(QLatin1String("from-process")));
        }
        secrets.set(env.name, token.name, QStringLiteral("typed-s3cret"));
        DcsRequest r = request;
        Profile p = profile;
        const VariableResolution res = VariableResolver(&env, &secrets).apply(&p, &r);
        QCOMPARE(r.headers.first().value, QStringLiteral("typed-s3cret"));
        qunsetenv("DCSDESK_VAR_PARTNERTOKEN");

        // What is recorded of the call holds the variable, not its value.
        DcsResult result;
        result.request =
            DcsRequestBuilder::prepare(p, r, QUrl(QStringLiteral("http://127.0.0.1:1")));
        res.addFindings(&result.request);
        QVERIFY(result.request.header("Authorization") == "typed-s3cret");
        res.maskSecrets(&result);
        QCOMPARE(result.request.header("Authorization"), QByteArray("{{partnerToken}}"));
        QVERIFY(!QJsonDocument(result.request.toJson()).toJson().contains("typed-s3cret"));
    }

    void secretNeverInTheSavedFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        QVector<Environment> envs = Environment::fromJson(document.workspace().environments);
        EnvironmentVariable key;
        key.name = QStringLiteral("apiKey");
        key.secret = true;
        key.value = QStringLiteral("hunter2-must-not-be-saved"); // toJson() must drop it
        envs[0].variables.append(key);
        ChangeSet changes;
        changes.environments = Environment::toJson(envs);
        const int steps = document.undoStack()->count();
        document.apply(changes, QStringLiteral("Edit environments"));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        const QString path = dir.filePath(QStringLiteral("ws.json"));
        QString error;
        QVERIFY2(document.saveAs(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\"apiKey\""));
        QVERIFY(bytes.contains("\"secret\": true"));
        QVERIFY(!bytes.contains("hunter2"));

        // It reads back the same, and undo takes the edit back.
        const WorkspaceFile::LoadResult back = WorkspaceFile::load(path);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.workspace.environments, document.workspace().environments);
        document.undo();
        QCOMPARE(document.workspace().environments, test::sampleWorkspace().environments);
    }

    void fileWithASecretValueIsRefused()
    {
        QByteArray json = WorkspaceSerializer::toJson(test::sampleWorkspace());
        json.replace("\"secret\": true", "\"secret\": true, \"value\": \"leaked\"");
        const auto read = WorkspaceSerializer::fromJson(json);
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(QLatin1String("DCSDESK_VAR_PARTNERTOKEN")),
                 qPrintable(read.error));

        QByteArray twice = WorkspaceSerializer::toJson(test::sampleWorkspace());
        twice.replace("\"name\": \"beta\"", "\"name\": \"sandbox\"");
        const auto dup = WorkspaceSerializer::fromJson(twice);
        QVERIFY(!dup.ok);
        QVERIFY2(dup.error.contains(QLatin1String("environments[1]")), qPrintable(dup.error));
    }

    void workspaceWithoutEnvironmentsHasNoKey()
    {
        Workspace ws = test::sampleWorkspace();
        ws.environments = QJsonArray();
        QVERIFY(!WorkspaceSerializer::toJson(ws).contains("\"environments\""));
    }

    void sampleRoundTripsByteForByte()
    {
        QFile file(test::samplePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(WorkspaceSerializer::toJson(read.workspace), bytes);
    }
};

QTEST_GUILESS_MAIN(TestEnvironments)
#include "tst_environments.moc"
