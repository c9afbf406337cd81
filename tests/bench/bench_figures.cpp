#include "dcs/dcsresponsedecoder.h"
#include "itemmodels/destinationfilterproxymodel.h"
#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "mappings/mappingbulk.h"
#include "mappings/mappingeditor.h"
#include "testworkspace.h"
#include "validation/validator.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"
#include "workspace/workspacegenerator.h"

#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dcsdesk;

// The figures of issue 10 that run inside one process, each the median of several runs, printed
// as "FIGURE name milliseconds" lines that tools/bench.sh turns into the results table.
// DCSDESK_BENCH_WORKSPACE names the workspace to load (tools/bench.sh generates the largest);
// DCSDESK_BENCH_SIZE=smoke (ctest) uses a tiny generated one and one run, to keep it compiling.
class BenchFigures : public QObject
{
    Q_OBJECT

    bool m_smoke = false;
    int m_runs = 5;
    int m_bulk = 10000;
    int m_table = 100000;
    int m_responseBytes = 10 * 1024 * 1024;
    QString m_path;
    QTemporaryDir m_dir;
    WorkspaceGenerator::Options m_account;

    static double msOf(const std::function<void()> &fn)
    {
        QElapsedTimer t;
        t.start();
        fn();
        return double(t.nsecsElapsed()) / 1e6;
    }

    // Runs setup (untimed) and fn m_runs times; prints and returns the median of fn.
    double figure(const char *name, const std::function<void()> &fn,
                  const std::function<void()> &setup = {})
    {
        QVector<double> times;
        for (int i = 0; i < m_runs; ++i) {
            if (setup)
                setup();
            times.append(msOf(fn));
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        std::printf("FIGURE %s %.2f\n", name, median);
        std::fflush(stdout);
        return median;
    }

    static void settle(QAbstractItemView *view)
    {
        QCoreApplication::processEvents();
        view->viewport()->repaint();
    }

    // A DCS answer of about `bytes`: many URL destinations and cookie destinations, as an
    // account with many mapped segments can produce.
    static QByteArray bigResponse(int bytes)
    {
        QByteArray body = "{\"stuff\":[";
        int i = 0;
        for (; body.size() < bytes / 4; ++i)
            body += (i ? "," : "") + QByteArrayLiteral("{\"cn\":\"aam_") + QByteArray::number(i) +
                    "\",\"cv\":\"segs=" + QByteArray::number(100000 + i) +
                    "\",\"ttl\":30,\"dmn\":\".shop.example.com\"}";
        body += "],\"dests\":[";
        for (int j = 0; body.size() < bytes - 200; ++j)
            body += (j ? "," : "") + QByteArrayLiteral("{\"id\":\"") + QByteArray::number(j) +
                    "\",\"y\":\"img\",\"c\":\"http://ads.example.com/seg?s=" +
                    QByteArray::number(100000 + j) +
                    "&r=912289439\",\"e\":\"https://ads.example.com/seg?s=" +
                    QByteArray::number(100000 + j) + "&r=912289439\"}";
        body += "],\"uuid\":\"62358032912460503393401931339832614947\",\"dcs_region\":-1,"
                "\"traits\":[1001],\"segments\":[1001],\"tid\":\"SKbX2CHDgGI=\"}";
        return body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_smoke = qEnvironmentVariable("DCSDESK_BENCH_SIZE") == QLatin1String("smoke");
        m_account.referenceDate = QDate(2026, 1, 15);
        if (qEnvironmentVariableIsSet("DCSDESK_BENCH_RUNS"))
            m_runs = qMax(1, qEnvironmentVariableIntValue("DCSDESK_BENCH_RUNS"));
        if (m_smoke) {
            m_runs = 1;
            m_bulk = 200;
            m_table = 1000;
            m_responseBytes = 64 * 1024;
            m_account.destinations = 20;
            m_account.segments = 400;
            m_account.mappings = 1000;
        }
        m_account.largestDestinationMappings = m_bulk;
        m_path = qEnvironmentVariable("DCSDESK_BENCH_WORKSPACE");
        if (m_path.isEmpty() || m_smoke) {
            m_path = m_dir.filePath(QStringLiteral("generated.json"));
            QString error;
            QVERIFY2(WorkspaceFile::save(WorkspaceGenerator::generate(m_account), m_path, {},
                                         nullptr, &error),
                     qPrintable(error));
        }
    }

    void loadValidateSave()
    {
        WorkspaceFile::LoadResult loaded;
        figure("workspace_load", [&] { loaded = WorkspaceFile::load(m_path); });
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVector<Finding> findings;
        figure("workspace_validate",
               [&] { findings = Validator::validate(loaded.workspace, m_account.referenceDate); });
        const QString out = m_dir.filePath(QStringLiteral("saved.json"));
        QString error;
        bool saved = false;
        figure(
            "workspace_save",
            [&] { saved = WorkspaceFile::save(loaded.workspace, out, {}, nullptr, &error); },
            [&] { QFile::remove(out); });
        QVERIFY2(saved, qPrintable(error));
        std::printf("INFO workspace %s: %lld bytes, %d destinations, %d segments, %d mappings\n",
                    qPrintable(m_path), QFileInfo(m_path).size(),
                    int(loaded.workspace.destinations.size()),
                    int(loaded.workspace.segments.size()), int(loaded.workspace.mappings.size()));
    }

    // The destination list as the main window shows it: a keystroke in the search field and a
    // click on a column header, each until the view has repainted.
    void destinationList()
    {
        const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(m_path);
        QVERIFY(loaded.ok);
        WorkspaceDocument doc;
        doc.reset(loaded.workspace);
        DestinationListModel model(&doc);
        DestinationFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        settle(&view);
        figure(
            "destinations_filter_keystroke",
            [&] {
                proxy.setSearchText(QStringLiteral("go"));
                settle(&view);
            },
            [&] {
                proxy.setSearchText(QStringLiteral("g"));
                settle(&view);
            });
        proxy.setSearchText(QString());
        int column = 0;
        figure("destinations_sort", [&] {
            view.sortByColumn(column++ % DestinationListModel::ColumnCount, Qt::DescendingOrder);
            settle(&view);
        });
        QVERIFY(proxy.rowCount() > 0);
    }

    // One table of m_table mappings in the real mapping editor (table, timeline, summary).
    void mappingTable()
    {
        WorkspaceGenerator::Options options = m_account;
        options.destinations = 2;
        options.mappings = m_table;
        options.largestDestinationMappings = m_table;
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(options));
        MappingEditor editor(&doc);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDestination(1);
        settle(editor.view());
        QCOMPARE(editor.tableModel()->rowCount(), m_table);
        figure(
            "mappings_filter_keystroke",
            [&] {
                editor.proxy()->setFilterText(QStringLiteral("go"));
                settle(editor.view());
            },
            [&] {
                editor.proxy()->setFilterText(QStringLiteral("g"));
                settle(editor.view());
            });
        editor.proxy()->setFilterText(QString());
        settle(editor.view());
        int i = 0;
        const int columns[] = {MappingTableModel::SidColumn, MappingTableModel::SegmentNameColumn,
                               MappingTableModel::ValueColumn, MappingTableModel::EndColumn};
        figure("mappings_sort", [&] {
            editor.view()->sortByColumn(columns[i++ % 4], Qt::AscendingOrder);
            settle(editor.view());
        });
    }

