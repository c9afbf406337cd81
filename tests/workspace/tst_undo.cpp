#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspaceserializer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dcsdesk;

// Every kind of edit goes through the document's one undo stack: redo applies it, undo restores
// the workspace byte for byte, and the clean state follows the stack.
class TestUndo : public QObject
{
    Q_OBJECT

    WorkspaceDocument m_doc;
    QByteArray m_original;

    QByteArray snapshot() const { return WorkspaceSerializer::toJson(m_doc.workspace()); }

    // The edit must leave exactly the workspace that `expect` makes of a copy of the original
    // (the update times the document stamps are taken from the result), as one undo step; undo
    // and redo must give back both states byte for byte.
    void checkUndoRedo(const std::function<void()> &edit,
                       const std::function<void(Workspace &)> &expect)
    {
        Workspace expected = m_doc.workspace();
        expect(expected);
        const int before = m_doc.undoStack()->index();
        edit();
        QCOMPARE(m_doc.undoStack()->index(), before + 1);
        for (Destination &d : expected.destinations) {
            const Destination *actual = m_doc.workspace().destination(d.id);
            if (actual)
                d.updateTime = actual->updateTime;
        }
        const QByteArray after = snapshot();
        QCOMPARE(after, WorkspaceSerializer::toJson(expected));
        QVERIFY(after != m_original);
        QVERIFY(m_doc.isModified());
        m_doc.undo();
        QCOMPARE(snapshot(), m_original);
        QVERIFY(!m_doc.isModified());
        m_doc.redo();
        QCOMPARE(snapshot(), after);
        m_doc.undo();
        QCOMPARE(snapshot(), m_original);
    }

