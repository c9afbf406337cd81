#include "application/languagemanager.h"
#include "checks/checkrun.h"
#include "checks/savedrequestchecks.h"
#include "console/consoleview.h"
#include "console/requestbuilderwidget.h"
#include "console/runnerdialog.h"
#include "console/runresultpanel.h"
#include "guidedwindow.h"
#include "history/historylistmodel.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;

// Issue 20 item 3: the runner in the app, driven on the sample workspace in the whole window:
// reached from the View menu, run against the local sandbox, a failure with "stop at the first
// failure" and the answer behind it, the runs listed in the History with their results, and a
// saved request opened in the console.
class TstRunnerDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::GuidedWindow> m_guided;

    static bool waitForRun(RunnerDialog *runner)
    {
        return QTest::qWaitFor(
            [runner]() { return runner->checkRun() && !runner->checkRun()->isRunning(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_runnerdialog"));
        QVERIFY(m_dir.isValid());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_guided = std::make_unique<test::GuidedWindow>(m_dir.path(), QStringLiteral("en"));
        QVERIFY2(m_guided->isLoaded(), qPrintable(m_guided->error()));
        QVERIFY(m_guided->showAt(QSize(1366, 768)));
    }

    void cleanupTestCase() { m_guided.reset(); }

    void reachedFromTheViewMenu()
    {
        MainWindow &window = m_guided->window();
        QAction *action = window.findChild<QAction *>(QStringLiteral("runChecksAction"));
        QVERIFY(action);
        QVERIFY(window.viewMenu()->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        action->trigger();
        RunnerDialog *runner = m_guided->services().runner();
        QVERIFY(runner);
        QVERIFY(QTest::qWaitForWindowExposed(runner));
        // The console's choices: its first environment and its profile.
        QCOMPARE(runner->environmentCombo()->currentText(), QStringLiteral("sandbox"));
        QCOMPARE(runner->profileCombo()->currentText(),
                 m_guided->services().consoleView()->builder()->profile().name);
        QCOMPARE(runner->tagList()->count(), 2);
    }

    void runsTheChosenTag()
    {
        RunnerDialog *runner = m_guided->services().runner();
        QListWidget *tags = runner->tagList();
        for (int i = 0; i < tags->count(); ++i)
            tags->item(i)->setCheckState(
                tags->item(i)->text() == QLatin1String("privacy") ? Qt::Checked : Qt::Unchecked);
        QTest::mouseClick(runner->runButton(), Qt::LeftButton);
        QVERIFY(waitForRun(runner));
        QCOMPARE(runner->progressLabel()->text(), QStringLiteral("1 of 1"));
        QCOMPARE(runner->results()->tree()->topLevelItemCount(), 1);
        QCOMPARE(runner->results()->tree()->topLevelItem(0)->text(1), QStringLiteral("Passed"));
        QVERIFY2(
            runner->summaryLabel()->text().startsWith(QStringLiteral("2 checks passed, 0 failed")),
            qPrintable(runner->summaryLabel()->text()));
        QVERIFY(runner->runButton()->isEnabled());
        QVERIFY(!runner->cancelButton()->isEnabled());
    }

    void stopsAtTheFirstFailureAndShowsTheAnswer()
    {
        WorkspaceDocument &document = m_guided->document();
        const SavedRequestChecks::Entry golf =
            SavedRequestChecks::entries(document.workspace()).first();
        QVector<Check> checks = golf.checks;
        Check fails;
        fails.kind = Check::Kind::SegmentsQualified;
        fails.ids = {1002, 1003, 1004, 1005, 1008, 1021, 1022, 1037}; // a long name
        checks.append(fails);
        document.apply(
            SavedRequestChecks::setChecks(document.workspace(), golf.request.name, checks),
            QStringLiteral("test"));
        RunnerDialog *runner = m_guided->services().showRunner();
        QListWidget *tags = runner->tagList();
        for (int i = 0; i < tags->count(); ++i)
            tags->item(i)->setCheckState(Qt::Unchecked); // all of them
        runner->stopAtFirstFailure()->setChecked(true);
        runner->resize(1240, 700); // as it opens on a 1366×768 screen
        QVERIFY(runner->start());
        QVERIFY(waitForRun(runner));
        QTreeWidget *tree = runner->results()->tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Failed"));
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("Not sent"));
        QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("Not sent"));
        QCOMPARE(runner->progressLabel()->text(), QStringLiteral("1 of 3"));
        QVERIFY2(runner->summaryLabel()->text().contains(QStringLiteral("1 failed")),
                 qPrintable(runner->summaryLabel()->text()));
        QVERIFY2(runner->summaryLabel()->text().contains(QStringLiteral("stopped")),
                 qPrintable(runner->summaryLabel()->text()));
        QTreeWidgetItem *failed = nullptr;
        for (int c = 0; c < tree->topLevelItem(0)->childCount(); ++c) {
            if (tree->topLevelItem(0)->child(c)->text(1) == QLatin1String("Failed"))
                failed = tree->topLevelItem(0)->child(c);
        }
        QVERIFY(failed);
        QVERIFY(failed->text(2).contains(QStringLiteral("1002")));
        // Each check's name is whole in its cell, wrapped when it is longer than the column (a
        // fixed 260 px on one line cut this one at 1366×768).
        const QModelIndex firstRow = tree->model()->index(0, 0);
        for (int c = 0; c < tree->topLevelItem(0)->childCount(); ++c) {
            const QString name = tree->topLevelItem(0)->child(c)->text(0);
            const QRect cell = tree->visualRect(tree->model()->index(c, 0, firstRow));
            const QRect needed = tree->fontMetrics().boundingRect(
                QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, name);
            QVERIFY2(needed.width() <= cell.width() - 8 && needed.height() <= cell.height(),
                     qPrintable(QStringLiteral("%1: %2×%3 px in %4×%5")
                                    .arg(name)
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(cell.width())
                                    .arg(cell.height())));
        }
        tree->setCurrentItem(failed);
        const QString detail = runner->results()->detail()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("HTTP 200")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Content-Type")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("1002")), qPrintable(detail));
        // Each "Not sent" row says why (finding 3).
        for (int i : {1, 2}) {
            QVERIFY2(tree->topLevelItem(i)->text(2).contains(
                         QStringLiteral("stopped at the first failure")),
                     qPrintable(tree->topLevelItem(i)->text(2)));
            tree->setCurrentItem(tree->topLevelItem(i));
            QVERIFY(runner->results()->detail()->toPlainText().contains(
                QStringLiteral("stopped at the first failure")));
        }
        runner->stopAtFirstFailure()->setChecked(false);
    }

    // Results that no longer describe what is saved say they are out of date (finding 2).
    void staleResultsSayTheyAreOutOfDate()
    {
        RunnerDialog *runner = m_guided->services().showRunner();
        WorkspaceDocument &document = m_guided->document();
        QVERIFY(runner->outOfDateLabel()->isHidden());
        const SavedRequestChecks::Entry first =
            SavedRequestChecks::entries(document.workspace()).first();
        QVector<Check> checks = first.checks;
        checks.removeLast();
        document.apply(
            SavedRequestChecks::setChecks(document.workspace(), first.request.name, checks),
            QStringLiteral("test"));
        QVERIFY(!runner->outOfDateLabel()->isHidden());
        QVERIFY2(runner->outOfDateLabel()->text().startsWith(QStringLiteral("Out of date")),
                 qPrintable(runner->outOfDateLabel()->text()));
        document.undo(); // back to what was run
        QVERIFY(runner->outOfDateLabel()->isHidden());
        const QString ran = runner->environmentCombo()->currentText();
        runner->environmentCombo()->setCurrentIndex(
            runner->environmentCombo()->findText(QStringLiteral("beta")));
        QVERIFY(!runner->outOfDateLabel()->isHidden());
        QVERIFY2(runner->outOfDateLabel()->text().contains(QStringLiteral("“beta”")),
                 qPrintable(runner->outOfDateLabel()->text()));
        runner->environmentCombo()->setCurrentIndex(runner->environmentCombo()->findText(ran));
        QVERIFY(runner->outOfDateLabel()->isHidden());
    }

    // A variable the environment lacks: nothing is sent and each row says why (finding 3).
    void undefinedVariableIsSaidOnTheRow()
    {
        RunnerDialog *runner = m_guided->services().showRunner();
        WorkspaceDocument &document = m_guided->document();
        QJsonArray environments = document.workspace().environments;
        QJsonObject empty{{QStringLiteral("name"), QStringLiteral("bare")},
                          {QStringLiteral("variables"), QJsonArray()}};
        environments.append(empty);
        ChangeSet change;
        change.environments = environments;
        document.apply(change, QStringLiteral("test"));
        runner->reload();
        runner->environmentCombo()->setCurrentIndex(
            runner->environmentCombo()->findText(QStringLiteral("bare")));
        QVERIFY(!runner->start());
        QTreeWidget *tree = runner->results()->tree();
        QVERIFY(tree->topLevelItemCount() > 0);
        bool named = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QCOMPARE(tree->topLevelItem(i)->text(1), QStringLiteral("Not sent"));
            QVERIFY(!tree->topLevelItem(i)->text(2).isEmpty());
            named = named || tree->topLevelItem(i)->text(2).contains(QStringLiteral("{{golfFan}}"));
        }
        QVERIFY(named);
        document.undo();
        runner->reload();
    }

    void runsAreListedInTheHistory()
    {
        HistoryStore *store = m_guided->services().history();
        int runs = 0;
        for (const HistoryEntry &e : store->entries())
            runs += e.kind == HistoryEntry::Kind::CheckRun ? 1 : 0;
        QVERIFY(runs >= 2);
        HistoryView *view = m_guided->services().historyView();
        m_guided->window().showView(QStringLiteral("history"));
        view->searchField()->clear();
        QTableView *table = view->table();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
            if (table->model()->index(r, HistoryListModel::Status).data() ==
                QLatin1String("Checks"))
                row = r; // newest first: the run that stopped at the failure
        }
        QVERIFY(row >= 0);
        QVERIFY(!view->runResults()->isVisible());
        table->setCurrentIndex(table->model()->index(row, 0));
        QVERIFY(view->runResults()->isVisible());
        QTreeWidget *tree = view->runResults()->tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Failed"));
        QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("Not sent"));
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(view->runResults()->detail()->toPlainText().startsWith(QStringLiteral("HTTP 200")));
        const QString summary =
            table->model()->index(row, HistoryListModel::Summary).data().toString();
        QVERIFY2(summary.contains(QStringLiteral("1 failed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("environment sandbox")), qPrintable(summary));
    }

    void opensARequestInTheConsole()
    {
        RunnerDialog *runner = m_guided->services().showRunner();
        QTreeWidget *tree = runner->results()->tree();
        tree->setCurrentItem(tree->topLevelItem(1));
        const QString name = tree->topLevelItem(1)->text(0);
        const int rows = tree->topLevelItemCount();
        QTest::mouseClick(runner->findChild<QPushButton *>(QStringLiteral("openInConsoleButton")),
                          Qt::LeftButton);
        QCOMPARE(m_guided->window().currentViewId(), QStringLiteral("console"));
        QCOMPARE(m_guided->services().consoleView()->builder()->request().name, name);
        // The runner steps aside so the console is seen (finding 1), and keeps its results.
        QVERIFY(!runner->isVisible());
        QCOMPARE(m_guided->services().showRunner(), runner);
        QVERIFY(runner->isVisible());
        QCOMPARE(runner->results()->tree()->topLevelItemCount(), rows);
    }

    // A run to a live DCS asks first, naming the host and the number of requests; declined,
    // nothing is sent. A sandbox run goes straight (finding 4).
    void aLiveRunIsConfirmedFirst()
    {
        RunnerDialog *runner = m_guided->services().showRunner();
        QString askedHost;
        int askedCount = -1;
        runner->setConfirmLiveRun([&](const QString &host, int requests) {
            askedHost = host;
            askedCount = requests;
            return false;
        });
        const QString sandboxProfile = runner->profileCombo()->currentText();
        runner->profileCombo()->setCurrentIndex(
            runner->profileCombo()->findText(QStringLiteral("Production US West")));
        QVERIFY(!runner->start());
        QCOMPARE(askedCount, 3);
        QVERIFY2(askedHost.endsWith(QStringLiteral(".demdex.net")), qPrintable(askedHost));
        QVERIFY2(runner->summaryLabel()->text().contains(QStringLiteral("not confirmed")),
                 qPrintable(runner->summaryLabel()->text()));
        QVERIFY(!runner->checkRun()->isRunning());

        askedCount = -1;
        runner->profileCombo()->setCurrentIndex(runner->profileCombo()->findText(sandboxProfile));
        QVERIFY(runner->start());
        QVERIFY(waitForRun(runner));
        QCOMPARE(askedCount, -1);
        runner->setConfirmLiveRun(nullptr);
    }

    void cancelsARun()
    {
        RunnerDialog *runner = m_guided->services().showRunner();
        QVERIFY(runner->start());
        QVERIFY(runner->cancelButton()->isEnabled());
        QTest::mouseClick(runner->cancelButton(), Qt::LeftButton);
        QVERIFY(waitForRun(runner));
        QVERIFY(runner->checkRun()->wasCancelled());
        QVERIFY2(runner->summaryLabel()->text().contains(QStringLiteral("canceled")),
                 qPrintable(runner->summaryLabel()->text()));
        runner->close();
    }

    // Trial finding: after another workspace was opened the runner still showed the old file's
    // results and tags, with "Out of date" and a refusal from before.
    void anotherWorkspaceClearsTheResults()
    {
        RunnerDialog *runner = m_guided->services().showRunner();
        QVERIFY(runner->start());
        QVERIFY(waitForRun(runner));
        QVERIFY(runner->results()->tree()->topLevelItemCount() > 0);
        WorkspaceDocument &document = m_guided->document();
        Workspace other = document.workspace();
        other.savedRequests = QJsonArray();
        const QString path = m_dir.filePath(QStringLiteral("other.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY2(WorkspaceFile::save(other, path, WorkspaceFile::Stamp(), &stamp, &error),
                 qPrintable(error));
        QVERIFY2(document.load(path, &error), qPrintable(error));
        QCOMPARE(runner->results()->tree()->topLevelItemCount(), 0);
        QVERIFY(runner->outOfDateLabel()->isHidden());
        QCOMPARE(runner->tagList()->count(), 0);
        QVERIFY2(runner->summaryLabel()->text().contains(QStringLiteral("replaced")),
                 qPrintable(runner->summaryLabel()->text()));
        runner->close();
    }
};

QTEST_MAIN(TstRunnerDialog)
#include "tst_runnerdialog.moc"
