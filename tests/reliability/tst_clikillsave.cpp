#include "mappingworkspace.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"
#include "workspace/workspacegenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace dcsdesk;

namespace {

constexpr int RunsPerCommand = 200;
constexpr quint32 KillSeed = 20261204;
constexpr int BatchUsers = 300;
const QString GeneratedDay = QStringLiteral("2026-01-15");
const QStringList GeneratedSize = {QStringLiteral("--destinations"), QStringLiteral("50"),
                                   QStringLiteral("--segments"),     QStringLiteral("1000"),
                                   QStringLiteral("--mappings"),     QStringLiteral("10000"),
                                   QStringLiteral("--date"),         GeneratedDay};

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

// Half the runs start without the file, half with an old version of it, so that a kill can
// leave either behind; never both.
bool startsWithOldFile(int run)
{
    return run % 2 == 1;
}

QString prepareTarget(int run, const QString &path, const QByteArray &oldBytes)
{
    QFile::remove(path);
    if (startsWithOldFile(run) && !writeBytes(path, oldBytes))
        return QStringLiteral("cannot write the old version of %1").arg(path);
    return {};
}

// What the kills left, and how many of them found the command still running.
struct Figures
{
    int runs = 0;
    int killedMidRun = 0;
    int absent = 0;
    int old = 0;
    int complete = 0;
};

// Checks one file after a kill and counts it. Empty when it is as it may be: as the run found it
// (the old version, or no file), or the complete new one, and the new one whenever the command
// ended on its own. isComplete decides for bytes that are not the old version.
QString inspectTarget(const QString &path, bool startedWithOld, bool endedOnItsOwn,
                      const QByteArray &oldBytes,
                      const std::function<bool(const QByteArray &)> &isComplete, Figures &figures)
{
    const QString name = QFileInfo(path).fileName();
    const bool exists = QFileInfo::exists(path);
    const QByteArray bytes = exists ? readBytes(path) : QByteArray();
    const bool complete = exists && isComplete(bytes);
    if (!exists && startedWithOld)
        return QStringLiteral("%1 existed before the run and is gone").arg(name);
    if (exists && !complete && !(startedWithOld && bytes == oldBytes))
        return QStringLiteral("%1 is torn: %2 bytes that are neither %3 nor the complete new "
                              "version")
            .arg(name)
            .arg(bytes.size())
            .arg(startedWithOld ? QStringLiteral("the old version")
                                : QStringLiteral("absent (the run started without it)"));
    if (endedOnItsOwn && !complete)
        return QStringLiteral("the command ended without error but %1 is not the new version")
            .arg(name);
    int &seen = complete ? figures.complete : exists ? figures.old : figures.absent;
    ++seen;
    return {};
}

// Every backup of a workspace must be the one version the command ever replaced.
QString inspectBackups(const QString &workspacePath, const QByteArray &previousBytes)
{
    for (int generation = 0; generation < WorkspaceFile::BackupCount; ++generation) {
        const QString backup = WorkspaceFile::backupPath(workspacePath, generation);
        if (!QFileInfo::exists(backup))
            continue;
        if (readBytes(backup) == previousBytes)
            continue;
        const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(backup);
        return QStringLiteral("%1 is not the previous version (%2)")
            .arg(QFileInfo(backup).fileName(), loaded.ok
                                                   ? QStringLiteral("it loads, with %1 mappings")
                                                         .arg(loaded.workspace.mappings.size())
                                                   : loaded.error);
    }
    return {};
}

// Files in the folder that nobody asked for: temporary files a kill left behind.
QStringList strayFiles(const QTemporaryDir &dir, const QStringList &expected)
{
    QStringList stray;
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &entry : entries) {
        const bool known = std::any_of(expected.begin(), expected.end(), [&](const QString &name) {
            return entry == name || entry.startsWith(name + QStringLiteral(".bak"));
        });
        if (!known)
            stray << entry;
    }
    return stray;
}

QByteArray mappingsCsv(int segments)
{
    QByteArray csv = "Destination ID,Segment ID,Mapping Value,Start Date,End Date\n";
    for (int destination : {10, 20}) {
        for (int i = 1; i <= segments; ++i) {
            const QByteArray sid = QByteArray::number(5000 + i);
            const QByteArray id = QByteArray::number(destination);
            csv += id + ',' + sid + ",v" + sid + "a,2025-01-01,2025-06-30\n";
            csv += id + ',' + sid + ",v" + sid + "b,2025-07-01,\n";
        }
    }
    return csv;
}

