#include "application/languagemanager.h"
#include "common/tableclipboard.h"
#include "common/uiprompts.h"
#include "csv/csv.h"
#include "destinations/destinationsview.h"
#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "mainwindow/findingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "mappings/mappingeditor.h"
#include "mappings/segmentbrowserdialog.h"
#include "mappingworkspace.h"
#include "segments/segmentcatalogview.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace dcsdesk;

// Copy, Cut and Paste as a marketer uses them between DCS Desk and a spreadsheet: rows of every
// table go to the clipboard as tab-separated text with titles and as CSV, Cut is one undo step
// where deleting is allowed, and a pasted column of segment IDs, names or codes adds mappings or
// ticks segments in Add Segments, saying what it did not recognise. With real widgets and keys.
class TestClipboard : public QObject
{
    Q_OBJECT

    WorkspaceDocument *m_doc = nullptr;
    MainWindow *m_window = nullptr;
    int m_answer = 0; // the button UiPrompts::choose answers with

    void openWindow(const Workspace &ws)
    {
        m_doc = new WorkspaceDocument(this);
        m_doc->reset(ws);
        m_window = new MainWindow(m_doc);
        m_window->setSettingsEnabled(false);
        m_window->resize(1200, 740);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void focus(QWidget *w)
    {
        w->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), w);
    }

    static QStringList clipboardLines()
    {
        return QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    MappingEditor *showMappingsOf(qint64 destinationId)
    {
        DestinationsView *view = m_window->destinationsView();
        view->selectDestination(destinationId);
        view->showMappings();
        return view->mappingEditor();
    }

    SegmentBrowserDialog *openAddSegments(MappingEditor *editor)
    {
        editor->addSegmentsAction()->trigger();
        SegmentBrowserDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&]() {
                dialog = editor->findChild<SegmentBrowserDialog *>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
    }

    static QString visibleTitles(const QTableView *view)
    {
        QStringList titles;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            if (!view->isColumnHidden(c))
                titles.append(view->model()->headerData(c, Qt::Horizontal).toString());
        }
        return titles.join(QLatin1Char('\t'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en")); // English plurals
    }

    void init()
    {
        m_answer = 0;
        UiPrompts::setChooseHandler([this](QWidget *, QMessageBox::Icon, const QString &,
                                           const QString &, const QStringList &, int,
                                           int) { return m_answer; });
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_doc;
        m_doc = nullptr;
        UiPrompts::resetHandlers();
    }

    void escapingOfTabsLineBreaksAndQuotes()
    {
        const QVector<QStringList> rows{
            {QStringLiteral("Name"), QStringLiteral("Value")},
            {QStringLiteral("Say \"hi\"\tthere"), QStringLiteral("two\nlines")},
            {QStringLiteral("\"quoted"), QStringLiteral("=1+1")}};
        QCOMPARE(TableClipboard::toTabSeparated(rows),
                 QStringLiteral("Name\tValue\n\"Say \"\"hi\"\"\tthere\"\t\"two\nlines\"\n"
                                "\"\"\"quoted\"\t=1+1\n"));
        std::unique_ptr<QMimeData> mime(TableClipboard::mimeData(rows));
        // RFC 4180 CSV that reads back as the same cells (a formula start is protected).
        const QByteArray csv = mime->data(QStringLiteral("text/csv"));
        QVERIFY(csv.contains("\"Say \"\"hi\"\"\tthere\""));
        QVERIFY(csv.contains("'=1+1"));
        QCOMPARE(Csv::parse(csv).records, rows);
        QVERIFY(mime->html().contains(QLatin1String("<th>Name</th>")));
        QVERIFY(mime->html().contains(QLatin1String("two<br>lines")));
    }

    void copySelectedDestinationRows()
    {
        openWindow(test::sampleWorkspace());
        QTableView *table = m_window->destinationsView()->table();
        focus(table);
        table->clearSelection();
        QVERIFY(!m_window->copyAction()->isEnabled()); // nothing selected: nothing to copy
        table->selectionModel()->select(
            QItemSelection(table->model()->index(2, 0), table->model()->index(2, 5)),
            QItemSelectionModel::Select);
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(0, 5)),
            QItemSelectionModel::Select);
        QVERIFY(m_window->copyAction()->isEnabled());
        QVERIFY(m_window->cutAction()->isEnabled());
        QVERIFY(!m_window->pasteAction()->isEnabled()); // the list takes no paste

        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = clipboardLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], visibleTitles(table));
        // Rows in the order shown, whatever order they were selected in.
        const QString first = table->model()->index(0, 0).data().toString();
        const QString third = table->model()->index(2, 0).data().toString();
        QVERIFY(lines[1].startsWith(first + QLatin1Char('\t')));
        QVERIFY(lines[2].startsWith(third + QLatin1Char('\t')));
        QCOMPARE(lines[1].count(QLatin1Char('\t')), lines[0].count(QLatin1Char('\t')));
        // "Last change" as a date and time a spreadsheet reads in any locale.
        const QRegularExpression isoTime(
            QStringLiteral("\t\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
        QVERIFY2(isoTime.match(lines[1]).hasMatch(), qPrintable(lines[1]));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime->formats().contains(QStringLiteral("text/csv")));
        const CsvTable csv = Csv::parse(mime->data(QStringLiteral("text/csv")));
        QCOMPARE(csv.records.size(), 3);
        QCOMPARE(csv.records[0].join(QLatin1Char('\t')), lines[0]);
        QCOMPARE(csv.records[1].first(), first);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
            QLatin1String("Copied 2 rows and the column titles")));

        // The Edit menu does the same.
        QGuiApplication::clipboard()->clear();
        m_window->copyAction()->trigger();
        QCOMPARE(clipboardLines(), lines);
    }

    void copiedDatesAreIso()
    {
        openWindow(test::mappingWorkspace(10));
        MappingEditor *editor = showMappingsOf(10);
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        add.startDate = QDate(2026, 5, 1);
        editor->addSegments({5001, 5002}, add);
        focus(editor->view());
        QTest::keyClick(editor->view(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = clipboardLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], visibleTitles(editor->view()));
        QVERIFY2(lines[1].contains(QLatin1String("\t2026-05-01\t")), qPrintable(lines[1]));
        QVERIFY(lines[1].startsWith(QLatin1String("5001\tSegment 1\t5001\t")));
    }

    void cutDestinationsIsOneUndoStep()
    {
        openWindow(test::mappingWorkspace(10));
        DestinationsView *view = m_window->destinationsView();
        QTableView *table = view->table();
        const auto &ws = [this]() -> const Workspace & { return m_doc->workspace(); };
        // Without mappings: no question, gone, and back with one undo.
        view->selectDestination(30);
        focus(table);
        const int steps = m_doc->undoStack()->count();
        QTest::keyClick(table, Qt::Key_X, Qt::ControlModifier);
        QVERIFY(!ws().destination(30));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Multi cookie")));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Undo")));
        m_window->undoAction()->trigger();
        QVERIFY(ws().destination(30));

        // With mappings: the AAM rule's question, then destination and mappings in one step.
        showMappingsOf(10)->addSegments({5001, 5002, 5003}, {});
        view->selectDestination(10);
        focus(table);
        m_answer = 0; // Delete with Mappings
        m_window->cutAction()->trigger();
        QVERIFY(!ws().destination(10));
        QCOMPARE(ws().mappingCountOf(10), 0);
        m_window->undoAction()->trigger();
        QVERIFY(ws().destination(10));
        QCOMPARE(ws().mappingCountOf(10), 3);
    }

    void cutMappingsIsOneUndoStepAndCutIsOffElsewhere()
    {
        openWindow(test::mappingWorkspace(10));
        MappingEditor *editor = showMappingsOf(10);
        editor->addSegments({5001, 5002, 5003, 5004}, {});
        editor->selectMappings(editor->selectedMappingIds().mid(0, 3));
        focus(editor->view());
        QVERIFY(m_window->cutAction()->isEnabled());
        const int steps = m_doc->undoStack()->count();
        QTest::keyClick(editor->view(), Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 1);
        QCOMPARE(clipboardLines().size(), 4); // titles and three rows
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QVERIFY(editor->messageLabel()->text().contains(QLatin1String("clipboard")));
        m_window->undoAction()->trigger();
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 4);

        // The catalogue copies but does not cut.
        m_window->showView(QStringLiteral("segments"));
        QTableView *segments = m_window->segmentsView()->view();
        focus(segments);
        segments->selectRow(1);
        QVERIFY(m_window->copyAction()->isEnabled());
        QVERIFY(!m_window->cutAction()->isEnabled());
        QTest::keyClick(segments, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(m_doc->workspace().segments.size(), 10);
        QTest::keyClick(segments, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(clipboardLines().value(1).startsWith(QLatin1String("5002\tSegment 2\t")));
    }

    void treesAndDialogsCopyToo()
    {
        openWindow(test::sampleWorkspace());
        FindingsDialog *findings = m_window->showFindings();
        QVERIFY(QTest::qWaitForWindowActive(findings));
        auto *tree = findings->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QVERIFY(tree->topLevelItemCount() > 0);
        focus(tree);
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(TableClipboard::of(tree)); // installed when it got the focus
        QVERIFY(!TableClipboard::of(tree)->canCut());
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.startsWith(QLatin1String("Severity\tObject\tField\tMessage\n")));
        QVERIFY(text.contains(tree->topLevelItem(0)->text(1)));
        findings->close();
    }

    void singleCellOfACellTableIsItsText()
    {
        QTableView table;
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Key"), QStringLiteral("Value")});
        model.setItem(1, 1, new QStandardItem(QStringLiteral("red")));
        table.setModel(&model);
        table.setSelectionBehavior(QAbstractItemView::SelectItems);
        TableClipboard *clipboard = TableClipboard::install(&table);
        table.selectionModel()->select(model.index(1, 1), QItemSelectionModel::Select);
        QCOMPARE(clipboard->copy(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("red"));
        table.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select);
        QCOMPARE(clipboard->copy(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Key\tValue\n\tred\n"));
    }

    void pasteSegmentColumnIntoMappingTable()
    {
        openWindow(test::mappingWorkspace(10));
        MappingEditor *editor = showMappingsOf(10);
        editor->addSegments({5004}, {});
        focus(editor->view());
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Segment ID\n5001\nSegment 2\ncode_3\n9999\n5004\n"));
        QVERIFY(m_window->pasteAction()->isEnabled());
        const int steps = m_doc->undoStack()->count();
        QTest::keyClick(editor->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 4);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(editor->selectedMappingIds().size(), 3); // the new rows, selected
        const QString message = editor->messageLabel()->text();
        QVERIFY2(message.contains(QLatin1String("Added 3 mappings")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("“9999”")));
        QVERIFY(message.contains(QStringLiteral("header row “Segment ID”")));
        QVERIFY(message.contains(QLatin1String("Already mapped, so not added again: 5004")));
        // Defaults as in Add Segments: the destination's auto-fill ({sid}), from today.
        for (const SegmentMapping &m : m_doc->workspace().mappings) {
            if (m.sid == 5003) {
                QCOMPARE(m.value, QStringLiteral("5003"));
                QCOMPARE(m.startDate, QDate::currentDate());
            }
        }
        m_window->undoAction()->trigger();
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 1);

        // Nothing recognised: nothing added, and said so.
        QGuiApplication::clipboard()->setText(QStringLiteral("Sports fans"));
        m_window->pasteAction()->trigger();
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 1);
        QVERIFY(editor->messageLabel()->text().contains(QLatin1String("Nothing added")));

        // Rows copied from the catalog paste as mappings.
        m_window->showView(QStringLiteral("segments"));
        QTableView *segments = m_window->segmentsView()->view();
        focus(segments);
        segments->selectionModel()->select(
            QItemSelection(segments->model()->index(5, 0), segments->model()->index(6, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(segments, Qt::Key_C, Qt::ControlModifier);
        m_window->showView(QStringLiteral("destinations"));
        focus(editor->view());
        QTest::keyClick(editor->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 3);
        QVERIFY(editor->messageLabel()->text().contains(QStringLiteral("“Segment ID”")));
    }

    void pasteListIntoAddSegments()
    {
        openWindow(test::mappingWorkspace(10));
        MappingEditor *editor = showMappingsOf(10);
        editor->addSegments({5008}, {});
        SegmentBrowserDialog *dialog = openAddSegments(editor);
        QVERIFY(dialog);
        QLineEdit *search = dialog->searchEdit();
        focus(search);

        // A column from a spreadsheet into the search box ticks, it does not search.
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Segment ID\r\n5001\r\nSegment 2\r\ncode_3\r\n9999\r\n5008\r\n"));
        QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(dialog->checkedSids(), (QVector<qint64>{5001, 5002, 5003}));
        QVERIFY(search->text().isEmpty());
        QLabel *message = dialog->messageLabel();
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("Checked 3 segments")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("“9999”")));
        QVERIFY(message->text().contains(QStringLiteral("header row “Segment ID”")));
        QVERIFY(
            message->text().contains(QLatin1String("Already mapped to this destination: 5008")));
        const QString notes = message->text();

        // "Allow another flight" ticks the mapped one of the list.
        dialog->anotherFlightBox()->setChecked(true);
        QCOMPARE(dialog->checkedSids(), (QVector<qint64>{5001, 5002, 5003, 5008}));
        QVERIFY(message->text().startsWith(QLatin1String("Checked 1 mapped segment")));
        QVERIFY(message->text().contains(QStringLiteral("“9999”"))); // still said
        QVERIFY(notes != message->text());
        dialog->anotherFlightBox()->setChecked(false);
        QCOMPARE(dialog->checkedSids(), (QVector<qint64>{5001, 5002, 5003}));

        // One word is a search as before; one line with commas that names segments is a list.
        QGuiApplication::clipboard()->setText(QStringLiteral("Segment 1"));
        QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(search->text(), QStringLiteral("Segment 1"));
        search->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral("5004, 5005"));
        QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(dialog->checkedSids().size(), 5);
        QVERIFY(search->text().isEmpty());

        // Into the table as well.
        focus(dialog->view());
        QGuiApplication::clipboard()->setText(QStringLiteral("code_6"));
        QTest::keyClick(dialog->view(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY(dialog->checkedSids().contains(5006));

        // The search box's own context menu routes its Paste the same way.
        std::unique_ptr<QMenu> menu(search->createStandardContextMenu());
        QAction *paste = SegmentBrowserDialog::pasteActionOf(menu.get());
        QVERIFY(paste);
        QVERIFY(paste->text().contains(QLatin1String("Paste")));

        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(m_doc->workspace().mappingCountOf(10), 7);
    }

    void addAnotherFlightOfAMappedSegment()
    {
        openWindow(test::mappingWorkspace(10));
        MappingEditor *editor = showMappingsOf(10);
        MappingBulk::AddOptions first;
        first.startDate = QDate::currentDate().addDays(-30);
        first.endDate = QDate::currentDate().addDays(10);
        editor->addSegments({5001}, first);
        SegmentBrowserDialog *dialog = openAddSegments(editor);
        QVERIFY(dialog);
        auto *proxy = dialog->proxy();
        const auto rowOf = [proxy](qint64 sid) {
            for (int r = 0; r < proxy->rowCount(); ++r) {
                if (proxy->index(r, 0).data(KeyRole).toLongLong() == sid)
                    return proxy->index(r, 0);
            }
            return QModelIndex();
        };
        QVERIFY(!rowOf(5001).isValid()); // hidden: already mapped
        QCheckBox *another = dialog->anotherFlightBox();
        QVERIFY(another->isEnabled());
        QTest::mouseClick(another, Qt::LeftButton, {}, QPoint(8, another->height() / 2));
        QVERIFY(another->isChecked());
        QTRY_VERIFY(rowOf(5001).isValid()); // shown again, and checkable
        const QModelIndex mapped = rowOf(5001);
        QVERIFY(mapped.flags() & Qt::ItemIsEnabled);
        QVERIFY(mapped.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(mapped.data(Qt::ToolTipRole).toString().contains(QLatin1String("another flight")));
        QVERIFY(proxy->setData(mapped, Qt::Checked, Qt::CheckStateRole));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(m_doc->workspace().mappingCountOf(10), 2);
        QVERIFY2(editor->messageLabel()->text().contains(
                     QLatin1String("Another flight of a segment already mapped: 1 mapping.")),
                 qPrintable(editor->messageLabel()->text()));
        // Both flights start before the first ends: validation flags the overlap, as before.
        const QAbstractItemModel *rows = editor->proxy();
        const auto flags = [rows]() {
            return rows->index(0, MappingTableModel::FlagsColumn).data().toString() +
                   rows->index(1, MappingTableModel::FlagsColumn).data().toString();
        };
        QTRY_VERIFY(flags().contains(QLatin1String("overlap")));
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
