// Issue 19's large-capture figures: HarCapture::readFile on a HAR (tools/make-huge-har.py makes
// the 200 MB one), the median time of several runs, the entries found and the process's peak
// memory, printed as FIGURE lines for tools/bench.sh. One run per process gives the cleanest
// peak; later runs reuse the memory the first one freed.
#include "capture/harcapture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace dcsdesk;

namespace {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.har [RUNS]\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const double before = peakRssMiB();
    std::vector<double> times;
    qsizetype entries = 0;
    int aam = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        HarCapture capture;
        const HarCapture::Result r = capture.readFile(path);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        entries = capture.entries().size();
        aam = capture.audienceManagerCount();
    }
    std::sort(times.begin(), times.end());
    const double fileMiB = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    const double peak = peakRssMiB();
    std::printf("FIGURE har_file_mib %.1f\n", fileMiB);
    std::printf("FIGURE har_entries %lld\n", static_cast<long long>(entries));
    std::printf("FIGURE har_aam_calls %d\n", aam);
    std::printf("FIGURE har_read_ms %.1f\n", times[times.size() / 2]);
    std::printf("FIGURE har_read_rss_mib %.1f\n", peak);
    std::printf("FIGURE har_read_rss_growth_mib %.1f\n", peak - before);
    std::printf("FIGURE har_read_rss_x %.2f\n", fileMiB > 0 ? peak / fileMiB : 0.0);
    return entries > 0 ? 0 : 1;
}
