// Longest event-loop stall while the console receives and shows a large DCS answer (10 MiB, or
// the size in MiB given as the first argument) and the user opens every view. A 1 ms timer
// records the gaps between its ticks: a gap well over 1 ms is time the window froze. Prints
// FIGURE lines for tools/bench.sh: the longest stall and the time from Send until the Decoded
// view is filled (transfer on loopback, parse and outline included).
#include "console/consoleview.h"
#include "console/responsewidget.h"
#include "console/sandboxendpoint.h"
#include "dcs/dcsclient.h"
#include "dcs/dcsresponsedecoder.h"
#include "history/historystore.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace dcsdesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::initTestEnvironment();
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10;
    QByteArray body = R"({"uuid":"1","dcs_region":7,"stuff":[)";
    for (int i = 0; body.size() < megabytes * 1024 * 1024; ++i) {
        if (i)
            body.append(',');
        body.append(QByteArray(R"({"cn":"c)") + QByteArray::number(i) + R"(","cv":"k=)" +
                    QByteArray::number(i) + R"(","ttl":30,"dmn":".x.com"})");
    }
    body.append("]}");

    test::TestHttpServer server;
    server.listen();
    server.setDefaultResponse(test::TestHttpResponse::json(body));
    WorkspaceDocument document;
    document.reset(test::sampleWorkspace());
    DcsClient client;
    DcsClient::Options options;
    options.maxBodyBytes = 64 * 1024 * 1024;
    client.setOptions(options);
    QTemporaryDir dir;
    HistoryStore history(dir.path());
    FixedSandboxEndpoint endpoint(server.baseUrl());
    ConsoleView view(&document, &client, &history, &endpoint);
    view.resize(1400, 900);
    view.show();

    // A 1 ms timer: the largest gap between two ticks is the longest time the window froze.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    const auto settle = [&]() {
        return QTest::qWaitFor([&]() { return !view.response()->isBusy(); }, 60000);
    };
    clock.start();
    ticker.start();
    QSignalSpy finished(&view, &ConsoleView::callFinished);
    view.send();
    if (!finished.wait(60000))
        return 1;
    const qint64 received = clock.elapsed();
    const qint64 stallReceiving = longest;
    longest = 0;
    if (!settle())
        return 1;
    QTest::qWait(20); // the first paint of the filled view
    const qint64 decoded = clock.elapsed();
    const qint64 stallDecoded = longest;
    qint64 stallAll = qMax(stallReceiving, stallDecoded);
    QStringList perView;
    for (int tab : {int(ResponseWidget::CompareTab), int(ResponseWidget::PrettyTab),
                    int(ResponseWidget::RawTab), int(ResponseWidget::HeadersTab),
                    int(ResponseWidget::TimingTab), int(ResponseWidget::DecodedTab)}) {
        longest = 0;
        view.response()->tabs()->setCurrentIndex(tab);
        if (!settle())
            return 1;
        QTest::qWait(50); // paint and lay out what is visible
        perView.append(QStringLiteral("%1 %2 ms")
                           .arg(view.response()->tabs()->tabText(tab).remove(QLatin1Char('&')))
                           .arg(longest));
        stallAll = qMax(stallAll, longest);
    }
    const qint64 done = clock.elapsed();
    std::printf(
        "body %.1f MiB: received and decoded %lld ms, Decoded view shown %lld ms, all views "
        "%lld ms\nlongest event-loop stall: receiving %lld ms, Decoded view %lld ms, %s\n",
        double(body.size()) / (1024 * 1024), received, decoded, done, stallReceiving, stallDecoded,
        qPrintable(perView.join(QStringLiteral(", "))));
    // What part of "shown" is the DCS decoder (it runs on a worker thread, so it never stalls).
    QElapsedTimer decodeClock;
    decodeClock.start();
    const DcsResponse decodedAlone = DcsResponseDecoder::decode(
        200, HeaderList(), body, DcsResponseDecoder::expectationFor(view.prepared().request));
    std::printf("decoding the body alone: %lld ms (%lld cookie destinations)\n",
                decodeClock.elapsed(), qint64(decodedAlone.stuff.size()));
    std::printf("FIGURE console_10mb_longest_stall_ms %lld\n", stallAll);
    std::printf("FIGURE console_10mb_shown_ms %lld\n", decoded);
    std::fflush(stdout);
    return 0;
}
