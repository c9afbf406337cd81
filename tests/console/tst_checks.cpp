#include "checks/checkreport.h"
#include "checks/checkvariables.h"
#include "checks/savedrequestchecks.h"
#include "console/savedrequests.h"
#include "dcs/dcsresponsedecoder.h"
#include "dcs/dcsresult.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspaceserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dcsdesk;

// Issue 20: the checks of a saved request - every kind passing and failing on a fixed answer
// decoded by the app's own decoder, their storage in the workspace (unknown kinds kept and
// reported, edits on the undo stack) and the JUnit report CI servers read.
class TestChecks : public QObject
{
    Q_OBJECT

    static DcsResult answer()
    {
        DcsResult r;
        r.outcome = DcsResult::Outcome::Response;
        r.request.request.cts = 2;
        r.request.request.destinations = true;
        r.httpStatus = 200;
        r.hasResponse = true;
        r.timing.finished = 42;
        r.headers = {{"Content-Type", "application/json"}, {"X-Error", "102"}};
        r.body = R"({"stuff":[{"cn":"aam_gpt","cv":"aamsegs=1001,1004","ttl":30,"dmn":""}],)"
                 R"("dests":[{"y":"img","c":"http://ads.example.com/seg?s=1001"}],)"
                 R"("uuid":"12345678901234567890123456789012345678","dcs_region":7,)"
                 R"("segments":[1001,1004],"errors":[{"code":102,"msg":"x"}]})";
        r.response = DcsResponseDecoder::decode(r.httpStatus, r.headers, r.body,
                                                DcsResponseDecoder::Expectation());
        return r;
    }

    static Check check(const char *json)
    {
        QString error;
        const Check c = Check::fromJson(QJsonDocument::fromJson(json).object(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return c;
    }

    static Workspace withSaved(const QJsonArray &saved)
    {
        Workspace ws = test::sampleWorkspace();
        ws.savedRequests = saved;
        return ws;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void eachKindPassesAndFails_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("inMessage");
        const int pass = int(CheckOutcome::Status::Passed);
        const int fail = int(CheckOutcome::Status::Failed);
        const int notRun = int(CheckOutcome::Status::Error);
        QTest::newRow("status pass")
            << QByteArray(R"({"kind":"status","equals":200})") << pass << "200";
        QTest::newRow("status fail") << QByteArray(R"({"kind":"status","equals":204})") << fail
                                     << "Expected HTTP status 204, the answer has 200.";
        QTest::newRow("noErrors fail") << QByteArray(R"({"kind":"noErrors"})") << fail << "102";
        QTest::newRow("codes pass")
            << QByteArray(R"({"kind":"errorCodes","codes":[102]})") << pass << "102";
        QTest::newRow("codes fail") << QByteArray(R"({"kind":"errorCodes","codes":[102,171]})")
                                    << fail << "DCS errors 102, 171";
        QTest::newRow("qualified pass")
            << QByteArray(R"({"kind":"segmentsQualified","ids":[1001,1004]})") << pass << "1001";
        QTest::newRow("qualified fail")
            << QByteArray(R"({"kind":"segmentsQualified","ids":[1001,1002]})") << fail
            << "not in the answer: 1002";
        QTest::newRow("not qualified pass")
            << QByteArray(R"({"kind":"segmentsNotQualified","ids":[1002]})") << pass << "1002";
        QTest::newRow("not qualified fail")
            << QByteArray(R"({"kind":"segmentsNotQualified","ids":[1002,1004]})") << fail
            << "the answer lists 1004";
        QTest::newRow("url fired pass")
            << QByteArray(R"({"kind":"urlDestination","fired":true,"value":"s=1001"})") << pass
            << "s=1001";
        QTest::newRow("url fired fail")
            << QByteArray(R"({"kind":"urlDestination","fired":true,"value":"s=1002"})") << fail
            << "http://ads.example.com/seg?s=1001";
        QTest::newRow("url not fired pass")
            << QByteArray(R"({"kind":"urlDestination","fired":false,"value":"dsp.example"})")
            << pass << "";
        QTest::newRow("url not fired fail")
            << QByteArray(R"({"kind":"urlDestination","fired":false})") << fail << "";
        QTest::newRow("cookie contains pass")
            << QByteArray(R"({"kind":"cookieDestination","name":"aam_gpt","value":"1001"})") << pass
            << "";
        QTest::newRow("cookie equals fail")
            << QByteArray(R"({"kind":"cookieDestination","name":"aam_gpt","match":"equals",)"
                          R"("value":"1001"})")
            << fail << "aamsegs=1001,1004";
        QTest::newRow("cookie regex pass")
            << QByteArray(R"({"kind":"cookieDestination","name":"aam_gpt","match":"regex",)"
                          "\"value\":\"\\\\b1004$\"}")
            << pass << "";
        QTest::newRow("cookie bad regex")
            << QByteArray(R"({"kind":"cookieDestination","name":"aam_gpt","match":"regex",)"
                          "\"value\":\"(\"}")
            << notRun << "regular expression";
        QTest::newRow("cookie not fired pass")
            << QByteArray(R"({"kind":"cookieDestination","name":"perso","fired":false})") << pass
            << "";
        QTest::newRow("cookie not fired fail")
            << QByteArray(R"({"kind":"cookieDestination","name":"aam_gpt","fired":false,)"
                          R"("value":"1004"})")
            << fail << "aamsegs=1001,1004";
        QTest::newRow("uuid present") << QByteArray(R"({"kind":"uuid"})") << pass << "";
        QTest::newRow("uuid equals fail") << QByteArray(R"({"kind":"uuid","equals":"1"})") << fail
                                          << "12345678901234567890123456789012345678";
        QTest::newRow("region present") << QByteArray(R"({"kind":"dcsRegion"})") << pass << "";
        QTest::newRow("region equals pass")
            << QByteArray(R"({"kind":"dcsRegion","equals":7})") << pass << "";
        QTest::newRow("region equals fail")
            << QByteArray(R"({"kind":"dcsRegion","equals":9})") << fail << "dcs_region is 7";
        QTest::newRow("time pass")
            << QByteArray(R"({"kind":"answerTime","underMs":100})") << pass << "";
        QTest::newRow("time fail")
            << QByteArray(R"({"kind":"answerTime","underMs":10})") << fail << "it took 42 ms";
        QTest::newRow("header pass")
            << QByteArray(R"({"kind":"header","name":"content-type"})") << pass << "";
        QTest::newRow("header fail")
            << QByteArray(R"({"kind":"header","name":"X-Missing"})") << fail << "X-Missing";
        QTest::newRow("unknown kind")
            << QByteArray(R"({"kind":"futureKind"})") << notRun << "futureKind";
        QTest::newRow("wrong type")
            << QByteArray(R"({"kind":"status","equals":"200"})") << notRun << "equals";
    }

    void eachKindPassesAndFails()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, status);
        QFETCH(QString, inMessage);
        const Check c = Check::fromJson(QJsonDocument::fromJson(json).object());
        const CheckOutcome o = CheckEvaluator::evaluate(c, answer());
        QVERIFY2(int(o.status) == status, qPrintable(o.message));
        QVERIFY2(o.message.contains(inMessage), qPrintable(o.message));
        QVERIFY(!c.describe().isEmpty());
    }

