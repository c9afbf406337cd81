#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace dcsdesk;

// Kills a process that is saving, with SIGKILL at random moments, hundreds of times: the file
// must always load, as the old or the new version, and so must its backup.
class TestCrashSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void killsDuringSaveCorruptNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.json"));
        Workspace initial = test::smallWorkspace();
        initial.name = QStringLiteral("A");
        QString error;
        QVERIFY2(WorkspaceFile::save(initial, path, {}, nullptr, &error), qPrintable(error));
        QRandomGenerator random(20261122);
        const int kills = 300;
        int killedMidRun = 0;
        int killedInsideSave = 0;
        int savesCompleted = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess child;
            child.start(QStringLiteral(CRASHSAVE_CHILD), {path});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(10000));    // "ready": the versions are built
            QThread::usleep(random.bounded(1, 40000)); // a random point inside the save loop
            if (child.state() == QProcess::Running)
                ++killedMidRun;
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QByteArray progress = child.readAllStandardOutput();
            const int lastBegin = int(progress.lastIndexOf('<'));
            if (lastBegin >= 0 && lastBegin > progress.lastIndexOf('>'))
                ++killedInsideSave;
            savesCompleted += int(progress.count('>'));

            const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(path);
            QVERIFY2(loaded.ok, qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(loaded.error)));
            QVERIFY(loaded.workspace.name == QLatin1String("A") ||
                    loaded.workspace.name == QLatin1String("B"));
            const QString backup = WorkspaceFile::backupPath(path);
            if (QFile::exists(backup)) {
                const WorkspaceFile::LoadResult old = WorkspaceFile::load(backup);
                QVERIFY2(
                    old.ok,
                    qPrintable(QStringLiteral("backup after kill %1: %2").arg(i).arg(old.error)));
            }
        }
        QCOMPARE(killedMidRun, kills);
        // The kills must land inside saves (not between them) for the test to mean anything,
        // and saves must complete between kills, so that both versions are seen.
        qInfo("%d of %d kills inside a save; %d saves completed", killedInsideSave, kills,
              savesCompleted);
        QVERIFY2(killedInsideSave >= kills / 2, qPrintable(QString::number(killedInsideSave)));
        QVERIFY(savesCompleted > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSave)
#include "tst_crashsave.moc"
