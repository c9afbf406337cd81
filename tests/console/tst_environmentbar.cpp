#include "checks/savedrequestchecks.h"
#include "common/uiprompts.h"
#include "console/consoleview.h"
#include "console/environmentbar.h"
#include "console/environmentdialog.h"
#include "console/noticeline.h"
#include "console/requestbuilderwidget.h"
#include "console/responsewidget.h"
#include "console/sandboxendpoint.h"
#include "dcs/dcsclient.h"
#include "history/historystore.h"
#include "secrets/secretstore.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace dcsdesk;

// Issue 20: the console's environment selector (offscreen): the first environment is active,
// the preview shows each variable's value and follows another choice, an undefined variable
// refuses the request, the dialog's edits are one undo step and a typed secret stays in memory:
// not in the workspace, not in the history.
class TestEnvironmentBar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestHttpServer m_server;
    std::unique_ptr<FixedSandboxEndpoint> m_endpoint;
    DcsClient m_client;

    static DcsRequest golf(const WorkspaceDocument &document)
    {
        return SavedRequestChecks::entries(document.workspace()).first().request;
    }

    static bool listed(const PreparedRequest &p, const QString &text)
    {
        for (const RequestFinding &f : p.findings) {
            if (f.message.contains(text))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qunsetenv("DCSDESK_VAR_APITOKEN");
        // No system keychain (no QtKeychain thread to outlive the test): a store that is not
        // there, as under Xvfb without a Secret Service.
        EnvironmentBar::setStoreFactory([](QObject *parent) {
            auto *store = new MemorySecretStore(parent);
            store->setUnavailable(QStringLiteral("no Secret Service in this test"));
            return store;
        });
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.setHandler([](const test::TestHttpRequest &) {
            return test::TestHttpResponse::json(QByteArray("{\"uuid\":\"1\"}"));
        });
        m_endpoint = std::make_unique<FixedSandboxEndpoint>(m_server.baseUrl());
    }

    void cleanupTestCase()
    {
        EnvironmentBar::setStoreFactory(nullptr);
        UiPrompts::resetHandlers();
    }

    // No keychain: the console says so in one line, "Details…" shows the whole message (why,
    // what is kept, what to do), and the line can be hidden.
    void keychainNoticeIsOneLineWithDetails()
    {
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        HistoryStore history(m_dir.filePath(QStringLiteral("h0")));
        QVERIFY(history.load());
        ConsoleView view(&document, &m_client, &history, m_endpoint.get());
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy notices(view.environments(), &EnvironmentBar::notice);
        // Another workspace whose secrets are read: the store answers "unavailable".
        auto *store = new MemorySecretStore(&view);
        store->setUnavailable(QStringLiteral("org.freedesktop.secrets was not provided"));
        view.environments()->setSecretStore(store);
        QTRY_VERIFY(!notices.isEmpty());
        NoticeLine *notice = view.notice();
        QVERIFY(notice->isVisible());
        QLabel *label = notice->label();
        const QString line = notices.last().at(0).toString();
        const QString details = notices.last().at(1).toString();
        QVERIFY2(line.startsWith(QStringLiteral("No system keychain")), qPrintable(line));
        QVERIFY(details.contains(QStringLiteral("org.freedesktop.secrets was not provided")));
        QVERIFY(details.contains(QStringLiteral("GNOME Keyring")));
        QVERIFY(label->text().contains(line));
        QVERIFY(label->text().contains(QStringLiteral("Details…")));
        QVERIFY(!label->text().contains(QStringLiteral("GNOME Keyring")));
        QCOMPARE(label->toolTip(), details);
        QCOMPARE(notice->details(), details);
        // One line at 1280 px: the text at the label's width is no taller than one line.
        QTRY_VERIFY2(label->heightForWidth(label->width()) < 2 * label->fontMetrics().lineSpacing(),
                     qPrintable(QStringLiteral("%1 px for %2 px wide")
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->width())));
        // The answer's status line stays the answer's.
        QVERIFY(!view.response()->statusLabel()->text().contains(line));
        QString shown;
        UiPrompts::setChooseHandler([&shown](QWidget *, QMessageBox::Icon, const QString &,
                                             const QString &text, const QStringList &, int, int) {
            shown = text;
            return 0;
        });
        Q_EMIT label->linkActivated(QStringLiteral("#details"));
        QCOMPARE(shown, details);
        notice->hideButton()->click();
        QVERIFY(!notice->isVisible());
    }

    void selectorFollowsTheEnvironment()
    {
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        HistoryStore history(m_dir.filePath(QStringLiteral("h1")));
        QVERIFY(history.load());
        ConsoleView view(&document, &m_client, &history, m_endpoint.get());
        view.resize(1280, 720);
        view.show();
        EnvironmentBar *bar = view.environments();
        QVERIFY(!bar->combo()->accessibleName().isEmpty());
        QVERIFY(!bar->manageButton()->accessibleName().isEmpty());
        QCOMPARE(bar->combo()->count(), 4);
        QCOMPARE(bar->currentName(), QStringLiteral("sandbox"));

        view.builder()->setRequest(golf(document));
        PreparedRequest p = view.prepared();
        QVERIFY(!p.isRefused());
        QVERIFY(p.urlText.contains(QByteArray(38, '1')));
        QVERIFY(listed(p, QStringLiteral("{{golfFan}}")));
        QVERIFY(view.urlField()->text().contains(QString(38, QLatin1Char('1'))));

        // The keyboard picks the next environment; the URL field follows.
        bar->combo()->setFocus();
        QTest::keyClick(bar->combo(), Qt::Key_Down);
        QTRY_COMPARE(bar->currentName(), QStringLiteral("beta"));
        QTRY_VERIFY(view.urlField()->text().contains(QString(38, QLatin1Char('3'))));

        // A variable no environment defines: refused, naming it and the environment.
        DcsRequest r = golf(document);
        r.signalList.append({QStringLiteral("c_tier"), {QStringLiteral("{{tier}}")}});
        view.builder()->setRequest(r);
        p = view.prepared();
        QVERIFY(p.isRefused());
        QVERIFY(listed(p, QStringLiteral("{{tier}}")));
        QVERIFY(listed(p, QStringLiteral("“beta”")));
    }

    void dialogEditsAreOneUndoStepAndSecretsStayInMemory()
    {
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        const QString historyDir = m_dir.filePath(QStringLiteral("h2"));
        HistoryStore history(historyDir);
        QVERIFY(history.load());
        ConsoleView view(&document, &m_client, &history, m_endpoint.get());
        view.show();
        EnvironmentBar *bar = view.environments();
        const int steps = document.undoStack()->count();
        {
            EnvironmentDialog dialog(&document, bar->secrets(), bar->currentName(), &view);
            QCOMPARE(dialog.list()->count(), 4);
            QCOMPARE(dialog.nameField()->text(), QStringLiteral("sandbox"));
            QCOMPARE(dialog.table()->rowCount(), 1);
            dialog.addVariableButton()->click();
            QTableWidget *t = dialog.table();
            QCOMPARE(t->rowCount(), 2);
            t->item(1, 0)->setText(QStringLiteral("apiToken"));
            t->item(1, 2)->setCheckState(Qt::Checked);
            t->item(1, 1)->setData(Qt::UserRole, QStringLiteral("typed-s3cret"));
            QVERIFY(!t->item(1, 1)->text().contains(QLatin1String("typed")));
            dialog.accept();
        }
        QCOMPARE(document.undoStack()->count(), steps + 1);
        const QByteArray json =
            QJsonDocument(document.workspace().environments).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("\"apiToken\""));
        QVERIFY(!json.contains("typed-s3cret"));

        // Sent with the typed value; the history keeps the variable, not the value.
        DcsRequest r = golf(document);
        r.headers.append({QStringLiteral("X-Token"), QStringLiteral("{{apiToken}}")});
        view.builder()->setRequest(r);
        const PreparedRequest p = view.prepared();
        QCOMPARE(p.header("X-Token"), QByteArray("typed-s3cret"));
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.send();
        QVERIFY(finished.wait(5000));
        QDirIterator it(historyDir, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("typed-s3cret"), qPrintable(f.fileName()));
            files += bytes.contains("{{apiToken}}") ? 1 : 0;
        }
        QVERIFY(files > 0);

        document.undo();
        QCOMPARE(document.workspace().environments, test::sampleWorkspace().environments);
    }

    // A mistake typed in the dialog is told with the names shown there (not the file's
    // "environments[0].variables[1].name"), the cell at fault is selected, and nothing is saved
    // until it is corrected.
    void dialogNamesTheEnvironmentAndVariableAtFault()
    {
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        const int steps = document.undoStack()->count();
        QStringList shown;
        UiPrompts::setChooseHandler([&shown](QWidget *, QMessageBox::Icon, const QString &,
                                             const QString &text, const QStringList &, int, int) {
            shown.append(text);
            return 0;
        });
        MemorySecretStore store;
        EnvironmentSecrets secrets(&store);
        EnvironmentDialog dialog(&document, &secrets, QStringLiteral("sandbox"));
        QTableWidget *t = dialog.table();
        const QString first = t->item(0, 0)->text();
        dialog.addVariableButton()->click();
        t->item(1, 0)->setText(first);
        dialog.accept();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.last().contains(QStringLiteral("environment “sandbox” has two variables "
                                                      "named “%1”")
                                           .arg(first)),
                 qPrintable(shown.last()));
        QVERIFY2(!shown.last().contains(QLatin1String("environments[")), qPrintable(shown.last()));
        QCOMPARE(t->currentRow(), 1);
        QCOMPARE(document.undoStack()->count(), steps);

        t->item(1, 0)->setText(QStringLiteral("2fast"));
        dialog.accept();
        QVERIFY2(shown.last().contains(QStringLiteral("“2fast” (environment “sandbox”) cannot be "
                                                      "a variable name")),
                 qPrintable(shown.last()));

        t->item(1, 0)->setText(QStringLiteral("fast2"));
        dialog.nameField()->setText(QString());
        Q_EMIT dialog.nameField()->textEdited(QString());
        dialog.accept();
        QVERIFY2(shown.last().contains(QStringLiteral("has no name")), qPrintable(shown.last()));
        QCOMPARE(shown.size(), 3);
        QCOMPARE(document.undoStack()->count(), steps);

        dialog.nameField()->setText(QStringLiteral("sandbox"));
        dialog.accept();
        QCOMPARE(shown.size(), 3);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        UiPrompts::resetHandlers();
    }

    // With a keychain (a memory store here): the dialog writes the secret there, the next
    // session reads it back and shows ••• in the preview, and emptying the value forgets it.
    void secretsGoToTheKeychainAndComeBack()
    {
        MemorySecretStore store;
        const QString key = QStringLiteral("Sample%20account/sandbox/apiToken");
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        HistoryStore history(m_dir.filePath(QStringLiteral("h3")));
        QVERIFY(history.load());
        {
            ConsoleView view(&document, &m_client, &history, m_endpoint.get());
            view.environments()->setSecretStore(&store);
            EnvironmentDialog dialog(&document, view.environments()->secrets(),
                                     view.environments()->currentName(), &view);
            QVERIFY(dialog.secretNoteLabel()->text().contains(QLatin1String("system keychain")));
            dialog.addVariableButton()->click();
            QTableWidget *t = dialog.table();
            t->item(1, 0)->setText(QStringLiteral("apiToken"));
            t->item(1, 2)->setCheckState(Qt::Checked);
            t->item(1, 1)->setData(Qt::UserRole, QStringLiteral("k3ychain-value"));
            dialog.accept();
            QTRY_COMPARE(store.contents().value(key), QStringLiteral("k3ychain-value"));
        }
        ConsoleView view(&document, &m_client, &history, m_endpoint.get());
        EnvironmentBar *bar = view.environments();
        bar->setSecretStore(&store);
        QTRY_VERIFY(
            bar->secrets()->hasValue(QStringLiteral("sandbox"), QStringLiteral("apiToken")));
        QVERIFY(bar->secrets()->keychainAvailable());
        DcsRequest r = golf(document);
        r.headers.append({QStringLiteral("X-Token"), QStringLiteral("{{apiToken}}")});
        view.builder()->setRequest(r);
        const PreparedRequest p = view.prepared();
        QCOMPARE(p.header("X-Token"), QByteArray("k3ychain-value"));
        QVERIFY(listed(p, QStringLiteral("system keychain")));
        const QString preview = view.builder()->previewEdit()->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("X-Token: \u2022\u2022\u2022")),
                 qPrintable(preview));
        QVERIFY(!preview.contains(QLatin1String("k3ychain")));

        EnvironmentDialog dialog(&document, bar->secrets(), bar->currentName(), &view);
        QTableWidget *t = dialog.table();
        QCOMPARE(t->rowCount(), 2);
        QVERIFY(!t->item(1, 1)->text().contains(QLatin1String("k3ychain")));
        t->item(1, 1)->setData(Qt::UserRole, QString());
        dialog.accept();
        QTRY_VERIFY(!store.contents().contains(key));
        QVERIFY(view.prepared().isRefused());
    }
};

QTEST_MAIN(TestEnvironmentBar)
#include "tst_environmentbar.moc"