// A batch output as --out writes it: one JSON object per user, in row order, each line whole.
bool isCompleteBatchOutput(const QByteArray &bytes, int users)
{
    if (!bytes.endsWith('\n'))
        return false;
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    if (lines.size() != users)
        return false;
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument row = QJsonDocument::fromJson(lines[i], &error);
        if (error.error != QJsonParseError::NoError ||
            row.object().value(QStringLiteral("row")).toInt() != i + 1)
            return false;
    }
    return true;
}

// When an uncut run ends, and when in it the file it writes changes (the commit).
struct RunTimes
{
    qint64 totalUs = -1;
    qint64 commitUs = -1;
};

// Where the kills of one kind of run land. Half anywhere in the run, half in a band around the
// commit: the save (write, backup, rename) is only the last tenth or less of a run, so uniform
// delays alone would put few kills inside it. Load on the machine stretches runs, so the band
// follows the commit: after a band kill that found the new file it moves earlier, after one that
// did not it moves later, and it settles where half the band kills come before the commit.
class KillSchedule
{
public:
    explicit KillSchedule(const RunTimes &measured)
        : m_commitUs(measured.commitUs),
          m_runPerCommit(double(measured.totalUs) / qMax<qint64>(1, measured.commitUs)),
          m_stepUs(qMax<qint64>(100, measured.totalUs / 40))
    {
    }

    int delayUs(int run, QRandomGenerator &random) const
    {
        const qint64 totalUs = runUs();
        if (!inBand(run))
            return int(random.bounded(totalUs + 1));
        const qint64 from = qMax<qint64>(0, m_commitUs - totalUs / 10);
        return int(from + random.bounded(m_commitUs + totalUs / 10 - from + 1));
    }
    void learn(int run, bool committed)
    {
        if (inBand(run))
            m_commitUs = qMax<qint64>(0, m_commitUs + (committed ? -m_stepUs : m_stepUs));
    }
    qint64 commitUs() const { return m_commitUs; }
    qint64 runUs() const { return qint64(double(m_commitUs) * m_runPerCommit); }

private:
    static bool inBand(int run) { return run % 4 >= 2; }

    qint64 m_commitUs;
    double m_runPerCommit;
    qint64 m_stepUs;
};

struct KillOutcome
{
    bool killedMidRun = false;
    QString error;
};

} // namespace

// Kills dcsdesk-cli with SIGKILL at random moments while each command that writes a file runs,
// 200 times per command, as kill -9 or the OOM killer would: the file must always be absent, the
// old version or the complete new one, and a workspace's backups must be its previous version.
class TestCliKillSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void generateWorkspace();
    void mappingsImport();
    void mappingsExport();
    void batchOut();

private:
    // One command under test: how each run starts, and what its files may be after a kill.
    struct KillCase
    {
        const char *name;
        QStringList arguments;
        std::function<QString(int run)> prepare;
        std::function<QString(int run, bool endedOnItsOwn, Figures &figures)> inspect;
        QString target;
        QStringList expectedFiles;
    };

    void startCli(QProcess &child, const QStringList &arguments) const;
    int runToEnd(const QStringList &arguments, QString *errorOutput) const;
    RunTimes uncutRunTimes(const KillCase &killCase, int parity, QString *error) const;
    KillOutcome killAfter(const QStringList &arguments, int delayUs) const;
    void killRepeatedly(const KillCase &killCase, QTemporaryDir &dir);

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

void TestCliKillSave::initTestCase()
{
    test::initTestEnvironment();
    QVERIFY(m_home.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char *proxy : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                              "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        m_environment.remove(QLatin1String(proxy));
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    const QStringList xdg = {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"),
                             QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("XDG_STATE_HOME"),
                             QStringLiteral("XDG_RUNTIME_DIR")};
    for (const QString &name : xdg) {
        const QString path = m_home.filePath(name.toLower());
        QVERIFY(QDir().mkpath(path));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_environment.insert(name, path);
    }
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
}

// Standard output goes nowhere: a child blocked on a full pipe would look busy to a kill.
void TestCliKillSave::startCli(QProcess &child, const QStringList &arguments) const
{
    child.setProcessEnvironment(m_environment);
    child.setStandardOutputFile(QProcess::nullDevice());
    child.start(QStringLiteral(DCSDESK_CLI), arguments);
}

int TestCliKillSave::runToEnd(const QStringList &arguments, QString *errorOutput) const
{
    QProcess child;
    startCli(child, arguments);
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit) {
        child.kill();
        child.waitForFinished();
        *errorOutput = QStringLiteral("did not end normally");
        return -1;
    }
    *errorOutput = QString::fromUtf8(child.readAllStandardError());
    return child.exitCode();
}

