// The batch window driven like a user: load a CSV, start, watch progress, counters and charts,
// filter, export; and the same numbers from dcsdesk-cli batch.
#include "batch/batchcharts.h"
#include "batch/batchhistory.h"
#include "batch/batchresultfilter.h"
#include "batch/batchresultmodel.h"
#include "batch/batchrunner.h"
#include "batch/batchview.h"
#include "cli/cliapp.h"
#include "console/consoleservices.h"
#include "console/sandboxserviceendpoint.h"
#include "history/historylistmodel.h"
#include "history/historystore.h"
#include "mainwindow/mainwindow.h"
#include "sandbox/sandboxservice.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QValueAxis>

#include <cmath>

using namespace dcsdesk;
using namespace dcsdesk::test;

class TestBatchView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runCsvToCompletion();
    void liveRunAsksFirst();
    void theTemplateIsShownWhole();
    void chartLabelsAreNeverCut_data();
    void chartLabelsAreNeverCut();
    void sandboxRunMatchesCli();
    void summaryInConsoleHistory();
    void startRereadsTheCsv();
    void uncheckableExpectationsAreSaidBeforeTheRun();

private:
    TestHttpServer m_server;
    QTemporaryDir m_dir;
    WorkspaceDocument m_document;
};

void TestBatchView::initTestCase()
{
    initTestEnvironment();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    m_server.setHandler([](const TestHttpRequest &r) {
        const QString user =
            QUrlQuery(QString::fromLatin1(r.query())).queryItemValue(QStringLiteral("d_uuid"));
        TestHttpResponse response = TestHttpResponse::json(
            "{\"stuff\":[{\"cn\":\"a\",\"cv\":\"1\"}],\"uuid\":\"" + user.toLatin1() +
            "\",\"dcs_region\":9,\"tid\":\"tid" + user.right(3).toLatin1() + "\"}");
        if (user.endsWith(QLatin1Char('7')))
            response.withHeader("X-Error", "102");
        return response;
    });
    Workspace ws = smallWorkspace();
    Profile profile;
    profile.name = QStringLiteral("Loopback");
    profile.alias = QStringLiteral("acme");
    profile.customBaseUrl = m_server.baseUrl().toString();
    ws.profiles = {profile};
    m_document.reset(ws);
}

