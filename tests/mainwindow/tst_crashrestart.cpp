#include "system/datetext.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

#include <memory>

using namespace dcsdesk;

namespace {

constexpr int StepTimeoutMs = 60000; // a cold start of the whole window on a busy machine
const QString EditedId = QStringLiteral("10");
const QString SecondId = QStringLiteral("20");
const QString NameOnDisk = QStringLiteral("Serialized URL");
const QString EditedName = QStringLiteral("Renamed before the kill");
const QString SecondName = QStringLiteral("Cookie renamed too");
const QString RecoverTitle = QStringLiteral("Recover Unsaved Changes");

enum class Way { Argument, OpenRecent, OpenDialog, Drop };

// One user of DCS Desk with nothing shared with the machine's real user: a home, data, config,
// cache and runtime folder of its own, and two workspaces in the home folder. Every run of one
// test case is this same user, so the second run finds what the first one left.
class PrivateUser
{
    QTemporaryDir m_root;
    bool m_valid = m_root.isValid();

public:
    PrivateUser()
    {
        for (const char *folder : {"home/Workspaces", "data", "config", "cache", "runtime"})
            m_valid = m_valid && QDir().mkpath(m_root.filePath(QLatin1String(folder)));
        m_valid =
            m_valid && QFile::setPermissions(m_root.filePath(QStringLiteral("runtime")),
                                             QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
        m_valid = m_valid && writeWorkspace(edited, QStringLiteral("Edited")) &&
                  writeWorkspace(other, QStringLiteral("Other"));
    }

    bool isValid() const { return m_valid; }
    QString dataHome() const { return m_root.filePath(QStringLiteral("data")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    const QString edited = m_root.filePath(QStringLiteral("home/Workspaces/edited.json"));
    const QString other = m_root.filePath(QStringLiteral("home/Workspaces/other.json"));

private:
    static bool writeWorkspace(const QString &path, const QString &name)
    {
        Workspace workspace = test::smallWorkspace();
        workspace.name = name;
        QString error;
        if (!WorkspaceFile::save(workspace, path, {}, nullptr, &error))
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }
};

// One run of DCS Desk as a PrivateUser: crashrestart_child, which is app/dcsdesk's start-up plus
// a driver. Commands go to it as JSON lines; its events (questions asked, commands done, state)
// come back the same way and are kept in order, so a test can look at what happened when.
class DeskRun
{
public:
    DeskRun(const PrivateUser &user, const QString &workspace, const QString &startupAnswer)
    {
        QProcessEnvironment env = user.environment();
        env.insert(QStringLiteral("CRASHRESTART_STARTUP"), startupAnswer);
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(CRASHRESTART_CHILD), {workspace});
    }

    ~DeskRun() { kill(); }

    // The next event of that name; an empty object when an error, the end of the run or the
    // time limit came first (failure() says which).
    QJsonObject waitFor(const QString &name)
    {
        const QDeadlineTimer deadline(StepTimeoutMs);
        for (;;) {
            while (m_read < m_events.size()) {
                const QJsonObject event = m_events.at(m_read++);
                const QString kind = event.value(QStringLiteral("event")).toString();
                if (kind == name)
                    return event;
                if (kind == QLatin1String("error")) {
                    m_failure = event.value(QStringLiteral("message")).toString();
                    return {};
                }
            }
            if (!readEvent(deadline))
                return {};
        }
    }

    // Runs a command and returns its "done" event (with what the window shows after it).
    QJsonObject run(QJsonObject command)
    {
        m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
        return waitFor(QStringLiteral("done"));
    }

    // The events of that name so far, in order.
    QList<QJsonObject> eventsNamed(const QString &name) const
    {
        QList<QJsonObject> named;
        for (const QJsonObject &event : m_events) {
            if (event.value(QStringLiteral("event")).toString() == name)
                named.append(event);
        }
        return named;
    }

    // The questions asked while the given command ran ("startup" before the first command).
    QList<QJsonObject> questionsDuring(const QString &command) const
    {
        QList<QJsonObject> asked;
        for (const QJsonObject &event : eventsNamed(QStringLiteral("asked"))) {
            if (event.value(QStringLiteral("command")).toString() == command)
                asked.append(event);
        }
        return asked;
    }

    QString failure()
    {
        return QStringLiteral("%1\n--- stderr of the run:\n%2")
            .arg(m_failure, QString::fromLocal8Bit(m_process.readAllStandardError()));
    }

    // SIGTERM (a logout, `kill`) or SIGHUP / SIGINT: the app may still act; true when it then
    // ended by itself with exit code 0.
    bool endWith(int signalNumber)
    {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        ::kill(pid_t(m_process.processId()), signalNumber);
        return m_process.waitForFinished(StepTimeoutMs) &&
               m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    // SIGKILL, as a crash or the OOM killer ends a process: nothing of the app runs after it.
    bool kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.kill();
        return m_process.waitForFinished(StepTimeoutMs) &&
               m_process.exitStatus() == QProcess::CrashExit;
    }

private:
    bool readEvent(const QDeadlineTimer &deadline)
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning) {
                m_failure =
                    QStringLiteral("the run ended (exit code %1)").arg(m_process.exitCode());
                return false;
            }
            if (deadline.hasExpired()) {
                m_failure = QStringLiteral("no answer within %1 ms").arg(StepTimeoutMs);
                return false;
            }
            m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
        }
        const QJsonObject event = QJsonDocument::fromJson(m_process.readLine()).object();
        if (event.contains(QStringLiteral("event")))
            m_events.append(event);
        return true;
    }