// The fastest of three uncut runs started as kill runs of this parity start (with or without
// the old file: a workspace save first reads the file it replaces); load on the machine only
// makes runs slower. The commit is the first change in the target's folder (backup rotation,
// QSaveFile's rename), seen through inotify so that nothing polls the disk and slows the child.
RunTimes TestCliKillSave::uncutRunTimes(const KillCase &killCase, int parity, QString *error) const
{
    RunTimes fastest;
    for (int run = parity; run < 6; run += 2) {
        *error = killCase.prepare(run);
        if (!error->isEmpty())
            return {};
        QFileSystemWatcher watcher({QFileInfo(killCase.target).absolutePath()});
        QProcess child;
        QEventLoop loop;
        QElapsedTimer timer;
        qint64 commitUs = -1;
        qint64 totalUs = -1;
        connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, [&] {
            if (commitUs < 0)
                commitUs = timer.nsecsElapsed() / 1000;
        });
        connect(&child, &QProcess::finished, &loop, [&] {
            totalUs = timer.nsecsElapsed() / 1000;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        startCli(child, killCase.arguments);
        child.waitForStarted(); // where a kill run's delay starts
        timer.start();
        loop.exec();
        if (totalUs < 0 || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            child.kill();
            child.waitForFinished();
            *error = QStringLiteral("the uncut run failed: %1")
                         .arg(QString::fromUtf8(child.readAllStandardError()));
            return {};
        }
        if (fastest.totalUs < 0 || totalUs < fastest.totalUs)
            fastest = {totalUs, commitUs < 0 ? totalUs : qMin(commitUs, totalUs)};
    }
    return fastest;
}

KillOutcome TestCliKillSave::killAfter(const QStringList &arguments, int delayUs) const
{
    KillOutcome outcome;
    QProcess child;
    startCli(child, arguments);
    if (!child.waitForStarted()) {
        outcome.error = child.errorString();
        return outcome;
    }
    QThread::usleep(delayUs);
    // A child that has already exited stays a zombie until waited for, so the kill cannot hit
    // another process, and the exit status tells whether it was still running.
    child.kill();
    if (!child.waitForFinished(60000)) {
        outcome.error = QStringLiteral("did not end after SIGKILL");
        return outcome;
    }
    outcome.killedMidRun = child.exitStatus() == QProcess::CrashExit;
    if (!outcome.killedMidRun && child.exitCode() != 0)
        outcome.error = QStringLiteral("ended on its own with exit code %1: %2")
                            .arg(child.exitCode())
                            .arg(QString::fromUtf8(child.readAllStandardError()));
    return outcome;
}

void TestCliKillSave::killRepeatedly(const KillCase &killCase, QTemporaryDir &dir)
{
    QString error;
    RunTimes measured[2];
    for (int parity : {0, 1}) {
        measured[parity] = uncutRunTimes(killCase, parity, &error);
        QVERIFY2(measured[parity].totalUs >= 0, qPrintable(error));
    }
    KillSchedule schedules[2] = {KillSchedule(measured[0]), KillSchedule(measured[1])};
    QElapsedTimer elapsed;
    elapsed.start();
    QRandomGenerator random(KillSeed);
    Figures figures;
    for (int run = 0; run < RunsPerCommand; ++run) {
        error = killCase.prepare(run);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        KillSchedule &schedule = schedules[run % 2];
        const int delayUs = schedule.delayUs(run, random);
        const KillOutcome outcome = killAfter(killCase.arguments, delayUs);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        ++figures.runs;
        figures.killedMidRun += outcome.killedMidRun ? 1 : 0;
        const int completeBefore = figures.complete;
        error = killCase.inspect(run, !outcome.killedMidRun, figures);
        schedule.learn(run, figures.complete > completeBefore);
        if (!error.isEmpty()) {
            dir.setAutoRemove(false);
            QFAIL(qPrintable(
                QStringLiteral("%1, run %2, SIGKILL after %3 us of a %4 us run: %5. Files kept in "
                               "%6; arguments: %7")
                    .arg(QLatin1String(killCase.name))
                    .arg(run)
                    .arg(delayUs)
                    .arg(schedule.runUs())
                    .arg(error, dir.path(), killCase.arguments.join(QLatin1Char(' ')))));
        }
    }
    const QStringList stray = strayFiles(dir, killCase.expectedFiles);
    qInfo("%s: %d runs, %d killed mid-run; files seen: %d absent, %d old, %d complete; uncut "
          "even/odd runs %.1f/%.1f ms, commit at %.1f/%.1f ms (band ended at %.1f/%.1f ms); "
          "%.1f s for all runs; %d stray temporary files%s%s",
          killCase.name, figures.runs, figures.killedMidRun, figures.absent, figures.old,
          figures.complete, measured[0].totalUs / 1000.0, measured[1].totalUs / 1000.0,
          measured[0].commitUs / 1000.0, measured[1].commitUs / 1000.0,
          schedules[0].commitUs() / 1000.0, schedules[1].commitUs() / 1000.0,
          elapsed.elapsed() / 1000.0, int(stray.size()), stray.isEmpty() ? "" : ": ",
          qPrintable(stray.mid(0, 5).join(QStringLiteral(", "))));
    // Kills that find the command done prove nothing; most must land while it runs.
    QVERIFY2(figures.killedMidRun >= figures.runs / 2,
             qPrintable(QString::number(figures.killedMidRun)));
}

void TestCliKillSave::generateWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldPath = dir.filePath(QStringLiteral("old.json"));
    const QString referencePath = dir.filePath(QStringLiteral("reference.json"));
    const QString target = dir.filePath(QStringLiteral("ws.json"));
    const auto generateArguments = [](const QString &path, const char *seed) {
        return QStringList{QStringLiteral("generate-workspace"), path, QStringLiteral("--seed"),
                           QLatin1String(seed)} +
               GeneratedSize;
    };
    QString errorOutput;
    QVERIFY2(runToEnd(generateArguments(oldPath, "2"), &errorOutput) == 0, qPrintable(errorOutput));
    QVERIFY2(runToEnd(generateArguments(referencePath, "1"), &errorOutput) == 0,
             qPrintable(errorOutput));
    const QByteArray oldBytes = readBytes(oldPath);
    const QByteArray newBytes = readBytes(referencePath);
    const WorkspaceFile::LoadResult reference = WorkspaceFile::load(referencePath);
    QVERIFY2(reference.ok, qPrintable(reference.error));
    QCOMPARE(reference.workspace.name, QStringLiteral("Generated (seed 1)"));
    QCOMPARE(reference.workspace.destinations.size(), 50);
    QCOMPARE(reference.workspace.segments.size(), 1000);
    QCOMPARE(reference.workspace.mappings.size(), 10000);
    QVERIFY(oldBytes != newBytes);

    const auto isComplete = [&newBytes](const QByteArray &bytes) { return bytes == newBytes; };
    KillCase killCase{
        "generate-workspace",
        generateArguments(target, "1"),
        [&](int run) { return prepareTarget(run, target, oldBytes); },
        [&](int run, bool endedOnItsOwn, Figures &figures) {
            const QString problem = inspectTarget(target, startsWithOldFile(run), endedOnItsOwn,
                                                  oldBytes, isComplete, figures);
            return problem.isEmpty() ? inspectBackups(target, oldBytes) : problem;
        },
        target,
        {QStringLiteral("old.json"), QStringLiteral("reference.json"), QStringLiteral("ws.json")}};
    killRepeatedly(killCase, dir);
}