void TestBatchView::runCsvToCompletion()
{
    QByteArray csv = "d_uuid,c_color\n";
    for (int i = 1; i <= 60; ++i)
        csv += QStringLiteral("%1").arg(i, 38, 10, QLatin1Char('0')).toLatin1() + ",blue\n";
    csv += ",red\n"; // line 62: no user
    const QString csvPath = m_dir.filePath(QStringLiteral("users.csv"));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    BatchView view(&m_document);
    view.resize(1100, 800);
    view.show();
    QAbstractItemModelTester modelTester(view.resultModel());
    QAbstractItemModelTester filterTester(view.resultFilter());
    QVERIFY(view.loadCsv(csvPath));
    view.setConcurrency(4);
    QSignalSpy finished(&view, &BatchView::runFinished);
    auto *start = view.findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!start->isEnabled()); // running
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);

    const BatchStats &s = view.runner()->stats();
    QCOMPARE(s.answered, 60);
    QCOMPARE(s.invalid, 1);
    QCOMPARE(s.withErrors, 6); // users ending in 7
    QCOMPARE(view.progressBar()->value(), 60);
    QCOMPARE(view.progressBar()->maximum(), 60);
    QCOMPARE(view.resultModel()->rowCount(), 61);
    QVERIFY(view.charts()->latencyBarCount() > 0);
    QCOMPARE(view.charts()->countBarCount(), 2); // HTTP 200 and error 102
    QVERIFY(m_server.lastRequest().query().contains("c_color=blue"));

    auto *counters = view.findChild<QTreeWidget *>();
    QVERIFY(counters);
    QVERIFY(!counters->findItems(QStringLiteral("Error 102"), Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty());

    view.resultFilter()->setShow(BatchResultFilter::Show::WithErrors);
    QCOMPARE(view.resultFilter()->rowCount(), 6);
    view.resultFilter()->setShow(BatchResultFilter::Show::Invalid);
    QCOMPARE(view.resultFilter()->rowCount(), 1);
    QCOMPARE(view.resultFilter()->index(0, BatchResultModel::RowColumn).data().toInt(), 62);
    view.resultFilter()->setShow(BatchResultFilter::Show::All);
    view.resultFilter()->setText(QStringLiteral("tid057"));
    QCOMPARE(view.resultFilter()->rowCount(), 1);
    // The user column may be cut in the middle to keep tid and the time in view; its tooltip
    // holds the whole ID.
    const QModelIndex user = view.resultFilter()->index(0, BatchResultModel::UserColumn);
    QVERIFY(!user.data().toString().isEmpty());
    QVERIFY(user.data(Qt::ToolTipRole).toString().startsWith(user.data().toString()));

    const QString out = m_dir.filePath(QStringLiteral("results.csv"));
    QString error;
    QVERIFY2(view.exportTo(out, &error), qPrintable(error));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().trimmed().split('\n').size(), 62); // header + 61 rows

    // The run is in the history.
    const QVector<QJsonObject> history = BatchHistory().load();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().value(QStringLiteral("answered")).toInt(), 60);

    // dcsdesk-cli batch gives the same numbers for the same file.
    const std::unique_ptr<CliRegistry> registry = CliApp::defaultRegistry();
    QString cliOut, cliErr;
    QTextStream o(&cliOut), e(&cliErr);
    CliIo io(o, e, [] { return QByteArray(); });
    const int code = CliApp::run(
        {QStringLiteral("dcsdesk-cli"), QStringLiteral("batch"), QStringLiteral("--json"),
         QStringLiteral("--base-url"), m_server.baseUrl().toString(), QStringLiteral("--alias"),
         QStringLiteral("acme"), QStringLiteral("--dst"), QStringLiteral("--input"), csvPath},
        io, *registry);
    o.flush();
    QCOMPARE(code, 1); // DCS errors and an invalid row
    const QJsonObject summary = QJsonDocument::fromJson(cliOut.toUtf8()).object();
    const QJsonObject gui = view.runner()->summary();
    for (const char *key :
         {"rows", "answered", "invalid", "withErrors", "failed", "statusCounts", "errorCounts"})
        QCOMPARE(summary.value(QLatin1String(key)), gui.value(QLatin1String(key)));
}

void TestBatchView::liveRunAsksFirst()
{
    Workspace ws = m_document.workspace();
    Profile live;
    live.name = QStringLiteral("Production");
    live.alias = QStringLiteral("acme");
    live.regionId = 9;
    ws.profiles.append(live);
    m_document.reset(ws);
    BatchView view(&m_document);
    view.setProfileName(QStringLiteral("Production"));
    view.setGenerated(BatchRunner::LiveConfirmThreshold + 1);
    int asked = 0;
    double askedRate = -1;
    view.setConfirmLiveRun([&](int, double rate) {
        ++asked;
        askedRate = rate;
        return false; // the user says no: nothing is sent
    });
    QVERIFY(!view.start());
    QCOMPARE(asked, 1);
    QCOMPARE(askedRate, BatchRunner::LiveDefaultRate);
    QCOMPARE(view.runner()->state(), BatchRunner::State::Idle);
}

// Issue 16 (7): the batch view shows the whole template every user's call carries, and that
// the console's declared ID is not among it.
// Qt Charts shows a label that does not fit its bar as "…": the Spanish review saw every bar of
// a sandbox run (bins of 0,07 ms) labelled "0,…". The labels turn or the bars merge instead,
// and the answers chart lies on its side.
void TestBatchView::chartLabelsAreNeverCut_data()
{
    QTest::addColumn<double>("slowestMs");
    QTest::addColumn<int>("chartWidth");
    QTest::addColumn<int>("upright"); // 1 upright, 0 turned, -1 either
    QTest::addColumn<bool>("allBars");
    QTest::addColumn<QString>("bounds"); // the bars' upper bounds, where the row checks them
    QTest::newRow("sandbox, bins of 0,1 ms, batch window at 1366x768")
        << 0.84 << 470 << 1 << true << "0,1 0,2 0,3 0,4 0,5 0,6 0,7 0,8 0,9";
    QTest::newRow("bins of 0,05 ms, batch window at 1366x768")
        << 0.5 << 470 << 0 << true << "0,05 0,10 0,15 0,20 0,25 0,30 0,35 0,40 0,45 0,50";
    QTest::newRow("bins of 0,05 ms, wide window") << 0.5 << 1400 << 1 << true << QString();
    QTest::newRow("live DCS, bins of 100 ms") << 1200.0 << 470 << 0 << true << QString();
    QTest::newRow("live DCS, wide window") << 1200.0 << 1400 << 1 << true << QString();
    // A window 1000 pixels wide: twelve bars leave no room for a label even on end.
    QTest::newRow("bins of 0,05 ms, narrow window: bars merge")
        << 0.5 << 320 << -1 << false << QString();
    QTest::newRow("live DCS, narrow window: bars merge")
        << 1200.0 << 320 << -1 << false << "200 400 600 800 1000 1200";
}

