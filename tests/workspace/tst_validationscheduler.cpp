#include "domain/destination.h"
#include "testworkspace.h"
#include "validation/validationscheduler.h"
#include "validation/validator.h"
#include "workspace/workspacedocument.h"

#include <QtTest>

using namespace dcsdesk;

// The scheduler must never show findings for a workspace the user no longer has: each result
// it publishes is compared with a validation of the document as it is at that moment.
class TestValidationScheduler : public QObject
{
    Q_OBJECT

private:
    static QStringList describe(const QVector<Finding> &findings)
    {
        QStringList out;
        for (const Finding &f : findings)
            out << QStringLiteral("%1:%2:%3:%4").arg(int(f.kind)).arg(f.key).arg(f.field).arg(f.code);
        out.sort();
        return out;
    }
    static QStringList expected(const WorkspaceDocument &doc)
    {
        return describe(Validator::validate(doc.workspace(), QDate::currentDate()));
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void firstResultWaitsForEditsToSettle()
    {
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        ValidationScheduler scheduler(&doc);
        scheduler.setDelay(30);
        QVERIFY(!scheduler.hasResult());
        QSignalSpy changed(&scheduler, &ValidationScheduler::findingsChanged);
        doc.setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        doc.setDestinationField(2003, Destination::UrlFormat, QStringLiteral("still no alias"));
        QVERIFY(!scheduler.isCurrent());
        QVERIFY(changed.isEmpty()); // nothing runs on the edit itself
        QTRY_VERIFY(scheduler.isCurrent());
        QCOMPARE(changed.count(), 1); // two edits in a row, one run
        QCOMPARE(describe(scheduler.findings()), expected(doc));
        QVERIFY(describe(scheduler.findings()).join(QLatin1Char(' ')).contains(QStringLiteral(":2003:")));
    }

    void aResultForAnOlderWorkspaceIsNeverShown()
    {
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        ValidationScheduler scheduler(&doc);
        scheduler.setDelay(0);
        QStringList mismatches;
        connect(&scheduler, &ValidationScheduler::findingsChanged, this, [&]() {
            if (scheduler.hasResult() && describe(scheduler.findings()) != expected(doc))
                mismatches << QStringLiteral("published findings of an older workspace");
        });
        // Edits land while runs are in flight on the worker.
        for (int i = 0; i < 40; ++i) {
            doc.setDestinationField(2003, Destination::UrlFormat,
                                    i % 2 ? QStringLiteral("x%1").arg(i) : QString());
            scheduler.start();
            if (i % 5 == 0)
                QTest::qWait(1);
        }
        QTRY_VERIFY(scheduler.isCurrent());
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        QCOMPARE(describe(scheduler.findings()), expected(doc));
    }

    void aNewWorkspaceClearsTheOldFindingsAtOnce()
    {
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        ValidationScheduler scheduler(&doc);
        scheduler.setDelay(0);
        scheduler.start();
        QTRY_VERIFY(scheduler.isCurrent());
        QVERIFY(!scheduler.findings().isEmpty());
        QSignalSpy changed(&scheduler, &ValidationScheduler::findingsChanged);
        doc.reset(test::smallWorkspace());
        QVERIFY(changed.count() >= 1);
        QVERIFY(!scheduler.hasResult());
        QVERIFY(scheduler.findings().isEmpty());
        QTRY_VERIFY(scheduler.isCurrent());
        QCOMPARE(describe(scheduler.findings()), expected(doc));
    }

    void invalidateValidatesTheSameWorkspaceAgain()
    {
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        ValidationScheduler scheduler(&doc);
        scheduler.setDelay(0);
        scheduler.start();
        QTRY_VERIFY(scheduler.isCurrent());
        QSignalSpy changed(&scheduler, &ValidationScheduler::findingsChanged);
        scheduler.invalidate(); // e.g. the language changed: the messages must be made again
        QVERIFY(!scheduler.isCurrent());
        QTRY_VERIFY(scheduler.isCurrent());
        QCOMPARE(changed.count(), 1);
        scheduler.start(); // current: no run, no signal
        QTest::qWait(20);
        QCOMPARE(changed.count(), 1);
    }

    void validateNowAnswersOnThisThread()
    {
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        ValidationScheduler scheduler(&doc);
        scheduler.setDelay(60000);
        doc.setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        QVERIFY(!scheduler.isCurrent());
        scheduler.validateNow();
        QVERIFY(scheduler.isCurrent());
        QCOMPARE(describe(scheduler.findings()), expected(doc));
    }
};

QTEST_GUILESS_MAIN(TestValidationScheduler)
#include "tst_validationscheduler.moc"
