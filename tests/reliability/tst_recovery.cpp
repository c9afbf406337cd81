#include "testworkspace.h"
#include "workspace/recoverystore.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Unsaved edits are copied aside periodically and can be restored after a crash; a save or a
// clean close removes the copy.
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init()
    {
        for (const auto &entry : RecoveryStore::pending())
            RecoveryStore::remove(entry);
    }

    void periodicCopyAndRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.json"));
        QString error;
        {
            WorkspaceDocument doc;
            doc.reset(test::smallWorkspace());
            QVERIFY(doc.saveAs(path, &error));
            RecoveryStore store(&doc);
            store.setInterval(20);
            QSignalSpy written(&store, &RecoveryStore::written);
            QTest::qWait(60);
            QCOMPARE(written.count(), 0); // nothing unsaved, nothing written
            doc.setDestinationField(10, Destination::Name, QStringLiteral("Unsaved name"));
            QVERIFY(written.wait(5000));
            QCOMPARE(RecoveryStore::pending().size(), 1);
            // The process "crashes" here: the store is destroyed without a clean close.
        }
        const QList<RecoveryStore::Entry> pending = RecoveryStore::pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().originalPath, path);
        QVERIFY(pending.first().writtenAt.isValid());

        WorkspaceDocument restored;
        QVERIFY2(restored.restoreRecovery(pending.first().recoveryPath,
                                          pending.first().originalPath, &error),
                 qPrintable(error));
        QVERIFY(restored.isModified());
        QCOMPARE(restored.filePath(), path);
        QCOMPARE(restored.workspace().destination(10)->name, QStringLiteral("Unsaved name"));
        // The original on disk still has the saved name until the user saves.
        QCOMPARE(WorkspaceFile::load(path).workspace.destination(10)->name,
                 QStringLiteral("Serialized URL"));

        RecoveryStore store(&restored);
        store.adoptCopy(pending.first().recoveryPath);
        QCOMPARE(RecoveryStore::pending().size(), 1); // restored, not saved: still the only copy
        QVERIFY2(restored.save(&error), qPrintable(error));
        QVERIFY(RecoveryStore::pending().isEmpty()); // saving removes the copy
    }

    // Issue 15 (1): the copy a crash left must survive the next run opening the same file (by
    // argument, recent list, dialog or drop: each is a load), and that run editing and saving
    // its own work, until the user restores or discards it.
    void aCrashCopySurvivesOpeningTheSameFileAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("same.json"));
        QString error;
        {
            WorkspaceDocument doc;
            doc.reset(test::smallWorkspace());
            QVERIFY(doc.saveAs(path, &error));
            RecoveryStore store(&doc);
            doc.setDestinationField(10, Destination::Name, QStringLiteral("Crashed edit"));
            store.writeNow();
        } // killed
        QCOMPARE(RecoveryStore::pending().size(), 1);
        const QString crashCopy = RecoveryStore::pending().first().recoveryPath;
        // Issue 15 (8): the copy (profile URLs and all) is the user's alone.
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(crashCopy).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(crashCopy + QStringLiteral(".meta")).permissions() & others,
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(RecoveryStore::folder()).permissions() &
                     (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QCOMPARE(RecoveryStore::pending().first().changes, 1);

        WorkspaceDocument next;
        RecoveryStore store(&next);
        QVERIFY(next.load(path, &error)); // workspaceReplaced
        QVERIFY(QFile::exists(crashCopy));
        QCOMPARE(store.leftByOthers(path).size(), 1);
        next.setDestinationField(10, Destination::Name, QStringLiteral("New run's edit"));
        store.writeNow();
        QCOMPARE(RecoveryStore::pending().size(), 2); // its own copy beside the crash's
        QCOMPARE(store.leftByOthers(path).size(), 1);
        QVERIFY(next.save(&error));
        QCOMPARE(RecoveryStore::pending().size(), 1); // only its own copy went
        QVERIFY(QFile::exists(crashCopy));
        next.reset(test::smallWorkspace()); // another workspace opened
        QVERIFY(QFile::exists(crashCopy));
        RecoveryStore::remove(RecoveryStore::pending().first()); // the user's Discard
        QVERIFY(RecoveryStore::pending().isEmpty());
    }

    // Issue 15 (1, a second instance): the copy of a run that is still open is that run's
    // protection; a second instance must neither offer it as left by a crash nor delete it.
    // Once that run is gone without saving, the copy is offered like any other.
    void aRunningInstancesCopyIsNeitherOfferedNorDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.json"));
        QString error;
        WorkspaceDocument second;
        RecoveryStore secondStore(&second);
        {
            WorkspaceDocument first;
            first.reset(test::smallWorkspace());
            QVERIFY(first.saveAs(path, &error));
            RecoveryStore firstStore(&first);
            first.setDestinationField(10, Destination::Name, QStringLiteral("First window"));
            first.setDestinationField(20, Destination::Name, QStringLiteral("Still first"));
            firstStore.writeNow();

            QVERIFY(second.load(path, &error));
            QVERIFY(secondStore.leftByOthers(path).isEmpty());
            QVERIFY(secondStore.leftByOthers().isEmpty());
            const QList<RecoveryStore::Entry> open = secondStore.openElsewhere(path);
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().changes, 2);
            QVERIFY(open.first().runIsOpen);
            QVERIFY(firstStore.openElsewhere(path).isEmpty()); // its own copy is not "elsewhere"
            second.setDestinationField(10, Destination::Name, QStringLiteral("Second window"));
            QVERIFY(second.save(&error)); // the second window's save leaves the first's copy
            QVERIFY(QFile::exists(open.first().recoveryPath));
        } // the first window is gone without saving
        const QList<RecoveryStore::Entry> left = secondStore.leftByOthers(path);
        QCOMPARE(left.size(), 1);
        QVERIFY(!left.first().runIsOpen);
        QVERIFY(secondStore.openElsewhere(path).isEmpty());
    }

    // A run that was killed leaves its lock file behind; the dead process does not keep its
    // copy from being offered, and the stale lock goes.
    void aKilledRunsLockDoesNotHideItsCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.json"));
        QString error;
        QString copy;
        {
            WorkspaceDocument doc;
            doc.reset(test::smallWorkspace());
            QVERIFY(doc.saveAs(path, &error));
            RecoveryStore store(&doc);
            doc.setDestinationField(10, Destination::Name, QStringLiteral("Killed"));
            store.writeNow();
            copy = RecoveryStore::pending().first().recoveryPath;
        }
        const QString base = QFileInfo(copy).completeBaseName();
        const QString lock = RecoveryStore::folder() + QLatin1Char('/') +
                             base.mid(base.lastIndexOf(QLatin1Char('-')) + 1) +
                             QStringLiteral(".lock");
        QFile stale(lock);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(std::numeric_limits<int>::max() - 1) +
                    "\ndcsdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        const QList<RecoveryStore::Entry> pending = RecoveryStore::pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(!pending.first().runIsOpen);
        QVERIFY(!QFile::exists(lock));
        WorkspaceDocument next;
        RecoveryStore store(&next);
        QCOMPARE(store.leftByOthers(path).size(), 1);
    }

    void untitledWorkspacesAreRecoveredToo()
    {
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        RecoveryStore store(&doc);
        doc.setSegmentField(101, Segment::Name, QStringLiteral("Edited"));
        store.writeNow();
        const auto pending = RecoveryStore::pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().originalPath.isEmpty());
        store.discard();
        QVERIFY(RecoveryStore::pending().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
