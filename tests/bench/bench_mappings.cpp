#include "csv/mappingcsv.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "mappings/mappingbulk.h"
#include "mappings/mappingeditor.h"
#include "mappings/scheduletimeline.h"
#include "testworkspace.h"
#include "validation/validator.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacegenerator.h"

#include <QElapsedTimer>
#include <QTableView>
#include <QtTest>

using namespace dcsdesk;

// Scale benchmarks of issue 6: bulk edit, delete and add of 10,000 mappings with their undo, and
// filtering and sorting of 100,000 mappings, on generated workspaces at the account limits.
// DCSDESK_BENCH_SIZE=smoke (set by ctest) shrinks everything to check the code paths only.
class BenchMappings : public QObject
{
    Q_OBJECT

    bool m_smoke = false;
    int m_bulk = 10000;
    int m_table = 100000;
    WorkspaceGenerator::Options m_account;

    static QVector<qint64> idsOf(const Workspace &ws, qint64 destinationId)
    {
        QVector<qint64> ids;
        for (int i : ws.mappingIndexesOf(destinationId))
            ids.append(ws.mappings[i].id);
        return ids;
    }

    template <typename Fn> static qint64 msOf(Fn fn)
    {
        QElapsedTimer t;
        t.start();
        fn();
        return t.elapsed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_smoke = qEnvironmentVariable("DCSDESK_BENCH_SIZE") == QLatin1String("smoke");
        m_account.referenceDate = QDate(2026, 1, 15);
        if (m_smoke) {
            m_bulk = 200;
            m_table = 1000;
            m_account.destinations = 20;
            m_account.segments = 400;
            m_account.mappings = 1000;
        }
        m_account.largestDestinationMappings = m_bulk;
    }

    void generate()
    {
        Workspace ws;
        QBENCHMARK_ONCE
        {
            ws = WorkspaceGenerator::generate(m_account);
        }
        QCOMPARE(ws.mappings.size(), m_account.mappings);
        QCOMPARE(ws.mappingCountOf(1), m_bulk);
    }

    // Bulk edit of every mapping of the big destination while its table is sorted by value and
    // filtered, then undo: one command each, one model signal each.
    void bulkEditAndUndo()
    {
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(m_account));
        MappingTableModel table(&doc);
        table.setToday(m_account.referenceDate);
        table.setDestination(1);
        MappingFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.sort(MappingTableModel::ValueColumn);
        proxy.setStatusFilter(MappingFilterProxyModel::StatusFilter::Active);
        const QVector<qint64> ids = idsOf(doc.workspace(), 1);
        QCOMPARE(ids.size(), m_bulk);
        MappingBulk::Edit edit;
        edit.valuePattern = QStringLiteral("{code}");
        edit.endDate = QDate(2027, 12, 31);

