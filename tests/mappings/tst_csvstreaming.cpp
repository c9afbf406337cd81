#include "csv/csv.h"
#include "csv/mappingcsv.h"
#include "mappingworkspace.h"
#include "testworkspace.h"

#include <QtTest>

using namespace dcsdesk;

using Result = ImportReportRow::Result;

// Issue 15 (7): a CSV of any length is read record by record and its import report is written
// row by row, so that a million-row dry run stays in bounded memory. These cases pin what the
// streaming must keep: the same records as reading the whole file, every row in file order, no
// row before a file that cannot be read to its end, and the same results and changes as the
// plan the mapping editor shows.
class TestCsvStreaming : public QObject
{
    Q_OBJECT

    static Workspace withMappings()
    {
        Workspace ws = test::mappingWorkspace(20);
        for (int i = 1; i <= 5; ++i) {
            SegmentMapping m;
            m.id = i;
            m.destinationId = 10;
            m.sid = 5000 + i;
            m.value = QString::number(m.sid);
            m.startDate = QDate(2026, 1, 1);
            ws.mappings.append(m);
        }
        ws.rebuildIndex();
        return ws;
    }

    static QList<QPair<QStringList, int>> readAll(CsvReader &reader)
    {
        QList<QPair<QStringList, int>> out;
        QStringList record;
        int line = 0;
        while (reader.next(&record, &line))
            out.append({record, line});
        return out;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void readerGivesTheRecordsOfParseAndRewinds()
    {
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "name,city\r\n"
                                 "M\xC3\xBCller,\"K\xC3\xB6ln,\r\nNord\"\r\n"
                                 ",\r\n"
                                 "\xE6\x9D\xB1\xE4\xBA\xAC,'=1+1\r\n";
        CsvReader reader(bytes);
        QVERIFY(reader.ok());
        const auto first = readAll(reader);
        QCOMPARE(first.size(), 3); // the blank "," row is skipped
        QCOMPARE(first[1].first, (QStringList{QStringLiteral("Müller"), QStringLiteral("Köln,\r\nNord")}));
        QCOMPARE(first[2].first, (QStringList{QStringLiteral("東京"), QStringLiteral("=1+1")}));
        QCOMPARE(first[2].second, 5);
        reader.rewind();
        QCOMPARE(readAll(reader), first);
        const CsvTable table = Csv::parse(bytes);
        QCOMPARE(table.records.size(), first.size());
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(table.records[i], first[i].first);
            QCOMPARE(table.lines[i], first[i].second);
        }
    }

    // Found by fuzz_mappingcsv: a field that starts with a byte order mark keeps it, and so
    // survives a write and a second read.
    void aByteOrderMarkInAFieldIsKept()
    {
        const CsvTable t = Csv::parse("sepsep=;\n\xEF\xBB\xBF\xEF\xBB\xBF" "Desy\r\n1,");
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.records[1].first(), QString(QChar(0xFEFF)) + QChar(0xFEFF) + QStringLiteral("Desy"));
        QCOMPARE(Csv::parse(Csv::write(t.records, t.delimiter)).records, t.records);
    }

    void aDelimiterOfSeveralBytesIsOneDelimiter()
    {
        // Excel's "sep=" line may name any character; "§" is two bytes in UTF-8.
        const CsvTable t = Csv::parse("sep=\xC2\xA7\na\xC2\xA7" "b\xC2\xA7\xC2\xA7" "c\n");
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.delimiter, QChar(0xA7));
        QCOMPARE(t.records.first(), (QStringList{"a", "b", "", "c"}));
        QCOMPARE(t.lines.first(), 2);
    }

    void rowsArriveInFileOrderWithTheResultsOfThePlan()
    {
        const Workspace ws = withMappings();
        const QByteArray csv = "Destination ID,Segment ID,Mapping Value,Start Date,End Date\n"
                               "10,5018,a,2026-01-01,2026-02-01\n" // 2 added
                               "10,5001,changed,2026-01-01,\n"     // 3 updated
                               "10,5018,b,2026-01-01,\n"           // 4 same start as line 2
                               "10,5002,5002,2026-01-01,\n"        // 5 unchanged
                               "10,9999,x,2026-01-01,\n"           // 6 unknown segment
                               "10,5018,a,2026-01-01,2026-02-01\n" // 7 duplicate of line 2
                               "10,5017,c,2026-03-01,\n";          // 8 added
        const MappingCsv::ImportPlan plan = MappingCsv::planImport(ws, csv, {});

        QVector<ImportReportRow> streamed;
        ChangeSet changes;
        const ImportReport summary = MappingCsv::streamImport(
            ws, csv, {}, [&](const ImportReportRow &row) { streamed.append(row); }, &changes);
        QVERIFY(summary.rows.isEmpty());
        QCOMPARE(streamed.size(), 7);
        QVector<int> lines;
        for (const ImportReportRow &row : streamed)
            lines.append(row.line);
        QCOMPARE(lines, (QVector<int>{2, 3, 4, 5, 6, 7, 8}));
        const QVector<Result> results = {Result::Added, Result::Updated, Result::Error,
                                         Result::Unchanged, Result::Error, Result::Error,
                                         Result::Added};
        for (int i = 0; i < streamed.size(); ++i) {
            QCOMPARE(streamed[i].result, results[i]);
            QCOMPARE(streamed[i].details, plan.report.rows[i].details);
            QCOMPARE(streamed[i].cells, plan.report.rows[i].cells);
        }
        QVERIFY2(streamed[2].details.contains(QLatin1String("Line 2 already maps")),
                 qPrintable(streamed[2].details));
        QVERIFY2(streamed[5].details.contains(QLatin1String("Same as line 2")),
                 qPrintable(streamed[5].details));
        QCOMPARE(summary.added, 2);
        QCOMPARE(summary.updated, 1);
        QCOMPARE(summary.unchanged, 1);
        QCOMPARE(summary.errors, 3);

        // The same changes in the same order as the plan, new IDs in the order of the file.
        QCOMPARE(changes.addMappings.size(), 2);
        QCOMPARE(changes.addMappings[0].sid, 5018);
        QCOMPARE(changes.addMappings[0].id, ws.nextMappingId());
        QCOMPARE(changes.addMappings[1].sid, 5017);
        QCOMPARE(changes.addMappings[1].id, ws.nextMappingId() + 1);
        QCOMPARE(changes.addMappings, plan.changes.addMappings);
        QCOMPARE(changes.updateMappings, plan.changes.updateMappings);

        // Without a change set (a dry run) the counts are the same and nothing is kept.
        int rows = 0;
        const ImportReport dry =
            MappingCsv::streamImport(ws, csv, {}, [&](const ImportReportRow &) { ++rows; }, nullptr);
        QCOMPARE(rows, 7);
        QCOMPARE(dry.summary(), summary.summary());
    }

    void noRowIsReportedFromAFileThatCannotBeReadToItsEnd()
    {
        const Workspace ws = withMappings();
        const QByteArray csv = "Destination ID,Segment ID,Mapping Value,Start Date\n"
                               "10,5018,a,2026-01-01\n"
                               "10,5017,\"never closed,2026-01-01\n";
        int rows = 0;
        ChangeSet changes;
        const ImportReport report = MappingCsv::streamImport(
            ws, csv, {}, [&](const ImportReportRow &) { ++rows; }, &changes);
        QCOMPARE(rows, 0);
        QVERIFY(report.fileError.contains(QLatin1String("line 3")));
        QVERIFY(changes.isEmpty());
        QVERIFY(report.hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestCsvStreaming)
#include "tst_csvstreaming.moc"