void TestCliKillSave::mappingsImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("ws.json"));
    const QString csvPath = dir.filePath(QStringLiteral("rows.csv"));
    constexpr int segments = 1500;
    constexpr int importedRows = 2 * 2 * segments;
    Workspace before = test::mappingWorkspace(segments);
    before.name = QStringLiteral("Before import");
    QString error;
    QVERIFY2(WorkspaceFile::save(before, target, {}, nullptr, &error), qPrintable(error));
    const QByteArray oldBytes = readBytes(target);
    QVERIFY(writeBytes(csvPath, mappingsCsv(segments)));

    const QStringList arguments = {QStringLiteral("mappings"), QStringLiteral("import"), target,
                                   csvPath};
    const auto restoreOld = [&](int) {
        return writeBytes(target, oldBytes) ? QString()
                                            : QStringLiteral("cannot restore %1").arg(target);
    };
    QVERIFY(restoreOld(0).isEmpty());
    QString errorOutput;
    QVERIFY2(runToEnd(arguments, &errorOutput) == 0, qPrintable(errorOutput));
    const QByteArray newBytes = readBytes(target);
    const WorkspaceFile::LoadResult imported = WorkspaceFile::load(target);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.workspace.mappings.size(), importedRows);
    QCOMPARE(readBytes(WorkspaceFile::backupPath(target)), oldBytes);

    const auto isComplete = [&newBytes](const QByteArray &bytes) { return bytes == newBytes; };
    KillCase killCase{"mappings import",
                      arguments,
                      restoreOld,
                      [&](int, bool endedOnItsOwn, Figures &figures) {
                          const QString problem = inspectTarget(target, true, endedOnItsOwn,
                                                                oldBytes, isComplete, figures);
                          return problem.isEmpty() ? inspectBackups(target, oldBytes) : problem;
                      },
                      target,
                      {QStringLiteral("ws.json"), QStringLiteral("rows.csv")}};
    killRepeatedly(killCase, dir);
}