void TestBatchView::chartLabelsAreNeverCut()
{
    QFETCH(double, slowestMs);
    QFETCH(int, chartWidth);
    QFETCH(int, upright);
    QFETCH(bool, allBars);
    QFETCH(QString, bounds);
    const QLocale previous;
    const auto restore = qScopeGuard([previous]() { QLocale::setDefault(previous); });
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    BatchCharts charts;
    charts.resize(chartWidth * 5 / 3, 260);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    BatchStats stats;
    stats.reset(200, 0);
    for (int i = 1; i <= 200; ++i)
        stats.addLatency(slowestMs * i / 200);
    stats.statusCounts = {{200, 187}};
    stats.errorCounts = {{102, 10}};
    stats.failed = 3;
    charts.clear();
    auto *latency = charts.findChild<QChartView *>(QStringLiteral("latencyChart"));
    QVERIFY(latency);
    // Ticks at whole numbers only: the empty chart was labelled "1, 0, 0, 0, 0, 0".
    const auto wholeTicks = [](QChartView *view) {
        for (QAbstractAxis *axis : view->chart()->axes()) {
            if (auto *counts = qobject_cast<QValueAxis *>(axis)) {
                const double step = counts->max() / (counts->tickCount() - 1);
                return counts->min() == 0 && step >= 1 && step == std::floor(step);
            }
        }
        return false;
    };
    QVERIFY(wholeTicks(latency));
    charts.update(stats);
    QTRY_VERIFY(latency->chart()->plotArea().width() > 0);
    QCoreApplication::processEvents();
    if (upright >= 0)
        QTRY_COMPARE(charts.latencyLabelAngle() == 0, upright == 1);
    double binWidth = 0;
    QCOMPARE(charts.latencyBarCount() == stats.histogram(12, &binWidth).size(), allBars);
    QVERIFY(charts.latencyBarCount() >= 2);
    if (!bounds.isEmpty()) {
        auto *axis =
            qobject_cast<QBarCategoryAxis *>(latency->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(axis->categories().join(QLatin1Char(' ')), bounds);
    }

    auto *counts = charts.findChild<QChartView *>(QStringLiteral("countChart"));
    QVERIFY(counts);
    const auto visibleTexts = [](QChartView *view) {
        view->grab(); // lays the axes out as a paint would
        QList<QGraphicsTextItem *> texts;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && !text->toPlainText().isEmpty())
                texts.append(text);
        }
        return texts;
    };
    const auto cutLabels = [&visibleTexts](QChartView *view) {
        QStringList cut;
        for (const QGraphicsTextItem *text : visibleTexts(view)) {
            if (text->toPlainText().endsWith(QStringLiteral("...")) ||
                text->toPlainText().endsWith(QChar(0x2026)))
                cut.append(text->toPlainText());
        }
        return cut;
    };
    for (QChartView *view : {latency, counts}) {
        QTRY_COMPARE(cutLabels(view), QStringList()); // once the labels are fitted to the width
        const QList<QGraphicsTextItem *> labels = visibleTexts(view);
        QVERIFY(labels.size() >= 6); // the bars or rows, the axes, the titles
        // An earlier update's axis left behind would be drawn over the new one.
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i]
                              ->sceneBoundingRect()
                              .adjusted(1, 1, -1, -1)
                              .intersects(labels[j]->sceneBoundingRect().adjusted(1, 1, -1, -1)),
                         qPrintable(labels[i]->toPlainText() + QStringLiteral(" / ") +
                                    labels[j]->toPlainText()));
        }
    }
    QVERIFY(wholeTicks(latency));
    QVERIFY(wholeTicks(counts));
    QCOMPARE(charts.countBarCount(), 3);
}

