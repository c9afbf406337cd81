#include "inprocesscli.h"
#include "cli/cliapp.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Issue 16: `dcsdesk-cli send --expect WORKSPACE` prints the console's expected-vs-actual table
// and exits 1 when the answer does not match what the workspace's mappings predict - the same
// comparison as the app, so a CI job can check a live DCS against the workspace.
class TestCliExpect : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;
    std::unique_ptr<CliRegistry> m_registry;
    QTemporaryDir m_dir;

    Run run(const QStringList &args) { return test::runCli(*m_registry, args); }
    QStringList sendArgs(const QString &expect) const
    {
        return {QStringLiteral("send"),
                QStringLiteral("--sandbox"), test::samplePath(),
                QStringLiteral("--alias"),   QStringLiteral("sample"),
                QStringLiteral("--uuid"),    QStringLiteral("12345678901234567890123456789012345678"),
                QStringLiteral("--signal"),  QStringLiteral("c_interest=golf"),
                QStringLiteral("--dst"),     QStringLiteral("--cts"),
                QStringLiteral("2"),         QStringLiteral("--no-body"),
                QStringLiteral("--expect"),  expect};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qputenv("LC_ALL", "C");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
    }

    void theSandboxMatchesItsOwnWorkspace()
    {
        const Run r = run(sendArgs(test::samplePath()));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Expected vs actual:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Match: destination 2001")));
        // The segment the rule c_interest == "golf" qualifies is a row of its own.
        QVERIFY2(r.out.contains(QStringLiteral("Match: segment 1001 (Golf enthusiasts)")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("Different")));
    }

    void anotherWorkspaceDiffersAndExitsOne()
    {
        // The workspace the user expects maps segment 1001 of destination 2001 to another value.
        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(test::samplePath());
        QVERIFY(loaded.ok);
        Workspace expected = loaded.workspace;
        for (SegmentMapping &m : expected.mappings) {
            if (m.destinationId == 2001 && m.sid == 1001)
                m.value = QStringLiteral("golf_lovers");
        }
        const QString path = m_dir.filePath(QStringLiteral("expected.json"));
        QString error;
        QVERIFY2(WorkspaceFile::save(expected, path, {}, nullptr, &error), qPrintable(error));
        QStringList args = sendArgs(path);
        Run r = run(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Different: destination 2001")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the segment values should be golf_lovers")) ||
                     r.out.contains(QStringLiteral("expected \u201Cgolf_lovers\u201D")),
                 qPrintable(r.out));

        args.prepend(QStringLiteral("--json"));
        r = run(args);
        QCOMPARE(r.code, 1);
        const QJsonArray rows =
            r.json().value(QStringLiteral("expected")).toObject().value(QStringLiteral("rows")).toArray();
        bool sawDifferent = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("destination")).toInteger() == 2001) {
                QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("different"));
                QVERIFY(!row.value(QStringLiteral("reason")).toString().isEmpty());
                sawDifferent = true;
            }
        }
        QVERIFY(sawDifferent);
        QCOMPARE(r.json().value(QStringLiteral("exitCode")).toInt(), 1);
    }

    void anUnreadableWorkspaceIsRefusedBeforeSending()
    {
        const Run r = run(sendArgs(m_dir.filePath(QStringLiteral("none.json"))));
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExpect)
#include "tst_cliexpect.moc"
