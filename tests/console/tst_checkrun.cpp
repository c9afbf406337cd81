#include "checks/checkrun.h"
#include "history/historystore.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Issue 20 item 3: the run of saved requests' checks the CLI and the app's runner share -
// against the in-process sandbox on 127.0.0.1: all pass, a failure with "stop at the first
// failure" and with "go on", a cancel mid-run, an undefined variable refused before anything is
// sent, and a run kept in the history and read back.
class TestCheckRun : public QObject
{
    Q_OBJECT

    Workspace m_sample;
    SandboxService m_sandbox;
    QTemporaryDir m_dir;

    Environment environment(const QString &name) const
    {
        for (const Environment &e : Environment::fromJson(m_sample.environments)) {
            if (e.name == name)
                return e;
        }
        return Environment();
    }

    // The sample with a check of its first saved request (golf) that cannot pass.
    Workspace failing() const
    {
        Workspace ws = m_sample;
        QJsonObject golf = ws.savedRequests.at(0).toObject();
        QJsonArray checks = golf.value(QStringLiteral("checks")).toArray();
        checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("segmentsQualified")},
                                  {QStringLiteral("ids"), QJsonArray{1002}}});
        golf.insert(QStringLiteral("checks"), checks);
        ws.savedRequests.replace(0, golf);
        return ws;
    }

    bool prepare(CheckRun *run, const Workspace &ws, bool stop)
    {
        const Environment env = environment(QStringLiteral("sandbox"));
        QStringList errors;
        const bool ok = run->prepare(CheckRun::choose(ws, QStringList()), ws.profiles.first(), &env,
                                     nullptr, &errors);
        run->setSandboxBaseUrl(m_sandbox.baseUrl());
        run->setStopAtFirstFailure(stop);
        return ok && errors.isEmpty();
    }

    static bool runToEnd(CheckRun *run)
    {
        QSignalSpy finished(run, &CheckRun::finished);
        if (!run->start())
            return false;
        return finished.count() > 0 || finished.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_sample = test::sampleWorkspace();
        m_sandbox.setWorkspace(m_sample);
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void choosesByTag()
    {
        QCOMPARE(CheckRun::choose(m_sample, QStringList()).size(), 3);
        QCOMPARE(CheckRun::choose(m_sample, {QStringLiteral("smoke")}).size(), 2);
        QCOMPARE(CheckRun::choose(m_sample, {QStringLiteral("privacy")}).size(), 1);
        QCOMPARE(CheckRun::tagsIn(m_sample),
                 QStringList({QStringLiteral("privacy"), QStringLiteral("smoke")}));
    }

    void theSamplePasses()
    {
        CheckRun run;
        QVERIFY(prepare(&run, m_sample, true));
        QSignalSpy started(&run, &CheckRun::requestStarted);
        QSignalSpy done(&run, &CheckRun::requestFinished);
        QVERIFY(runToEnd(&run));
        QCOMPARE(started.count(), 3);
        QCOMPARE(done.count(), 3);
        QCOMPARE(run.doneCount(), 3);
        QVERIFY2(run.report().allPassed(), qPrintable(run.report().summary()));
        QCOMPARE(run.report().count(CheckOutcome::Status::Failed), 0);
        QVERIFY(!run.stoppedAtFailure());
        QVERIFY(!run.wasCancelled());
        QCOMPARE(run.notSentCount(), 0);
        QCOMPARE(run.variables().environment, QStringLiteral("sandbox"));
        QVERIFY(run.request(0).result.hasResponse);
    }

    void goesOnAfterAFailure()
    {
        CheckRun run;
        QVERIFY(prepare(&run, failing(), false));
        QVERIFY(runToEnd(&run));
        QCOMPARE(run.doneCount(), 3);
        QCOMPARE(run.report().count(CheckOutcome::Status::Failed), 1);
        QVERIFY(!CheckRun::passed(run.report().items.at(0)));
        QVERIFY(CheckRun::passed(run.report().items.at(1)));
        QVERIFY(!run.stoppedAtFailure());
        QCOMPARE(run.notSentCount(), 0);
    }

    void stopsAtTheFirstFailure()
    {
        CheckRun run;
        QVERIFY(prepare(&run, failing(), true));
        QVERIFY(runToEnd(&run));
        QCOMPARE(run.doneCount(), 1);
        QVERIFY(run.stoppedAtFailure());
        QCOMPARE(run.notSentCount(), 2);
        QCOMPARE(run.request(1).state, CheckRun::State::NotSent);
        // The answer behind the failure is kept, with its status and body.
        QVERIFY(run.report().items.at(0).excerpt.startsWith(QStringLiteral("HTTP 200")));
    }

    void cancelMidRun()
    {
        CheckRun run;
        QVERIFY(prepare(&run, m_sample, false));
        QSignalSpy finished(&run, &CheckRun::finished);
        // Cancelled once the first answer is in: the second call is aborted, the third never sent.
        connect(&run, &CheckRun::requestStarted, &run, [&run](int index) {
            if (index == 1)
                run.cancel();
        });
        QVERIFY(run.start());
        QVERIFY(finished.wait(20000));
        QVERIFY(run.wasCancelled());
        QCOMPARE(run.doneCount(), 1);
        QCOMPARE(run.notSentCount(), 2);
        QVERIFY(!run.isRunning());
        QVERIFY(!run.start()); // a run is started once
    }

    void undefinedVariableIsRefusedBeforeSending()
    {
        CheckRun run;
        QStringList errors;
        // No environment: {{golfFan}} of the golf request is undefined.
        QVERIFY(!run.prepare(CheckRun::choose(m_sample, QStringList()), m_sample.profiles.first(),
                             nullptr, nullptr, &errors));
        // The request's user ID and its uuid check both say {{golfFan}}.
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.first().contains(QStringLiteral("golfFan")), qPrintable(errors.first()));
        QVERIFY2(errors.last().contains(QStringLiteral("Check “uuid is {{golfFan}}”")),
                 qPrintable(errors.last()));
        QVERIFY2(errors.first().contains(QStringLiteral("Golf fan")), qPrintable(errors.first()));
        QSignalSpy started(&run, &CheckRun::requestStarted);
        QVERIFY(!run.start());
        QCOMPARE(started.count(), 0);
        // Every request is Not sent, each saying why: its own variable, or another's.
        QCOMPARE(run.count(), int(CheckRun::choose(m_sample, QStringList()).size()));
        QCOMPARE(run.notSentCount(), run.count());
        for (int i = 0; i < run.count(); ++i) {
            const CheckRun::Request &r = run.request(i);
            QVERIFY2(!r.notSentReason.isEmpty(), qPrintable(r.entry.request.name));
            if (r.entry.request.name.contains(QStringLiteral("Golf fan")))
                QVERIFY2(r.notSentReason.contains(QStringLiteral("{{golfFan}}")),
                         qPrintable(r.notSentReason));
        }
    }

    void keptInTheHistory()
    {
        CheckRun run;
        QVERIFY(prepare(&run, failing(), false));
        QVERIFY(runToEnd(&run));
        const QStringList tags{QStringLiteral("smoke"), QStringLiteral("privacy")};
        const QJsonObject summary = run.historySummary(tags);
        {
            HistoryStore store(m_dir.path());
            QVERIFY(store.load());
            QString error;
            QVERIFY2(store.add(HistoryEntry::fromCheckRun(summary, m_sample.profiles.first(),
                                                          m_sandbox.baseUrl().toString()),
                               &error),
                     qPrintable(error));
        }
        HistoryStore reread(m_dir.path());
        QVERIFY(reread.load());
        QCOMPARE(reread.entries().size(), 1);
        const HistoryEntry &e = reread.entries().first();
        QCOMPARE(e.kind, HistoryEntry::Kind::CheckRun);
        QCOMPARE(e.statusText(), QStringLiteral("Checks"));
        QCOMPARE(e.profileName, m_sample.profiles.first().name);
        QCOMPARE(e.summary.value(QStringLiteral("environment")).toString(),
                 QStringLiteral("sandbox"));
        QCOMPARE(e.summary.value(QStringLiteral("tags")).toArray().size(), 2);
        const QJsonArray requests = e.summary.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 3);
        const QJsonObject golf = requests.at(0).toObject();
        QCOMPARE(golf.value(QStringLiteral("name")).toString(), run.request(0).entry.request.name);
        QCOMPARE(golf.value(QStringLiteral("httpStatus")).toInt(), 200);
        // The failing request keeps the answer behind it; a passing one only its outcome.
        QVERIFY(golf.value(QStringLiteral("excerpt"))
                    .toString()
                    .startsWith(QStringLiteral("HTTP 200")));
        QVERIFY(!requests.at(1).toObject().contains(QStringLiteral("excerpt")));
        int failed = 0;
        for (const QJsonValue &c : golf.value(QStringLiteral("checks")).toArray())
            failed +=
                c.toObject().value(QStringLiteral("status")).toString() == QLatin1String("failed")
                    ? 1
                    : 0;
        QCOMPARE(failed, 1);
        QVERIFY2(e.summaryText().contains(QStringLiteral("1 failed")), qPrintable(e.summaryText()));
        QVERIFY(e.matches(QStringLiteral("sandbox")));
    }
};

QTEST_GUILESS_MAIN(TestCheckRun)
#include "tst_checkrun.moc"