void TestBatchView::theTemplateIsShownWhole()
{
    BatchView view(&m_document);
    DcsRequest console;
    console.userId = QStringLiteral("07955261652886032950143702505894272138");
    console.signalList.append(DcsSignal{QStringLiteral("c_color"), {QStringLiteral("red")}});
    console.headers.append(DcsHeader{QStringLiteral("X-Team"), QStringLiteral("qa"), true});
    DeclaredId id;
    id.ns = QStringLiteral("20915");
    id.id = QStringLiteral("ABC-123");
    console.declaredIds.append(id);
    view.setRequestTemplate(console);
    const QString text = view.templateView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("c_color=red")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("X-Team: qa")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Host: ")));
    QVERIFY(!text.contains(QStringLiteral("07955261652886032950143702505894272138")));
    QVERIFY(text.contains(QStringLiteral("Not sent for every user")));
    QVERIFY(text.contains(QStringLiteral("d_cid 20915:ABC-123")));
    const QStringList params = text.split(QLatin1Char('\n')).filter(QStringLiteral("Parameters"));
    QCOMPARE(params.size(), 1);
    QVERIFY(!params.first().contains(QStringLiteral("d_cid=")));
}

void TestBatchView::sandboxRunMatchesCli()
{
    // The "done when" of the batch issue at test size: a CSV of users against the in-process
    // sandbox on the sample workspace, in the window and in dcsdesk-cli batch --sandbox.
    const QString workspacePath = samplePath();
    QByteArray csv = "d_uuid,c_interest,c_cart_value\n";
    const char *interests[] = {"golf", "tennis", "chess"};
    for (int i = 1; i <= 400; ++i)
        csv += QStringLiteral("%1").arg(5000 + i, 38, 10, QLatin1Char('0')).toLatin1() + ',' +
               interests[i % 3] + ',' + QByteArray::number(i % 300) + '\n';
    const QString csvPath = m_dir.filePath(QStringLiteral("sandbox-users.csv"));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    SandboxService sandbox;
    QString error;
    QVERIFY2(sandbox.setWorkspaceFile(workspacePath, &error), qPrintable(error));
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    WorkspaceDocument document;
    QVERIFY2(document.load(workspacePath, &error), qPrintable(error));
    BatchView view(&document);
    view.setSandboxBaseUrl(sandbox.baseUrl());
    view.setProfileName(QStringLiteral("Sample (local sandbox)"));
    QVERIFY(view.loadCsv(csvPath));
    QSignalSpy finished(&view, &BatchView::runFinished);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const BatchStats &s = view.runner()->stats();
    QCOMPARE(s.answered, 400);
    QCOMPARE(s.statusCounts.value(200), 400);
    QCOMPARE(view.progressBar()->value(), 400);
    int withCookies = 0;
    for (const BatchRowResult &r : view.runner()->results()) {
        QCOMPARE(r.dcsRegion, -1); // the sandbox's own region
        QCOMPARE(r.uuid, r.userId);
        if (r.cookieDestinations > 0)
            ++withCookies;
    }
    QVERIFY(withCookies > 0); // golf and tennis fans qualify for the sample's segments
    // The region column names the sandbox beside its number, not a bare -1.
    const QAbstractItemModel *table = view.findChild<QTableView *>()->model();
    int regionColumn = -1;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->headerData(c, Qt::Horizontal).toString() == QLatin1String("Region"))
            regionColumn = c;
    }
    QVERIFY(regionColumn >= 0);
    QCOMPARE(table->index(0, regionColumn).data().toString(), QStringLiteral("Local sandbox (-1)"));
    const QString guiOut = m_dir.filePath(QStringLiteral("gui.csv"));
    QVERIFY(view.exportTo(guiOut, &error));

    const std::unique_ptr<CliRegistry> registry = CliApp::defaultRegistry();
    QString cliOut, cliErr;
    QTextStream o(&cliOut), e(&cliErr);
    CliIo io(o, e, [] { return QByteArray(); });
    const QString cliCsv = m_dir.filePath(QStringLiteral("cli.csv"));
    const int code = CliApp::run({QStringLiteral("dcsdesk-cli"), QStringLiteral("batch"),
                                  QStringLiteral("--json"), QStringLiteral("--sandbox"),
                                  workspacePath, QStringLiteral("--dst"), QStringLiteral("--input"),
                                  csvPath, QStringLiteral("--out"), cliCsv},
                                 io, *registry);
    o.flush();
    QVERIFY2(code == 0 || code == 1, qPrintable(cliOut));
    const QJsonObject summary = QJsonDocument::fromJson(cliOut.toUtf8()).object();
    const QJsonObject gui = view.runner()->summary();
    for (const char *key : {"rows", "answered", "invalid", "withErrors", "withProblems", "failed",
                            "statusCounts", "errorCounts"})
        QCOMPARE(summary.value(QLatin1String(key)), gui.value(QLatin1String(key)));

    // Row by row: the same user, status, errors and destination counts.
    const auto columns = [](const QString &path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QStringList rows;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> fields = line.trimmed().split(',');
            if (fields.size() > 10)
                rows << QString::fromUtf8(fields.mid(2, 8).join(','));
        }
        return rows;
    };
    const QStringList guiRows = columns(guiOut);
    QCOMPARE(guiRows.size(), 401);
    QCOMPARE(columns(cliCsv), guiRows);
}