    QProcess m_process;
    QList<QJsonObject> m_events;
    int m_read = 0;
    QString m_failure;
};

QString wayName(Way way)
{
    switch (way) {
    case Way::Argument:
        return QStringLiteral("startup");
    case Way::OpenRecent:
        return QStringLiteral("open-recent");
    case Way::OpenDialog:
        return QStringLiteral("open-dialog");
    case Way::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

// The recovery copies in the folder (each run's lock file beside them is not one).
QStringList copiesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.json"), QStringLiteral("*.json.meta")},
                                  QDir::Files | QDir::Hidden, QDir::Name);
}

QString destinationName(const QString &path, const QString &id)
{
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(path);
    const Destination *destination = loaded.workspace.destination(id.toLongLong());
    return loaded.ok && destination ? destination->name : loaded.error;
}

QString nameIn(const QJsonObject &shown, const char *list, const QString &id)
{
    return shown.value(QLatin1String(list)).toObject().value(id).toString();
}

} // namespace

Q_DECLARE_METATYPE(Way)

// The promise of docs/reliability.md, "Unsaved edits survive a crash", end to end: a live DCS Desk
// process edits a workspace, writes its recovery copy and is killed with SIGKILL; the next run
// opens the file by each of the four ways a user has (command-line argument, File › Open Recent,
// File › Open, a drop on the window) and must offer the copy first, restore, keep or delete it as
// the user answers. Each row of each case is one user with private folders, one kill and one
// restart, so rows cannot see each other's copies or settings.
class TestCrashRestart : public QObject
{
    Q_OBJECT

private:
    // What the killed run left: its copy, and when the copy was written at the earliest/latest.
    struct Crash
    {
        QString recoveryFolder;
        QString copy;
        QStringList files; // the copy and its .meta
        QDateTime notBefore;
        QDateTime notAfter;
    };