    void segmentsNeedTheListAndNoAnswerIsNotRun()
    {
        DcsResult r = answer();
        r.request.request.cts = 0;
        const CheckOutcome o =
            CheckEvaluator::evaluate(check(R"({"kind":"segmentsNotQualified","ids":[5]})"), r);
        QCOMPARE(o.status, CheckOutcome::Status::Failed); // never a pass that proves nothing
        QVERIFY(o.message.contains(QLatin1String("d_cts=2")));
        DcsResult none;
        none.outcome = DcsResult::Outcome::NetworkError;
        QCOMPARE(CheckEvaluator::evaluate(check(R"({"kind":"noErrors"})"), none).status,
                 CheckOutcome::Status::Error);
    }

    void variablesInChecksTakeTheEnvironmentsValues()
    {
        Environment env;
        env.name = QStringLiteral("beta");
        const auto variable = [](const QString &name, const QString &value, bool secret) {
            EnvironmentVariable v;
            v.name = name;
            v.value = value;
            v.secret = secret;
            return v;
        };
        env.variables = {variable(QStringLiteral("host"), QStringLiteral("ads.example.com"), false),
                         variable(QStringLiteral("fan"), QString(38, QLatin1Char('1')), false),
                         variable(QStringLiteral("token"), QString(), true)};
        SessionSecrets secrets;
        secrets.set(QStringLiteral("beta"), QStringLiteral("token"), QStringLiteral("s3cret"));
        const VariableResolver resolver(&env, &secrets);
        const QVector<Check> checks = {
            check("{\"kind\":\"urlDestination\",\"match\":\"regex\","
                  "\"value\":\"^https://{{host}}/\"}"), // moc reads // in R"()" as a comment
            check(R"({"kind":"uuid","equals":"{{ fan }}"})"),
            check(R"({"kind":"header","name":"{{missing}}"})"),
            check(R"({"kind":"cookieDestination","name":"aam","value":"{{token}}"})")};
        QStringList errors;
        const QVector<Check> resolved = CheckVariables::resolve(checks, resolver, &errors);
        QCOMPARE(resolved.size(), 4);
        // In a pattern a value stands for itself: the dots are not "any character".
        QCOMPARE(resolved[0].value, QStringLiteral("^https://ads\\.example\\.com/"));
        QVERIFY(resolved[0].problem.isEmpty());
        QCOMPARE(resolved[1].value, QString(38, QLatin1Char('1')));
        const QByteArray literal =
            QStringLiteral(R"({"kind":"uuid","equals":"%1"})").arg(resolved[1].value).toUtf8();
        QCOMPARE(CheckEvaluator::evaluate(resolved[1], answer()).status,
                 CheckEvaluator::evaluate(check(literal.constData()), answer()).status);
        QVERIFY(resolved[2].problem.contains(QLatin1String("{{missing}}")));
        QVERIFY(resolved[3].problem.contains(QLatin1String("cannot be used in a check")));
        QCOMPARE(resolved[3].value, QStringLiteral("{{token}}")); // the secret never lands
        QCOMPARE(errors.size(), 2);
        QVERIFY(!errors.join(QString()).contains(QLatin1String("s3cret")));
    }