        ChangeSet changes;
        const qint64 build = msOf([&] { changes = MappingBulk::edit(doc.workspace(), ids, edit); });
        const qint64 apply = msOf([&] { doc.apply(changes, QStringLiteral("bulk")); });
        QVERIFY(proxy.rowCount() > 0);
        const qint64 undo = msOf([&] { doc.undo(); });
        const qint64 redo = msOf([&] { doc.redo(); });
        doc.undo();
        qInfo("bulk edit of %d mappings: build %lld ms, apply %lld ms, undo %lld ms, redo %lld ms",
              int(ids.size()), build, apply, undo, redo);
        QBENCHMARK_ONCE
        {
            doc.apply(MappingBulk::edit(doc.workspace(), ids, edit), QStringLiteral("bulk"));
            doc.undo();
        }
        QCOMPARE(doc.workspace().mappings[doc.workspace().mappingIndex(ids.first())].endDate ==
                     QDate(2027, 12, 31),
                 false);
    }

    void bulkDeleteAndUndo()
    {
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(m_account));
        MappingTableModel table(&doc);
        table.setDestination(1);
        MappingFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.sort(MappingTableModel::SegmentNameColumn);
        const QVector<qint64> ids = idsOf(doc.workspace(), 1);
        const qint64 apply =
            msOf([&] { doc.apply(MappingBulk::remove(ids), QStringLiteral("delete")); });
        QCOMPARE(proxy.rowCount(), 0);
        const qint64 undo = msOf([&] { doc.undo(); });
        QCOMPARE(proxy.rowCount(), m_bulk);
        qInfo("bulk delete of %d mappings out of %d: apply %lld ms, undo %lld ms", int(ids.size()),
              int(doc.workspace().mappings.size()), apply, undo);
        QBENCHMARK_ONCE
        {
            doc.apply(MappingBulk::remove(ids), QStringLiteral("delete"));
            doc.undo();
        }
    }

    void bulkAddAndUndo()
    {
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(m_account));
        // A destination with few mappings gets m_bulk new segments.
        const qint64 target = 2;
        MappingTableModel table(&doc);
        table.setDestination(target);
        MappingFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.sort(MappingTableModel::SidColumn);
        QVector<qint64> sids;
        for (int i = 0; i < m_bulk; ++i)
            sids.append(doc.workspace().segments[i].sid);
        MappingBulk::AddOptions options;
        options.valuePattern = QStringLiteral("{sid}");
        const int before = table.rowCount();
        ChangeSet changes;
        const qint64 build = msOf([&] {
            changes = MappingBulk::addSegments(doc.workspace(), target, sids, options,
                                               m_account.referenceDate);
        });
        const qint64 apply = msOf([&] { doc.apply(changes, QStringLiteral("add")); });
        QVERIFY(table.rowCount() > before);
        const qint64 undo = msOf([&] { doc.undo(); });
        QCOMPARE(table.rowCount(), before);
        qInfo("bulk add of %d segments: build %lld ms, apply %lld ms, undo %lld ms",
              int(changes.addMappings.size()), build, apply, undo);
    }

    // A destination holding m_table mappings: filter by text and status, sort by each column.
    void filterAndSortLargeTable()
    {
        WorkspaceGenerator::Options options = m_account;
        options.destinations = 2;
        options.mappings = m_table;
        options.largestDestinationMappings = m_table;
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(options));
        MappingTableModel table(&doc);
        table.setToday(options.referenceDate);
        qint64 load = msOf([&] { table.setDestination(1); });
        QCOMPARE(table.rowCount(), m_table);
        MappingFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        int expired = 0;
        const qint64 firstFlags = msOf([&] {
            proxy.setStatusFilter(MappingFilterProxyModel::StatusFilter::Invalid);
            expired = proxy.rowCount();
        });
        const qint64 schedule = msOf([&] {
            proxy.setStatusFilter(MappingFilterProxyModel::StatusFilter::Expired);
            expired = proxy.rowCount();
        });
        QVERIFY(expired > 0 && expired < m_table);
        const qint64 all = msOf([&] {
            proxy.setStatusFilter(MappingFilterProxyModel::StatusFilter::All);
            QCOMPARE(proxy.rowCount(), m_table);
        });
        const qint64 text = msOf([&] {
            proxy.setFilterText(QStringLiteral("golf 1"));
            QVERIFY(proxy.rowCount() > 0);
        });
        QVERIFY(proxy.rowCount() > 0);
        proxy.setFilterText(QString());
        QString sorts;
        for (int column :
             {int(MappingTableModel::SidColumn), int(MappingTableModel::SegmentNameColumn),
              int(MappingTableModel::StartColumn), int(MappingTableModel::EndColumn),
              int(MappingTableModel::FlagsColumn)}) {
            const qint64 ms = msOf([&] { proxy.sort(column); });
            sorts += QStringLiteral(" %1:%2ms").arg(column).arg(ms);
        }
        // One cell edited while the table is sorted by flags: the caches update in place.
        proxy.sort(MappingTableModel::FlagsColumn);
        const qint64 id = table.mappingIdAt(table.rowCount() / 2);
        const qint64 edit = msOf([&] {
            doc.setMappingField(id, SegmentMapping::Value, QStringLiteral("edited"));
            QVERIFY(table.summary().rows == m_table);
        });
        qInfo("table of %d mappings: load %lld ms, invalid filter %lld ms (incl. validating "
              "every row), expired filter %lld ms, no filter %lld ms, text filter %lld ms, sort "
              "by column%s, one edit with the summary %lld ms",
              m_table, load, firstFlags, schedule, all, text, qPrintable(sorts), edit);
        QBENCHMARK_ONCE
        {
            proxy.setFilterText(QStringLiteral("tennis"));
            proxy.sort(MappingTableModel::SegmentNameColumn, Qt::DescendingOrder);
            proxy.setFilterText(QString());
            proxy.sort(MappingTableModel::SidColumn);
        }
    }

    void segmentCatalogue()
    {
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(m_account));
        SegmentCatalogModel model(&doc);
        SegmentFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        qint64 sort = msOf([&] { proxy.sort(SegmentCatalogModel::NameColumn); });
        qint64 sortCount = msOf([&] { proxy.sort(SegmentCatalogModel::DestinationsColumn); });
        qint64 filter = msOf([&] { proxy.setFilterText(QStringLiteral("golf")); });
        qInfo("catalogue of %d segments: sort by name %lld ms, by destinations %lld ms, "
              "filter %lld ms",
              int(doc.workspace().segments.size()), sort, sortCount, filter);
    }

    void csvRoundTrip()
    {
        const Workspace ws = WorkspaceGenerator::generate(m_account);
        QByteArray csv;
        const qint64 exportMs = msOf([&] { csv = MappingCsv::exportDestinations(ws, {1}); });
        MappingCsv::ImportPlan plan;
        const qint64 importMs = msOf([&] { plan = MappingCsv::planImport(ws, csv, {}); });
        QCOMPARE(plan.report.unchanged, m_bulk);
        QCOMPARE(plan.report.errors, 0);
        qInfo("CSV of %d mappings (%lld KiB): export %lld ms, import dry run %lld ms", m_bulk,
              qint64(csv.size() / 1024), exportMs, importMs);
    }

    // The real editor (table view, timeline, summary) on the big destination: select all, bulk
    // edit, undo, delete, undo, each with the event loop run until the views have caught up.
    void editorBulkEditAndUndo_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("bulk") << m_bulk;
        QTest::newRow("table") << m_table;
    }
    void editorBulkEditAndUndo()
    {
        QFETCH(int, rows);
        WorkspaceGenerator::Options options = m_account;
        options.largestDestinationMappings = rows;
        options.mappings = std::max(options.mappings, rows);
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(options));
        MappingEditor editor(&doc);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const auto settle = [&]() {
            QCoreApplication::processEvents();
            editor.view()->viewport()->repaint();
            editor.timeline()->viewport()->repaint();
        };
        const qint64 open = msOf([&] {
            editor.setDestination(1);
            settle();
        });
        editor.view()->sortByColumn(MappingTableModel::ValueColumn, Qt::AscendingOrder);
        const qint64 select = msOf([&] {
            editor.view()->selectAll();
            settle();
        });
        QCOMPARE(editor.selectedMappingIds().size(), rows);
        MappingBulk::Edit edit;
        edit.endDate = QDate(2027, 6, 30);
        edit.valuePattern = QStringLiteral("v{sid}");
        const qint64 apply = msOf([&] {
            editor.applyBulkEdit(edit);
            settle();
        });
        const qint64 undo = msOf([&] {
            doc.undo();
            settle();
        });
        const qint64 remove = msOf([&] {
            editor.deleteSelected();
            settle();
        });
        QCOMPARE(editor.tableModel()->rowCount(), 0);
        const qint64 undoRemove = msOf([&] {
            doc.undo();
            settle();
        });
        QCOMPARE(editor.tableModel()->rowCount(), rows);
        const qint64 filter = msOf([&] {
            editor.proxy()->setFilterText(QStringLiteral("golf"));
            settle();
        });
        qInfo("editor with %d mappings: open %lld ms, select all %lld ms, bulk edit %lld ms, "
              "undo %lld ms, delete all %lld ms, undo delete %lld ms, filter %lld ms",
              rows, open, select, apply, undo, remove, undoRemove, filter);
    }

    void validateWorkspace()
    {
        const Workspace ws = WorkspaceGenerator::generate(m_account);
        QVector<Finding> findings;
        const qint64 ms =
            msOf([&] { findings = Validator::validate(ws, m_account.referenceDate); });
        qInfo("validate %d mappings: %lld ms, %d findings", int(ws.mappings.size()), ms,
              int(findings.size()));
    }
};

QTEST_MAIN(BenchMappings)
#include "bench_mappings.moc"
