#include "application/languagemanager.h"
#include "common/filefolders.h"
#include "common/uiprompts.h"
#include "domain/destination.h"
#include "mainwindow/workspacecontroller.h"
#include "testworkspace.h"
#include "workspace/apppaths.h"
#include "workspace/changeset.h"
#include "workspace/recoverystore.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

using namespace dcsdesk;

// File commands as a user meets them: every question is answered by the test (no modal loop),
// and each case checks what is on disk and in the document afterwards, not only the return value.
class TestWorkspaceController : public QObject
{
    Q_OBJECT

private:
    struct Asked
    {
        QString title;
        QString text;
        QStringList buttons;
    };
    QList<Asked> m_asked;
    QList<int> m_answers;
    QString m_savePath;
    QString m_suggested; // what the last file chooser proposed
    QTemporaryDir m_dir;

    QString writeSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        WorkspaceFile::Stamp stamp;
        if (!WorkspaceFile::save(test::sampleWorkspace(), path, {}, &stamp, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath("settings"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en")); // English plural forms
    }

    void init()
    {
        m_asked.clear();
        m_answers.clear();
        m_savePath.clear();
        QSettings().clear();
        UiPrompts::setChooseHandler([this](QWidget *, QMessageBox::Icon, const QString &title,
                                           const QString &text, const QStringList &buttons, int,
                                           int escape) {
            m_asked.append({title, text, buttons});
            return m_answers.isEmpty() ? escape : m_answers.takeFirst();
        });
        UiPrompts::setSaveFileHandler(
            [this](QWidget *, const QString &, const QString &suggested, const QString &) {
                m_suggested = suggested;
                return m_savePath;
            });
    }

    void cleanup() { UiPrompts::resetHandlers(); }

    void cancelKeepsUnsavedEditsAndTheFile()
    {
        const QString path = writeSample(QStringLiteral("cancel.json"));
        const QByteArray before = bytesOf(path);
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(path));
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("edited"));
        m_answers = {2}; // Cancel
        QVERIFY(!files.maybeSave());
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().title, QStringLiteral("Unsaved Changes"));
        QVERIFY(doc.isModified());
        QCOMPARE(bytesOf(path), before);
        // Closing the dialog (escape) is Cancel too.
        QVERIFY(!files.maybeSave());
        QVERIFY(doc.isModified());
    }

    void discardSaysSoAndSaveWrites()
    {
        const QString path = writeSample(QStringLiteral("discard.json"));
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(path));
        QSignalSpy discarded(&files, &WorkspaceController::changesDiscarded);
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("edited"));
        m_answers = {1}; // Discard
        QVERIFY(files.maybeSave());
        QCOMPARE(discarded.count(), 1);
        m_answers = {0}; // Save
        QVERIFY(files.maybeSave());
        QVERIFY(!doc.isModified());
        QVERIFY(bytesOf(path).contains("\"edited\""));
        QCOMPARE(discarded.count(), 1);
    }

    void aFailedSaveSaysTheFileIsUnchangedAndKeepsTheEdits()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ws.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY(WorkspaceFile::save(test::sampleWorkspace(), path, {}, &stamp, &error));
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(path));
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("edited"));
        // The folder is replaced by a plain file: no save can succeed (even as root).
        QVERIFY(QDir(folder.path()).removeRecursively());
        QFile blocker(folder.path());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!files.save());
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().title, QStringLiteral("Save Failed"));
        QVERIFY2(m_asked.first().text.contains(QStringLiteral("unchanged")),
                 qPrintable(m_asked.first().text));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.workspace().destination(2003)->name, QStringLiteral("edited"));
        QFile::remove(folder.path());
    }

    void aFileThatCannotBeReadLeavesTheOpenWorkspace()
    {
        const QString good = writeSample(QStringLiteral("good.json"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"formatVersion\": 1, \"destinations\": [ {");
        file.close();
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(good));
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("edited"));
        QVERIFY(!files.openWorkspace(bad));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().text.contains(QStringLiteral("is unchanged")),
                 qPrintable(m_asked.first().text));
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(doc.workspace().destination(2003)->name, QStringLiteral("edited"));
        QVERIFY(doc.isModified());
        QCOMPARE(files.recentFiles(), QStringList{QFileInfo(good).absoluteFilePath()});
    }

    void recentFilesNewestFirstAndAVanishedOneIsDropped()
    {
        const QString a = writeSample(QStringLiteral("a.json"));
        const QString b = writeSample(QStringLiteral("b.json"));
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(a));
        QVERIFY(files.openWorkspace(b));
        QVERIFY(files.openWorkspace(a));
        QCOMPARE(files.recentFiles(), QStringList({a, b}));
        QVERIFY(QFile::remove(b));
        QVERIFY(!files.openRecent(b));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().text.contains(QStringLiteral("no longer exists")));
        QCOMPARE(files.recentFiles(), QStringList({a}));
        QCOMPARE(doc.filePath(), a);
        // Issue 15 (2): start-up reopens the newest recent file that still exists.
        QCOMPARE(WorkspaceController::lastWorkspace(), a);
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList({b, a}));
        QCOMPARE(WorkspaceController::lastWorkspace(), a); // b is gone
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList({a}));
        files.clearRecentFiles();
        QCOMPARE(files.recentFiles(), QStringList());
        files.setSettingsEnabled(false); // screenshots and tests: QSettings untouched
        QVERIFY(files.openWorkspace(a));
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList());
    }

    static void writeElsewhere(const QString &path, const QString &name)
    {
        WorkspaceDocument other;
        QString error;
        QVERIFY(other.load(path, &error));
        other.setDestinationField(2003, Destination::Name, name);
        QVERIFY2(other.save(&error, WorkspaceDocument::Overwrite::EvenIfChangedOnDisk),
                 qPrintable(error));
        QFile file(path); // later than anything written here, whatever the clock's resolution
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                 QFileDevice::FileModificationTime));
    }

    void aChangeOnDiskAsksAndKeepMineIsNeverSavedSilently()
    {
        const QString path = writeSample(QStringLiteral("watched.json"));
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(path));
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("mine"));
        m_answers = {1}; // Keep Mine
        writeElsewhere(path, QStringLiteral("theirs"));
        QTRY_COMPARE(m_asked.size(), 1); // the watcher noticed, without any command
        QCOMPARE(m_asked.first().title, QStringLiteral("File Changed on Disk"));
        QVERIFY(m_asked.first().text.contains(QStringLiteral("unsaved changes")));
        QCOMPARE(doc.workspace().destination(2003)->name, QStringLiteral("mine"));
        QTest::qWait(400); // the same version is not asked about twice
        QCOMPARE(m_asked.size(), 1);

        m_answers = {2}; // Save › Cancel
        QVERIFY(!files.save());
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(m_asked.last().title, QStringLiteral("File Changed on Disk"));
        QVERIFY(bytesOf(path).contains("\"theirs\""));
        QVERIFY(doc.isModified());

        m_answers = {0}; // Save › Overwrite
        QVERIFY(files.save());
        QVERIFY(bytesOf(path).contains("\"mine\""));
        QVERIFY(!doc.isModified());
        QTest::qWait(400); // our own save is not a change on disk
        QCOMPARE(m_asked.size(), 3);
    }

    // Issue 15 (3): a CLI import into the open file changes only mappings; Merge joins its rows
    // with the unsaved edits here, and Save then writes both without asking again.
    void mappingOnlyChangesOnDiskCanBeMerged()
    {
        const QString path = writeSample(QStringLiteral("merged.json"));
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(path));
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("mine"));
        {
            WorkspaceDocument cli;
            QString error;
            QVERIFY(cli.load(path, &error));
            SegmentMapping added;
            added.id = cli.workspace().nextMappingId();
            added.destinationId = 2003;
            added.sid = cli.workspace().segments.last().sid;
            added.value = QStringLiteral("from_the_cli");
            added.startDate = QDate(2026, 1, 1);
            ChangeSet changes;
            changes.addMappings.append(added);
            cli.apply(changes, QStringLiteral("Import mappings"));
            QVERIFY2(cli.save(&error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                     QFileDevice::FileModificationTime));
        }
        m_answers = {1}; // Merge
        QTRY_COMPARE(m_asked.size(), 1);
        QVERIFY2(
            m_asked.first().text.contains(QStringLiteral("changed only segment mappings (1 "
                                                         "mapping added, 0 changed, 0 removed)")),
            qPrintable(m_asked.first().text));
        QCOMPARE(doc.workspace().destination(2003)->name, QStringLiteral("mine"));
        QCOMPARE(doc.workspace().mappings.last().value, QStringLiteral("from_the_cli"));
        QVERIFY(doc.isModified());
        QVERIFY(files.save());
        QCOMPARE(m_asked.size(), 1); // no "changed on disk" question: the merge included it
        QVERIFY(bytesOf(path).contains("\"mine\""));
        QVERIFY(bytesOf(path).contains("\"from_the_cli\""));

        // A change beyond mappings offers no Merge, and says why.
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("mine again"));
        m_answers = {1}; // Keep Mine (the second of two buttons)
        writeElsewhere(path, QStringLiteral("theirs"));
        QTRY_COMPARE(m_asked.size(), 2);
        QVERIFY2(m_asked.last().text.contains(QStringLiteral("Merging is not possible")),
                 qPrintable(m_asked.last().text));
        QCOMPARE(doc.workspace().destination(2003)->name, QStringLiteral("mine again"));
    }

    // A program that writes the file again with the same workspace (here: a save of an unchanged
    // copy) changed nothing: the question says so and offers no empty Merge.
    void aRewriteWithTheSameContentSaysSo()
    {
        const QString path = writeSample(QStringLiteral("rewritten.json"));
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(path));
        doc.setDestinationField(2003, Destination::Name, QStringLiteral("mine"));
        {
            WorkspaceDocument other;
            QString error;
            QVERIFY(other.load(path, &error));
            QVERIFY2(other.save(&error, WorkspaceDocument::Overwrite::EvenIfChangedOnDisk),
                     qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                     QFileDevice::FileModificationTime));
        }
        m_answers = {1}; // Keep Mine, the second of two buttons: no Merge among them
        QTRY_COMPARE(m_asked.size(), 1);
        const QString text = m_asked.first().text;
        QVERIFY2(text.contains(QStringLiteral("holds the same workspace")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("changed only segment mappings")), qPrintable(text));
        QCOMPARE(m_asked.first().buttons,
                 QStringList({QStringLiteral("&Reload"), QStringLiteral("&Keep Mine")}));
        QCOMPARE(doc.workspace().destination(2003)->name, QStringLiteral("mine"));
        QVERIFY(doc.isModified());
    }

    void reloadShowsTheOtherVersion()
    {
        const QString path = writeSample(QStringLiteral("reloaded.json"));
        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(files.openWorkspace(path));
        m_answers = {0}; // Reload
        writeElsewhere(path, QStringLiteral("theirs"));
        QTRY_COMPARE(doc.workspace().destination(2003)->name, QStringLiteral("theirs"));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(!m_asked.first().text.contains(QStringLiteral("unsaved changes")));
        QVERIFY(!doc.isModified());
        QVERIFY(!doc.isChangedOnDisk());
    }

    // Issue 15 (1): a crash copy is offered whichever way its file is opened, says how many
    // changes it holds, and survives "Not Now" and the opening of other files.
    void openingAFileOffersItsCrashCopyFirst()
    {
        for (const RecoveryStore::Entry &e : RecoveryStore::pending())
            RecoveryStore::remove(e);
        const QString a = writeSample(QStringLiteral("crashed.json"));
        const QString b = writeSample(QStringLiteral("other.json"));
        {
            WorkspaceDocument crashed;
            QString error;
            QVERIFY(crashed.load(a, &error));
            RecoveryStore store(&crashed);
            crashed.setDestinationField(2003, Destination::Name, QStringLiteral("lost?"));
            crashed.setDestinationField(2001, Destination::Name, QStringLiteral("not lost"));
            store.writeNow();
        } // killed: the copy stays
        QCOMPARE(RecoveryStore::pending().size(), 1);

        WorkspaceDocument doc;
        QWidget window;
        WorkspaceController files(&doc, &window);
        files.keepRecoveryCopies();
        QCOMPARE(files.recoveryCopies(a), 1);
        QCOMPARE(files.recoveryCopies(b), 0);
        m_answers = {2}; // Not Now
        QVERIFY(files.openWorkspace(a));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().title, QStringLiteral("Recover Unsaved Changes"));
        QVERIFY2(m_asked.first().text.contains(QStringLiteral("2 changes")),
                 qPrintable(m_asked.first().text));
        QVERIFY(files.openWorkspace(b)); // another file: not asked about a's copy
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(RecoveryStore::pending().size(), 1);

        m_answers = {0}; // Restore, this time from the recent list
        QVERIFY(files.openRecent(a));
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(doc.workspace().destination(2003)->name, QStringLiteral("lost?"));
        QVERIFY(doc.isModified());
        QCOMPARE(RecoveryStore::pending().size(), 1); // kept until a save has the edits
        QVERIFY(files.save());
        QVERIFY(RecoveryStore::pending().isEmpty());
        QVERIFY(bytesOf(a).contains("\"not lost\""));
    }

    // Trial finding: after Discard at the question on closing, the next start offered the
    // discarded work. Nothing writes a copy of it again (a timer tick while the local account's
    // question is open, the end signal); the next edit is kept again, so a crash still recovers.
    void discardedChangesAreNotOfferedAtTheNextStart()
    {
        for (const RecoveryStore::Entry &e : RecoveryStore::pending())
            RecoveryStore::remove(e);
        const QString path = writeSample(QStringLiteral("discarded.json"));
        {
            WorkspaceDocument doc;
            QWidget window;
            WorkspaceController files(&doc, &window);
            files.keepRecoveryCopies();
            QVERIFY(files.openWorkspace(path));
            doc.setDestinationField(2003, Destination::Name, QStringLiteral("thrown away"));
            files.writeRecoveryNow(); // the minute's copy
            QCOMPARE(RecoveryStore::pending().size(), 1);
            m_answers = {1}; // Discard, on closing
            QVERIFY(files.maybeSave());
            QVERIFY(RecoveryStore::pending().isEmpty());
            files.writeRecoveryNow(); // a tick or a signal before the process ends
            QVERIFY(RecoveryStore::pending().isEmpty());

            doc.setDestinationField(2001, Destination::Name, QStringLiteral("kept"));
            files.writeRecoveryNow();
            QCOMPARE(RecoveryStore::pending().size(), 1); // a later edit survives a crash
            m_answers = {1};
            QVERIFY(files.maybeSave());
        } // the window closed
        QVERIFY(RecoveryStore::pending().isEmpty());
        WorkspaceDocument next;
        QWidget window;
        WorkspaceController nextStart(&next, &window);
        nextStart.keepRecoveryCopies();
        QCOMPARE(nextStart.recoveryCopies(), 0);
    }

    // Trial finding: Save As proposed DCS Desk's data folder for a new or pulled workspace.
    // It proposes the open file's folder (not the data folder), else the last folder chosen,
    // else Documents.
    void saveAsStartsInTheUsersFolderNeverTheDataFolder()
    {
        const QString data = QDir::cleanPath(AppPaths::dataDir());
        const auto folderOf = [](const QString &path) {
            return QDir::cleanPath(QFileInfo(path).absolutePath());
        };
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace()); // new, or pulled: no file
        QWidget window;
        WorkspaceController files(&doc, &window);
        QVERIFY(!files.saveAs());
        QCOMPARE(folderOf(m_suggested), QDir::cleanPath(FileFolders::documents()));
        QCOMPARE(QFileInfo(m_suggested).fileName(), QStringLiteral("workspace.json"));

        m_savePath = m_dir.filePath(QStringLiteral("chosen/saved.json"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("chosen")));
        QVERIFY(files.saveAs());
        m_savePath.clear();
        doc.reset(test::sampleWorkspace());
        QVERIFY(!files.saveAs()); // the last folder the user saved in
        QCOMPARE(folderOf(m_suggested), folderOf(m_dir.filePath(QStringLiteral("chosen/x"))));

        // The sample's copy lives in the data folder: not proposed for the user's own file.
        QVERIFY(QDir().mkpath(data));
        const QString inData = data + QStringLiteral("/sample-copy.json");
        QFile::remove(inData);
        QVERIFY(QFile::copy(writeSample(QStringLiteral("sample.json")), inData));
        QVERIFY(files.openWorkspace(inData));
        QVERIFY(!files.saveAs());
        QVERIFY2(folderOf(m_suggested) != data, qPrintable(m_suggested));
        QCOMPARE(folderOf(m_suggested), folderOf(m_dir.filePath(QStringLiteral("chosen/x"))));
        QCOMPARE(QFileInfo(m_suggested).fileName(), QStringLiteral("sample-copy.json"));
        QFile::remove(inData);

        // A file of the user's: its own folder.
        const QString own = writeSample(QStringLiteral("own.json"));
        QVERIFY(files.openWorkspace(own));
        QVERIFY(!files.saveAs());
        QCOMPARE(m_suggested, own);
    }

    void saveAsAddsJsonAndMovesTheDocument()
    {
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        QWidget window;
        WorkspaceController files(&doc, &window);
        QSignalSpy fileChanged(&files, &WorkspaceController::fileChanged);
        m_savePath = m_dir.filePath(QStringLiteral("named"));
        QVERIFY(files.save()); // no file yet: Save is Save As
        QCOMPARE(doc.filePath(), m_savePath + QStringLiteral(".json"));
        QVERIFY(QFileInfo::exists(m_savePath + QStringLiteral(".json")));
        QCOMPARE(fileChanged.count(), 1);
        m_savePath.clear(); // the user cancels the file chooser
        QVERIFY(!files.saveAs());
        QCOMPARE(fileChanged.count(), 1);
    }
};

QTEST_MAIN(TestWorkspaceController)
#include "tst_workspacecontroller.moc"