    static Destination &destinationIn(Workspace &ws, qint64 id)
    {
        return ws.destinations[ws.destinationIndex(id)];
    }
    static SegmentMapping &mappingIn(Workspace &ws, qint64 id)
    {
        return ws.mappings[ws.mappingIndex(id)];
    }
    template <typename T> static void removeWhere(QVector<T> &list, const std::function<bool(const T &)> &pred)
    {
        list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init()
    {
        m_doc.reset(test::smallWorkspace());
        m_original = snapshot();
        QVERIFY(!m_doc.isModified());
    }

    void destinationField()
    {
        checkUndoRedo(
            [&] { m_doc.setDestinationField(10, Destination::Name, QStringLiteral("New name")); },
            [](Workspace &ws) { destinationIn(ws, 10).name = QStringLiteral("New name"); });
        m_doc.setDestinationField(10, Destination::Serialized, false);
        QVERIFY(m_doc.workspace().destination(10)->updateTime.isValid());
    }

    void segmentField()
    {
        checkUndoRedo(
            [&] { m_doc.setSegmentField(101, Segment::Rule, QStringLiteral("c_y == \"2\"")); },
            [](Workspace &ws) {
                ws.segments[ws.segmentIndex(101)].rule = QStringLiteral("c_y == \"2\"");
            });
    }

    void mappingField()
    {
        checkUndoRedo(
            [&] { m_doc.setMappingField(1000, SegmentMapping::EndDate, QDate(2025, 12, 31)); },
            [](Workspace &ws) { mappingIn(ws, 1000).endDate = QDate(2025, 12, 31); });
    }

    void mappingMovesToOtherDestination()
    {
        checkUndoRedo([&] { m_doc.setMappingField(1000, SegmentMapping::DestinationId, 20); },
                      [](Workspace &ws) { mappingIn(ws, 1000).destinationId = 20; });
        m_doc.setMappingField(1000, SegmentMapping::DestinationId, 20);
        QCOMPARE(m_doc.workspace().mappingCountOf(20), 2);
        QCOMPARE(m_doc.workspace().mappingCountOf(10), 2);
    }

    void profileField()
    {
        checkUndoRedo([&] { m_doc.setProfileField(0, Profile::Alias, QStringLiteral("other")); },
                      [](Workspace &ws) { ws.profiles[0].alias = QStringLiteral("other"); });
    }

    void noOpEditPushesNothing()
    {
        m_doc.setDestinationField(10, Destination::Name, m_doc.workspace().destination(10)->name);
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void typingMergesIntoOneStep()
    {
        for (const char *text : {"N", "Ne", "New"})
            m_doc.setDestinationField(10, Destination::Name, QString::fromLatin1(text));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QCOMPARE(m_doc.workspace().destination(10)->name, QStringLiteral("New"));
        // Another field starts a new step.
        m_doc.setDestinationField(10, Destination::Delimiter, QStringLiteral(";"));
        QCOMPARE(m_doc.undoStack()->count(), 2);
        m_doc.undo();
        m_doc.undo();
        QCOMPARE(snapshot(), m_original);
    }

    void editTypedAndChangedBackLeavesNoStep()
    {
        const QString name = m_doc.workspace().destination(10)->name;
        m_doc.setDestinationField(10, Destination::Name, name + QStringLiteral("x"));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QVERIFY(m_doc.isModified());
        m_doc.setDestinationField(10, Destination::Name, name);
        QCOMPARE(m_doc.undoStack()->count(), 0);
        QVERIFY(!m_doc.isModified());
        QVERIFY(!m_doc.undoStack()->canUndo());
        QCOMPARE(m_doc.workspace().destination(10)->name, name);
    }

    void addAndRemove()
    {
        checkUndoRedo([&] {
            ChangeSet c;
            Destination d;
            d.id = 30;
            d.name = QStringLiteral("Added");
            c.addDestinations.append(d);
            Segment s;
            s.sid = 200;
            s.name = QStringLiteral("Added segment");
            c.addSegments.append(s);
            m_doc.apply(c, QStringLiteral("add"));
        }, [](Workspace &ws) {
            Destination d;
            d.id = 30;
            d.name = QStringLiteral("Added");
            ws.destinations.append(d);
            Segment s;
            s.sid = 200;
            s.name = QStringLiteral("Added segment");
            ws.segments.append(s);
        });
        checkUndoRedo([&] {
            ChangeSet c;
            c.removeMappings = {1001};
            c.removeSegments = {103};
            m_doc.apply(c, QStringLiteral("remove"));
        }, [](Workspace &ws) {
            removeWhere<SegmentMapping>(ws.mappings, [](const SegmentMapping &m) { return m.id == 1001; });
            removeWhere<Segment>(ws.segments, [](const Segment &x) { return x.sid == 103; });
        });
    }

    void removeKeepsOrderOnUndo()
    {
        checkUndoRedo([&] {
            ChangeSet c;
            c.removeMappings = {1002, 1000}; // not contiguous, not sorted
            m_doc.apply(c, QStringLiteral("remove"));
        }, [](Workspace &ws) {
            removeWhere<SegmentMapping>(ws.mappings, [](const SegmentMapping &m) {
                return m.id == 1002 || m.id == 1000;
            });
        });
    }

    void deleteDestinationWithMappings()
    {
        // Without the user's consent a destination that has mappings stays.
        m_doc.removeDestinations({10}, false);
        QCOMPARE(m_doc.undoStack()->count(), 0);
        QVERIFY(m_doc.workspace().destination(10));
        checkUndoRedo([&] { m_doc.removeDestinations({10}, true); }, [](Workspace &ws) {
            removeWhere<Destination>(ws.destinations, [](const Destination &d) { return d.id == 10; });
            removeWhere<SegmentMapping>(ws.mappings,
                                        [](const SegmentMapping &m) { return m.destinationId == 10; });
        });
        m_doc.removeDestinations({10}, true);
        QVERIFY(!m_doc.workspace().destination(10));
        QCOMPARE(m_doc.workspace().mappingCountOf(10), 0);
    }

    void deleteSegments()
    {
        m_doc.removeSegments({101}, false); // mapped: kept
        QCOMPARE(m_doc.undoStack()->count(), 0);
        checkUndoRedo([&] { m_doc.removeSegments({101, 102}, true); }, [](Workspace &ws) {
            removeWhere<Segment>(ws.segments, [](const Segment &x) { return x.sid == 101 || x.sid == 102; });
            removeWhere<SegmentMapping>(ws.mappings, [](const SegmentMapping &m) {
                return m.sid == 101 || m.sid == 102;
            });
        });
    }

    void bulkUpdateIsOneStep()
    {
        checkUndoRedo([&] {
            ChangeSet c;
            for (const SegmentMapping &m : m_doc.workspace().mappings) {
                SegmentMapping copy = m;
                copy.endDate = QDate(2030, 1, 1);
                c.updateMappings.append(copy);
            }
            m_doc.apply(c, QStringLiteral("bulk"));
        }, [](Workspace &ws) {
            for (SegmentMapping &m : ws.mappings)
                m.endDate = QDate(2030, 1, 1);
        });
    }

    void signalsDescribeTheChange()
    {
        QSignalSpy changed(&m_doc, &WorkspaceDocument::changed);
        QSignalSpy appended(&m_doc, &WorkspaceDocument::appended);
        QSignalSpy reset(&m_doc, &WorkspaceDocument::resetDone);
        m_doc.setMappingField(1001, SegmentMapping::Value, QStringLiteral("x"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<EntityKind>(), EntityKind::Mapping);
        QCOMPARE(changed.at(0).at(1).value<QVector<int>>(), QVector<int>{1});
        ChangeSet c;
        Segment s;
        s.sid = 900;
        c.addSegments.append(s);
        m_doc.apply(c, QStringLiteral("add"));
        QCOMPARE(appended.count(), 1);
        m_doc.undo();
        QCOMPARE(reset.count(), 1);
    }

    void cleanStateFollowsSave()
    {
        QTemporaryDir dir;
        QString error;
        m_doc.setDestinationField(10, Destination::Name, QStringLiteral("saved"));
        QVERIFY(m_doc.saveAs(dir.filePath(QStringLiteral("w.json")), &error));
        QVERIFY(!m_doc.isModified());
        m_doc.undo();
        QVERIFY(m_doc.isModified());
        m_doc.redo();
        QVERIFY(!m_doc.isModified());
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
