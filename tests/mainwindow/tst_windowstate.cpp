#include "application/languagemanager.h"
#include "common/filefolders.h"
#include "common/uiprompts.h"
#include "destinations/destinationsview.h"
#include "itemmodels/destinationfilterproxymodel.h"
#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacecontroller.h"
#include "mappings/mappingeditor.h"
#include "mappings/scheduletimeline.h"
#include "segments/segmentcatalogview.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacegenerator.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// The window on a small laptop screen and the things it keeps for the user: its size and place,
// the selected row in sight after every re-sort, rename and undo, the timeline showing what is
// selected, and the folder of each kind of file dialog.
class TestWindowState : public QObject
{
    Q_OBJECT

    WorkspaceDocument *m_doc = nullptr;
    MainWindow *m_window = nullptr;

    void openWindow(const Workspace &ws, const QSize &size = QSize(1100, 700))
    {
        m_doc = new WorkspaceDocument(this);
        m_doc->reset(ws);
        m_window = new MainWindow(m_doc);
        m_window->setSettingsEnabled(false);
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    static Workspace largeWorkspace()
    {
        WorkspaceGenerator::Options o;
        o.destinations = 120;
        o.segments = 400;
        o.mappings = 900;
        o.largestDestinationMappings = 300;
        return WorkspaceGenerator::generate(o);
    }

    // Selected and, vertically, inside the viewport.
    static bool selectedAndShown(QTableView *view, qint64 column0Key)
    {
        const QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, 0);
            if (index.data(KeyRole).toLongLong() != column0Key)
                continue;
            const QRect rect = view->visualRect(index);
            return view->selectionModel()->isRowSelected(r, {}) && rect.top() >= 0 &&
                   rect.bottom() <= view->viewport()->height();
        }
        return false;
    }

    static qint64 keyAt(QTableView *view, int row)
    {
        return view->model()->index(row, 0).data(KeyRole).toLongLong();
    }

    static void clickHeader(QTableView *view, int column)
    {
        QHeaderView *header = view->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 6, 6));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_doc;
        m_doc = nullptr;
        UiPrompts::resetHandlers();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void firstWindowFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1366x768") << QRect(0, 0, 1366, 768);
        QTest::newRow("1366x768 with a panel") << QRect(0, 27, 1366, 741);
        QTest::newRow("1280x720 second screen") << QRect(1920, 0, 1280, 720);
        QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1040);
    }

    void firstWindowFitsTheScreen()
    {
        QFETCH(QRect, available);
        const QRect first = MainWindow::firstGeometry(available);
        // With the window frame around the client area, all of it is on the screen.
        const QRect framed(first.topLeft(), first.size() + QSize(16, 48));
        QVERIFY2(available.contains(framed), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                            .arg(framed.x())
                                                            .arg(framed.y())
                                                            .arg(framed.width())
                                                            .arg(framed.height())));
        QVERIFY(first.width() <= 1280 && first.height() <= 800);
        if (available.height() >= 900)
            QCOMPARE(first.size(), QSize(1280, 800));
    }

    void windowCanBeThatSmallInEveryLanguage()
    {
        // The layout's minimum must not push the window past a 1366x768 screen.
        const QSize first = MainWindow::firstGeometry(QRect(0, 0, 1366, 768)).size();
        openWindow(test::sampleWorkspace(), first);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"),
                                        QStringLiteral("es"), QStringLiteral("fr")}) {
            LanguageManager::instance()->setLanguage(language);
            for (const QString &id : m_window->viewIds()) {
                m_window->showView(id);
                QCoreApplication::processEvents();
                const QSize minimum = m_window->minimumSizeHint();
                QVERIFY2(minimum.width() <= first.width() && minimum.height() <= first.height(),
                         qPrintable(QStringLiteral("%1 %2: %3x%4")
                                        .arg(language, id)
                                        .arg(minimum.width())
                                        .arg(minimum.height())));
            }
            m_window->destinationsView()->showMappings();
            QCoreApplication::processEvents();
            QVERIFY(m_window->minimumSizeHint().height() <= first.height());
            QCOMPARE(m_window->size(), first);
        }
    }

    void geometryIsRestored()
    {
        QSettings().clear();
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        {
            MainWindow first(&doc);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QCoreApplication::processEvents();
            first.resize(1010, 610);
            QVERIFY(first.close());
        }
        MainWindow second(&doc);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QTRY_COMPARE(second.size(), QSize(1010, 610));
    }

    void destinationSelectionStaysInView()
    {
        openWindow(largeWorkspace());
        DestinationsView *view = m_window->destinationsView();
        QTableView *table = view->table();
        table->sortByColumn(DestinationListModel::NameColumn, Qt::AscendingOrder);
        const qint64 id = keyAt(table, table->model()->rowCount() - 3);
        view->selectDestination(id);
        QTRY_VERIFY(selectedAndShown(table, id));
        // Sorted by another column with a click on its title.
        clickHeader(table, DestinationListModel::TypeColumn);
        QTRY_VERIFY(selectedAndShown(table, id));
        clickHeader(table, DestinationListModel::TypeColumn); // and the other way round
        QTRY_VERIFY(selectedAndShown(table, id));
        // Renamed so that it sorts first, then undone so that it goes back.
        table->sortByColumn(DestinationListModel::NameColumn, Qt::DescendingOrder);
        QTRY_VERIFY(selectedAndShown(table, id));
        const QModelIndex name = view->proxy()->mapFromSource(view->listModel()->index(
            view->listModel()->rowOf(id), DestinationListModel::NameColumn));
        QVERIFY(table->model()->setData(name, QStringLiteral("zzzz last in the list")));
        QTRY_COMPARE(keyAt(table, 0), id);
        QTRY_VERIFY(selectedAndShown(table, id));
        m_window->undoAction()->trigger();
        QTRY_VERIFY(keyAt(table, 0) != id);
        QTRY_VERIFY(selectedAndShown(table, id));
        // An undo that rebuilds the list: a deletion of another destination taken back.
        const qint64 other = keyAt(table, 0);
        m_doc->removeDestinations({other}, true);
        view->selectDestination(id);
        m_window->undoAction()->trigger();
        QVERIFY(m_doc->workspace().destination(other));
        QTRY_VERIFY(selectedAndShown(table, id));
    }

    void mappingSelectionStaysInViewAndTimelineFollows()
    {
        openWindow(largeWorkspace(), QSize(1100, 760));
        DestinationsView *view = m_window->destinationsView();
        view->selectDestination(1);
        view->showMappings();
        MappingEditor *editor = view->mappingEditor();
        QTableView *table = editor->view();
        QVERIFY(table->model()->rowCount() > 100);
        table->sortByColumn(MappingTableModel::SidColumn, Qt::AscendingOrder);
        const qint64 id = keyAt(table, table->model()->rowCount() - 2);
        editor->selectMappings({id});
        QTRY_VERIFY(selectedAndShown(table, id));
        clickHeader(table, MappingTableModel::ValueColumn);
        QTRY_VERIFY(selectedAndShown(table, id));
        // The timeline highlights the selected row where it is now, and nothing else.
        ScheduleTimeline *timeline = editor->timeline();
        const int row = table->currentIndex().row();
        QCOMPARE(timeline->currentRow(), row);
        QVERIFY(timeline->isRowHighlighted(row));
        QVERIFY(!timeline->isRowHighlighted(row == 0 ? 1 : 0));
        // An edit that moves it (a new value sorts it first), then undo.
        table->sortByColumn(MappingTableModel::ValueColumn, Qt::AscendingOrder);
        MappingBulk::Edit edit;
        edit.valuePattern = QStringLiteral("000-first");
        editor->applyBulkEdit(edit);
        QTRY_COMPARE(keyAt(table, 0), id);
        QTRY_VERIFY(selectedAndShown(table, id));
        QTRY_VERIFY(timeline->isRowHighlighted(0));
        m_window->undoAction()->trigger();
        QTRY_VERIFY(keyAt(table, 0) != id);
        QTRY_VERIFY(selectedAndShown(table, id));
        QCOMPARE(timeline->currentRow(), table->currentIndex().row());
        QVERIFY(!timeline->isRowHighlighted(0));
        // An undo that rebuilds the table keeps the selection too.
        const qint64 other = keyAt(table, 0);
        editor->selectMappings({other});
        editor->deleteSelected();
        editor->selectMappings({id});
        m_window->undoAction()->trigger();
        QTRY_VERIFY(selectedAndShown(table, id));
        // Nothing selected: nothing highlighted.
        table->clearSelection();
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(!timeline->isRowHighlighted(r));
    }

    void segmentSelectionStaysInView()
    {
        openWindow(largeWorkspace());
        m_window->showView(QStringLiteral("segments"));
        SegmentCatalogView *view = m_window->segmentsView();
        QTableView *table = view->view();
        table->sortByColumn(SegmentCatalogModel::SidColumn, Qt::AscendingOrder);
        const qint64 sid = keyAt(table, table->model()->rowCount() - 4);
        view->selectSegment(sid);
        QTRY_VERIFY(selectedAndShown(table, sid));
        clickHeader(table, SegmentCatalogModel::NameColumn);
        QTRY_VERIFY(selectedAndShown(table, sid));
        const int row = table->currentIndex().row();
        QVERIFY(table->model()->setData(table->model()->index(row, SegmentCatalogModel::NameColumn),
                                        QStringLiteral("!!! first")));
        QTRY_COMPARE(keyAt(table, 0), sid);
        QTRY_VERIFY(selectedAndShown(table, sid));
        m_window->undoAction()->trigger();
        QTRY_VERIFY(keyAt(table, 0) != sid);
        QTRY_VERIFY(selectedAndShown(table, sid));
    }

    void fileDialogsRememberTheirFolderPerKind()
    {
        QSettings().clear();
        QTemporaryDir jsonDir;
        QTemporaryDir csvDir;
        const QString documents = FileFolders::folder(FileFolders::Kind::AamJson);
        FileFolders::remember(FileFolders::Kind::MappingCsv, csvDir.filePath("m.csv"));
        QCOMPARE(FileFolders::folder(FileFolders::Kind::MappingCsv), csvDir.path());
        QCOMPARE(FileFolders::suggest(FileFolders::Kind::MappingCsv, "x.csv"),
                 QDir(csvDir.path()).filePath("x.csv"));
        QCOMPARE(FileFolders::folder(FileFolders::Kind::SegmentCsv), documents);
        FileFolders::remember(FileFolders::Kind::MappingCsv, QString()); // Cancel
        QCOMPARE(FileFolders::folder(FileFolders::Kind::MappingCsv), csvDir.path());

        // Through the Destinations view's import: the second dialog opens where the first chose.
        openWindow(test::smallWorkspace());
        QStringList opened;
        UiPrompts::setOpenFileHandler(
            [&](QWidget *, const QString &, const QString &directory, const QString &) {
                opened.append(directory);
                return QString();
            });
        m_window->destinationsView()->importAamRest();
        QCOMPARE(opened.last(), documents);
        UiPrompts::setOpenFileHandler(
            [&](QWidget *, const QString &, const QString &directory, const QString &) {
                opened.append(directory);
                return jsonDir.filePath(QStringLiteral("missing.json"));
            });
        UiPrompts::setChooseHandler([](QWidget *, QMessageBox::Icon, const QString &,
                                       const QString &, const QStringList &, int,
                                       int) { return 0; }); // the "could not read" message
        m_window->destinationsView()->importAamRest();
        m_window->destinationsView()->importAamRest();
        QCOMPARE(opened.last(), jsonDir.path());
        // Another kind keeps its own folder: the workspace's Open does not start there.
        m_window->workspaceController()->setSettingsEnabled(true);
        m_window->workspaceController()->chooseAndOpen();
        QVERIFY(opened.last() != jsonDir.path());
        // A folder that is gone is not offered.
        const QString gone = csvDir.path();
        csvDir.remove();
        QCOMPARE(FileFolders::folder(FileFolders::Kind::MappingCsv), documents);
        QVERIFY(gone != documents);
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
