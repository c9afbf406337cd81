// Issue 19's "list shown in under 2 s, memory under 3x the file": the Captures view opening a HAR
// (the read on its worker thread, then the list model and its filter), from openCapture() until
// the list has its rows, and the process's peak memory, printed as FIGURE lines for
// tools/bench.sh. The window is offscreen: what is measured is the work, not the drawing.
#include "capture/captureview.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableView>

#include <sys/resource.h>

#include <cstdio>

using namespace dcsdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.har\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    WorkspaceDocument document;
    CaptureView view(&document);
    view.resize(1280, 720);
    view.show();
    QCoreApplication::processEvents();
    QSignalSpy loaded(&view, &CaptureView::loaded);
    QSignalSpy failed(&view, &CaptureView::loadFailed);
    QElapsedTimer timer;
    timer.start();
    view.openCapture(path);
    while (loaded.isEmpty() && failed.isEmpty())
        loaded.wait(50);
    const double listMs = double(timer.nsecsElapsed()) / 1e6;
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(failed.first().first().toString()));
        return 1;
    }
    QCoreApplication::processEvents();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peak = double(usage.ru_maxrss) / 1024.0;
    const double fileMiB = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    std::printf("FIGURE gui_har_rows %d\n", view.table()->model()->rowCount());
    std::printf("FIGURE gui_har_list_ms %.1f\n", listMs);
    std::printf("FIGURE gui_har_rss_mib %.1f\n", peak);
    std::printf("FIGURE gui_har_rss_x %.2f\n", fileMiB > 0 ? peak / fileMiB : 0.0);
    return view.table()->model()->rowCount() > 0 ? 0 : 1;
}
