// Longest event-loop stall while the console receives and shows a large DCS answer. A 5 ms
// timer records the gaps between its ticks: a gap well over 5 ms is time the window froze.
#include "console/consoleview.h"
#include "console/responsewidget.h"
#include "console/sandboxendpoint.h"
#include "dcs/dcsclient.h"
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

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    QSignalSpy finished(&view, &ConsoleView::callFinished);
    view.send();
    if (!finished.wait(60000))
        return 1;
    const qint64 received = clock.elapsed();
    const qint64 stallReceiving = longest;
    longest = 0;
    if (!QTest::qWaitFor([&]() { return !view.response()->isBusy(); }, 60000))
        return 1;
    const qint64 decoded = clock.elapsed();
    const qint64 stallDecoded = longest;
    longest = 0;
    view.response()->tabs()->setCurrentIndex(ResponseWidget::PrettyTab);
    if (!QTest::qWaitFor([&]() { return !view.response()->isBusy(); }, 60000))
        return 1;
    const qint64 stallPretty = longest;
    longest = 0;
    view.response()->tabs()->setCurrentIndex(ResponseWidget::RawTab);
    QTest::qWait(50);
    const qint64 done = clock.elapsed();
    const qint64 stallRaw = longest;
    std::printf("body %.1f MiB: received+recorded %lld ms, decoded view %lld ms, all views %lld ms\n"
                "longest event-loop stall: receiving %lld ms, decoded+comparison views %lld ms, "
                "pretty %lld ms, raw %lld ms\n",
                double(body.size()) / (1024 * 1024), received, decoded, done, stallReceiving,
                stallDecoded, stallPretty, stallRaw);
    return 0;
}
