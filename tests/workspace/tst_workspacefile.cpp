#include "failingdevice.h"
#include "testworkspace.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"
#include "workspace/workspaceserializer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Persistence: round trips, git-friendly layout, corrupt and newer files, failing writes,
// backups. The rule under test everywhere: a file we cannot fully read is never written.
class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        f.write(bytes);
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void roundTripIsLossless()
    {
        const Workspace ws = test::smallWorkspace();
        const QByteArray first = WorkspaceSerializer::toJson(ws);
        const auto read = WorkspaceSerializer::fromJson(first);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.workspace.destinations, ws.destinations);
        QCOMPARE(read.workspace.segments, ws.segments);
        QCOMPARE(read.workspace.mappings, ws.mappings);
        QCOMPARE(read.workspace.profiles, ws.profiles);
        QCOMPARE(WorkspaceSerializer::toJson(read.workspace), first);
    }

    void sampleRoundTripsByteForByte()
    {
        const QByteArray bytes = readAll(test::samplePath());
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.workspace.destinations.size(), 12);
        QCOMPARE(read.workspace.segments.size(), 40);
        // The bundled sample is stored in canonical form.
        QCOMPARE(WorkspaceSerializer::toJson(read.workspace), bytes);
    }

    void documentedExampleIsCanonical()
    {
        const QByteArray doc =
            readAll(QStringLiteral(DCSDESK_SOURCE_DIR "/docs/workspace-format.md"));
        const qsizetype start = doc.indexOf("```json\n");
        QVERIFY(start >= 0);
        const qsizetype end = doc.indexOf("```", start + 8);
        const QByteArray example = doc.mid(start + 8, end - start - 8);
        const auto read = WorkspaceSerializer::fromJson(example);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.workspace.mappings.size(), 2);
        QCOMPARE(WorkspaceSerializer::toJson(read.workspace), example);
    }

    void formatIsGitFriendly()
    {
        Workspace ws = test::smallWorkspace();
        const QByteArray before = WorkspaceSerializer::toJson(ws);
        QVERIFY(before.endsWith("}\n"));
        QVERIFY(
            before.startsWith("{\n    \"format\": \"dcsdesk-workspace\",\n    \"version\": 1,"));
        ws.destinations[0].name = QStringLiteral("Renamed");
        ws.mappings[1].value = QStringLiteral("changed");
        const QByteArray after = WorkspaceSerializer::toJson(ws);
        const QList<QByteArray> a = before.split('\n'), b = after.split('\n');
        QCOMPARE(a.size(), b.size());
        int changedLines = 0;
        for (int i = 0; i < a.size(); ++i)
            changedLines += a[i] != b[i] ? 1 : 0;
        QCOMPARE(changedLines, 2); // one line per field changed
    }

    void unknownKeysSurvive()
    {
        QJsonObject root =
            QJsonDocument::fromJson(WorkspaceSerializer::toJson(test::smallWorkspace())).object();
        root.insert(QStringLiteral("futureTopLevel"), QJsonObject{{QStringLiteral("a"), 1}});
        QJsonArray destinations = root.value(QStringLiteral("destinations")).toArray();
        QJsonObject d = destinations[0].toObject();
        d.insert(QStringLiteral("futureField"), QStringLiteral("keep me"));
        destinations[0] = d;
        root.insert(QStringLiteral("destinations"), destinations);
        QJsonArray mappings = root.value(QStringLiteral("mappings")).toArray();
        QJsonObject m = mappings[0].toObject();
        m.insert(QStringLiteral("note"), QStringLiteral("x"));
        mappings[0] = m;
        root.insert(QStringLiteral("mappings"), mappings);

        const auto read = WorkspaceSerializer::fromJson(QJsonDocument(root).toJson());
        QVERIFY2(read.ok, qPrintable(read.error));
        const QByteArray out = WorkspaceSerializer::toJson(read.workspace);
        QVERIFY(out.contains("\"futureTopLevel\""));
        QVERIFY(out.contains("\"futureField\": \"keep me\""));
        QVERIFY(out.contains("\"note\":\"x\""));
    }

    void migratesVersion0()
    {
        const QByteArray v0 =
            R"({"name":"Old","destinations":[{"id":7,"name":"Old URL","type":"url",
            "mappings":[{"id":1,"sid":5,"value":"5","startDate":"2024-01-01"}]}],
            "segments":[{"sid":5,"name":"S"}]})";
        const auto read = WorkspaceSerializer::fromJson(v0);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(read.migrated);
        QCOMPARE(read.fileVersion, 0);
        QCOMPARE(read.workspace.mappings.size(), 1);
        QCOMPARE(read.workspace.mappings[0].destinationId, 7);
        QVERIFY(!read.workspace.destinations[0].unknownKeys.contains(QStringLiteral("mappings")));
    }

    void corruptInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << 0 << "empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << 0 << "empty";
        QTest::newRow("truncated")
            << QByteArray(
                   "{\n \"format\": \"dcsdesk-workspace\",\n \"version\": 1,\n \"segments\": [")
            << 4 << "JSON";
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << 0 << "workspace";
        QTest::newRow("other format")
            << QByteArray(R"({"format":"something-else","version":1})") << 0 << "format";
        QTest::newRow("wrong type list")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":1,"segments":{}})") << 0
            << "segments";
        QTest::newRow("wrong type field")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"segments":[{"sid":"abc"}]})")
            << 0 << "segments[0].sid";
        QTest::newRow("huge number")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"segments":[{"sid":1e300}]})")
            << 0 << "segments[0].sid";
        QTest::newRow("fraction")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":1,"segments":[{"sid":1.5}]})")
            << 0 << "whole number";
        QTest::newRow("bad date")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"mappings":[{"id":1,"destinationId":2,"sid":3,"startDate":"31/12/2024"}]})")
            << 0 << "mappings[0].startDate";
        QTest::newRow("bad enum")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"destinations":[{"id":1,"type":"fax"}]})")
            << 0 << "fax";
        QTest::newRow("duplicate key")
            << QByteArray("{\"format\":\"dcsdesk-workspace\",\"version\":1,\n\"name\":\"a\","
                          "\"name\":\"b\"}")
            << 2 << "twice";
        QByteArray deep(5000, '[');
        QTest::newRow("deep nesting") << deep << 1 << "JSON";
        QTest::newRow("missing version")
            << QByteArray(R"({"format":"dcsdesk-workspace"})") << 0 << "version";
    }

    void corruptInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(mentions, Qt::CaseInsensitive), qPrintable(read.error));
        if (line > 0)
            QCOMPARE(read.line, line);
    }

    void bomIsAccepted()
    {
        const QByteArray bytes =
            "\xEF\xBB\xBF" + WorkspaceSerializer::toJson(test::smallWorkspace());
        QVERIFY(WorkspaceSerializer::fromJson(bytes).ok);
    }

    void corruptFileIsNeverOverwritten()
    {
        const QByteArray garbage = "{ \"format\": \"dcsdesk-workspace\", \"version\": 1, oops";
        const QString path = write(QStringLiteral("corrupt.json"), garbage);
        WorkspaceDocument doc;
        QString error;
        QVERIFY(!doc.load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("corrupt.json")) &&
                     error.contains(QStringLiteral("line 1")),
                 qPrintable(error));
        // Any attempt to save over it is refused.
        doc.reset(test::smallWorkspace());
        QVERIFY(!doc.saveAs(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not overwritten")), qPrintable(error));
        QCOMPARE(readAll(path), garbage);
        QVERIFY(!WorkspaceFile::save(test::smallWorkspace(), path, WorkspaceFile::Stamp(), nullptr,
                                     &error));
        QCOMPARE(readAll(path), garbage);
    }

    void newerVersionOpensReadOnly()
    {
        QByteArray bytes = WorkspaceSerializer::toJson(test::smallWorkspace());
        bytes.replace("\"version\": 1", "\"version\": 7");
        const QString path = write(QStringLiteral("newer.json"), bytes);
        WorkspaceDocument doc;
        QString error;
        QVERIFY2(doc.load(path, &error), qPrintable(error));
        QVERIFY(doc.isReadOnly());
        QVERIFY(doc.readOnlyReason().contains(QStringLiteral("newer")));
        doc.setDestinationField(10, Destination::Name, QStringLiteral("edited"));
        QVERIFY(!doc.save(&error));
        QVERIFY(!doc.saveAs(path, &error));
        QCOMPARE(readAll(path), bytes);
        // Save As elsewhere keeps a copy in this version's format.
        const QString copy = m_dir.filePath(QStringLiteral("newer-copy.json"));
        QVERIFY2(doc.saveAs(copy, &error), qPrintable(error));
        QVERIFY(!doc.isReadOnly());
        QCOMPARE(readAll(path), bytes);
    }

    void backgroundLoadMatchesLoad()
    {
        const QString good = write(QStringLiteral("background.json"),
                                   WorkspaceSerializer::toJson(test::smallWorkspace()));
        WorkspaceDocument doc;
        QSignalSpy started(&doc, &WorkspaceDocument::loadingStarted);
        QSignalSpy loaded(&doc, &WorkspaceDocument::workspaceLoaded);
        doc.loadInBackground(good);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), good);
        QVERIFY(doc.isLoading());
        QCOMPARE(doc.loadingPath(), good);
        QVERIFY(doc.workspace().destinations.isEmpty()); // replaced on this thread, later
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QVERIFY(!doc.isLoading());
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(doc.workspace().destinations, test::smallWorkspace().destinations);
        QCOMPARE(doc.workspace().mappings, test::smallWorkspace().mappings);
        QVERIFY(!doc.isModified());

        // A corrupt file: the same message as load(), and the open workspace is untouched.
        const QString corrupt = write(QStringLiteral("background-corrupt.json"), "{ oops");
        QString syncError;
        WorkspaceDocument other;
        QVERIFY(!other.load(corrupt, &syncError));
        doc.loadInBackground(corrupt);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(1).at(0).toBool(), false);
        QCOMPARE(loaded.at(1).at(1).toString(), syncError);
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(doc.workspace().destinations, test::smallWorkspace().destinations);

        // A newer format opens read-only, as with load().
        QByteArray bytes = WorkspaceSerializer::toJson(test::smallWorkspace());
        bytes.replace("\"version\": 1", "\"version\": 7");
        const QString newer = write(QStringLiteral("background-newer.json"), bytes);
        doc.loadInBackground(newer);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(2).at(0).toBool(), true);
        QVERIFY(doc.isReadOnly());
        QVERIFY(doc.readOnlyReason().contains(QStringLiteral("newer")));
    }

    void backgroundLoadIsSuperseded()
    {
        const QString first = write(QStringLiteral("first.json"),
                                    WorkspaceSerializer::toJson(test::smallWorkspace()));
        Workspace other = test::smallWorkspace();
        other.destinations.removeLast();
        const QString second =
            write(QStringLiteral("second.json"), WorkspaceSerializer::toJson(other));
        WorkspaceDocument doc;
        QSignalSpy loaded(&doc, &WorkspaceDocument::workspaceLoaded);
        // Another background load: the first ends unapplied, the second wins.
        doc.loadInBackground(first);
        doc.loadInBackground(second);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toBool(), false);
        QVERIFY(loaded.at(0).at(1).toString().isEmpty());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(doc.filePath(), second);
        QCOMPARE(doc.workspace().destinations.size(), other.destinations.size());
        QTest::qWait(50); // the first worker's result, if it comes late, changes nothing
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(doc.filePath(), second);

        // A reset (e.g. File > New) while loading: what it put there stays.
        doc.loadInBackground(first);
        doc.reset(Workspace());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(2).at(0).toBool(), false);
        QVERIFY(doc.filePath().isEmpty());
        QVERIFY(doc.workspace().destinations.isEmpty());
        QVERIFY(!doc.isLoading());
    }

    void directoryInsteadOfFile()
    {
        WorkspaceDocument doc;
        QString error;
        QVERIFY(!doc.load(m_dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("folder")));
        doc.reset(test::smallWorkspace());
        QVERIFY(!doc.saveAs(m_dir.path(), &error));
    }

    void failingDeviceReportsError()
    {
        test::FailingDevice device(100);
        QString error;
        QVERIFY(!WorkspaceSerializer::write(test::smallWorkspace(), &device, &error));
        QVERIFY(error.contains(QStringLiteral("No space left")));
    }

    void failedSaveKeepsOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/sub/ws.json"));
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        doc.setDestinationField(10, Destination::Name, QStringLiteral("edited"));
        QString error;
        QVERIFY(!doc.saveAs(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(doc.isModified()); // the edit is still there to save elsewhere
    }

    void saveKeepsRotatingBackups()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotating.json"));
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        QString error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QByteArray previous = readAll(path);
        for (int i = 0; i < 4; ++i) {
            doc.setDestinationField(10, Destination::Name, QStringLiteral("v%1").arg(i));
            QVERIFY(doc.isModified());
            QVERIFY2(doc.save(&error), qPrintable(error));
            QCOMPARE(readAll(WorkspaceFile::backupPath(path)), previous);
            previous = readAll(path);
        }
        QVERIFY(QFile::exists(WorkspaceFile::backupPath(path, 1)));
        QVERIFY(QFile::exists(WorkspaceFile::backupPath(path, 2)));
        QVERIFY(!QFile::exists(WorkspaceFile::backupPath(path, 3)));
        WorkspaceDocument reopened;
        QVERIFY(reopened.load(path, &error));
        QCOMPARE(reopened.workspace().destination(10)->name, QStringLiteral("v3"));
    }

    void fileChangedBehindOurBackIsChecked()
    {
        const QString path = m_dir.filePath(QStringLiteral("external.json"));
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        QString error;
        QVERIFY(doc.saveAs(path, &error));
        const QByteArray garbage = "not json at all";
        write(QStringLiteral("external.json"), garbage);
        doc.setDestinationField(10, Destination::Name, QStringLiteral("x"));
        QVERIFY(!doc.save(&error));
        QCOMPARE(readAll(path), garbage);
    }

    void sampleIsCopiedOnFirstRun()
    {
        QFile::remove(AppPaths::sampleWorkspacePath());
        QString error;
        const QString path = AppPaths::ensureSampleWorkspace(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(path.startsWith(AppPaths::dataDir()));
        WorkspaceDocument doc;
        QVERIFY2(doc.load(path, &error), qPrintable(error));
        doc.setDestinationField(2001, Destination::Name, QStringLiteral("mine"));
        QVERIFY2(doc.save(&error), qPrintable(error)); // the copy is writable
        // The bundled resource is untouched.
        QCOMPARE(
            WorkspaceFile::load(AppPaths::bundledSamplePath()).workspace.destination(2001)->name,
            QStringLiteral("Ad server pixels (serialized)"));
        QFile::remove(path);
        QFile::remove(WorkspaceFile::backupPath(path));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
