#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace dcsdesk;

// The three workspace models under QAbstractItemModelTester, through every kind of change, and
// their edits land on the undo stack.
class TestItemModels : public QObject
{
    Q_OBJECT

    WorkspaceDocument m_doc;

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { m_doc.reset(test::sampleWorkspace()); }

    void destinationListModel()
    {
        DestinationListModel model(&m_doc);
        model.setToday(QDate(2026, 11, 22));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(DestinationListModel::NameColumn);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 12);
        const int row = model.rowOf(2001);
        QCOMPARE(model.index(row, DestinationListModel::MappedColumn).data().toString(),
                 QStringLiteral("7 / 9")); // one expired, one future
        QCOMPARE(model.index(row, DestinationListModel::StatusColumn).data().toString(),
                 QStringLiteral("1 expired"));
        QVERIFY(model.index(model.rowOf(2006), 0)
                    .data(SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("aam_gpt")));

        QVERIFY(model.setData(model.index(row, DestinationListModel::NameColumn),
                              QStringLiteral("Renamed")));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Renamed"));
        QVERIFY(!model.setData(model.index(row, DestinationListModel::TypeColumn),
                               QStringLiteral("x")));

        QVERIFY(model.insertRows(model.rowCount(), 2));
        QCOMPARE(model.rowCount(), 14);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 13);
        // Breaking a destination updates its badge.
        m_doc.setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        const int broken = model.rowOf(2003);
        QCOMPARE(model.index(broken, 0).data(SeverityRole).toInt(), int(Finding::Severity::Error));
        while (m_doc.undoStack()->canUndo())
            m_doc.undo();
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.index(model.rowOf(2003), 0).data(SeverityRole).toInt(), -1);
    }

    void segmentCatalogModel()
    {
        SegmentCatalogModel model(&m_doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 40);
        const int row = model.rowOf(1001);
        QCOMPARE(model.index(row, SegmentCatalogModel::DestinationsColumn).data().toInt(), 3);
        QVERIFY(model.setData(model.index(row, SegmentCatalogModel::RuleColumn),
                              QStringLiteral("c_a == \"1\"")));
        QCOMPARE(m_doc.workspace().segment(1001)->rule, QStringLiteral("c_a == \"1\""));
        QVERIFY(model.setData(model.index(row, SegmentCatalogModel::StatusColumn), false));
        QCOMPARE(model.index(row, SegmentCatalogModel::StatusColumn).data().toString(),
                 QStringLiteral("Inactive"));
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(model.rowCount(), 41);
        QVERIFY(model.removeRows(model.rowOf(1001), 1)); // removes its mappings too
        QCOMPARE(model.rowCount(), 40);
        m_doc.undo();
        QCOMPARE(
            model.index(model.rowOf(1001), SegmentCatalogModel::DestinationsColumn).data().toInt(),
            3);
    }

    void mappingTableModel()
    {
        MappingTableModel model(&m_doc);
        model.setToday(QDate(2026, 11, 22));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDestination(2001);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.valueHeader(), QStringLiteral("Alias"));
        QVERIFY(!model.columnApplies(MappingTableModel::PriorityColumn));
        int expiredRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(ScheduleRole).toInt() ==
                int(SegmentMapping::Schedule::Expired))
                expiredRow = r;
        }
        QVERIFY(expiredRow >= 0);
        QVERIFY(model.index(expiredRow, MappingTableModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("expired")));

        QVERIFY(
            model.setData(model.index(0, MappingTableModel::ValueColumn), QStringLiteral("abc")));
        QCOMPARE(model.index(0, MappingTableModel::ValueColumn).data().toString(),
                 QStringLiteral("abc"));
        QVERIFY(model.setData(model.index(0, MappingTableModel::EndColumn), QDate(2025, 1, 31)));
        QVERIFY(model.index(0, MappingTableModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("expired")));
        QVERIFY(!model.setData(model.index(0, MappingTableModel::StartColumn), QDate()));

        QVERIFY(model.insertRows(model.rowCount(), 3));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.index(11, MappingTableModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("unknown segment")));
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 10);
        // A mapping moved to another destination leaves this table.
        m_doc.setMappingField(model.mappingIdAt(0), SegmentMapping::DestinationId, 2003);
        QCOMPARE(model.rowCount(), 9);
        // Mappings added elsewhere do not show here.
        model.setDestination(2007);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.columnApplies(MappingTableModel::SecondValueColumn));
        QVERIFY(model.columnApplies(MappingTableModel::PriorityColumn));
        while (m_doc.undoStack()->canUndo())
            m_doc.undo();
        model.setDestination(2001);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(0, MappingTableModel::ValueColumn).data().toString(),
                 QStringLiteral("1001"));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
