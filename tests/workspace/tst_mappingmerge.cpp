#include "mappingworkspace.h"
#include "testworkspace.h"
#include "workspace/mappingmerge.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Issue 15 (3): when another program changed only mappings in the open file, its changes and the
// user's unsaved edits are joined - or refused with the reason when they touch the same mappings.
class TestMappingMerge : public QObject
{
    Q_OBJECT

    static SegmentMapping mapping(qint64 id, qint64 sid, const QString &value)
    {
        SegmentMapping m;
        m.id = id;
        m.destinationId = 10;
        m.sid = sid;
        m.value = value;
        m.startDate = QDate(2026, 1, 1);
        return m;
    }
    static Workspace base()
    {
        Workspace ws = test::mappingWorkspace(20);
        for (int i = 1; i <= 4; ++i)
            ws.mappings.append(mapping(i, 5000 + i, QString::number(5000 + i)));
        ws.rebuildIndex();
        return ws;
    }
    static Workspace edited(Workspace ws, const std::function<void(Workspace &)> &edit)
    {
        edit(ws);
        ws.rebuildIndex();
        return ws;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void theirMappingChangesJoinMine()
    {
        const Workspace b = base();
        // The other program: one added (with the next free ID), one changed, one removed.
        const Workspace theirs = edited(b, [](Workspace &ws) {
            ws.mappings.append(mapping(5, 5010, QStringLiteral("cli")));
            ws.mappings[1].value = QStringLiteral("changed by cli");
            ws.mappings.removeAt(2); // id 3
        });
        // The user: renamed a destination, changed mapping 1, added a mapping with ID 5 too.
        const Workspace mine = edited(b, [](Workspace &ws) {
            ws.destinations[0].name = QStringLiteral("Renamed here");
            ws.mappings[0].value = QStringLiteral("mine");
            ws.mappings.append(mapping(5, 5011, QStringLiteral("also 5")));
        });
        const MappingMerge merge = MappingMerge::plan(b, mine, theirs);
        QVERIFY2(merge.possible, qPrintable(merge.reason));
        QCOMPARE(merge.added, 1);
        QCOMPARE(merge.updated, 1);
        QCOMPARE(merge.removed, 1);
        QCOMPARE(merge.renumbered, 1);
        QCOMPARE(merge.changes.addMappings.first().id, 6);
        // (Plural forms come from the English translation, which a core test does not load.)
        QVERIFY2(merge.summary().startsWith(QStringLiteral("1 mapping")) &&
                     merge.summary().contains(QStringLiteral("1 changed, 1 removed")),
                 qPrintable(merge.summary()));

        WorkspaceDocument doc;
        doc.reset(mine);
        doc.apply(merge.changes, QStringLiteral("merge"));
        const Workspace &joined = doc.workspace();
        QCOMPARE(joined.destinations[0].name, QStringLiteral("Renamed here"));
        QCOMPARE(joined.mappings[joined.mappingIndex(1)].value, QStringLiteral("mine"));
        QCOMPARE(joined.mappings[joined.mappingIndex(2)].value, QStringLiteral("changed by cli"));
        QCOMPARE(joined.mappingIndex(3), -1);
        QCOMPARE(joined.mappings[joined.mappingIndex(5)].value, QStringLiteral("also 5"));
        QCOMPARE(joined.mappings[joined.mappingIndex(6)].value, QStringLiteral("cli"));
        doc.undo(); // one step
        QCOMPARE(doc.workspace().mappings.size(), mine.mappings.size());
    }

    void theSameMappingChangedOnBothSidesIsRefused_data()
    {
        QTest::addColumn<bool>("theyRemove");
        QTest::addColumn<bool>("iRemove");
        QTest::newRow("both changed") << false << false;
        QTest::newRow("they removed what I changed") << true << false;
        QTest::newRow("I removed what they changed") << false << true;
    }
    void theSameMappingChangedOnBothSidesIsRefused()
    {
        QFETCH(bool, theyRemove);
        QFETCH(bool, iRemove);
        const Workspace b = base();
        const Workspace theirs = edited(b, [&](Workspace &ws) {
            if (theyRemove)
                ws.mappings.removeAt(1);
            else
                ws.mappings[1].value = QStringLiteral("theirs");
        });
        const Workspace mine = edited(b, [&](Workspace &ws) {
            if (iRemove)
                ws.mappings.removeAt(1);
            else
                ws.mappings[1].value = QStringLiteral("mine");
        });
        const MappingMerge merge = MappingMerge::plan(b, mine, theirs);
        QVERIFY(!merge.possible);
        QVERIFY2(merge.reason.contains(QStringLiteral("same mappings (ID 2)")),
                 qPrintable(merge.reason));
        QVERIFY(merge.changes.isEmpty());
    }

    void theSameChangeOnBothSidesIsNoConflict()
    {
        const Workspace b = base();
        const auto change = [](Workspace &ws) { ws.mappings[1].value = QStringLiteral("same"); };
        const MappingMerge merge = MappingMerge::plan(b, edited(b, change), edited(b, change));
        QVERIFY(merge.possible);
        QVERIFY(merge.changes.isEmpty());
    }

    void otherChangesOnDiskAreNotMerged()
    {
        const Workspace b = base();
        const Workspace theirs = edited(b, [](Workspace &ws) {
            ws.segments[0].name = QStringLiteral("renamed elsewhere");
            ws.mappings.append(mapping(5, 5010, QStringLiteral("cli")));
        });
        const MappingMerge merge = MappingMerge::plan(b, b, theirs);
        QVERIFY(!merge.possible);
        QVERIFY(merge.reason.contains(QStringLiteral("more than segment mappings")));
    }

    void aMappingForWhatIDeletedIsRefused()
    {
        const Workspace b = base();
        const Workspace theirs =
            edited(b, [](Workspace &ws) { ws.mappings.append(mapping(5, 5010, "x")); });
        const Workspace mine = edited(b, [](Workspace &ws) { ws.segments.removeAt(9); }); // 5010
        const MappingMerge merge = MappingMerge::plan(b, mine, theirs);
        QVERIFY(!merge.possible);
        QVERIFY2(merge.reason.contains(QStringLiteral("you deleted")), qPrintable(merge.reason));
    }

    // The document side: the plan compares with the file as it was read, and after the merge
    // Save writes without asking about the change on disk again.
    void theDocumentMergesFromDiskAndSavesWithoutAsking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("merged.json"));
        QString error;
        QVERIFY(WorkspaceFile::save(base(), path, {}, nullptr, &error));
        WorkspaceDocument doc;
        QVERIFY(doc.load(path, &error));
        doc.setDestinationField(10, Destination::Name, QStringLiteral("mine"));
        QTest::qWait(20); // a different modification time
        Workspace cli = WorkspaceFile::load(path).workspace;
        cli.mappings.append(mapping(5, 5010, QStringLiteral("from the cli")));
        QVERIFY(WorkspaceFile::save(cli, path, {}, nullptr, &error));
        QVERIFY(doc.isChangedOnDisk());

        WorkspaceFile::LoadResult disk;
        const MappingMerge merge = doc.planMergeFromDisk(&disk);
        QVERIFY2(merge.possible, qPrintable(merge.reason));
        doc.mergeFromDisk(merge, disk);
        QVERIFY(!doc.isChangedOnDisk());
        QVERIFY(doc.isModified());
        QVERIFY2(doc.save(&error), qPrintable(error));
        const Workspace saved = WorkspaceFile::load(path).workspace;
        QCOMPARE(saved.destination(10)->name, QStringLiteral("mine"));
        QCOMPARE(saved.mappings.last().value, QStringLiteral("from the cli"));

        // A restored recovery copy has no known base: no merge is offered.
        WorkspaceDocument restored;
        restored.reset(saved, path);
        QVERIFY(!restored.planMergeFromDisk(&disk).possible);
    }
};

QTEST_GUILESS_MAIN(TestMappingMerge)
#include "tst_mappingmerge.moc"