    // Select all m_bulk mappings of the big destination in the editor, bulk edit, undo.
    void bulkEditAndUndo()
    {
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(m_account));
        MappingEditor editor(&doc);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDestination(1);
        editor.view()->sortByColumn(MappingTableModel::ValueColumn, Qt::AscendingOrder);
        editor.view()->selectAll();
        settle(editor.view());
        QCOMPARE(editor.selectedMappingIds().size(), m_bulk);
        MappingBulk::Edit edit;
        edit.endDate = QDate(2027, 6, 30);
        edit.valuePattern = QStringLiteral("v{sid}");
        QVector<double> edits;
        QVector<double> undos;
        for (int r = 0; r < m_runs; ++r) {
            editor.view()->selectAll();
            settle(editor.view());
            edits.append(msOf([&] {
                editor.applyBulkEdit(edit);
                settle(editor.view());
            }));
            undos.append(msOf([&] {
                doc.undo();
                settle(editor.view());
            }));
        }
        std::sort(edits.begin(), edits.end());
        std::sort(undos.begin(), undos.end());
        std::printf("FIGURE bulk_edit %.2f\nFIGURE bulk_undo %.2f\n", edits[edits.size() / 2],
                    undos[undos.size() / 2]);
        std::fflush(stdout);
        QVERIFY(!doc.undoStack()->canUndo() || doc.undoStack()->index() == 0);
    }

    void decodeLargeResponse()
    {
        const QByteArray body = bigResponse(m_responseBytes);
        DcsResponse response;
        figure("response_decode", [&] {
            response = DcsResponseDecoder::decode(
                200, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                body, DcsResponseDecoder::Expectation());
        });
        std::printf("INFO response of %lld bytes decoded\n", qint64(body.size()));
        QCOMPARE(int(response.format), int(DcsResponse::Format::Json));
    }
};

QTEST_MAIN(BenchFigures)
#include "bench_figures.moc"