void TestCliKillSave::mappingsExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspacePath = dir.filePath(QStringLiteral("ws.json"));
    const QString referencePath = dir.filePath(QStringLiteral("reference.csv"));
    const QString target = dir.filePath(QStringLiteral("out.csv"));
    WorkspaceGenerator::Options options;
    options.destinations = 50;
    options.segments = 1000;
    options.mappings = 10000;
    options.referenceDate = QDate::fromString(GeneratedDay, Qt::ISODate);
    QString error;
    QVERIFY2(WorkspaceFile::save(WorkspaceGenerator::generate(options), workspacePath, {}, nullptr,
                                 &error),
             qPrintable(error));
    const auto exportArguments = [&](const QString &csv) {
        return QStringList{QStringLiteral("mappings"), QStringLiteral("export"), workspacePath,
                           csv};
    };
    QString errorOutput;
    QVERIFY2(runToEnd(exportArguments(referencePath), &errorOutput) == 0, qPrintable(errorOutput));
    const QByteArray newBytes = readBytes(referencePath);
    QCOMPARE(newBytes.count('\n'), options.mappings + 1);
    const QByteArray oldBytes = "Destination ID,Segment ID,Mapping Value,Start Date\n"
                                "1,100001,an older export,2024-01-01\n";

    const auto isComplete = [&newBytes](const QByteArray &bytes) { return bytes == newBytes; };
    KillCase killCase{
        "mappings export",
        exportArguments(target),
        [&](int run) { return prepareTarget(run, target, oldBytes); },
        [&](int run, bool endedOnItsOwn, Figures &figures) {
            return inspectTarget(target, startsWithOldFile(run), endedOnItsOwn, oldBytes,
                                 isComplete, figures);
        },
        target,
        {QStringLiteral("ws.json"), QStringLiteral("reference.csv"), QStringLiteral("out.csv")}};
    killRepeatedly(killCase, dir);
}

void TestCliKillSave::batchOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sandboxPath = dir.filePath(QStringLiteral("sandbox.json"));
    const QString referencePath = dir.filePath(QStringLiteral("reference.jsonl"));
    const QString target = dir.filePath(QStringLiteral("out.jsonl"));
    QString error;
    QVERIFY2(WorkspaceFile::save(test::smallWorkspace(), sandboxPath, {}, nullptr, &error),
             qPrintable(error));
    // --sandbox serves the workspace in-process on 127.0.0.1: nothing leaves the machine.
    const auto batchArguments = [&](const QString &out) {
        return QStringList{
            QStringLiteral("batch"),      QStringLiteral("--sandbox"), sandboxPath,
            QStringLiteral("--generate"), QString::number(BatchUsers), QStringLiteral("--seed"),
            QStringLiteral("1"),          QStringLiteral("--out"),     out};
    };
    QString errorOutput;
    QVERIFY2(runToEnd(batchArguments(referencePath), &errorOutput) == 0, qPrintable(errorOutput));
    QVERIFY(isCompleteBatchOutput(readBytes(referencePath), BatchUsers));
    const QByteArray oldBytes = "{\"row\":1,\"state\":\"answered\",\"user\":\"an older run\"}\n";

    const auto isComplete = [](const QByteArray &bytes) {
        return isCompleteBatchOutput(bytes, BatchUsers);
    };
    KillCase killCase{"batch --out",
                      batchArguments(target),
                      [&](int run) { return prepareTarget(run, target, oldBytes); },
                      [&](int run, bool endedOnItsOwn, Figures &figures) {
                          return inspectTarget(target, startsWithOldFile(run), endedOnItsOwn,
                                               oldBytes, isComplete, figures);
                      },
                      target,
                      {QStringLiteral("sandbox.json"), QStringLiteral("reference.jsonl"),
                       QStringLiteral("out.jsonl")}};
    killRepeatedly(killCase, dir);
}

QTEST_GUILESS_MAIN(TestCliKillSave)
#include "tst_clikillsave.moc"
