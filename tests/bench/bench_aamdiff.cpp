#include "aam/aamdiff.h"
#include "aam/aamrestwriter.h"
#include "testworkspace.h"
#include "workspace/workspacegenerator.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace dcsdesk;

// "aam diff" at the account limits (1,000 destinations, 100,000 mappings): a workspace whose
// every object has its REST snapshot, as after a pull, against the account's lists with a few
// changes on each side. Prints FIGURE lines (the median of DCSDESK_BENCH_RUNS, default 5) for
// docs/performance.md. DCSDESK_BENCH_SIZE=smoke (set by ctest) shrinks it to check the code path.
class BenchAamDiff : public QObject
{
    Q_OBJECT

    WorkspaceGenerator::Options m_size;
    int m_runs = 5;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_size.referenceDate = QDate(2026, 1, 15);
        if (qEnvironmentVariableIsSet("DCSDESK_BENCH_RUNS"))
            m_runs = qMax(1, qEnvironmentVariableIntValue("DCSDESK_BENCH_RUNS"));
        if (qEnvironmentVariable("DCSDESK_BENCH_SIZE") == QLatin1String("smoke")) {
            m_runs = 1;
            m_size.destinations = 20;
            m_size.segments = 400;
            m_size.mappings = 1000;
            m_size.largestDestinationMappings = 200;
        }
    }

    void diffAtTheLimits()
    {
        Workspace ws = WorkspaceGenerator::generate(m_size);
        ws.rebuildIndex();
        AamRestWriter::Options options;
        options.includeMappings = false;
        AamDiff::Account account;
        for (Destination &d : ws.destinations) {
            d.remote = AamRestWriter::destinationToRest(d, ws, options);
            account.destinations.append(d.remote);
        }
        for (SegmentMapping &m : ws.mappings) {
            m.remote = AamRestWriter::mappingToRest(m, *ws.destination(m.destinationId), ws);
            account.mappings.append(m.remote);
            account.mappingDestinations.append(m.destinationId);
        }
        // 100 edits on each side, 10 of them on the same mappings.
        const int step = std::max(1, int(ws.mappings.size()) / 100);
        for (int i = 0, k = 0; i < ws.mappings.size(); i += step, ++k) {
            ws.mappings[i].endDate = QDate(2031, 1, 1);
            const int j = (k % 10 == 0 ? i : i + step / 2) % int(ws.mappings.size());
            QJsonObject o = account.mappings.at(j).toObject();
            o.insert(QStringLiteral("endDate"), QStringLiteral("2030-06-30"));
            account.mappings.replace(j, o);
        }

        QVector<qint64> times, cpuTimes;
        AamDiff diff;
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            diff = AamDiff::compare(ws, account);
            cpuTimes.append(qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
            times.append(timer.elapsed());
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        const AamDiff::Counts c = diff.counts(EntityKind::Mapping);
        QCOMPARE(c.toUpdate + c.toTake + c.conflicts + c.unchanged, int(ws.mappings.size()));
        QVERIFY(c.conflicts > 0);
        QCOMPARE(diff.counts(EntityKind::Destination).unchanged, int(ws.destinations.size()));
        // CPU time beside the wall time: on a shared machine the wall time is mostly waiting.
        std::printf("FIGURE aam_diff_ms %lld (cpu %lld ms on all threads; %d destinations, %d "
                    "mappings, %d differing)\n",
                    times.at(times.size() / 2), cpuTimes.at(cpuTimes.size() / 2),
                    int(ws.destinations.size()), int(ws.mappings.size()), int(diff.items().size()));
    }
};

QTEST_GUILESS_MAIN(BenchAamDiff)
#include "bench_aamdiff.moc"
