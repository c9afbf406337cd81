#include "csv/csv.h"
#include "csv/mappingcsv.h"
#include "itemmodels/importreportmodel.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "mappings/mappingbulk.h"
#include "mappingworkspace.h"
#include "segments/segmentimport.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacegenerator.h"
#include "workspace/workspaceserializer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace dcsdesk;

using Result = ImportReportRow::Result;

// The model side of the mapping editor: CSV reading and writing, the import dry run with its
// per-row results, bulk actions as one undo step, the filter proxies under model testers and the
// workspace generator.
class TestMappingModels : public QObject
{
    Q_OBJECT

    static Workspace withMappings()
    {
        Workspace ws = test::mappingWorkspace(20);
        qint64 id = 1;
        for (int i = 1; i <= 10; ++i) {
            SegmentMapping m;
            m.id = id++;
            m.destinationId = 10;
            m.sid = 5000 + i;
            m.value = QString::number(m.sid);
            m.startDate = QDate(2026, 1, 1);
            ws.mappings.append(m);
        }
        SegmentMapping c;
        c.id = id++;
        c.destinationId = 20;
        c.sid = 5001;
        c.value = QStringLiteral("code_1");
        c.startDate = QDate(2026, 1, 1);
        c.priority = 2;
        ws.mappings.append(c);
        ws.rebuildIndex();
        return ws;
    }

    static const ImportReportRow &rowAtLine(const ImportReport &report, int line)
    {
        for (const ImportReportRow &row : report.rows) {
            if (row.line == line)
                return row;
        }
        static ImportReportRow none;
        return none;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // --- CSV ------------------------------------------------------------------------------

    void csvQuotedFields()
    {
        const QByteArray bytes = "a,\"b,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,,\"\"\n";
        const CsvTable t = Csv::parse(bytes);
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.records.size(), 2);
        // Issue 15 (7): a quoted field's line break is kept as written, CRLF or LF or CR.
        QCOMPARE(t.records[0], (QStringList{"a", "b,1", "say \"hi\"", "two\r\nlines"}));
        QCOMPARE(t.records[1], (QStringList{"x", "", ""}));
        QCOMPARE(t.lines, (QVector<int>{1, 3}));
        const CsvTable breaks = Csv::parse("\"cr\rend\",\"lf\nend\",\"crlf\r\nend\"\nnext\n");
        QCOMPARE(breaks.records[0], (QStringList{"cr\rend", "lf\nend", "crlf\r\nend"}));
        QCOMPARE(breaks.lines, (QVector<int>{1, 5}));
        QCOMPARE(Csv::parse(Csv::write(breaks.records, QLatin1Char(','), false)).records,
                 breaks.records);
    }