    void theUrlThatMatchedIsTheOneShown()
    {
        DcsResult r = answer();
        r.body = R"({"dests":[{"y":"img","c":"http://ads.example.com/seg?s=1001",)"
                 R"("e":"https://secure.example.com/seg?s=1001"}]})";
        r.response = DcsResponseDecoder::decode(r.httpStatus, r.headers, r.body,
                                                DcsResponseDecoder::Expectation());
        const CheckOutcome o = CheckEvaluator::evaluate(
            check(R"({"kind":"urlDestination","fired":true,"value":"secure.example.com"})"), r);
        QCOMPARE(o.status, CheckOutcome::Status::Passed);
        QVERIFY2(o.message.contains(QLatin1String("secure.example.com/seg")), qPrintable(o.message));
        QVERIFY(!o.message.contains(QLatin1String("http://ads.example.com")));
    }

    void jsonRoundTripKeepsUnknownKeys()
    {
        const QJsonObject in =
            QJsonDocument::fromJson(R"({"kind":"cookieDestination","name":"aam_gpt","fired":true,)"
                                    R"("match":"contains","value":"1001","note":"by a newer app"})")
                .object();
        QCOMPARE(Check::fromJson(in).toJson(), in);
        const QJsonObject future =
            QJsonDocument::fromJson(R"({"kind":"futureKind","x":[1,2]})").object();
        QCOMPARE(Check::fromJson(future).toJson(), future);
        for (const QString &key : Check::kindKeys())
            QVERIFY(Check::kindFromKey(key) != Check::Kind::Unknown);
    }