    void killWhileEditing(const PrivateUser &user, Crash *crash)
    {
        DeskRun first(user, user.edited, QString());
        const QJsonObject started = first.waitFor(QStringLiteral("started"));
        QVERIFY2(!started.isEmpty(), qPrintable(first.failure()));
        const QJsonObject shown = started.value(QStringLiteral("shown")).toObject();
        QCOMPARE(shown.value(QStringLiteral("documentPath")).toString(), user.edited);
        crash->recoveryFolder = shown.value(QStringLiteral("recoveryFolder")).toString();
        QVERIFY2(crash->recoveryFolder.startsWith(user.dataHome() + QLatin1Char('/')),
                 qPrintable(crash->recoveryFolder));

        crash->notBefore = QDateTime::currentDateTime();
        const QJsonObject renamed =
            first.run({{QStringLiteral("command"), QStringLiteral("rename")},
                       {QStringLiteral("names"),
                        QJsonObject{{EditedId, EditedName}, {SecondId, SecondName}}}});
        QVERIFY2(!renamed.isEmpty(), qPrintable(first.failure()));
        const QJsonObject edited = renamed.value(QStringLiteral("shown")).toObject();
        QCOMPARE(nameIn(edited, "listedNames", EditedId), EditedName);
        QVERIFY(edited.value(QStringLiteral("documentModified")).toBool());
        const QJsonObject written = first.waitFor(QStringLiteral("copy-written"));
        QVERIFY2(!written.isEmpty(), qPrintable(first.failure()));
        crash->notAfter = QDateTime::currentDateTime();
        crash->copy = written.value(QStringLiteral("path")).toString();
        QCOMPARE(QFileInfo(crash->copy).absolutePath(), crash->recoveryFolder);
        crash->files = copiesIn(crash->recoveryFolder);
        const QString name = QFileInfo(crash->copy).fileName();
        const QStringList expected{name, name + QStringLiteral(".meta")};
        QCOMPARE(crash->files, expected);

        QVERIFY2(first.kill(), "the first run did not die of SIGKILL");
        QCOMPARE(copiesIn(crash->recoveryFolder), crash->files);
        QCOMPARE(destinationName(user.edited, EditedId), NameOnDisk);
    }

    // The run after the kill, once it has opened the edited workspace.
    struct Reopened
    {
        std::unique_ptr<DeskRun> run;
        QList<QJsonObject> asked; // while the workspace was opened
        QJsonObject opened;       // the "started" or "done" event after the opening
        QJsonObject shown() const { return opened.value(QStringLiteral("shown")).toObject(); }
    };

    // Kills a run mid-edit, then opens the edited workspace the given way in a new run and
    // answers the recovery question with `answer`; the new run keeps going.
    void crashThenOpen(const PrivateUser &user, Way way, const QString &answer, Crash *crash,
                       Reopened *reopened)
    {
        killWhileEditing(user, crash);
        if (QTest::currentTestFailed())
            return;
        if (way == Way::Argument) {
            reopened->run = std::make_unique<DeskRun>(user, user.edited, answer);
            reopened->opened = reopened->run->waitFor(QStringLiteral("started"));
        } else {
            // Started with another workspace, whose start-up may offer the copy too: not now.
            reopened->run = std::make_unique<DeskRun>(user, user.other, QStringLiteral("Not Now"));
            const QJsonObject started = reopened->run->waitFor(QStringLiteral("started"));
            QVERIFY2(!started.isEmpty(), qPrintable(reopened->run->failure()));
            QCOMPARE(copiesIn(crash->recoveryFolder), crash->files);
            reopened->opened = reopened->run->run({{QStringLiteral("command"), wayName(way)},
                                                   {QStringLiteral("path"), user.edited},
                                                   {QStringLiteral("answer"), answer}});
        }
        QVERIFY2(!reopened->opened.isEmpty(), qPrintable(reopened->run->failure()));
        if (way == Way::OpenDialog)
            QCOMPARE(reopened->run->eventsNamed(QStringLiteral("file-chooser")).size(), 1);
        reopened->asked = reopened->run->questionsDuring(wayName(way));
        QStringList titles;
        for (const QJsonObject &question : reopened->asked)
            titles.append(question.value(QStringLiteral("title")).toString());
        QVERIFY2(titles == QStringList{RecoverTitle},
                 qPrintable(QStringLiteral("questions while opening: [%1]")
                                .arg(titles.join(QStringLiteral(", ")))));
        QCOMPARE(reopened->asked.first().value(QStringLiteral("answer")).toString(), answer);
    }

    void checkTheQuestionSaysWhatTheCopyHolds(const QJsonObject &question, const PrivateUser &user,
                                              const Crash &crash)
    {
        const QString text = question.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QDir::toNativeSeparators(user.edited)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 change")), qPrintable(text));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QString earliest = DateText::dateTime(crash.notBefore, english);
        const QString latest = DateText::dateTime(crash.notAfter, english);
        QVERIFY2(text.contains(earliest) || text.contains(latest),
                 qPrintable(QStringLiteral("no time %1 in: %2").arg(latest, text)));
        QCOMPARE(question.value(QStringLiteral("buttons")).toArray(),
                 QJsonArray({QStringLiteral("Restore"), QStringLiteral("Discard"),
                             QStringLiteral("Not Now")}));
    }