void TestBatchView::summaryInConsoleHistory()
{
    // In the app the batch view shares the console's local sandbox and history: a run's summary
    // is listed in the History view with its counts and latency percentiles, and kept on disk.
    WorkspaceDocument document;
    document.reset(sampleWorkspace());
    ConsoleServices services(&document);
    MainWindow window(&document);
    window.setSettingsEnabled(false);
    services.install(&window);
    auto *view = qobject_cast<BatchView *>(window.view(QStringLiteral("batch")));
    QVERIFY(view);
    HistoryListModel historyModel(services.history());
    QAbstractItemModelTester historyTester(&historyModel);
    const int before = int(services.history()->entries().size());

    view->setProfileName(QStringLiteral("Sample (local sandbox)"));
    view->setGenerated(12);
    view->setConcurrency(3);
    QSignalSpy finished(view, &BatchView::runFinished);
    QVERIFY(view->start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(view->runner()->stats().answered, 12);
    QVERIFY(services.sandbox()->isRunning()); // the console's sandbox, not one of its own
    QVERIFY(!view->findChild<SandboxService *>());

    QCOMPARE(int(services.history()->entries().size()), before + 1);
    const HistoryEntry &entry = services.history()->entries().last();
    QCOMPARE(entry.kind, HistoryEntry::Kind::Batch);
    QCOMPARE(entry.profileName, QStringLiteral("Sample (local sandbox)"));
    QCOMPARE(entry.summary.value(QStringLiteral("rows")).toInt(), 12);
    QCOMPARE(entry.summary.value(QStringLiteral("answered")).toInt(), 12);
    QVERIFY(entry.summary.value(QStringLiteral("latencyMs"))
                .toObject()
                .contains(QStringLiteral("p99")));

    // The History view's list shows it as a batch with its counts and p50 / p95 / p99.
    int found = -1;
    for (int r = 0; r < historyModel.rowCount(); ++r) {
        if (historyModel.index(r, 0).data(HistoryListModel::EntryIdRole).toString() == entry.id)
            found = r;
    }
    QVERIFY(found >= 0);
    QCOMPARE(historyModel.index(found, HistoryListModel::Status).data().toString(),
             QStringLiteral("Batch"));
    QVERIFY(historyModel.index(found, HistoryListModel::UserId)
                .data()
                .toString()
                .startsWith(QLatin1String("12 user")));
    // It names the server the run went to (the sandbox), not an empty one.
    const QString target = historyModel.index(found, HistoryListModel::Target).data().toString();
    QVERIFY2(target.startsWith(QStringLiteral("127.0.0.1:")) &&
                 target.contains(QLatin1String("(Host sample.demdex.net)")),
             qPrintable(target));
    const QString summaryText =
        historyModel.index(found, HistoryListModel::Summary).data().toString();
    for (const char *part : {"12 row", "12 answered", "p50", "p95", "p99"})
        QVERIFY2(summaryText.contains(QLatin1String(part)), qPrintable(summaryText));
    // The same p50 as the Batch view's line, with its decimal (a sandbox run showed "p50 0 ms"
    // here beside "p50 0.4 ms" there).
    const double p50 = view->runner()->stats().percentile(50);
    QVERIFY2(
        summaryText.contains(
            QStringLiteral("p50 %1 ms").arg(QLocale().toString(qRound(p50 * 100) / 100.0, 'f', 1))),
        qPrintable(summaryText));
    historyModel.setQuery(QStringLiteral("status:batch"));
    QCOMPARE(
        historyModel.rowCount(), 1 + [&]() {
            int earlier = 0;
            for (int i = 0; i < before; ++i)
                earlier += services.history()->entries().at(i).kind == HistoryEntry::Kind::Batch;
            return earlier;
        }());

    // After a restart the run is still there.
    HistoryStore reloaded(QFileInfo(services.history()->filePath()).absolutePath());
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.entries().last().id, entry.id);
    QCOMPARE(reloaded.entries().last().kind, HistoryEntry::Kind::Batch);
    QCOMPARE(reloaded.entries().last().summary, entry.summary);
}

