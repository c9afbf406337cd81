#include "checks/savedrequestchecks.h"
#include "console/consoleview.h"
#include "console/environmentbar.h"
#include "console/environmentdialog.h"
#include "console/requestbuilderwidget.h"
#include "console/sandboxendpoint.h"
#include "dcs/dcsclient.h"
#include "history/historystore.h"
#include "secrets/secretstore.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace dcsdesk;

namespace {
// The secret of this test: no file under its home folder may hold it, in any encoding.
const char *const kSecret = "Zq7-canary-s3cret+91/x";
} // namespace

// Issue 18/20: "secrets never appear in any file the app writes". The test runs in a home
// folder of its own (HOME and every XDG folder inside it, set before the application starts),
// types a secret in the Environments dialog with no keychain answering (ctest's bogus session
// bus), sees the fallback message and ••• in the preview, copies as cURL, sends, saves the
// workspace, writes the history and the settings, then reads every file under the home folder
// and fails on any form of the secret.
class TestSecretScan : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;
    std::unique_ptr<FixedSandboxEndpoint> m_endpoint;
    DcsClient m_client;
    QByteArray m_received;

    static QList<QByteArray> forms()
    {
        const QByteArray s(kSecret);
        const QString text = QString::fromUtf8(s);
        QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        // The prefix before "+" and "/" catches any encoding that changes only those.
        return {s, s.left(17), QUrl::toPercentEncoding(text), s.toBase64(), utf16};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("HOME").contains(QLatin1String("secretscan")));
        qunsetenv("DCSDESK_VAR_APITOKEN");
        QVERIFY(m_server.listen());
        m_server.setHandler([this](const test::TestHttpRequest &r) {
            m_received = r.header("X-Token");
            return test::TestHttpResponse::json(QByteArray("{\"uuid\":\"1\"}"));
        });
        m_endpoint = std::make_unique<FixedSandboxEndpoint>(m_server.baseUrl());
    }

    // Finding 10: keys are <workspace>/<environment>/<variable>. Save As to a new file keeps the
    // name, so the key and the value stay; a name that changes (the file edited and reloaded)
    // takes the values along to the new keys, keeps the old entries, and says so.
    void secretsFollowARenamedWorkspace()
    {
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(QDir().mkpath(home + QStringLiteral("/work")));
        const Workspace ws = test::sampleWorkspace();
        WorkspaceDocument document;
        document.reset(ws);
        QString error;
        QVERIFY2(document.saveAs(home + QStringLiteral("/work/rename.json"), &error),
                 qPrintable(error));
        MemorySecretStore store;
        const SecretKey old{ws.name, QStringLiteral("production"), QStringLiteral("partnerToken")};
        store.write(old, QStringLiteral("t0ken-value"), [](const SecretStore::Reply &) {});
        QTRY_COMPARE(store.contents().size(), 1);
        EnvironmentBar bar(&document);
        bar.setSecretStore(&store);
        QTRY_VERIFY(bar.secrets()->hasValue(QStringLiteral("production"),
                                            QStringLiteral("partnerToken")));

        QVERIFY2(document.saveAs(home + QStringLiteral("/work/rename-copy.json"), &error),
                 qPrintable(error));
        QCOMPARE(store.contents().size(), 1);
        QVERIFY(bar.secrets()->hasValue(QStringLiteral("production"),
                                        QStringLiteral("partnerToken")));

        QSignalSpy notices(&bar, &EnvironmentBar::notice);
        Workspace renamed = document.workspace();
        renamed.name = QStringLiteral("Renamed account");
        document.reset(renamed, document.filePath());
        const SecretKey now{renamed.name, QStringLiteral("production"),
                            QStringLiteral("partnerToken")};
        QTRY_COMPARE(store.contents().value(now.toString()), QStringLiteral("t0ken-value"));
        QCOMPARE(store.contents().value(old.toString()), QStringLiteral("t0ken-value"));
        QVERIFY(!notices.isEmpty());
        QVERIFY2(notices.last().first().toString().contains(QStringLiteral("Renamed account")),
                 qPrintable(notices.last().first().toString()));
    }

    void secretNeverReachesAFile()
    {
        const QString home = qEnvironmentVariable("HOME");
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        QString error;
        QVERIFY(QDir().mkpath(home + QStringLiteral("/work")));
        QVERIFY2(document.saveAs(home + QStringLiteral("/work/workspace.json"), &error),
                 qPrintable(error));
        HistoryStore history(qEnvironmentVariable("XDG_DATA_HOME") +
                             QStringLiteral("/dcsdesk/history"));
        QVERIFY(history.load());
        ConsoleView view(&document, &m_client, &history, m_endpoint.get());
        view.resize(1280, 720);
        view.show();
        EnvironmentBar *bar = view.environments();

        // No keychain answers: said once, in the console, and in the dialog.
        QTRY_VERIFY_WITH_TIMEOUT(!bar->secrets()->keychainAvailable(), 20000);
        const QString why = bar->secrets()->unavailableMessage();
        QVERIFY2(why.startsWith(QLatin1String("The system keychain cannot be used: ")),
                 qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("Unknown error")), qPrintable(why));
        {
            EnvironmentDialog dialog(&document, bar->secrets(), bar->currentName(), &view);
            QVERIFY(dialog.secretNoteLabel()->text().contains(why));
            dialog.addVariableButton()->click();
            QTableWidget *t = dialog.table();
            const int row = t->rowCount() - 1;
            t->item(row, 0)->setText(QStringLiteral("apiToken"));
            t->item(row, 2)->setCheckState(Qt::Checked);
            t->item(row, 1)->setData(Qt::UserRole, QString::fromUtf8(kSecret));
            QVERIFY(!t->item(row, 1)->text().contains(QLatin1String("Zq7")));
            dialog.accept();
        }

        DcsRequest r = SavedRequestChecks::entries(document.workspace()).first().request;
        r.headers.append({QStringLiteral("X-Token"), QStringLiteral("{{apiToken}}")});
        r.signalList.append({QStringLiteral("c_token"), {QStringLiteral("{{apiToken}}")}});
        view.builder()->setRequest(r);
        QCOMPARE(view.prepared().header("X-Token"), QByteArray(kSecret));

        // Shown as ••• in the preview, {{apiToken}} in the URL field, never the value.
        const QString preview = view.builder()->previewEdit()->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("X-Token: \u2022\u2022\u2022")),
                 qPrintable(preview));
        QVERIFY(!preview.contains(QLatin1String("Zq7")));
        QVERIFY2(view.urlField()->text().contains(QLatin1String("{{apiToken}}")),
                 qPrintable(view.urlField()->text()));
        QVERIFY(!view.urlField()->text().contains(QLatin1String("Zq7")));
        QVERIFY(!view.urlField()->toolTip().contains(QLatin1String("Zq7")));
        for (QListWidget *list : view.findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i)
                QVERIFY(!list->item(i)->text().contains(QLatin1String("Zq7")));
        }

        // Copy as cURL leaves {{apiToken}} and says so.
        QMetaObject::invokeMethod(&view, "copyAsCurl");
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(QLatin1String("{{apiToken}}")), qPrintable(curl));
        QVERIFY(!curl.contains(QLatin1String("Zq7")));

        // Sent with the value; then the workspace saved, the settings written.
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_received, QByteArray(kSecret));
        QVERIFY2(document.save(&error), qPrintable(error));
        QSettings settings;
        settings.setValue(QStringLiteral("tst_secretscan/written"), true);
        settings.sync();
        QApplication::clipboard()->clear();

        int files = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QByteArray &form : forms())
                QVERIFY2(!bytes.contains(form), qPrintable(f.fileName() + QStringLiteral(": ") +
                                                           QString::fromLatin1(form)));
        }
        qInfo("%d files scanned under %s", files, qPrintable(home));
        QVERIFY(files >= 3); // the workspace, the history, the settings at least
        QFile saved(home + QStringLiteral("/work/workspace.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"apiToken\""));
    }
};

int main(int argc, char *argv[])
{
    // A home folder of the test's own, before Qt reads any of these.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/dcsdesk-secretscan-XXXXXX"));
    if (!dir.isValid())
        return 1;
    const QByteArray home = dir.path().toUtf8();
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("XDG_CACHE_HOME", home + "/.cache");
    qputenv("XDG_STATE_HOME", home + "/.local/state");
    qputenv("XDG_RUNTIME_DIR", home + "/run");
    QDir().mkpath(QString::fromUtf8(home + "/run"));
    QFile::setPermissions(QString::fromUtf8(home + "/run"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/dcsdesk-test-bus");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dcsdesk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretscan"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestSecretScan test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretscan.moc"
