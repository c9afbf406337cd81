// A second start hands its file to the running DCS Desk: the request crosses the local socket,
// a socket a crashed instance left behind is taken over, and the running window opens the file
// it was given.
#include "application/singleinstance.h"
#include "console/consoleservices.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtConcurrent>
#include <QtTest>

using namespace dcsdesk;

class TstSingleInstance : public QObject
{
    Q_OBJECT

    static QString uniqueKey()
    {
        return QStringLiteral("dcsdesk-test-") +
               QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void noRunningInstance()
    {
        QVERIFY(!SingleInstance::forward(uniqueKey(), QStringLiteral("/tmp/x.json"), 500));
    }

    void requestReachesTheRunningInstance()
    {
        const QString key = uniqueKey();
        SingleInstance running(key);
        QVERIFY(running.listen());
        QSignalSpy requested(&running, &SingleInstance::openRequested);
        // The second start blocks on the socket: it runs beside this event loop, as a process.
        QFuture<bool> handed = QtConcurrent::run(
            [key]() { return SingleInstance::forward(key, QStringLiteral("/work/acme.json")); });
        QTRY_VERIFY(handed.isFinished());
        QVERIFY(handed.result());
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("/work/acme.json"));

        QFuture<bool> raiseOnly =
            QtConcurrent::run([key]() { return SingleInstance::forward(key, QString()); });
        QTRY_VERIFY(raiseOnly.isFinished());
        QVERIFY(raiseOnly.result());
        QTRY_COMPARE(requested.count(), 2);
        QVERIFY(requested.last().first().toString().isEmpty());
    }

    void socketLeftByACrashIsTakenOver()
    {
        const QString key = m_dir.filePath(QStringLiteral("stale.sock"));
        QFile stale(key);
        QVERIFY(stale.open(QIODevice::WriteOnly)); // nobody answers there
        stale.close();
        SingleInstance running(key);
        QString error;
        QVERIFY2(running.listen(&error), qPrintable(error));
        QSignalSpy requested(&running, &SingleInstance::openRequested);
        QFuture<bool> handed = QtConcurrent::run([key]() { return SingleInstance::forward(key, {}); });
        QTRY_VERIFY(handed.isFinished());
        QVERIFY(handed.result());
        QTRY_COMPARE(requested.count(), 1);
    }

    void windowOpensTheHandedFile()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.json"));
        const QString second = m_dir.filePath(QStringLiteral("second.json"));
        for (const QString &path : {first, second}) {
            QVERIFY(QFile::copy(test::samplePath(), path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        WorkspaceDocument document;
        QString error;
        QVERIFY2(document.load(first, &error), qPrintable(error));
        ConsoleServices services(&document, m_dir.filePath(QStringLiteral("history")));
        MainWindow window(&document);
        window.setSettingsEnabled(false);
        services.install(&window);
        window.showMinimized();
        window.openFromAnotherStart(first); // the same file: only to the front
        QTRY_VERIFY(!window.isMinimized());
        QCOMPARE(QFileInfo(document.filePath()), QFileInfo(first));
        window.openFromAnotherStart(second); // nothing unsaved: opened without a question
        QTRY_COMPARE(QFileInfo(document.filePath()), QFileInfo(second));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"
