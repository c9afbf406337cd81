#include "application/languagemanager.h"
#include "common/datefield.h"
#include "common/importreportdialog.h"
#include "common/optionaldateedit.h"
#include "csv/csv.h"
#include "csv/mappingcsv.h"
#include "firing/destinationfiring.h"
#include "http/httprequest.h"
#include "itemmodels/importreportmodel.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "mappings/bulkeditdialog.h"
#include "mappings/mappingeditor.h"
#include "mappings/scheduletimeline.h"
#include "mappings/segmentbrowserdialog.h"
#include "mappingworkspace.h"
#include "sandbox/sandboxengine.h"
#include "system/datetext.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

using namespace dcsdesk;

// The mapping editor as a new user drives it, with real widgets: add 50 segments from the
// browser, bulk-edit ten, undo, see flags and the timeline, export to CSV, edit it like a
// spreadsheet would and import it back through the dry-run report.
class TestMappingEditor : public QObject
{
    Q_OBJECT

    WorkspaceDocument *m_doc = nullptr;
    MappingEditor *m_editor = nullptr;
    QTemporaryDir m_dir;
    const QDate m_today = QDate::currentDate();

    template <typename T> T *waitForDialog()
    {
        T *dialog = nullptr;
        if (!QTest::qWaitFor([&]() {
                dialog = m_editor->findChild<T *>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return dialog;
    }

    // Adds segments 5001..5000+n through the browser, the way a user does.
    void addThroughBrowser(int n)
    {
        m_editor->addSegmentsAction()->trigger();
        auto *browser = waitForDialog<SegmentBrowserDialog>();
        QVERIFY(browser);
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("Segment"));
        QTRY_COMPARE(browser->proxy()->filterText(), QStringLiteral("Segment"));
        QTableView *view = browser->view();
        view->sortByColumn(0, Qt::AscendingOrder);
        view->setFocus();
        view->selectionModel()->select(
            QItemSelection(browser->proxy()->index(0, 0),
                           browser->proxy()->index(n - 1, browser->proxy()->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_Space); // checks every selected row
        QCOMPARE(browser->proxy()->checkedCount(), n);
        QPushButton *ok = browser->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(ok->text().contains(QString::number(n)));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_editor->findChild<SegmentBrowserDialog *>());
    }

    QString cell(int proxyRow, int column) const
    {
        return m_editor->proxy()->index(proxyRow, column).data().toString();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_doc = new WorkspaceDocument(this);
        m_doc->reset(test::mappingWorkspace(60));
        m_editor = new MappingEditor(m_doc);
        m_editor->resize(1000, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        m_editor->setDestination(10);
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
        delete m_doc;
        m_doc = nullptr;
    }

    void emptyState()
    {
        m_editor->setDestination(0);
        QVERIFY(!m_editor->addSegmentsAction()->isEnabled());
        m_editor->setDestination(12345); // no such destination
        QCOMPARE(m_editor->destinationId(), 0);
        m_editor->setDestination(10);
        QVERIFY(m_editor->addSegmentsAction()->isEnabled());
        QVERIFY(!m_editor->bulkEditAction()->isEnabled()); // nothing selected
        // Columns follow the destination type.
        QVERIFY(m_editor->view()->isColumnHidden(MappingTableModel::PriorityColumn));
        QCOMPARE(m_editor->proxy()
                     ->headerData(MappingTableModel::ValueColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Alias"));
        m_editor->setDestination(30);
        QVERIFY(!m_editor->view()->isColumnHidden(MappingTableModel::PriorityColumn));
        QVERIFY(!m_editor->view()->isColumnHidden(MappingTableModel::SecondValueColumn));
    }

    void addFromBrowser()
    {
        QAbstractItemModelTester tester(m_editor->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        addThroughBrowser(50);
        const Workspace &ws = m_doc->workspace();
        QCOMPARE(ws.mappingCountOf(10), 50);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_editor->proxy()->rowCount(), 50);
        // Values auto-filled from the segment ID (the destination's auto-fill), start today.
        for (int i : ws.mappingIndexesOf(10)) {
            QCOMPARE(ws.mappings[i].value, QString::number(ws.mappings[i].sid));
            QCOMPARE(ws.mappings[i].startDate, m_today);
            QVERIFY(!ws.mappings[i].endDate.isValid());
        }
        // The new rows are selected, ready for the next step.
        QCOMPARE(m_editor->selectedMappingIds().size(), 50);
        QTRY_VERIFY(m_editor->summaryLabel()->text().startsWith(QLatin1String("50 mapping")));

        // Opening the browser again: the 50 mapped segments are hidden, 10 remain.
        m_editor->addSegmentsAction()->trigger();
        auto *browser = waitForDialog<SegmentBrowserDialog>();
        QVERIFY(browser);
        QCOMPARE(browser->proxy()->rowCount(), 10);
        browser->findChild<QCheckBox *>()->setChecked(false); // "Hide segments already mapped"
        QCOMPARE(browser->proxy()->rowCount(), 60);
        browser->reject();
    }

    void addToCookieWithIntegrationCode()
    {
        m_editor->setDestination(20);
        m_editor->addSegmentsAction()->trigger();
        auto *browser = waitForDialog<SegmentBrowserDialog>();
        QVERIFY(browser);
        QCOMPARE(browser->valuePatternEdit()->text(), QStringLiteral("{code}"));
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("code_33"));
        QTRY_COMPARE(browser->proxy()->rowCount(), 1);
        browser->findChild<QPushButton *>(QStringLiteral("checkShown"))->click();
        QCOMPARE(browser->proxy()->checkedCount(), 1);
        browser->accept();
        const Workspace &ws = m_doc->workspace();
        QCOMPARE(ws.mappingCountOf(20), 1);
        QCOMPARE(ws.mappings.last().value, QStringLiteral("code_33"));
    }

    void bulkEditAndUndo()
    {
        addThroughBrowser(50);
        QAbstractItemModelTester tester(m_editor->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Select ten rows with the mouse: click the first, shift-click the tenth.
        QTableView *view = m_editor->view();
        view->sortByColumn(MappingTableModel::SidColumn, Qt::AscendingOrder);
        const QRect first = view->visualRect(m_editor->proxy()->index(0, 1));
        const QRect tenth = view->visualRect(m_editor->proxy()->index(9, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, tenth.center());
        QCOMPARE(m_editor->selectedMappingIds().size(), 10);
        QVERIFY(m_editor->bulkEditAction()->isEnabled());

        const QByteArray before = QByteArray::number(m_doc->undoStack()->count());
        m_editor->bulkEditAction()->trigger();
        auto *dialog = waitForDialog<BulkEditDialog>();
        QVERIFY(dialog);
        QPushButton *apply = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!apply->isEnabled()); // nothing ticked yet
        const QDate end = m_today.addDays(-1);
        dialog->startDateEdit()->setDate(m_today.addDays(-60));
        dialog->endDateEdit()->setDate(end); // editing ticks the box
        QVERIFY(dialog->startBox()->isChecked());
        QVERIFY(dialog->endBox()->isChecked());
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->text().contains(QLatin1String("10")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY(!m_editor->findChild<BulkEditDialog *>());

        const Workspace &ws = m_doc->workspace();
        int ended = 0;
        for (int i : ws.mappingIndexesOf(10))
            ended += ws.mappings[i].endDate == end;
        QCOMPARE(ended, 10);
        QCOMPARE(m_doc->undoStack()->count(), before.toInt() + 1);
        // They are expired now: flags with tooltips, and the status filter finds them.
        QCOMPARE(cell(0, MappingTableModel::FlagsColumn), QStringLiteral("expired"));
        QVERIFY(m_editor->proxy()
                    ->index(0, MappingTableModel::FlagsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("end date has passed")));
        QCOMPARE(cell(10, MappingTableModel::FlagsColumn), QString());
        m_editor->statusCombo()->setCurrentIndex(
            m_editor->statusCombo()->findData(int(MappingFilterProxyModel::StatusFilter::Expired)));
        QCOMPARE(m_editor->proxy()->rowCount(), 10);
        QCOMPARE(m_editor->timeline()->model()->rowCount(), 10);
        m_editor->statusCombo()->setCurrentIndex(0);

        // Undo of the bulk edit: one step restores all ten.
        m_doc->undo();
        for (int i : ws.mappingIndexesOf(10))
            QVERIFY(!ws.mappings[i].endDate.isValid());
        QCOMPARE(cell(0, MappingTableModel::FlagsColumn), QString());
        m_doc->redo();
        QCOMPARE(cell(0, MappingTableModel::FlagsColumn), QStringLiteral("expired"));

        // A value pattern on the selection, and bulk delete with its undo.
        MappingBulk::Edit pattern;
        pattern.valuePattern = QStringLiteral("a{sid}");
        m_editor->applyBulkEdit(pattern);
        QCOMPARE(cell(0, MappingTableModel::ValueColumn), QStringLiteral("a5001"));
        // The offscreen platform does not hand activation back after a dialog closes.
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(ws.mappingCountOf(10), 40);
        m_doc->undo();
        QCOMPARE(ws.mappingCountOf(10), 50);
    }

    void delegatesAndFlags()
    {
        m_editor->setDestination(20); // single-key cookie: priority applies
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{code}");
        m_editor->addSegments({5001, 5002}, add);
        QTableView *view = m_editor->view();
        auto *proxy = m_editor->proxy();

        // End date: the editor offers "Never"; setting a date and committing with Enter.
        QModelIndex end = proxy->index(0, MappingTableModel::EndColumn);
        QCOMPARE(end.data().toString(), QStringLiteral("Never"));
        view->setCurrentIndex(end);
        view->edit(end);
        auto *endEditor = view->findChild<OptionalDateEdit *>();
        QVERIFY(endEditor);
        QVERIFY(endEditor->isNever());
        endEditor->setDate(QDate(2030, 5, 1));
        QTest::keyClick(endEditor->dateEdit(), Qt::Key_Enter);
        QTRY_COMPARE(proxy->index(0, MappingTableModel::EndColumn).data(Qt::EditRole).toDate(),
                     QDate(2030, 5, 1));
        // Back to never.
        view->edit(proxy->index(0, MappingTableModel::EndColumn));
        endEditor = view->findChild<OptionalDateEdit *>();
        QVERIFY(endEditor);
        endEditor->neverBox()->setChecked(true);
        QTest::keyClick(endEditor->dateEdit(), Qt::Key_Enter);
        QTRY_VERIFY(
            !proxy->index(0, MappingTableModel::EndColumn).data(Qt::EditRole).toDate().isValid());

        // Start date: typed whole, with a month name, after Ctrl+A; an unreadable date keeps
        // the editor open and the old date.
        const QModelIndex start = proxy->index(0, MappingTableModel::StartColumn);
        view->setCurrentIndex(start);
        view->edit(start);
        auto *startEditor = view->findChild<DateField *>();
        QVERIFY(startEditor);
        QTest::keyClick(startEditor->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(startEditor->lineEdit(), QStringLiteral("31 Mar 2027"));
        QTest::keyClick(startEditor->lineEdit(), Qt::Key_Enter);
        QTRY_COMPARE(proxy->index(0, MappingTableModel::StartColumn).data(Qt::EditRole).toDate(),
                     QDate(2027, 3, 31));
        QCOMPARE(proxy->index(0, MappingTableModel::StartColumn).data().toString(),
                 QStringLiteral("3/31/2027"));
        view->edit(proxy->index(0, MappingTableModel::StartColumn));
        startEditor = view->findChild<DateField *>();
        QVERIFY(startEditor);
        QTest::keyClick(startEditor->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(startEditor->lineEdit(), QStringLiteral("2/30/2027"));
        QTest::keyClick(startEditor->lineEdit(), Qt::Key_Enter);
        QVERIFY(!startEditor->hasAcceptableInput());
        QVERIFY(view->findChild<DateField *>()); // still open, the reason in its tooltip
        QVERIFY(startEditor->lineEdit()->toolTip().contains(QLatin1String("28 days")));
        QTest::keyClick(startEditor->lineEdit(), Qt::Key_Escape);
        QCOMPARE(proxy->index(0, MappingTableModel::StartColumn).data(Qt::EditRole).toDate(),
                 QDate(2027, 3, 31));

        // Priority: a spin box with "None" for 0.
        const QModelIndex priority = proxy->index(1, MappingTableModel::PriorityColumn);
        view->edit(priority);
        auto *spin = view->findChild<QSpinBox *>();
        QVERIFY(spin);
        QCOMPARE(spin->specialValueText(), QStringLiteral("None"));
        spin->setValue(3);
        QTest::keyClick(spin, Qt::Key_Enter);
        QTRY_COMPARE(proxy->index(1, MappingTableModel::PriorityColumn).data().toInt(), 3);

        // Start after end, an empty value and a duplicate segment are flagged with reasons.
        const int undoBefore = m_doc->undoStack()->count();
        QVERIFY(proxy->setData(proxy->index(0, MappingTableModel::ValueColumn), QString()));
        QVERIFY(proxy->setData(proxy->index(1, MappingTableModel::SidColumn), 5001));
        QCOMPARE(m_doc->undoStack()->count(), undoBefore + 2);
        QStringList flags;
        for (int r = 0; r < proxy->rowCount(); ++r)
            flags << cell(r, MappingTableModel::FlagsColumn);
        QVERIFY(flags.join(QLatin1Char('|')).contains(QLatin1String("duplicate")));
        QVERIFY(flags.join(QLatin1Char('|')).contains(QLatin1String("invalid")));
        QVERIFY(proxy->index(0, MappingTableModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("empty")));
        m_editor->statusCombo()->setCurrentIndex(
            m_editor->statusCombo()->findData(int(MappingFilterProxyModel::StatusFilter::Invalid)));
        QCOMPARE(proxy->rowCount(), 1);
    }

    // "Today" never covers the legend: with today under the legend (every flight in the past),
    // at every width the window allows, in every language.
    void timelineTodayNeverCoversTheLegend()
    {
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        add.startDate = m_today.addDays(-400);
        add.endDate = m_today.addDays(-2);
        m_editor->addSegments({5001, 5002}, add);
        ScheduleTimeline standalone; // sized freely, outside the editor's layout
        standalone.setModel(m_editor->timeline()->model());
        standalone.setToday(m_today);
        standalone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&standalone));
        ScheduleTimeline *timeline = &standalone;
        for (const char *language : {"en", "de", "fr", "es"}) {
            LanguageManager::instance()->setLanguage(QLatin1String(language));
            for (int width = 160; width <= 1400; width += 6) {
                timeline->resize(width, 300);
                const QRect today = timeline->todayLabelRect();
                QVERIFY2(
                    !today.intersects(timeline->legendRect()),
                    qPrintable(
                        QStringLiteral("%1 at %2 px").arg(QLatin1String(language)).arg(width)));
                QVERIFY(today.left() >= 0);
                QVERIFY(today.bottom() < timeline->headerHeight());
            }
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        timeline->viewport()->grab(); // and it paints
    }

    void timelineFollowsTableAndClicksSelect()
    {
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        add.startDate = m_today.addDays(-30);
        m_editor->addSegments({5001, 5002, 5003}, add);
        add.startDate = m_today.addDays(20);
        add.endDate = m_today.addDays(60);
        m_editor->addSegments({5004}, add);
        add.startDate = m_today.addDays(-90);
        add.endDate = m_today.addDays(-10);
        m_editor->addSegments({5005}, add);
        ScheduleTimeline *timeline = m_editor->timeline();
        QCOMPARE(timeline->model()->rowCount(), 5);
        QVERIFY(timeline->firstDay() <= m_today.addDays(-90));
        QVERIFY(timeline->lastDay() >= m_today.addDays(60));
        QVERIFY(timeline->xOfDate(m_today) > timeline->xOfDate(m_today.addDays(-90)));
        // Painting works (offscreen) and shows distinct colors for the three states.
        m_editor->view()->sortByColumn(MappingTableModel::SidColumn, Qt::AscendingOrder);
        const QImage sorted = timeline->viewport()->grab().toImage();
        const auto colour = [&](int row, const QDate &day) {
            return sorted.pixelColor(timeline->xOfDate(day) + 2, timeline->headerHeight() +
                                                                     row * timeline->rowHeight() +
                                                                     timeline->rowHeight() / 2);
        };
        const QColor active = colour(0, m_today.addDays(-20));
        const QColor future = colour(3, m_today.addDays(30));
        const QColor expired = colour(4, m_today.addDays(-50));
        QVERIFY(active != future && future != expired && active != expired);

        // Clicking a bar selects that row in the table; selecting a row highlights it.
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {},
                          QPoint(timeline->xOfDate(m_today.addDays(30)),
                                 timeline->headerHeight() + 3 * timeline->rowHeight() + 4));
        QCOMPARE(m_editor->view()->currentIndex().row(), 3);
        QCOMPARE(m_editor->selectedMappingIds().size(), 1);
        QCOMPARE(m_editor->selectedMappingIds().first(),
                 m_doc->workspace().mappings[3].id); // segment 5004
        m_editor->view()->selectRow(1);
        QCOMPARE(timeline->currentRow(), 1);
        // Hover details.
        QHelpEvent help(QEvent::ToolTip,
                        QPoint(timeline->xOfDate(m_today), timeline->headerHeight() + 2),
                        timeline->viewport()->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(timeline->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("5001")));
        QVERIFY(QToolTip::text().contains(QLatin1String("never")));
        QToolTip::hideText();
    }

    // Two open-ended flights of one segment overlap up to "never": the tooltip gives that as a
    // range, not as "from 1 Jan to never" (which German rendered as "vom … bis nie").
    void openEndedOverlapReadsAsARange()
    {
        Workspace workspace = test::mappingWorkspace(3);
        for (const auto &[id, start] : {std::pair{1, -30}, std::pair{2, -10}}) {
            SegmentMapping flight;
            flight.id = id;
            flight.destinationId = 10;
            flight.sid = 5001;
            flight.value = QStringLiteral("v%1").arg(id);
            flight.startDate = m_today.addDays(start); // and no end: never expires
            workspace.mappings.append(flight);
        }
        m_doc->reset(workspace);
        m_editor->setDestination(10);
        ScheduleTimeline *timeline = m_editor->timeline();
        QCOMPARE(timeline->model()->rowCount(), 2);
        QHelpEvent help(QEvent::ToolTip,
                        QPoint(timeline->xOfDate(m_today), timeline->headerHeight() + 2),
                        timeline->viewport()->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(timeline->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(
            QToolTip::text().contains(QStringLiteral("Overlaps another flight of this segment (") +
                                      DateText::date(m_today.addDays(-10), QLocale()) +
                                      QStringLiteral(" → never).")),
            qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void csvRoundTrip()
    {
        addThroughBrowser(50);
        // End dates on ten of them.
        QVector<qint64> ten;
        for (int i = 0; i < 10; ++i)
            ten.append(m_doc->workspace().mappings[i].id);
        m_editor->selectMappings(ten);
        MappingBulk::Edit edit;
        edit.endDate = m_today.addDays(90);
        m_editor->applyBulkEdit(edit);

        const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
        QString error;
        QVERIFY2(m_editor->exportCsv(path, QLatin1Char(','), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        file.close();
        QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
        CsvTable table = Csv::parse(exported);
        QCOMPARE(table.records.size(), 51);

        // What a spreadsheet user does: change two values, one end date, add a row, and save
        // as semicolon CSV with the locale's date format.
        table.records[1][4] = QStringLiteral("renamed-1");
        table.records[2][4] = QStringLiteral("renamed-2");
        table.records[3][7] = QStringLiteral("2031-01-31");
        table.records[20][6] =
            QLocale().toString(QDate::fromString(table.records[20][6], Qt::ISODate),
                               QLocale()
                                   .dateFormat(QLocale::ShortFormat)
                                   .replace(QLatin1String("yy"), QLatin1String("yyyy")));
        table.records.append(QStringList{"10", "Serialized URL", "5055", "Segment 55", "5055", "",
                                         "2026-12-01", "", ""});
        const QString edited =
            writeFile(QStringLiteral("edited.csv"), Csv::write(table.records, QLatin1Char(';')));
        const int undoBefore = m_doc->undoStack()->count();
        m_editor->importCsv(edited);
        auto *report = waitForDialog<ImportReportDialog>();
        QVERIFY(report);
        QAbstractItemModelTester tester(report->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ImportReport &r = report->model()->report();
        QCOMPARE(r.updated, 3);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.unchanged, 47);
        QCOMPARE(r.errors, 0);
        QCOMPARE(report->view()->model()->rowCount(), 51);
        QVERIFY(report->summaryLabel()->text().contains(QLatin1String("3 updated")));
        QVERIFY(report->importButton()->isEnabled());
        QVERIFY(m_doc->workspace().mappingCountOf(10) == 50); // nothing applied yet
        QTest::mouseClick(report->importButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->findChild<ImportReportDialog *>());
        QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
        const Workspace &ws = m_doc->workspace();
        QCOMPARE(ws.mappingCountOf(10), 51);
        QCOMPARE(ws.mappings[0].value, QStringLiteral("renamed-1"));
        QCOMPARE(ws.mappings[2].endDate, QDate(2031, 1, 31));
        // Export again: what was imported is what is exported.
        QVERIFY(m_editor->exportCsv(path, QLatin1Char(','), &error));
        m_editor->importCsv(path);
        report = waitForDialog<ImportReportDialog>();
        QVERIFY(report);
        QCOMPARE(report->model()->report().unchanged, 51);
        QVERIFY(!report->importButton()->isEnabled()); // nothing to do
        report->reject();
        QTRY_VERIFY(!m_editor->findChild<ImportReportDialog *>());
        // One undo takes the whole import back.
        m_doc->undo();
        QCOMPARE(ws.mappingCountOf(10), 50);
        QCOMPARE(ws.mappings[0].value, QStringLiteral("5001"));
    }

    void csvWithErrors()
    {
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        add.startDate = QDate(2026, 1, 1);
        m_editor->addSegments({5001, 5002}, add);
        const QByteArray csv =
            "\xEF\xBB\xBF"
            "Destination ID,Destination Name,Segment ID,Segment Name,Mapping Value,Second Value,"
            "Start Date,End Date,Priority\r\n"
            "10,Serialized URL,5001,Segment 1,new-1,,2026-01-01,,\r\n" // 2 updated
            "10,Serialized URL,5003,Segment 3,5003,,2026-13-45,,\r\n"  // 3 bad date
            "10,Serialized URL,4242,Ghost,4242,,2026-01-01,,\r\n"      // 4 unknown segment
            "20,Single cookie,5004,Segment 4,x,,2026-01-01,,\r\n"      // 5 wrong destination
            "10,Serialized URL,5005,Segment 5,5005,,2026-01-01,,\r\n"  // 6 added
            "10,Serialized URL,5005,Segment 5,5005,,2026-01-01,,\r\n"  // 7 duplicated row
            "10;Serialized URL;5006;Segment 6;5006;;2026-01-01;;\r\n"; // 8 mixed delimiter
        const QString path = writeFile(QStringLiteral("errors.csv"), csv);
        const QByteArray before = QByteArray::number(m_doc->undoStack()->count());
        m_editor->importCsv(path);
        auto *report = waitForDialog<ImportReportDialog>();
        QVERIFY(report);
        const ImportReport &r = report->model()->report();
        QCOMPARE(r.errors, 5);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.added, 1);
        // Import is off; only error rows are shown; each says what is wrong.
        QVERIFY(!report->importButton()->isEnabled());
        QVERIFY(report->errorsOnlyBox()->isChecked());
        QCOMPARE(report->view()->model()->rowCount(), 5);
        QVERIFY(report->summaryLabel()->text().contains(QLatin1String("Nothing has changed yet")));
        QStringList details;
        for (int row = 0; row < report->view()->model()->rowCount(); ++row)
            details << report->view()
                           ->model()
                           ->index(row, report->model()->detailsColumn())
                           .data()
                           .toString();
        const QString all = details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("2026-13-45")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("4242 is not in the segment catalog")));
        QVERIFY(all.contains(QLatin1String("you are importing into destination 10")));
        QVERIFY(all.contains(QLatin1String("Same as line 6")));
        QVERIFY(all.contains(QLatin1String("semicolon")));
        report->errorsOnlyBox()->setChecked(false);
        QCOMPARE(report->view()->model()->rowCount(), 7);

        // Cancel: nothing happened.
        report->reject();
        QTRY_VERIFY(!m_editor->findChild<ImportReportDialog *>());
        QCOMPARE(QByteArray::number(m_doc->undoStack()->count()), before);
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 2);

        // Explicitly skipping the errors applies the valid rows, as one step.
        m_editor->importCsv(path);
        report = waitForDialog<ImportReportDialog>();
        QVERIFY(report);
        QVERIFY(report->skipErrorsBox()->isVisible());
        report->skipErrorsBox()->setChecked(true);
        QVERIFY(report->importButton()->isEnabled());
        QTest::mouseClick(report->importButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->findChild<ImportReportDialog *>());
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 3);
        QCOMPARE(m_doc->undoStack()->count(), before.toInt() + 1);
        m_doc->undo();
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 2);

        // A file that is not CSV at all: a clear message, nothing to import.
        const QString junk = writeFile(QStringLiteral("junk.csv"), QByteArray("\x00\x01\x02", 3));
        m_editor->importCsv(junk);
        report = waitForDialog<ImportReportDialog>();
        QVERIFY(report);
        QVERIFY(report->summaryLabel()->text().contains(QLatin1String("cannot be imported")));
        QVERIFY(!report->importButton()->isEnabled());
        report->reject();
    }

    // The "done when", end to end: 50 segments mapped to a serialized URL destination in
    // one go, an end date on ten, flags and timeline, CSV out, edited, CSV in with a per-row
    // report, and the destination fires the new mappings.
    void newUserScenario()
    {
        addThroughBrowser(50);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        // End date on ten of them, in the past: they expire, and say so.
        QVector<qint64> ten;
        for (int i = 0; i < 10; ++i)
            ten.append(m_doc->workspace().mappings[i].id);
        m_editor->selectMappings(ten);
        MappingBulk::Edit edit;
        edit.startDate = m_today.addDays(-30);
        edit.endDate = m_today.addDays(-1);
        m_editor->applyBulkEdit(edit);
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_editor->statusCombo()->setCurrentIndex(
            m_editor->statusCombo()->findData(int(MappingFilterProxyModel::StatusFilter::Expired)));
        QCOMPARE(m_editor->proxy()->rowCount(), 10);
        QCOMPARE(m_editor->timeline()->model()->rowCount(), 10);
        m_editor->statusCombo()->setCurrentIndex(0);
        QTRY_VERIFY(m_editor->summaryLabel()->text().contains(QLatin1String("10 expired")));

        // Only the forty active ones fire, joined with the destination's delimiter.
        const auto firedUrl = [&]() {
            QSet<qint64> sids;
            for (const SegmentMapping &m : m_doc->workspace().mappings)
                sids.insert(m.sid);
            FireContext context;
            context.rnd = QStringLiteral("1");
            const FireResult fired = DestinationFiring::fire(
                *m_doc->workspace().destination(10),
                DestinationFiring::activeMappings(m_doc->workspace(), 10, sids, m_today), context);
            return fired.pixels.isEmpty() ? QString() : fired.pixels.first().secureUrl;
        };
        QString url = firedUrl();
        QVERIFY(url.startsWith(QLatin1String("https://px.example.com/s?d=5011,5012,")));
        QVERIFY(!url.contains(QLatin1String("5001,")));

        // Export, change every alias in "the spreadsheet" (a prefix), bring the ten back with a
        // later end date, save as semicolon CSV, import.
        const QString path = m_dir.filePath(QStringLiteral("scenario.csv"));
        QString error;
        QVERIFY2(m_editor->exportCsv(path, QLatin1Char(','), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvTable table = Csv::parse(file.readAll());
        file.close();
        for (int r = 1; r < table.records.size(); ++r) {
            table.records[r][MappingCsv::ValueColumn].prepend(QLatin1Char('s'));
            if (!table.records[r][MappingCsv::EndDateColumn].isEmpty())
                table.records[r][MappingCsv::EndDateColumn] =
                    m_today.addDays(30).toString(Qt::ISODate);
        }
        m_editor->importCsv(writeFile(QStringLiteral("scenario-edited.csv"),
                                      Csv::write(table.records, QLatin1Char(';'))));
        auto *report = waitForDialog<ImportReportDialog>();
        QVERIFY(report);
        QCOMPARE(report->model()->report().updated, 50);
        QCOMPARE(report->model()->report().errors, 0);
        QVERIFY(report->model()->report().rows.first().details.contains(
            QStringLiteral("“5001” → “s5001”")));
        QTest::mouseClick(report->importButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->findChild<ImportReportDialog *>());
        QCOMPARE(m_doc->undoStack()->count(), 3);

        // All fifty fire now, with the new aliases.
        url = firedUrl();
        QVERIFY2(url.startsWith(QLatin1String("https://px.example.com/s?d=s5001,s5002,")),
                 qPrintable(url));
        QCOMPARE(url.count(QLatin1Char(',')), 49);

        // And the local sandbox answers a DCS call with them: a user whose signals qualify for
        // segments 1, 2, 3 and 60 (not mapped) gets one serialized pixel with the three aliases.
        Workspace ws = m_doc->workspace();
        Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.alias = QStringLiteral("mapping");
        ws.profiles.append(profile);
        SandboxEngine engine;
        engine.setWorkspace(ws);
        HttpRequest request;
        request.method = "GET";
        request.target = "/event?d_rtbd=json&d_dst=1&d_jsonv=1&d_cts=2"
                         "&d_uuid=12345678901234567890123456789012345678&c_n=1,2,3,60";
        request.headers.append(
            {QByteArrayLiteral("Host"), QByteArrayLiteral("mapping.demdex.net")});
        const HttpResponse response = engine.handle(request);
        QCOMPARE(response.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(answer.value(QLatin1String("segments")).toArray().size(), 4);
        const QJsonArray dests = answer.value(QLatin1String("dests")).toArray();
        QCOMPARE(dests.size(), 1);
        QCOMPARE(dests.first().toObject().value(QLatin1String("e")).toString(),
                 QStringLiteral("https://px.example.com/s?d=s5001,s5002,s5003"));
    }

    // The message after a bulk action offers Undo for that step only.
    void undoLinkUndoesOnlyItsStep()
    {
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        m_editor->addSegments({5001, 5002}, add);
        QLabel *message = m_editor->messageLabel();
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("href=\"undo\"")));
        Q_EMIT message->linkActivated(QStringLiteral("undo"));
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 0);
        QVERIFY(!message->isVisible());

        m_editor->addSegments({5003}, add);
        m_doc->setDestinationField(10, Destination::Name, QStringLiteral("Renamed"));
        QVERIFY(!message->isVisible()); // another step happened: the link is gone
        Q_EMIT message->linkActivated(QStringLiteral("undo"));
        QCOMPARE(m_doc->workspace().destination(10)->name, QStringLiteral("Renamed"));
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 1);
    }

    // A message shown before a language switch is shown again in the new language, Undo link
    // included (it was left in the old one).
    void messageFollowsLanguageSwitch()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        MappingBulk::AddOptions add;
        add.valuePattern = QStringLiteral("{sid}");
        m_editor->addSegments({5001, 5002}, add);
        QLabel *message = m_editor->messageLabel();
        QVERIFY2(message->text().contains(QLatin1String("Added 2 mappings.")),
                 qPrintable(message->text()));
        LanguageManager::instance()->setLanguage(QStringLiteral("de"));
        QTRY_VERIFY2(message->text().contains(QStringLiteral("2 Zuordnungen hinzugefügt.")),
                     qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral(">Rückgängig<")));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(message->text().contains(QLatin1String("Added 2 mappings.")));
        Q_EMIT message->linkActivated(QStringLiteral("undo")); // still the same step
        QCOMPARE(m_doc->workspace().mappingCountOf(10), 0);
    }

    void readOnlyWorkspaceDisablesEditing()
    {
        // Edits are refused while the document is read-only (a newer file format).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"dcsdesk-workspace\",\"version\":99,\"segments\":[],"
                   "\"destinations\":[{\"id\":10,\"name\":\"x\",\"type\":\"url\"}],"
                   "\"mappings\":[]}");
        file.close();
        QString error;
        QVERIFY2(m_doc->load(path, &error), qPrintable(error)); // opened, read-only
        QVERIFY(m_doc->isReadOnly());
        m_editor->setDestination(10);
        QVERIFY(!m_editor->addSegmentsAction()->isEnabled());
        QVERIFY(!m_editor->importAction()->isEnabled());
    }
};

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