    void storageRoundTripKeepsAndReportsUnknownKinds()
    {
        QJsonObject saved = DcsRequest().toJson();
        saved.insert(QStringLiteral("name"), QStringLiteral("golf"));
        saved.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("smoke")});
        saved.insert(QStringLiteral("checks"),
                     QJsonDocument::fromJson(R"([{"kind":"status","equals":200},)"
                                             R"({"kind":"futureKind","x":1}])")
                         .array());
        const Workspace ws = withSaved({saved});
        const WorkspaceSerializer::ReadResult back =
            WorkspaceSerializer::fromJson(WorkspaceSerializer::toJson(ws));
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.workspace.savedRequests, ws.savedRequests);
        const QVector<SavedRequestChecks::Entry> entries =
            SavedRequestChecks::entries(back.workspace);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().tags, QStringList{QStringLiteral("smoke")});
        QCOMPARE(entries.first().checks.size(), 2);
        QCOMPARE(entries.first().problems.size(), 1);
        QVERIFY(entries.first().problems.first().contains(QLatin1String("futureKind")));
        QVERIFY(!entries.first().request.unknownKeys.contains(QLatin1String("checks")));
        // Written back through the model, the unknown check is unchanged.
        const ChangeSet same =
            SavedRequestChecks::setChecks(ws, QStringLiteral("golf"), entries.first().checks);
        QCOMPARE(same.savedRequests->first().toObject(), saved);
        // One check per object, keys in a stable order: the file diffs line by line.
        const QByteArray text = WorkspaceSerializer::toJson(ws);
        QVERIFY(text.contains("\"checks\": [\n"));
        QCOMPARE(WorkspaceSerializer::toJson(back.workspace), text);
    }

    void olderWorkspacesHaveNoChecks()
    {
        QJsonObject saved = DcsRequest().toJson();
        saved.insert(QStringLiteral("name"), QStringLiteral("old"));
        const QVector<SavedRequestChecks::Entry> entries =
            SavedRequestChecks::entries(withSaved({saved}));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().checks.isEmpty());
        QVERIFY(entries.first().problems.isEmpty());
        QVERIFY(entries.first().tags.isEmpty());
    }

    void editsAreUndoableAndSavingKeepsChecks()
    {
        WorkspaceDocument doc;
        doc.reset(withSaved({}));
        DcsRequest r;
        r.name = QStringLiteral("golf");
        doc.apply(SavedRequests::save(doc.workspace(), r), QStringLiteral("save"));
        const QVector<Check> checks{check(R"({"kind":"status","equals":200})"),
                                    check(R"({"kind":"segmentsQualified","ids":[1001]})")};
        doc.apply(SavedRequestChecks::setChecks(doc.workspace(), r.name, checks),
                  QStringLiteral("checks"));
        doc.apply(SavedRequestChecks::setTags(doc.workspace(), r.name, {QStringLiteral("smoke")}),
                  QStringLiteral("tags"));
        QCOMPARE(SavedRequestChecks::entries(doc.workspace()).first().checks.size(), 2);
        // The console saves the call again, from a copy loaded before the checks were added.
        r.sid = QStringLiteral("1001");
        doc.apply(SavedRequests::save(doc.workspace(), r), QStringLiteral("save again"));
        SavedRequestChecks::Entry e = SavedRequestChecks::entries(doc.workspace()).first();
        QCOMPARE(e.request.sid, QStringLiteral("1001"));
        QCOMPARE(e.checks.size(), 2);
        QCOMPARE(e.tags, QStringList{QStringLiteral("smoke")});
        doc.undo();
        doc.undo();
        QCOMPARE(SavedRequestChecks::entries(doc.workspace()).first().checks.size(), 2);
        QVERIFY(SavedRequestChecks::entries(doc.workspace()).first().tags.isEmpty());
        doc.undo();
        QVERIFY(SavedRequestChecks::entries(doc.workspace()).first().checks.isEmpty());
        QVERIFY(SavedRequestChecks::setChecks(doc.workspace(), QStringLiteral("nope"), checks)
                    .isEmpty());
    }

    void junitHasTheStructureCiServersRead()
    {
        CheckRunReport report;
        report.workspaceName = QStringLiteral("ws");
        report.add(QStringLiteral("golf"), {},
                   {check(R"({"kind":"status","equals":200})"),
                    check(R"({"kind":"segmentsQualified","ids":[1002]})"),
                    check(R"({"kind":"futureKind"})")},
                   {}, answer());
        // No English catalogue is loaded here: the plural is the source's "check(s)".
        QCOMPARE(report.summary(), QStringLiteral("1 check(s) passed, 1 failed, 1 not run"));
        QXmlStreamReader xml(report.toJUnit());
        int suites = 0;
        int cases = 0;
        int failures = 0;
        int errors = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("testsuites")) {
                QCOMPARE(a.value(QLatin1String("tests")).toInt(), 3);
            } else if (xml.name() == QLatin1String("testsuite")) {
                ++suites;
                QCOMPARE(a.value(QLatin1String("name")).toString(), QStringLiteral("golf"));
                QCOMPARE(a.value(QLatin1String("tests")).toInt(), 3);
                QCOMPARE(a.value(QLatin1String("failures")).toInt(), 1);
                QCOMPARE(a.value(QLatin1String("errors")).toInt(), 1);
                QVERIFY(a.hasAttribute(QLatin1String("time")));
            } else if (xml.name() == QLatin1String("testcase")) {
                ++cases;
                QVERIFY(!a.value(QLatin1String("name")).isEmpty());
                QCOMPARE(a.value(QLatin1String("classname")).toString(), QStringLiteral("ws.golf"));
                QVERIFY(a.hasAttribute(QLatin1String("time")));
            } else if (xml.name() == QLatin1String("failure") ||
                       xml.name() == QLatin1String("error")) {
                (xml.name() == QLatin1String("failure") ? failures : errors)++;
                QVERIFY(!a.value(QLatin1String("message")).isEmpty());
                QVERIFY(!a.value(QLatin1String("type")).isEmpty());
                const QString text = xml.readElementText();
                QVERIFY2(text.contains(QLatin1String("HTTP 200")), qPrintable(text));
                QVERIFY(text.contains(QLatin1String("\"segments\":[1001,1004]")));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 1);
        QCOMPARE(cases, 3);
        QCOMPARE(failures, 1);
        QCOMPARE(errors, 1);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