    void csvDelimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b;c,d\n1,2,3\n") << ",";
        QTest::newRow("semicolon") << QByteArray("a;b;c,d\n1;2;3\n") << ";";
        QTest::newRow("tab") << QByteArray("a\tb\tc\n") << "\t";
        QTest::newRow("quoted semicolons ignored") << QByteArray("\"x;y;z\",b,c\n") << ",";
        QTest::newRow("excel sep line") << QByteArray("sep=;\na,b;c\n") << ";";
    }
    void csvDelimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        const CsvTable t = Csv::parse(bytes);
        QCOMPARE(QString(t.delimiter), delimiter);
        QVERIFY(t.records.first().size() >= 2);
        QVERIFY(!t.records.first().first().startsWith(QLatin1String("sep=")));
    }

    void csvEncodings()
    {
        // UTF-8 with BOM.
        CsvTable t = Csv::parse(QByteArray("\xEF\xBB\xBFname\nM\xC3\xBCller\n"));
        QVERIFY(t.hadBom);
        QCOMPARE(t.records[0][0], QStringLiteral("name"));
        QCOMPARE(t.records[1][0], QStringLiteral("Müller"));
        // UTF-16 LE with BOM (Excel's "Unicode text").
        const QString text = QStringLiteral("a\tb\nü\t2\n");
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        t = Csv::parse(utf16);
        QCOMPARE(t.encoding, CsvTable::Encoding::Utf16);
        QCOMPARE(QString(t.delimiter), QStringLiteral("\t"));
        QCOMPARE(t.records[1][0], QStringLiteral("ü"));
        // Issue 15 (7): not UTF-8 is refused with the line, never read as another charset.
        t = Csv::parse(QByteArray("name\nAnna\nM\xFCller\n"));
        QVERIFY(t.records.isEmpty());
        QCOMPARE(t.errorLine, 3);
        QVERIFY2(t.error.contains(QStringLiteral("Line 3")) &&
                     t.error.contains(QStringLiteral("0xFC")),
                 qPrintable(t.error));
        // Binary garbage is refused.
        t = Csv::parse(QByteArray("a,b\n\0\0\0", 7));
        QVERIFY(!t.error.isEmpty());
    }

    void csvUnterminatedQuote()
    {
        const CsvTable t = Csv::parse("a,b\n1,\"open\n2,3\n");
        QVERIFY(!t.error.isEmpty());
        QCOMPARE(t.errorLine, 2);
    }

    void csvWriteRoundTrip()
    {
        const QVector<QStringList> records = {{"id", "value"},
                                              {"1", "plain"},
                                              {"2", "with, comma"},
                                              {"3", "with \"quotes\""},
                                              {"4", "two\nlines"},
                                              {"5", " edge spaces "},
                                              {"6", "=HYPERLINK(\"x\")"},
                                              {"7", "-5"},
                                              {"8", "ümlaut €"}};
        for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
            const QByteArray bytes = Csv::write(records, delimiter);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.contains("\r\n"));
            QVERIFY(bytes.contains("'=HYPERLINK")); // a spreadsheet does not run it
            const CsvTable t = Csv::parse(bytes);
            QCOMPARE(t.delimiter, delimiter);
            QCOMPARE(t.records, records);
        }
    }

    // A negative number is data, not a formula: written as it is, so a spreadsheet reads a number
    // (the batch export once wrote dcs_region -1 as '-1). Real formulas are still guarded, a text
    // starting with an apostrophe survives, and files written before ('-1) still read as -1.
    void csvNumbersStayNumbers()
    {
        const QVector<QStringList> records = {
            {"n", "text"}, {"-1", "-1+cmd|' /C calc'!A0"}, {"+3.5", "'-1"}, {"-2e3", "@SUM(A1)"},
            {"-.5", "-"},
        };
        const QByteArray bytes = Csv::write(records, QLatin1Char(','), false);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains("\r\n-1,'-1+cmd"), bytes.constData());
        QVERIFY(bytes.contains("\r\n+3.5,''-1\r\n"));
        QVERIFY(bytes.contains("\r\n-2e3,'@SUM"));
        QVERIFY(bytes.contains("\r\n-.5,'-\r\n"));
        QCOMPARE(Csv::parse(bytes).records, records);
        QCOMPARE(Csv::parse("n\r\n'-1\r\n").records.at(1).at(0), QStringLiteral("-1"));
    }

    // --- Mapping CSV ----------------------------------------------------------------------

    void exportColumns()
    {
        const Workspace ws = withMappings();
        const CsvTable t = Csv::parse(MappingCsv::exportDestinations(ws, {20}));
        QCOMPARE(t.records.size(), 2);
        QCOMPARE(t.records[0], MappingCsv::headers());
        QCOMPARE(t.records[1], (QStringList{"20", "Single cookie", "5001", "Segment 1", "code_1",
                                            "", "2026-01-01", "", "2"}));
        // All destinations, in workspace order.
        QCOMPARE(Csv::parse(MappingCsv::exportDestinations(ws, {})).records.size(), 12);
    }

    void roundTripUnchanged()
    {
        const Workspace ws = withMappings();
        for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
            const QByteArray bytes = MappingCsv::exportDestinations(ws, {}, delimiter);
            const MappingCsv::ImportPlan plan = MappingCsv::planImport(ws, bytes, {});
            QVERIFY2(plan.report.fileError.isEmpty(), qPrintable(plan.report.fileError));
            QCOMPARE(plan.report.unchanged, 11);
            QCOMPARE(plan.report.errors, 0);
            QVERIFY(plan.changes.isEmpty());
            QVERIFY(plan.complete());
        }
    }

    void importAddsAndUpdates()
    {
        const Workspace ws = withMappings();
        QByteArray csv = "Destination ID;Destination Name;Segment ID;Segment Name;Mapping Value;"
                         "Second Value;Start Date;End Date;Priority\r\n"
                         "10;Serialized URL;5001;Segment 1;5001;;2026-01-01;2026-06-30;\r\n"
                         "10;Serialized URL;5002;Segment 2;renamed;;2026-01-01;;\r\n"
                         "10;Serialized URL;5015;Segment 15;5015;;2026-02-01;never;\r\n"
                         "20;Single cookie;5001;;code_1;;2026-01-01;;3\r\n";
        const MappingCsv::ImportPlan plan = MappingCsv::planImport(ws, csv, {});
        QVERIFY(plan.complete());
        QCOMPARE(plan.report.updated, 3);
        QCOMPARE(plan.report.added, 1);
        QCOMPARE(rowAtLine(plan.report, 2).result, Result::Updated);
        QVERIFY(rowAtLine(plan.report, 2).details.contains(QLatin1String("2026-06-30")));
        QVERIFY(rowAtLine(plan.report, 3).details.contains(QLatin1String("renamed")));
        QCOMPARE(rowAtLine(plan.report, 4).result, Result::Added);
        QCOMPARE(rowAtLine(plan.report, 5).result, Result::Updated);
        QCOMPARE(plan.changes.addMappings.size(), 1);
        QCOMPARE(plan.changes.addMappings[0].id, ws.nextMappingId());
        QVERIFY(!plan.changes.addMappings[0].endDate.isValid());

        // Applied as one undo step; undo restores the workspace exactly.
        WorkspaceDocument doc;
        doc.reset(ws);
        const QByteArray before = WorkspaceSerializer::toJson(doc.workspace());
        doc.apply(plan.changes, QStringLiteral("import"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.workspace().mappings.size(), 12);
        const int i = doc.workspace().mappingIndex(1);
        QCOMPARE(doc.workspace().mappings[i].endDate, QDate(2026, 6, 30));
        doc.undo();
        QCOMPARE(WorkspaceSerializer::toJson(doc.workspace()), before);
    }

    void importStartDateChangeIsAnUpdate()
    {
        const Workspace ws = withMappings();
        const QByteArray csv = "Destination ID,Segment ID,Mapping Value,Start Date\n"
                               "10,5003,5003,2026-03-01\n";
        const MappingCsv::ImportPlan plan = MappingCsv::planImport(ws, csv, {});
        QCOMPARE(plan.report.updated, 1);
        QCOMPARE(plan.changes.updateMappings.first().startDate, QDate(2026, 3, 1));
        QCOMPARE(plan.changes.updateMappings.first().id, 3);
    }

    void importErrors()
    {
        const Workspace ws = withMappings();
        MappingCsv::ImportOptions options;
        options.onlyDestination = 10;
        const QByteArray csv =
            "\xEF\xBB\xBF"
            "Destination ID,Destination Name,Segment ID,Segment Name,Mapping Value,Second Value,"
            "Start Date,End Date,Priority\n"
            "10,Serialized URL,5001,,5001,,31/31/2026,,\n"           // 2 bad start date
            "10,Serialized URL,5002,,5002,,2026-01-01,soon,\n"       // 3 bad end date
            "10,Serialized URL,9999,,9999,,2026-01-01,,\n"           // 4 unknown segment
            "20,Single cookie,5003,,x,,2026-01-01,,\n"               // 5 wrong destination
            "77,Nowhere,5003,,x,,2026-01-01,,\n"                     // 6 unknown destination
            "10,Serialized URL,5016,,5016,,2026-01-01,,\n"           // 7 fine (added)
            "10,Serialized URL,5016,,5016,,2026-01-01,,\n"           // 8 duplicated row
            "10;Serialized URL;5017;;5017;;2026-01-01;;\n"           // 9 other delimiter
            "10,Serialized URL,5018,,,,2026-01-01,,\n"               // 10 empty value
            "10,Serialized URL,5019,,5019,,2026-05-01,2026-04-01,\n" // 11 end before start
            "10,Serialized URL,5020,,5020,x,2026-01-01,,3\n"         // 12 priority + second value
            "10,Serialized URL,abc,,1,,2026-01-01,,\n"               // 13 sid not a number
            "10,Serialized URL,5004,,5004,,2026-01-01\n";            // 14 missing fields
        const MappingCsv::ImportPlan plan = MappingCsv::planImport(ws, csv, options);
        const ImportReport &r = plan.report;
        QVERIFY(r.fileError.isEmpty());
        QCOMPARE(r.rows.size(), 13);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.errors, 12);
        QVERIFY(!plan.complete());
        QCOMPARE(plan.changes.addMappings.size(), 1); // only the valid row, if ever applied
        const auto expect = [&](int line, const char *needle) {
            const ImportReportRow &row = rowAtLine(r, line);
            QVERIFY2(row.result == Result::Error, qPrintable(QString::number(line)));
            QVERIFY2(row.details.contains(QLatin1String(needle), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("line %1: %2").arg(line).arg(row.details)));
        };
        expect(2, "start date");
        expect(3, "end date");
        expect(4, "not in the segment catalog");
        expect(5, "you are importing into destination 10");
        expect(6, "Destination 77 does not exist");
        QCOMPARE(rowAtLine(r, 7).result, Result::Added);
        expect(8, "Same as line 7");
        expect(9, "semicolon");
        expect(10, "empty");
        expect(11, "before the start date");
        expect(12, "cookie destinations have a priority");
        expect(12, "second value");
        expect(13, "not a positive number");
        expect(14, "fields");
    }

    void importFileErrors()
    {
        const Workspace ws = withMappings();
        QVERIFY(!MappingCsv::planImport(ws, QByteArray(), {}).report.fileError.isEmpty());
        const auto missing =
            MappingCsv::planImport(ws, "Destination ID,Value\n10,1\n", {}).report.fileError;
        QVERIFY(missing.contains(QLatin1String("Segment ID")));
        QVERIFY(missing.contains(QLatin1String("Start Date")));
        const auto plan = MappingCsv::planImport(
            ws, "sid,mapping,startDate,dataOrderId,colour\n5001,5001,2026-01-01,10,red\n", {});
        QCOMPARE(plan.report.unchanged, 1); // REST names accepted, unknown column noted
        QVERIFY(plan.report.notes.join(QString()).contains(QLatin1String("colour")));
    }

    void importDuplicateStartDates()
    {
        const Workspace ws = withMappings();
        const QByteArray csv = "Destination ID,Segment ID,Mapping Value,Start Date,End Date\n"
                               "10,5018,a,2026-01-01,2026-02-01\n"
                               "10,5018,b,2026-01-01,\n"
                               "10,5018,c,2026-03-01,\n";
        const auto plan = MappingCsv::planImport(ws, csv, {});
        QCOMPARE(plan.report.added, 2);
        QCOMPARE(plan.report.errors, 1);
        QVERIFY(rowAtLine(plan.report, 3).details.contains(QLatin1String("Line 2")));
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << "2026-03-31" << QDate(2026, 3, 31);
        QTest::newRow("short iso") << "2026-3-1" << QDate(2026, 3, 1);
        QTest::newRow("slashes") << "2026/03/31" << QDate(2026, 3, 31);
        QTest::newRow("dots") << "2026.03.31" << QDate(2026, 3, 31);
        QTest::newRow("with time") << "2026-03-31 00:00:00" << QDate(2026, 3, 31);
        QTest::newRow("iso time") << "2026-03-31T12:30:00Z" << QDate(2026, 3, 31);
        QTest::newRow("us locale") << "3/31/2026" << QDate(2026, 3, 31);
        QTest::newRow("garbage") << "soon" << QDate();
        QTest::newRow("impossible") << "2026-02-30" << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(MappingCsv::parseDate(text), date);
    }

    // --- Bulk actions ----------------------------------------------------------------------

    void patterns()
    {
        const Workspace ws = test::mappingWorkspace(3);
        SegmentMapping m;
        m.sid = 5002;
        m.value = QStringLiteral("old");
        const Segment *s = ws.segment(5002);
        QCOMPARE(MappingBulk::expandPattern(QStringLiteral("{sid}"), m, s), QStringLiteral("5002"));
        QCOMPARE(MappingBulk::expandPattern(QStringLiteral("x-{code}-{SID}-{value}-{nope}"), m, s),
                 QStringLiteral("x-code_2-5002-old-{nope}"));
        QCOMPARE(MappingBulk::expandPattern(QStringLiteral("{name} {"), m, s),
                 QStringLiteral("Segment 2 {"));
        QCOMPARE(MappingBulk::defaultValuePattern(*ws.destination(10)), QStringLiteral("{sid}"));
        QCOMPARE(MappingBulk::defaultValuePattern(*ws.destination(20)), QStringLiteral("{code}"));
        QCOMPARE(MappingBulk::defaultValuePattern(*ws.destination(30)), QString());
        QCOMPARE(MappingBulk::defaultValuePattern(*ws.destination(40)),
                 QStringLiteral("https://pixel.example.com/p?seg={code}"));
    }

    void bulkAddEditDelete()
    {
        WorkspaceDocument doc;
        doc.reset(test::mappingWorkspace(60));
        QVector<qint64> sids;
        for (int i = 1; i <= 50; ++i)
            sids.append(5000 + i);
        sids.append(5001); // twice in the request: added once
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        ChangeSet changes =
            MappingBulk::addSegments(doc.workspace(), 10, sids, add, QDate(2026, 1, 1));
        QCOMPARE(changes.addMappings.size(), 50);
        doc.apply(changes, QStringLiteral("add"));
        QCOMPARE(doc.workspace().mappingCountOf(10), 50);
        QCOMPARE(doc.workspace().mappings.first().value, QStringLiteral("5001"));
        QCOMPARE(doc.workspace().mappings.first().startDate, QDate(2026, 1, 1));
        // Already mapped segments are skipped.
        QVERIFY(
            MappingBulk::addSegments(doc.workspace(), 10, {5001, 5002}, add, QDate()).isEmpty());

        QVector<qint64> ten;
        for (int i = 0; i < 10; ++i)
            ten.append(doc.workspace().mappings[i].id);
        MappingBulk::Edit edit;
        edit.endDate = QDate(2026, 12, 31);
        edit.valuePattern = QStringLiteral("s{value}");
        edit.priority = 4; // not a cookie: ignored
        changes = MappingBulk::edit(doc.workspace(), ten, edit);
        QCOMPARE(changes.updateMappings.size(), 10);
        doc.apply(changes, QStringLiteral("edit"));
        QCOMPARE(doc.workspace().mappings[0].endDate, QDate(2026, 12, 31));
        QCOMPARE(doc.workspace().mappings[0].value, QStringLiteral("s5001"));
        QCOMPARE(doc.workspace().mappings[0].priority, 0);
        QVERIFY(!doc.workspace().mappings[10].endDate.isValid());
        // "Never" is a value too.
        MappingBulk::Edit never;
        never.endDate = QDate();
        QCOMPARE(MappingBulk::edit(doc.workspace(), ten, never).updateMappings.size(), 10);
        // Nothing to set, nothing to do.
        QVERIFY(MappingBulk::edit(doc.workspace(), ten, MappingBulk::Edit()).isEmpty());

        doc.apply(MappingBulk::remove(ten), QStringLiteral("delete"));
        QCOMPARE(doc.workspace().mappingCountOf(10), 40);
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undo();
        doc.undo();
        QCOMPARE(doc.workspace().mappings[0].value, QStringLiteral("5001"));
        QVERIFY(!doc.workspace().mappings[0].endDate.isValid());
    }

    void multiKeyAndCookieFields()
    {
        const Workspace ws = test::mappingWorkspace(5);
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("interest");
        add.secondValuePattern = QStringLiteral("{code}");
        add.priority = 2;
        const ChangeSet multi = MappingBulk::addSegments(ws, 30, {5001, 5002}, add, QDate());
        QCOMPARE(multi.addMappings[1].value, QStringLiteral("interest"));
        QCOMPARE(multi.addMappings[1].secondValue, QStringLiteral("code_2"));
        QCOMPARE(multi.addMappings[1].priority, 2);
        QCOMPARE(multi.addMappings[1].startDate, QDate::currentDate());
        const ChangeSet url = MappingBulk::addSegments(ws, 10, {5001}, add, QDate());
        QCOMPARE(url.addMappings[0].secondValue, QString());
        QCOMPARE(url.addMappings[0].priority, 0);
    }

    // Removing and restoring scattered items keeps the original order exactly.
    void bulkDeleteRestoresOrder()
    {
        WorkspaceGenerator::Options options;
        options.destinations = 5;
        options.segments = 100;
        options.mappings = 2000;
        options.largestDestinationMappings = 600;
        options.referenceDate = QDate(2026, 1, 1);
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(options));
        const QByteArray before = WorkspaceSerializer::toJson(doc.workspace());
        QVector<qint64> ids;
        for (int i = 0; i < doc.workspace().mappings.size(); i += 3)
            ids.append(doc.workspace().mappings[i].id);
        doc.apply(MappingBulk::remove(ids), QStringLiteral("delete"));
        QCOMPARE(doc.workspace().mappings.size(), 2000 - ids.size());
        doc.undo();
        QCOMPARE(WorkspaceSerializer::toJson(doc.workspace()), before);
        doc.redo();
        QCOMPARE(doc.workspace().mappings.size(), 2000 - ids.size());
    }

    void generatorIsDeterministic()
    {
        WorkspaceGenerator::Options options;
        options.destinations = 50;
        options.segments = 500;
        options.mappings = 3000;
        options.largestDestinationMappings = 400;
        options.referenceDate = QDate(2026, 1, 1);
        const Workspace a = WorkspaceGenerator::generate(options);
        const Workspace b = WorkspaceGenerator::generate(options);
        QCOMPARE(WorkspaceSerializer::toJson(a), WorkspaceSerializer::toJson(b));
        QCOMPARE(a.segments.size(), 500);
        QCOMPARE(a.destinations.size(), 50);
        QCOMPARE(a.mappings.size(), 3000);
        QCOMPARE(a.mappingCountOf(1), 400);
        int s2s = 0;
        for (const Destination &d : a.destinations)
            s2s += d.type == Destination::Type::ServerToServer;
        QVERIFY(s2s <= 100);
        for (const Segment &s : a.segments)
            QVERIFY(!s.rule.isEmpty());
        options.seed = 2;
        QVERIFY(WorkspaceSerializer::toJson(WorkspaceGenerator::generate(options)) !=
                WorkspaceSerializer::toJson(a));
    }

    // --- Proxies and models ---------------------------------------------------------------

    void mappingProxy()
    {
        WorkspaceDocument doc;
        Workspace ws = withMappings();
        ws.mappings[2].endDate = QDate(2026, 1, 31);  // expired on 2026-03-01
        ws.mappings[3].startDate = QDate(2026, 6, 1); // future
        ws.mappings[4].value.clear();                 // invalid
        ws.mappings[5].sid = 5001;                    // duplicate of mapping 1
        doc.reset(ws);
        MappingTableModel table(&doc);
        table.setToday(QDate(2026, 3, 1));
        table.setDestination(10);
        MappingFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 10);
        using F = MappingFilterProxyModel::StatusFilter;
        proxy.setStatusFilter(F::Expired);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(F::Future);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(F::Invalid);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(F::Flagged);
        QCOMPARE(proxy.rowCount(), 5); // expired, future, invalid, two duplicates
        proxy.setStatusFilter(F::Active);
        QCOMPARE(proxy.rowCount(), 8);
        proxy.setStatusFilter(F::All);
        proxy.setFilterText(QStringLiteral("segment 1"));
        QCOMPARE(proxy.rowCount(), 3); // Segment 1 (twice) and Segment 10
        proxy.setFilterText(QStringLiteral("code_7"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());

        // Sorting by every column agrees with SortRole.
        for (int column = 0; column < MappingTableModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            for (int r = 1; r < proxy.rowCount(); ++r) {
                const QModelIndex a = proxy.mapToSource(proxy.index(r - 1, column));
                const QModelIndex b = proxy.mapToSource(proxy.index(r, column));
                QVERIFY2(!table.rowLessThan(b.row(), a.row(), column),
                         qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
            }
        }
        proxy.sort(MappingTableModel::EndColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, MappingTableModel::EndColumn).data(Qt::EditRole).toDate(),
                 QDate(2026, 1, 31)); // "never" sorts last

        // Edits through the proxy, a large bulk edit (layout change path), undo.
        proxy.sort(MappingTableModel::ValueColumn);
        QVERIFY(
            proxy.setData(proxy.index(0, MappingTableModel::ValueColumn), QStringLiteral("zz")));
        QCOMPARE(
            proxy.index(proxy.rowCount() - 1, MappingTableModel::ValueColumn).data().toString(),
            QStringLiteral("zz"));
        QVector<qint64> ids;
        for (int r = 0; r < table.rowCount(); ++r)
            ids.append(table.mappingIdAt(r));
        MappingBulk::Edit edit;
        edit.endDate = QDate(2025, 1, 1);
        proxy.setStatusFilter(F::Expired);
        doc.apply(MappingBulk::edit(doc.workspace(), ids, edit), QStringLiteral("bulk"));
        QCOMPARE(proxy.rowCount(), 9); // the future one ends before it starts: not "expired"
        doc.undo();
        QCOMPARE(proxy.rowCount(), 1);
    }

    // Edits of single rows update the cached findings in place; they must equal a full
    // validation after every step (duplicates appearing and disappearing, overlaps, sids moving).
    void incrementalFindingsMatchFullValidation()
    {
        WorkspaceDocument doc;
        doc.reset(withMappings());
        MappingTableModel table(&doc);
        table.setToday(QDate(2026, 3, 1));
        table.setDestination(10);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto check = [&](const char *step) {
            MappingTableModel fresh(&doc);
            fresh.setToday(QDate(2026, 3, 1));
            fresh.setDestination(10);
            QCOMPARE(fresh.rowCount(), table.rowCount());
            for (int r = 0; r < table.rowCount(); ++r) {
                QStringList live = table.index(r, 0).data(FindingsRole).toStringList();
                QStringList full = fresh.index(r, 0).data(FindingsRole).toStringList();
                live.sort();
                full.sort();
                QVERIFY2(live == full, qPrintable(QStringLiteral("%1, row %2: %3 vs %4")
                                                      .arg(QLatin1String(step))
                                                      .arg(r)
                                                      .arg(live.join(QLatin1Char('|')),
                                                           full.join(QLatin1Char('|')))));
                QCOMPARE(table.index(r, 0).data(SearchTextRole),
                         fresh.index(r, 0).data(SearchTextRole));
            }
            QCOMPARE(table.summary().flagged, fresh.summary().flagged);
        };
        QVERIFY(table.index(0, 0).data(FindingsRole).toStringList().isEmpty()); // caches built
        table.sort(0); // no-op for the table itself, keeps the tester busy
        QVERIFY(table.rowLessThan(0, 1, MappingTableModel::SidColumn));
        doc.setMappingField(2, SegmentMapping::Sid, 5001); // duplicate of row 0
        check("duplicate");
        doc.setMappingField(2, SegmentMapping::EndDate, QDate(2026, 1, 15));
        doc.setMappingField(1, SegmentMapping::StartDate, QDate(2026, 2, 1));
        doc.setMappingField(1, SegmentMapping::EndDate, QDate(2026, 4, 1));
        check("dates");
        doc.setMappingField(3, SegmentMapping::Sid, 5001); // three in one group
        check("triple");
        doc.setMappingField(2, SegmentMapping::Sid, 5003); // leaves the group again
        check("moved away");
        doc.setMappingField(4, SegmentMapping::Value, QString());
        check("empty value");
        QVERIFY(table.rowLessThan(table.rowOfMapping(5), table.rowOfMapping(4),
                                  MappingTableModel::ValueColumn) == false);
        doc.undo();
        doc.undo();
        check("undo");
        doc.redo();
        check("redo");
    }

    // A new workspace resets segments before mappings: the sorted table must not look at its old
    // rows in between.
    void workspaceReplacedWhileSorted()
    {
        WorkspaceDocument doc;
        doc.reset(withMappings());
        MappingTableModel table(&doc);
        table.setDestination(10);
        MappingFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.sort(MappingTableModel::SidColumn);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 10);
        doc.reset(Workspace());
        QCOMPARE(proxy.rowCount(), 0);
        doc.reset(withMappings());
        QCOMPARE(proxy.rowCount(), 10);
    }

    // Thousands of rows changed at once go through the layout-change path; the proxy stays right.
    void largeChangeKeepsProxyConsistent()
    {
        WorkspaceGenerator::Options options;
        options.destinations = 3;
        options.segments = 3000;
        options.mappings = 9000;
        options.largestDestinationMappings = 8000;
        options.referenceDate = QDate(2026, 1, 1);
        WorkspaceDocument doc;
        doc.reset(WorkspaceGenerator::generate(options));
        MappingTableModel table(&doc);
        table.setToday(options.referenceDate);
        table.setDestination(1);
        MappingFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.sort(MappingTableModel::EndColumn);
        proxy.setStatusFilter(MappingFilterProxyModel::StatusFilter::Expired);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy layout(&table, &QAbstractItemModel::layoutChanged);
        const int expiredBefore = proxy.rowCount();
        QVector<qint64> ids;
        for (int r = 0; r < table.rowCount(); r += 2)
            ids.append(table.mappingIdAt(r));
        MappingBulk::Edit edit;
        edit.endDate = QDate(2025, 6, 1);
        edit.startDate = QDate(2024, 1, 1);
        doc.apply(MappingBulk::edit(doc.workspace(), ids, edit), QStringLiteral("bulk"));
        QCOMPARE(layout.count(), 1);
        int expected = 0;
        for (int r = 0; r < table.rowCount(); ++r)
            expected += table.index(r, 0).data(ScheduleRole).toInt() ==
                        int(SegmentMapping::Schedule::Expired);
        QCOMPARE(proxy.rowCount(), expected);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, MappingTableModel::EndColumn).data(Qt::EditRole).toDate() <=
                    proxy.index(r, MappingTableModel::EndColumn).data(Qt::EditRole).toDate());
        doc.undo();
        QCOMPARE(proxy.rowCount(), expiredBefore);
        // A large append resets instead of inserting row by row.
        QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
        QVector<qint64> sids;
        for (const Segment &s : doc.workspace().segments)
            sids.append(s.sid);
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        add.skipMapped = false;
        add.startDate = QDate(2020, 1, 1);
        add.endDate = QDate(2020, 2, 1);
        doc.apply(MappingBulk::addSegments(doc.workspace(), 1, sids, add, QDate()),
                  QStringLiteral("add"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(proxy.rowCount(), expiredBefore + 3000);
    }

    void segmentProxyPicker()
    {
        WorkspaceDocument doc;
        doc.reset(withMappings());
        SegmentCatalogModel catalog(&doc);
        SegmentFilterProxyModel proxy;
        proxy.setSourceModel(&catalog);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 20);
        proxy.setFilterText(QStringLiteral("segment 1"));
        QCOMPARE(proxy.rowCount(), 11); // 1 and 10..19
        proxy.setFilterText(QString());
        proxy.setStatusFilter(SegmentFilterProxyModel::StatusFilter::Unmapped);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setStatusFilter(SegmentFilterProxyModel::StatusFilter::All);
        proxy.sort(SegmentCatalogModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SegmentCatalogModel::NameColumn).data().toString(),
                 QStringLiteral("Segment 9"));

        proxy.setCheckable(true);
        QSet<qint64> mapped;
        for (int i = 1; i <= 10; ++i)
            mapped.insert(5000 + i);
        proxy.setExcludedSids(mapped);
        QSignalSpy count(&proxy, &SegmentFilterProxyModel::checkedCountChanged);
        const QModelIndex excluded = proxy.index(proxy.rowCount() - 1, 0); // Segment 1
        QCOMPARE(excluded.data(KeyRole).toLongLong(), 5001);
        QVERIFY(!(proxy.flags(excluded) & Qt::ItemIsEnabled));
        QVERIFY(!proxy.setData(excluded, Qt::Checked, Qt::CheckStateRole));
        proxy.setAllShownChecked(true);
        QCOMPARE(proxy.checkedCount(), 10);
        QCOMPARE(count.last().first().toInt(), 10);
        proxy.setHideExcluded(true);
        QCOMPARE(proxy.rowCount(), 10);
        QVERIFY(proxy.setData(proxy.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(proxy.checkedCount(), 9);
        const QVector<qint64> checked = proxy.checkedSids();
        QCOMPARE(checked.size(), 9);
        QVERIFY(std::is_sorted(checked.begin(), checked.end())); // catalogue order
        QVERIFY(!(proxy.flags(proxy.index(0, 1)) & Qt::ItemIsEditable));
    }

    void importReportModel()
    {
        const Workspace ws = withMappings();
        const auto plan = MappingCsv::planImport(
            ws,
            "Destination ID,Segment ID,Mapping Value,Start Date\n10,5001,5001,2026-01-01\n"
            "10,9999,1,2026-01-01\n",
            {});
        ImportReportModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(plan.report);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), plan.report.columns.size() + 3);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(1, 0).data(SeverityRole).toInt(), int(Finding::Severity::Error));
        QVERIFY(model.index(1, model.detailsColumn())
                    .data()
                    .toString()
                    .contains(QLatin1String("9999")));
        const CsvTable saved = Csv::parse(plan.report.toCsv());
        QCOMPARE(saved.records.size(), 3);
        QCOMPARE(saved.records[2].last(), plan.report.rows[1].details);
    }

    // --- Segment import ---------------------------------------------------------------------

    void segmentCsvImport()
    {
        const Workspace ws = test::mappingWorkspace(3);
        const QByteArray csv = "Segment ID;Name;Integration Code;Status;Rule;Description\n"
                               "5001;Segment 1;code_1;active;c_n == \"1\";\n"
                               "5002;Renamed;code_2;inactive;c_n == \"2\";\n"
                               ";Brand new;new_code;;c_x == \"y\";fresh\n"
                               "7000;Given ID;;ACTIVE;;\n"
                               "7000;Twice;;;;\n"
                               "7001;;;;;\n"
                               "7002;Bad status;;maybe;;\n";
        const SegmentImport::Plan plan = SegmentImport::planCsv(ws, csv);
        const ImportReport &r = plan.report;
        QCOMPARE(r.rows.size(), 7);
        QCOMPARE(rowAtLine(r, 2).result, Result::Unchanged);
        QCOMPARE(rowAtLine(r, 3).result, Result::Updated);
        QVERIFY(rowAtLine(r, 3).details.contains(QLatin1String("name")));
        QCOMPARE(rowAtLine(r, 4).result, Result::Added);
        QVERIFY(rowAtLine(r, 4).details.contains(QLatin1String("5004")));
        QCOMPARE(rowAtLine(r, 5).result, Result::Added);
        QCOMPARE(rowAtLine(r, 6).result, Result::Error);
        QCOMPARE(rowAtLine(r, 7).result, Result::Error);
        QCOMPARE(rowAtLine(r, 8).result, Result::Error);
        QCOMPARE(plan.changes.addSegments.size(), 2);
        QCOMPARE(plan.changes.addSegments[0].sid, 5004);
        QCOMPARE(plan.changes.updateSegments.size(), 1);
        QVERIFY(!plan.changes.updateSegments[0].active);

        // A short row names both counts without a plural to agree ("La ligne a 1 champs").
        const auto shortRow = SegmentImport::planCsv(
            ws, "Segment ID;Name;Integration Code;Status;Rule;Description\n5001\n");
        QCOMPARE(shortRow.report.rows.size(), 1);
        QVERIFY2(shortRow.report.rows[0].details.contains(QStringLiteral(
                     "Fields in this row: 1, in the header: 6. Check the delimiter: semicolon (;) "
                     "in this file.")),
                 qPrintable(shortRow.report.rows[0].details));

        // Export and import back: all unchanged.
        const QByteArray exported = SegmentImport::exportCsv(ws);
        const auto back = SegmentImport::planCsv(ws, exported);
        QCOMPARE(back.report.unchanged, 3);
        QVERIFY(back.changes.isEmpty());
    }

    void segmentAamJsonImport()
    {
        const Workspace ws = test::mappingWorkspace(3);
        const QByteArray json =
            "{\"total\":3,\"page\":0,\"pageSize\":10,\"list\":["
            "{\"sid\":5001,\"name\":\"Segment "
            "1\",\"integrationCode\":\"code_1\",\"status\":\"ACTIVE\","
            "\"segmentRule\":\"c_n == "
            "\\\"1\\\"\",\"description\":null,\"legacyId\":1,\"folderId\":3},"
            "{\"sid\":\"8001\",\"name\":\"From AAM\",\"integrationCode\":null,\"status\":0,"
            "\"segmentRule\":\"1234T OR 5678T\"},"
            "{\"sid\":-4,\"name\":\"Broken\"},"
            "\"nonsense\"]}";
        const SegmentImport::Plan plan = SegmentImport::planAamJson(ws, json);
        const ImportReport &r = plan.report;
        QVERIFY(r.positionsAreItems);
        QCOMPARE(r.rows.size(), 4);
        // Segment 5001 matches in every field DCS Desk edits; the account's object is new to the
        // workspace and kept as its REST snapshot (before workspace format 2: Unchanged).
        QCOMPARE(r.rows[0].result, Result::Updated);
        QVERIFY(r.rows[0].details.contains(QLatin1String("Audience Manager's own fields")));
        QCOMPARE(plan.changes.updateSegments.first().remote.value(QStringLiteral("legacyId")),
                 QJsonValue(1));
        QCOMPARE(r.rows[1].result, Result::Added);
        QCOMPARE(r.rows[2].result, Result::Error);
        QCOMPARE(r.rows[3].result, Result::Error);
        QCOMPARE(plan.changes.addSegments.first().rule, QStringLiteral("1234T OR 5678T"));
        QVERIFY(!plan.changes.addSegments.first().active);
        // Once the snapshots are kept, the same list changes nothing.
        WorkspaceDocument doc;
        doc.reset(ws);
        doc.apply(plan.changes, QStringLiteral("import"));
        const SegmentImport::Plan again = SegmentImport::planAamJson(doc.workspace(), json);
        QCOMPARE(again.report.rows[0].result, Result::Unchanged);
        QVERIFY(again.changes.isEmpty());

        const auto bad = SegmentImport::planAamJson(ws, "[{\"sid\": 1,]");
        QVERIFY(bad.report.fileError.contains(QLatin1String("line 1")));
        QVERIFY(!SegmentImport::planAamJson(ws, "{\"x\":1}").report.fileError.isEmpty());
        // A plain array works too.
        QCOMPARE(SegmentImport::planAamJson(ws, "[{\"sid\":9,\"name\":\"n\"}]").report.added, 1);
    }
};

QTEST_MAIN(TestMappingModels)
#include "tst_mappingmodels.moc"
