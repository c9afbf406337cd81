#include "mappingworkspace.h"
#include "segments/segmentlisttext.h"
#include "testworkspace.h"

#include <QTest>

using namespace dcsdesk;

// What a pasted list of segments becomes: the shapes a spreadsheet, an e-mail or DCS Desk's own
// tables put on the clipboard, and what is reported instead of dropped.
class TestSegmentListText : public QObject
{
    Q_OBJECT

    Workspace m_ws = test::mappingWorkspace(60); // sids 5001.., "Segment n", "code_n"

    SegmentListText::Result read(const QString &text) const
    {
        return SegmentListText::read(m_ws, text);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void columnWithHeaderNamesAndCodes()
    {
        const auto r = read(QStringLiteral("Segment ID\r\n5001\r\nSegment 2\r\ncode_3\r\n9999\r\n"
                                           "\r\n5001\r\n"));
        QCOMPARE(r.sids, (QVector<qint64>{5001, 5002, 5003}));
        QCOMPARE(r.header, QStringLiteral("Segment ID"));
        QCOMPARE(r.unknown, QStringList{QStringLiteral("9999")});
        QCOMPARE(r.repeated, 1);
        QCOMPARE(r.columnNumber, 0);
        const QString notes = r.notes();
        QVERIFY2(notes.contains(QStringLiteral("“Segment ID”")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("“9999”")), qPrintable(notes));
        QVERIFY(notes.contains(QLatin1String("1 repeated item")));
    }

    void separatorsOnOneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tabs") << QStringLiteral("5001\t5002\t5003");
        QTest::newRow("commas") << QStringLiteral("5001, 5002,5003");
        QTest::newRow("semicolons") << QStringLiteral("5001;5002; 5003;");
        QTest::newRow("spaces") << QStringLiteral("5001 5002  5003");
        QTest::newRow("quoted csv") << QStringLiteral("\"5001\",\"Segment 2\",\"code_3\"");
        QTest::newRow("lines with bom") << QStringLiteral("\ufeff5001\n5002\n5003\n");
    }

    void separatorsOnOneLine()
    {
        QFETCH(QString, text);
        const auto r = read(text);
        QCOMPARE(r.sids, (QVector<qint64>{5001, 5002, 5003}));
        QVERIFY(r.unknown.isEmpty());
        QVERIFY(r.header.isEmpty());
        QVERIFY(r.notes().isEmpty());
    }

    void wordsSplitOnlyWhenTheyNameSegments()
    {
        // A name with spaces is one item; a line of IDs with one unknown reports only that one.
        auto r = read(QStringLiteral("Segment 12\n5001 5002 4711"));
        QCOMPARE(r.sids, (QVector<qint64>{5012, 5001, 5002}));
        QCOMPARE(r.unknown, QStringList{QStringLiteral("4711")});
        r = read(QStringLiteral("segment 3\nSports fans"));
        QCOMPARE(r.sids, (QVector<qint64>{5003})); // names match case-insensitively
        QCOMPARE(r.unknown, QStringList{QStringLiteral("Sports fans")});
    }

    void firstLineWithANumberIsNoHeader()
    {
        const auto r = read(QStringLiteral("4711\n5001"));
        QVERIFY(r.header.isEmpty());
        QCOMPARE(r.unknown, QStringList{QStringLiteral("4711")});
        QCOMPARE(r.sids, QVector<qint64>{5001});
    }

    void tableCopiedFromDcsDeskReadsTheSegmentColumn()
    {
        // Rows of the mapping table as Copy puts them on the clipboard.
        const auto r = read(QStringLiteral("Segment ID\tSegment\tAlias\tStart\tEnd\n"
                                           "5004\tSegment 4\talias-a\t2026-01-01\tNever\n"
                                           "5005\tSegment 5\talias-b\t2026-01-01\tNever\n"));
        QCOMPARE(r.sids, (QVector<qint64>{5004, 5005}));
        QVERIFY(r.unknown.isEmpty());
        QCOMPARE(r.columnNumber, 1);
        QCOMPARE(r.column, QStringLiteral("Segment ID"));
        QVERIFY(r.notes().contains(QStringLiteral("“Segment ID”")));
        // The codes in the third column of another table.
        const auto codes = read(QStringLiteral("x\ty\tcode_7\nfoo\tbar\tcode_8\n"));
        QCOMPARE(codes.sids, (QVector<qint64>{5007, 5008}));
        QCOMPARE(codes.columnNumber, 3);
    }

    void blockOfIdsIsReadWhole()
    {
        const auto r = read(QStringLiteral("5001\t5002\n5003\t5004\n"));
        QCOMPARE(r.sids, (QVector<qint64>{5001, 5002, 5003, 5004}));
        QCOMPARE(r.columnNumber, 0);
    }

    void sharedNamesAreAmbiguous()
    {
        Workspace ws = m_ws;
        ws.segments[1].name = ws.segments[0].name; // two segments called "Segment 1"
        ws.rebuildIndex();
        const auto r = SegmentListText::read(ws, QStringLiteral("Segment 1\n5003"));
        QCOMPARE(r.sids, QVector<qint64>{5003});
        QCOMPARE(r.ambiguous, QStringList{QStringLiteral("Segment 1")});
        QVERIFY(r.notes().contains(QLatin1String("several segments")));
    }

    void looksLikeList()
    {
        QVERIFY(SegmentListText::looksLikeList(QStringLiteral("5001\n5002")));
        QVERIFY(SegmentListText::looksLikeList(QStringLiteral("5001, 5002")));
        QVERIFY(SegmentListText::looksLikeList(QStringLiteral("5001\t5002")));
        QVERIFY(!SegmentListText::looksLikeList(QStringLiteral("sports fans")));
        QVERIFY(!SegmentListText::looksLikeList(QStringLiteral("5001\n")));
        QVERIFY(!SegmentListText::looksLikeList(QString()));
    }

    void longListsAreCut()
    {
        QStringList unknown;
        for (int i = 0; i < 20; ++i)
            unknown.append(QStringLiteral("x%1").arg(i));
        const auto r = read(unknown.join(QLatin1Char('\n')));
        QCOMPARE(r.unknown.size(), 20);
        QVERIFY(r.header.isEmpty()); // no line below it names a segment: "x0" is no header
        QVERIFY2(r.notes().contains(QLatin1String("and 12 more")), qPrintable(r.notes()));
    }
};

QTEST_GUILESS_MAIN(TestSegmentListText)
#include "tst_segmentlisttext.moc"