// Editing the CSV on disk after loading it: Start runs what is on disk now, says the file changed
// and names the version it ran (a stale read once gave a false pass).
void TestBatchView::startRereadsTheCsv()
{
    const auto users = [](int n) {
        QByteArray csv = "d_uuid,c_color\n";
        for (int i = 1; i <= n; ++i)
            csv += QStringLiteral("%1").arg(i, 38, 10, QLatin1Char('0')).toLatin1() + ",green\n";
        return csv;
    };
    const QString csvPath = m_dir.filePath(QStringLiteral("edited.csv"));
    const auto write = [&](const QByteArray &bytes) {
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    write(users(3));
    BatchView view(&m_document);
    view.resize(1100, 800);
    QVERIFY(view.loadCsv(csvPath));
    const QByteArray edited = users(5);
    write(edited);
    QSignalSpy finished(&view, &BatchView::runFinished);
    QVERIFY(view.start());
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("changed on disk")),
             qPrintable(view.messageLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(view.runner()->stats().answered, 5);
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(edited, QCryptographicHash::Sha256).toHex());
    QCOMPARE(view.runner()->summary().value(QStringLiteral("inputSha256")).toString(), digest);
    QVERIFY2(view.messageLabel()->text().contains(digest.left(12)),
             qPrintable(view.messageLabel()->text()));

    // A file that can no longer be read is said, and nothing is sent.
    QVERIFY(QFile::remove(csvPath));
    QVERIFY(!view.start());
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Nothing was sent")),
             qPrintable(view.messageLabel()->text()));
}

// Finding 7: expect_segments with a template that does not ask for segment IDs is said when the
// CSV is loaded, with what to change, not only after a run.
void TestBatchView::uncheckableExpectationsAreSaidBeforeTheRun()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("expects.csv"));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("d_uuid,expect_segments\n" +
               QStringLiteral("%1").arg(1, 38, 10, QLatin1Char('0')).toLatin1() + ",1001\n");
    file.close();
    BatchView view(&m_document);
    view.resize(1100, 800);
    view.show();
    QVERIFY(view.expectationWarning()->isHidden());
    QVERIFY(view.loadCsv(csvPath));
    QCOMPARE(view.runner()->stats().answered, 0); // nothing has run
    if (!view.templateView()->toPlainText().contains(QStringLiteral("d_cts=2"))) {
        QVERIFY(!view.expectationWarning()->isHidden());
        QVERIFY2(view.expectationWarning()->text().contains(QStringLiteral("d_cts=2")),
                 qPrintable(view.expectationWarning()->text()));
    }
    view.setGenerated(3);
    QVERIFY(view.expectationWarning()->isHidden());
}

QTEST_MAIN(TestBatchView)
#include "tst_batchview.moc"
