#include "aam/aamdiff.h"
#include "aamaccountfixture.h"
#include "aamrest/aampull.h"
#include "aamrest/aampush.h"
#include "aamrest/aamrestclient.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"
#include "workspace/workspacegenerator.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QtTest>

#include <sys/resource.h>

#include <cstdio>

using namespace dcsdesk;

namespace {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The longest time the event loop went without running a 10 ms timer: what a window would feel.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

// Issue 18's speed goals against the local account (the sandbox's REST API, in-process on
// 127.0.0.1, as the app's "local account" runs): a pull of an account at the limits (1,000
// destinations, 100,000 mappings, 20,000 segments) through AamRestClient and AamPull, with its
// time and the process's peak memory (the account's own copy included); and a push of 10,000
// mapping changes, with the longest stall of the event loop while it runs. Prints FIGURE lines
// for docs/performance.md. DCSDESK_BENCH_SIZE=smoke (set by ctest) shrinks both.
class BenchAamAccount : public QObject
{
    Q_OBJECT

    bool m_smoke = false;
    QNetworkAccessManager m_nam;

    // The account at the limits takes minutes to pull on a slow machine.
    AamRestClient::PullResult pull(SandboxService &service)
    {
        return test::pullAccount(service, &m_nam, 600000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_smoke = qEnvironmentVariable("DCSDESK_BENCH_SIZE") == QLatin1String("smoke");
    }

    void pullAtTheLimits()
    {
        WorkspaceGenerator::Options size;
        size.referenceDate = QDate(2026, 1, 15);
        if (m_smoke) {
            size.destinations = 20;
            size.segments = 400;
            size.mappings = 1000;
            size.largestDestinationMappings = 200;
        }
        SandboxService service;
        {
            Workspace account = WorkspaceGenerator::generate(size);
            service.aam()->load(account);
        }
        QVERIFY(service.start());
        const double before = peakRssMiB();
        QElapsedTimer timer;
        timer.start();
        const AamRestClient::PullResult pulled = pull(service);
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        const qint64 pullMs = timer.elapsed();
        Workspace empty;
        empty.rebuildIndex();
        const AamPull::Outcome outcome = AamPull::apply(empty, pulled);
        const qint64 totalMs = timer.elapsed();
        QCOMPARE(outcome.workspace.mappings.size(), pulled.mappings.size());
        std::printf("FIGURE aam_pull_objects %lld/%lld/%lld\n",
                    qint64(pulled.destinations.size()), qint64(pulled.mappings.size()),
                    qint64(pulled.segments.size()));
        std::printf("FIGURE aam_pull_requests %d\n", pulled.requests);
        std::printf("FIGURE aam_pull_calls_ms %lld\n", pullMs);
        std::printf("FIGURE aam_pull_total_ms %lld\n", totalMs);
        std::printf("FIGURE aam_pull_peak_mib %.0f (before the pull, with the account: %.0f)\n",
                    peakRssMiB(), before);
    }

    void pushOfTenThousandChanges()
    {
        WorkspaceGenerator::Options size;
        size.referenceDate = QDate(2026, 1, 15);
        size.destinations = 100;
        size.segments = 2000;
        size.mappings = m_smoke ? 200 : 10000;
        size.largestDestinationMappings = size.mappings / 10;
        SandboxService service;
        service.aam()->load(WorkspaceGenerator::generate(size));
        QVERIFY(service.start());
        const AamRestClient::PullResult pulled = pull(service);
        QVERIFY(pulled.ok);
        Workspace empty;
        empty.rebuildIndex();
        Workspace ws = AamPull::apply(empty, pulled).workspace;
        ws.rebuildIndex();
        for (SegmentMapping &m : ws.mappings)
            m.endDate = QDate(2031, 12, 31);
        const AamDiff diff = AamDiff::compare(
            ws, AamDiff::Account{pulled.destinations, pulled.mappings, pulled.mappingDestinations});
        QVector<AamPush::Choice> choices;
        for (const AamDiff::Item &item : diff.items())
            choices.append(AamPush::Choice{item, false, {}});

        AamPush push(&m_nam);
        push.setSettings(test::localAccountSettings(service));
        int progressSignals = 0;
        connect(&push, &AamPush::progress, this, [&](int, int) { ++progressSignals; });
        QSignalSpy finished(&push, &AamPush::finished);
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        push.push(ws, choices);
        QVERIFY(finished.wait(1800000));
        const qint64 ms = timer.elapsed();
        const auto report = finished.first().first().value<AamPush::Report>();
        QCOMPARE(report.count(AamPush::State::Sent), int(choices.size()));
        QElapsedTimer writeBackTimer;
        writeBackTimer.start();
        const AamPush::WriteBack back = AamPush::writeBack(ws, report);
        const qint64 writeBackMs = writeBackTimer.elapsed();
        QVERIFY(back.written > 0);
        std::printf("FIGURE aam_push_changes %lld\n", qint64(choices.size()));
        std::printf("FIGURE aam_push_ms %lld\n", ms);
        std::printf("FIGURE aam_push_longest_stall_ms %lld\n", stalls.longestMs());
        std::printf("FIGURE aam_push_progress_signals %d\n", progressSignals);
        std::printf("FIGURE aam_push_writeback_ms %lld\n", writeBackMs);
    }
};

QTEST_GUILESS_MAIN(BenchAamAccount)
#include "bench_aamaccount.moc"
