#include "application/languagemanager.h"
#include "checks/checkrun.h"
#include "common/uiprompts.h"
#include "console/consoleview.h"
#include "console/requestbuilderwidget.h"
#include "console/runnerdialog.h"
#include "console/savedrequestcollection.h"
#include "console/savedrequestpane.h"
#include "console/savedrequesttreemodel.h"
#include "guidedwindow.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace dcsdesk;

// Issue 20 item 5: the console's saved requests pane on the sample workspace in the whole
// window: its folders, rename in place (F2) and a refused clash, duplicate (Ctrl+D), a move by
// drop, delete (Del) and undo, a folder deleted with what it holds moved up, the filter, open
// (Enter) and "Run Checks in This Folder…".
class TstSavedPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::GuidedWindow> m_guided;

    SavedRequestPane *pane() { return m_guided->services().consoleView()->savedPane(); }
    const Workspace &workspace() { return m_guided->document().workspace(); }

    QStringList requestsIn(const QStringList &folder)
    {
        return SavedRequestCollection::requestsIn(workspace(), folder, false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_savedpane"));
        QVERIFY(m_dir.isValid());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_guided = std::make_unique<test::GuidedWindow>(m_dir.path(), QStringLiteral("en"));
        QVERIFY2(m_guided->isLoaded(), qPrintable(m_guided->error()));
        QVERIFY(m_guided->showAt(QSize(1280, 800)));
        m_guided->window().showView(QStringLiteral("console"));
        m_guided->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_guided->window()));
    }

    void cleanupTestCase()
    {
        UiPrompts::resetHandlers();
        m_guided.reset();
    }

    void showsTheSampleInFolders()
    {
        ConsoleView *console = m_guided->services().consoleView();
        QVERIFY(m_guided->window().viewMenu()->actions().contains(console->savedPaneAction()));
        if (!console->savedPaneAction()->isChecked())
            console->savedPaneAction()->trigger();
        QVERIFY(pane()->isVisible());
        QTreeView *tree = pane()->tree();
        QCOMPARE(tree->model()->rowCount(), 2);
        const QModelIndex folder = pane()->indexOfFolder({QStringLiteral("Segment qualification")});
        QVERIFY(folder.isValid());
        QCOMPARE(tree->model()->rowCount(folder), 2);
        QVERIFY(tree->isExpanded(folder));
        const QModelIndex golf =
            pane()->indexOfRequest(QStringLiteral("Golf fan gets the golf segment"));
        QCOMPARE(golf.parent(), folder);
        QCOMPARE(golf.siblingAtColumn(1).data().toString(), QStringLiteral("smoke"));
    }

    void renamesInPlaceAndRefusesAClash()
    {
        QTreeView *tree = pane()->tree();
        tree->setFocus();
        QVERIFY(pane()->selectRequest(QStringLiteral("Golf fan gets the golf segment")));
        QTest::keyClick(tree, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Golf fan"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(requestsIn({QStringLiteral("Segment qualification")}).first(),
                     QStringLiteral("Golf fan"));
        QVERIFY(pane()->indexOfRequest(QStringLiteral("Golf fan")).isValid());
        // A name another request has: refused, and the line under the tree says why.
        const int steps = m_guided->document().undoStack()->count();
        QVERIFY(!pane()->rename(pane()->indexOfRequest(QStringLiteral("Golf fan")),
                                QStringLiteral("Opted-out user gets error 171")));
        QVERIFY(pane()->messageLabel()->isVisible());
        QVERIFY2(pane()->messageLabel()->text().contains(QStringLiteral("unique")),
                 qPrintable(pane()->messageLabel()->text()));
        QCOMPARE(m_guided->document().undoStack()->count(), steps);
    }

    void duplicatesWithCtrlD()
    {
        QTreeView *tree = pane()->tree();
        QVERIFY(pane()->selectRequest(QStringLiteral("Golf fan")));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(requestsIn({QStringLiteral("Segment qualification")}),
                     (QStringList{QStringLiteral("Golf fan"), QStringLiteral("Golf fan (copy)"),
                                  QStringLiteral("Tennis fan gets no golf cookie")}));
        QCOMPARE(pane()->selectedRequests(), QStringList{QStringLiteral("Golf fan (copy)")});
    }

    void movesByDrop()
    {
        // The drop a drag onto the Privacy folder makes.
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(pane()->tree()->model());
        QVERIFY(proxy);
        SavedRequestTreeModel *model = pane()->model();
        const QModelIndex copy =
            proxy->mapToSource(pane()->indexOfRequest(QStringLiteral("Golf fan (copy)")));
        std::unique_ptr<QMimeData> data(model->mimeData({copy}));
        const QModelIndex privacy = model->folderIndex({QStringLiteral("Privacy")});
        model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, privacy);
        QTRY_COMPARE(requestsIn({QStringLiteral("Privacy")}),
                     (QStringList{QStringLiteral("Opted-out user gets error 171"),
                                  QStringLiteral("Golf fan (copy)")}));
        // Between rows: before the first request of Privacy.
        const QModelIndex again = model->requestIndex(QStringLiteral("Golf fan (copy)"));
        data.reset(model->mimeData({again}));
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0,
                            model->folderIndex({QStringLiteral("Privacy")}));
        QTRY_COMPARE(requestsIn({QStringLiteral("Privacy")}).first(),
                     QStringLiteral("Golf fan (copy)"));
        m_guided->document().undo();
        QCOMPARE(requestsIn({QStringLiteral("Privacy")}).last(), QStringLiteral("Golf fan (copy)"));
    }

    void deletesWithDelAndUndoBringsItBack()
    {
        QTreeView *tree = pane()->tree();
        QVERIFY(pane()->selectRequest(QStringLiteral("Golf fan (copy)")));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(!SavedRequestCollection::nameTaken(workspace(), QStringLiteral("Golf fan (copy)")));
        QVERIFY(pane()->messageLabel()->text().contains(QStringLiteral("Undo")));
        m_guided->document().undo();
        QVERIFY(SavedRequestCollection::nameTaken(workspace(), QStringLiteral("Golf fan (copy)")));
        QVERIFY(pane()->indexOfRequest(QStringLiteral("Golf fan (copy)")).isValid());
    }

    void deletesAFolderAfterAsking()
    {
        QVERIFY(pane()->createFolder({}, QStringLiteral("Archive")));
        QVERIFY(pane()->indexOfFolder({QStringLiteral("Archive")}).isValid());
        QVERIFY(
            pane()->moveRequests({QStringLiteral("Golf fan (copy)")}, {QStringLiteral("Archive")}));
        QString asked;
        UiPrompts::setChooseHandler([&asked](QWidget *, QMessageBox::Icon, const QString &,
                                             const QString &text, const QStringList &, int, int) {
            asked = text;
            return 0; // move what it holds up one level
        });
        pane()->tree()->setCurrentIndex(pane()->indexOfFolder({QStringLiteral("Archive")}));
        pane()->deleteAction()->trigger();
        UiPrompts::resetHandlers();
        QVERIFY2(asked.contains(QStringLiteral("1 saved request")), qPrintable(asked));
        QVERIFY(!SavedRequestCollection::folderExists(workspace(), {QStringLiteral("Archive")}));
        QVERIFY(requestsIn({}).contains(QStringLiteral("Golf fan (copy)")));
    }

    void filtersByNameAndTag()
    {
        pane()->filterField()->setText(QStringLiteral("privacy"));
        QTreeView *tree = pane()->tree();
        // The Privacy folder by its name, and the request tagged privacy in it.
        QVERIFY(pane()->indexOfRequest(QStringLiteral("Opted-out user gets error 171")).isValid());
        QVERIFY(!pane()->indexOfRequest(QStringLiteral("Golf fan")).isValid());
        pane()->filterField()->setText(QStringLiteral("smoke"));
        QVERIFY(pane()->indexOfRequest(QStringLiteral("Golf fan")).isValid());
        QVERIFY(!pane()->indexOfRequest(QStringLiteral("Opted-out user gets error 171")).isValid());
        pane()->filterField()->clear();
        QVERIFY(tree->model()->rowCount() >= 2);
    }

    void opensWithEnter()
    {
        ConsoleView *console = m_guided->services().consoleView();
        QVERIFY(pane()->selectRequest(QStringLiteral("Tennis fan gets no golf cookie")));
        pane()->tree()->setFocus();
        QTest::keyClick(pane()->tree(), Qt::Key_Return);
        QCOMPARE(console->builder()->request().name,
                 QStringLiteral("Tennis fan gets no golf cookie"));
    }

    void runsAFolder()
    {
        pane()->tree()->setCurrentIndex(pane()->indexOfFolder({QStringLiteral("Privacy")}));
        QVERIFY(pane()->runFolderAction()->isEnabled());
        pane()->runFolderAction()->trigger();
        RunnerDialog *runner = m_guided->services().runner();
        QVERIFY(runner);
        QCOMPARE(runner->folderCombo()->currentText(), QStringLiteral("Privacy"));
        QVERIFY(runner->start());
        QVERIFY(QTest::qWaitFor(
            [runner]() { return runner->checkRun() && !runner->checkRun()->isRunning(); }, 20000));
        QCOMPARE(runner->checkRun()->count(), 1);
        runner->close();
    }

    QStringList topFolders()
    {
        QStringList out;
        for (const QStringList &p : SavedRequestCollection::childFoldersOf(workspace(), {}))
            out.append(p.join(QLatin1Char('/')));
        return out;
    }

    // Dropping a folder between rows (row and parent as QTreeView passes them, to the proxy the
    // view uses) puts it among its siblings there, as one undo step; onto a folder, into it.
    void reordersFoldersByDrop()
    {
        const QString seg = QStringLiteral("Segment qualification");
        const QString privacy = QStringLiteral("Privacy");
        QCOMPARE(topFolders(), (QStringList{seg, privacy}));
        QAbstractItemModel *proxy = pane()->tree()->model();
        SavedRequestTreeModel *model = pane()->model();
        const int steps = m_guided->document().undoStack()->count();
        std::unique_ptr<QMimeData> data(proxy->mimeData({pane()->indexOfFolder({privacy})}));
        QVERIFY(proxy->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        proxy->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex());
        QTRY_COMPARE(topFolders(), (QStringList{privacy, seg}));
        QCOMPARE(m_guided->document().undoStack()->count(), steps + 1);
        QCOMPARE(proxy->index(0, 0).data().toString(), privacy);
        // Below the last row of the top level: last again.
        data.reset(model->mimeData({model->folderIndex({privacy})}));
        model->dropMimeData(data.get(), Qt::MoveAction, model->rowCount(), 0, QModelIndex());
        QTRY_COMPARE(topFolders(), (QStringList{seg, privacy}));
        m_guided->document().undo();
        QCOMPARE(topFolders(), (QStringList{privacy, seg}));
        m_guided->document().redo();
        QCOMPARE(topFolders(), (QStringList{seg, privacy}));
        // Just above itself: nothing to do, no undo step.
        const int before = m_guided->document().undoStack()->count();
        data.reset(model->mimeData({model->folderIndex({privacy})}));
        model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex());
        QTest::qWait(50);
        QCOMPARE(m_guided->document().undoStack()->count(), before);
        // Onto a folder: into it.
        data.reset(model->mimeData({model->folderIndex({privacy})}));
        model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, model->folderIndex({seg}));
        QTRY_VERIFY(SavedRequestCollection::folderExists(workspace(), {seg, privacy}));
        QCOMPARE(requestsIn({seg, privacy}), QStringList{"Opted-out user gets error 171"});
        m_guided->document().undo();
        QCOMPARE(topFolders(), (QStringList{seg, privacy}));
    }

    void requestsKeepTheirPlaceWhenDroppedBetweenSiblings()
    {
        const QStringList seg{QStringLiteral("Segment qualification")};
        const QStringList before = requestsIn(seg);
        QCOMPARE(before.size(), 2);
        SavedRequestTreeModel *model = pane()->model();
        const QModelIndex folder = model->folderIndex(seg);
        std::unique_ptr<QMimeData> data(model->mimeData({model->requestIndex(before.last())}));
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, folder);
        QTRY_COMPARE(requestsIn(seg), (QStringList{before.last(), before.first()}));
        m_guided->document().undo();
        QCOMPARE(requestsIn(seg), before);
    }

    // Move Up / Move Down (Ctrl+Shift+Up/Down, Alt+Shift+Up/Down, the context menu), for folders
    // and requests.
    void movesUpAndDownFromTheKeyboard()
    {
        const QString seg = QStringLiteral("Segment qualification");
        const QString privacy = QStringLiteral("Privacy");
        QCOMPARE(topFolders(), (QStringList{seg, privacy}));
        m_guided->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_guided->window()));
        QTreeView *tree = pane()->tree();
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        tree->setCurrentIndex(pane()->indexOfFolder({privacy}));
        QVERIFY(pane()->moveUpAction()->isEnabled());
        QVERIFY(!pane()->moveDownAction()->isEnabled());
        QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(topFolders(), (QStringList{privacy, seg}));
        QCOMPARE(tree->currentIndex(), pane()->indexOfFolder({privacy}));
        QVERIFY(!pane()->moveUpAction()->isEnabled());
        pane()->moveDownAction()->trigger();
        QCOMPARE(topFolders(), (QStringList{seg, privacy}));
        m_guided->document().undo();
        QCOMPARE(topFolders(), (QStringList{privacy, seg}));
        // Saved and opened again, the order is the one shown.
        const QString path = m_dir.filePath(QStringLiteral("order.json"));
        QString error;
        QVERIFY2(m_guided->document().saveAs(path, &error), qPrintable(error));
        WorkspaceDocument reopened;
        QVERIFY2(reopened.load(path, &error), qPrintable(error));
        QCOMPARE(SavedRequestCollection::childFoldersOf(reopened.workspace(), {}),
                 (QVector<QStringList>{{privacy}, {seg}}));
        // A request among the requests of its folder.
        const QStringList names = requestsIn({seg});
        QVERIFY(pane()->selectRequest(names.last()));
        QVERIFY(!pane()->moveDownAction()->isEnabled());
        QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(requestsIn({seg}), (QStringList{names.last(), names.first()}));
        QCOMPARE(pane()->selectedRequests(), QStringList{names.last()});
    }

    void hidesThePane()
    {
        ConsoleView *console = m_guided->services().consoleView();
        console->savedPaneAction()->trigger();
        QVERIFY(!pane()->isVisible());
        console->savedPaneAction()->trigger();
        QVERIFY(pane()->isVisible());
    }
};

QTEST_MAIN(TstSavedPane)
#include "tst_savedpane.moc"