    // The kill and the restart of one row, with the question checked; false when it failed.
    bool crashThenOpenAndAsk(const PrivateUser &user, const QString &answer, Crash *crash,
                             Reopened *reopened)
    {
        QFETCH(Way, way);
        if (!user.isValid())
            QTest::qFail("the private folders could not be made", __FILE__, __LINE__);
        else
            crashThenOpen(user, way, answer, crash, reopened);
        if (!QTest::currentTestFailed())
            checkTheQuestionSaysWhatTheCopyHolds(reopened->asked.first(), user, *crash);
        return !QTest::currentTestFailed();
    }

    static void addWays()
    {
        QTest::addColumn<Way>("way");
        QTest::newRow("command-line argument") << Way::Argument;
        QTest::newRow("File › Open Recent") << Way::OpenRecent;
        QTest::newRow("File › Open dialog") << Way::OpenDialog;
        QTest::newRow("drop on the window") << Way::Drop;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void restoreBringsTheEditsBackAndSaveKeepsThem_data() { addWays(); }
    void restoreBringsTheEditsBackAndSaveKeepsThem()
    {
        const PrivateUser user;
        Crash crash;
        Reopened reopened;
        if (!crashThenOpenAndAsk(user, QStringLiteral("Restore"), &crash, &reopened))
            return;
        const QJsonObject shown = reopened.shown();
        QCOMPARE(shown.value(QStringLiteral("documentPath")).toString(), user.edited);
        QCOMPARE(nameIn(shown, "documentNames", EditedId), EditedName);
        QCOMPARE(nameIn(shown, "documentNames", SecondId), SecondName);
        QCOMPARE(nameIn(shown, "listedNames", EditedId), EditedName);
        QVERIFY(shown.value(QStringLiteral("documentModified")).toBool());
        QVERIFY(shown.value(QStringLiteral("windowModified")).toBool());
        const QString title = shown.value(QStringLiteral("shownTitle")).toString();
        QVERIFY2(title.startsWith(QStringLiteral("edited.json*")), qPrintable(title));
        QCOMPARE(destinationName(user.edited, EditedId), NameOnDisk); // restored, not saved yet
        QVERIFY2(QFile::exists(crash.copy), "the copy went before a save had its edits");

        const QJsonObject saved =
            reopened.run->run({{QStringLiteral("command"), QStringLiteral("save")}});
        QVERIFY2(!saved.isEmpty(), qPrintable(reopened.run->failure()));
        const QJsonObject afterSave = saved.value(QStringLiteral("shown")).toObject();
        QVERIFY(!afterSave.value(QStringLiteral("documentModified")).toBool());
        QVERIFY(!afterSave.value(QStringLiteral("windowModified")).toBool());
        QCOMPARE(reopened.run->questionsDuring(QStringLiteral("save")).size(), 0);
        QCOMPARE(copiesIn(crash.recoveryFolder), QStringList());
        QCOMPARE(destinationName(user.edited, EditedId), EditedName);
        QCOMPARE(destinationName(user.edited, SecondId), SecondName);
    }

    void notNowKeepsTheCopy_data() { addWays(); }
    void notNowKeepsTheCopy()
    {
        const PrivateUser user;
        Crash crash;
        Reopened reopened;
        if (!crashThenOpenAndAsk(user, QStringLiteral("Not Now"), &crash, &reopened))
            return;
        const QJsonObject shown = reopened.shown();
        QCOMPARE(shown.value(QStringLiteral("documentPath")).toString(), user.edited);
        QCOMPARE(nameIn(shown, "listedNames", EditedId), NameOnDisk);
        QVERIFY(!shown.value(QStringLiteral("documentModified")).toBool());
        QCOMPARE(copiesIn(crash.recoveryFolder), crash.files);
        QVERIFY2(reopened.run->kill(), "the second run did not die of SIGKILL");
        QCOMPARE(copiesIn(crash.recoveryFolder), crash.files);
    }

    void discardDeletesTheCopy_data() { addWays(); }
    void discardDeletesTheCopy()
    {
        const PrivateUser user;
        Crash crash;
        Reopened reopened;
        if (!crashThenOpenAndAsk(user, QStringLiteral("Discard"), &crash, &reopened))
            return;
        const QJsonObject shown = reopened.shown();
        QCOMPARE(shown.value(QStringLiteral("documentPath")).toString(), user.edited);
        QCOMPARE(nameIn(shown, "listedNames", EditedId), NameOnDisk);
        QVERIFY(!shown.value(QStringLiteral("documentModified")).toBool());
        QCOMPARE(copiesIn(crash.recoveryFolder), QStringList());
        QCOMPARE(destinationName(user.edited, EditedId), NameOnDisk);
    }

    // The user decides about the edits before the window presents the file: when the question
    // comes, the window must not already hold the version on disk (its title naming the file,
    // its list showing the names the kill lost).
    void theQuestionComesBeforeTheWorkspaceIsShown_data() { addWays(); }
    void theQuestionComesBeforeTheWorkspaceIsShown()
    {
        QFETCH(Way, way);
        const PrivateUser user;
        QVERIFY(user.isValid());
        Crash crash;
        Reopened reopened;
        crashThenOpen(user, way, QStringLiteral("Restore"), &crash, &reopened);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject atQuestion =
            reopened.asked.first().value(QStringLiteral("shown")).toObject();
        QVERIFY2(
            atQuestion.value(QStringLiteral("documentPath")).toString() != user.edited,
            qPrintable(QStringLiteral("when asked, the window (visible: %1) already showed "
                                      "the file: title \"%2\", destination %3 listed as "
                                      "\"%4\" (the name on disk, not the copy's \"%5\")")
                           .arg(atQuestion.value(QStringLiteral("visible")).toBool()
                                    ? QStringLiteral("yes")
                                    : QStringLiteral("no"),
                                atQuestion.value(QStringLiteral("shownTitle")).toString(), EditedId,
                                nameIn(atQuestion, "listedNames", EditedId), EditedName)));
    }

    // Told to end (logout, `kill`, Ctrl+C) seconds after an edit, long before the minute of the
    // periodic copy: the edits are written to the copy before the process ends, and the next
    // start offers them.
    void endSignalsWriteTheCopyFirst_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void endSignalsWriteTheCopyFirst()
    {
        QFETCH(int, signalNumber);
        const PrivateUser user;
        QVERIFY(user.isValid());
        QString folder;
        {
            DeskRun first(user, user.edited, QString());
            const QJsonObject started = first.waitFor(QStringLiteral("started"));
            QVERIFY2(!started.isEmpty(), qPrintable(first.failure()));
            folder = started.value(QStringLiteral("shown"))
                         .toObject()
                         .value(QStringLiteral("recoveryFolder"))
                         .toString();
            const QJsonObject renamed =
                first.run({{QStringLiteral("command"), QStringLiteral("rename")},
                           {QStringLiteral("keepInterval"), true},
                           {QStringLiteral("names"), QJsonObject{{EditedId, EditedName}}}});
            QVERIFY2(!renamed.isEmpty(), qPrintable(first.failure()));
            QVERIFY(copiesIn(folder).isEmpty()); // the minute has not passed
            QVERIFY2(first.endWith(signalNumber), qPrintable(first.failure()));
        }
        const QStringList copies = copiesIn(folder);
        QCOMPARE(copies.size(), 2); // the copy and its .meta
        QCOMPARE(destinationName(QDir(folder).filePath(copies.first()), EditedId), EditedName);
        QCOMPARE(destinationName(user.edited, EditedId), NameOnDisk);

        DeskRun second(user, user.edited, QStringLiteral("Restore"));
        const QJsonObject reopened = second.waitFor(QStringLiteral("started"));
        QVERIFY2(!reopened.isEmpty(), qPrintable(second.failure()));
        QCOMPARE(second.questionsDuring(QStringLiteral("startup")).size(), 1);
        QCOMPARE(
            nameIn(reopened.value(QStringLiteral("shown")).toObject(), "listedNames", EditedId),
            EditedName);
    }
};

QTEST_GUILESS_MAIN(TestCrashRestart)
#include "tst_crashrestart.moc"
