#include "inprocesscli.h"
#include "cli/cliapp.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dcsdesk;

// Issue 20: `dcsdesk-cli check WORKSPACE --sandbox` runs the saved requests' checks against the
// in-process sandbox: exit 0 when all pass (the sample on a fresh clone), 1 with the failing
// check's expected vs actual, JUnit XML a CI server reads, JSON, and --tag filtering.
class TestCliCheck : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;
    std::unique_ptr<CliRegistry> m_registry;
    QTemporaryDir m_dir;

    Run run(const QStringList &args) { return test::runCli(*m_registry, args); }

    // The sample with one check of the golf request changed to one that fails.
    QString failingWorkspace()
    {
        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(test::samplePath());
        Workspace ws = loaded.workspace;
        QJsonObject golf = ws.savedRequests.at(0).toObject();
        QJsonArray checks = golf.value(QStringLiteral("checks")).toArray();
        checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("segmentsQualified")},
                                  {QStringLiteral("ids"), QJsonArray{1002}}});
        golf.insert(QStringLiteral("checks"), checks);
        ws.savedRequests.replace(0, golf);
        const QString path = m_dir.filePath(QStringLiteral("failing.json"));
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
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
    }

    void theSamplePassesAgainstTheSandbox()
    {
        const QString junit = m_dir.filePath(QStringLiteral("pass.xml"));
        const Run r = run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox"),
                           QStringLiteral("--junit"), junit});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("16 checks passed, 0 failed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("passed: Segments qualify: 1001")));
        QVERIFY(QFile::exists(junit));
    }

    void aFailingCheckExitsOneAndSaysWhy()
    {
        const QString junit = m_dir.filePath(QStringLiteral("fail.xml"));
        const Run r = run({QStringLiteral("check"), failingWorkspace(), QStringLiteral("--sandbox"),
                           QStringLiteral("--junit"), junit});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("16 checks passed, 1 failed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("FAILED: Segments qualify: 1002")));
        QVERIFY(r.out.contains(QStringLiteral("not in the answer: 1002")));

        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int failures = 0;
        int suites = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("testsuites")) {
                QCOMPARE(a.value(QLatin1String("tests")).toInt(), 17);
                QCOMPARE(a.value(QLatin1String("failures")).toInt(), 1);
                QCOMPARE(a.value(QLatin1String("errors")).toInt(), 0);
            } else if (xml.name() == QLatin1String("testsuite")) {
                ++suites;
                for (const char *key : {"name", "tests", "failures", "errors", "time"})
                    QVERIFY2(a.hasAttribute(QLatin1String(key)), key);
            } else if (xml.name() == QLatin1String("failure")) {
                ++failures;
                QVERIFY(a.value(QLatin1String("message")).contains(QLatin1String("1002")));
                QVERIFY(xml.readElementText().contains(QLatin1String("HTTP 200")));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 3);
        QCOMPARE(failures, 1);
    }

    void anUnknownKindIsReportedNotPassed()
    {
        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(test::samplePath());
        Workspace ws = loaded.workspace;
        QJsonObject tennis = ws.savedRequests.at(1).toObject();
        QJsonArray checks = tennis.value(QStringLiteral("checks")).toArray();
        checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("futureKind")}});
        tennis.insert(QStringLiteral("checks"), checks);
        ws.savedRequests.replace(1, tennis);
        const QString path = m_dir.filePath(QStringLiteral("future.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY2(WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run r = run({QStringLiteral("check"), path, QStringLiteral("--sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("16 checks passed, 0 failed, 1 not run")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("NOT RUN: Check of unknown kind “futureKind”")));
        QVERIFY(r.out.contains(QStringLiteral("Update DCS Desk")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // kept as it was
    }

    void jsonAndTags()
    {
        const Run r =
            run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox"),
                 QStringLiteral("--tag"), QStringLiteral("privacy"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("requests")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 0);
        const Run none =
            run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox"),
                 QStringLiteral("--tag"), QStringLiteral("nothing")});
        QCOMPARE(none.code, 2); // nothing checked is never reported as a pass
        QVERIFY(none.err.contains(QStringLiteral("nothing")));
    }

    void byFolder()
    {
        const Run r = run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox"),
                           QStringLiteral("--folder"), QStringLiteral("Segment qualification"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("requests")).toArray().size(), 2);
        const Run both =
            run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox"),
                 QStringLiteral("--folder"), QStringLiteral("Segment qualification"),
                 QStringLiteral("--tag"), QStringLiteral("privacy")});
        QCOMPARE(both.code, 2); // in the folder and with the tag: none
        QVERIFY2(both.err.contains(QStringLiteral("privacy")), qPrintable(both.err));
        // A folder the workspace does not have: exit 2, with its folders listed.
        const Run missing =
            run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox"),
                 QStringLiteral("--folder"), QStringLiteral("Checkout/Mobile")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("Checkout/Mobile")), qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QStringLiteral("Privacy")), qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QStringLiteral("Segment qualification")),
                 qPrintable(missing.err));
    }

    void theSandboxProfileNeedsTheSandbox()
    {
        const Run r = run({QStringLiteral("check"), test::samplePath()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--sandbox")), qPrintable(r.err));
    }

    void germanOutput()
    {
        const Run r = run({QStringLiteral("check"), test::samplePath(), QStringLiteral("--sandbox"),
                           QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QStringLiteral(" passed, ")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
