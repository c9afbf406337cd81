#include "itemmodels/destinationfilterproxymodel.h"
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

    // The status is the worst finding of the destination AND its mappings, counted, listed
    // with segment names in the tooltip, and filterable; counts are of distinct segments.
    void destinationStatusCoversMappings()
    {
        DestinationListModel model(&m_doc);
        model.setToday(QDate(2026, 11, 22));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Destination d;
        d.id = 9001;
        d.name = QStringLiteral("Status pixel");
        d.type = Destination::Type::Url;
        d.urlFormat = QStringLiteral("https://px.example.com/?s=%ALIAS%");
        d.secureUrlFormat = d.urlFormat;
        SegmentMapping flight;
        flight.id = 90001;
        flight.destinationId = d.id;
        flight.sid = 1001;
        flight.value = QStringLiteral("https://px.example.com/golf");
        flight.startDate = QDate(2026, 1, 1);
        ChangeSet add;
        add.addDestinations = {d};
        add.addMappings = {flight};
        m_doc.apply(add, QStringLiteral("add"));
        const int row = model.rowOf(d.id);
        const auto status = [&]() {
            return model.index(row, DestinationListModel::StatusColumn).data().toString();
        };
        const auto level = [&]() {
            return DestinationListModel::StatusLevel(
                model.index(row, 0).data(StatusLevelRole).toInt());
        };
        const auto tip = [&]() {
            return model.index(row, DestinationListModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString();
        };
        QCOMPARE(status(), QStringLiteral("OK"));
        QCOMPARE(level(), DestinationListModel::StatusLevel::Ok);
        QCOMPARE(model.index(row, DestinationListModel::MappedColumn).data().toString(),
                 QStringLiteral("1 / 1"));

        // A second, overlapping flight: one segment, two mappings, warnings (not "OK").
        SegmentMapping second = flight;
        second.id = 90002;
        second.startDate = QDate(2026, 6, 1);
        second.endDate = QDate(2026, 12, 31);
        ChangeSet more;
        more.addMappings = {second};
        m_doc.apply(more, QStringLiteral("flight"));
        QCOMPARE(level(), DestinationListModel::StatusLevel::Warning);
        QVERIFY2(status().startsWith(QStringLiteral("2 warning")), qPrintable(status()));
        QCOMPARE(model.index(row, DestinationListModel::MappedColumn).data().toString(),
                 QStringLiteral("1 / 1")); // distinct segments, not mappings
        QVERIFY2(model.index(row, DestinationListModel::MappedColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("2 mapping")),
                 qPrintable(model.index(row, DestinationListModel::MappedColumn)
                                .data(Qt::ToolTipRole)
                                .toString()));
        QVERIFY2(tip().contains(QStringLiteral("segment 1001 “Golf enthusiasts”")),
                 qPrintable(tip()));

        // An invalid mapping value makes it an error, named by its segment.
        m_doc.setMappingField(90002, SegmentMapping::Value, QStringLiteral("px.example.com/x"));
        QCOMPARE(level(), DestinationListModel::StatusLevel::Error);
        QVERIFY2(status().startsWith(QStringLiteral("1 error")), qPrintable(status()));
        QVERIFY2(tip().contains(QStringLiteral("(mapping 90002)")), qPrintable(tip()));
        QCOMPARE(model.index(row, 0).data(SeverityRole).toInt(), int(Finding::Severity::Error));

        DestinationFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setStatusFilter(int(DestinationListModel::StatusLevel::Error));
        QVERIFY(proxy.rowCount() >= 1);
        bool found = false;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            QCOMPARE(proxy.index(r, 0).data(StatusLevelRole).toInt(),
                     int(DestinationListModel::StatusLevel::Error));
            found = found || proxy.index(r, 0).data(KeyRole).toLongLong() == d.id;
        }
        QVERIFY(found);
        proxy.setStatusFilter(DestinationFilterProxyModel::NeedsAttention);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(StatusLevelRole).toInt() != 0);
        proxy.setStatusFilter(int(DestinationListModel::StatusLevel::Ok));
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(StatusLevelRole).toInt(), 0);

        // Only expired mappings left: "expired", a level of its own.
        ChangeSet expire;
        SegmentMapping past = flight;
        past.endDate = QDate(2026, 3, 1);
        expire.updateMappings = {past};
        expire.removeMappings = {90002};
        m_doc.apply(expire, QStringLiteral("expire"));
        QCOMPARE(level(), DestinationListModel::StatusLevel::Expired);
        QCOMPARE(status(), QStringLiteral("1 expired"));
        QCOMPARE(model.index(row, DestinationListModel::MappedColumn).data().toString(),
                 QStringLiteral("0 / 1"));
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
