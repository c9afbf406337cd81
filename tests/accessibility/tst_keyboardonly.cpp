// The main tasks done with the keyboard alone, on the whole window: create a destination, map
// segments to it, send a call, run a batch. Every step is a key press sent to the widget that
// has the focus (as a keyboard would), never a click or a direct call, and the focus is checked
// to move through the fields in reading order. Each task ends with its result in the workspace
// (and on the undo stack), in the console's answer or in the batch's results.
#include "accessibilityscan.h"
#include "application/languagemanager.h"
#include "batch/batchresultmodel.h"
#include "batch/batchview.h"
#include "console/consoleservices.h"
#include "console/consoleview.h"
#include "console/requestbuilderwidget.h"
#include "console/responsewidget.h"
#include "destinations/destinationeditor.h"
#include "destinations/destinationsview.h"
#include "guidedwindow.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "mappings/mappingeditor.h"
#include "mappings/segmentbrowserdialog.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace dcsdesk;

namespace {

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    return QStringLiteral("%1#%2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->accessibleName());
}

// A key on whatever has the focus now, like a keyboard; the window when nothing has it.
void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
    QCoreApplication::processEvents();
}

} // namespace

// Fails with both widgets named when the focus is not where it should be.
#define QCOMPARE_FOCUS(expected)                                                                   \
    QTRY_VERIFY2(QApplication::focusWidget() == (expected),                                        \
                 qPrintable(QStringLiteral("focus on %1, expected %2")                             \
                                .arg(describe(QApplication::focusWidget()), describe(expected))))

class TstKeyboardOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardonly"));
        QVERIFY(m_dir.isValid());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        m_guided = std::make_unique<test::GuidedWindow>(m_dir.path(), QStringLiteral("en"));
        QVERIFY2(m_guided->isLoaded(), qPrintable(m_guided->error()));
        MainWindow &window = m_guided->window();
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    void cleanup() { m_guided.reset(); }

    void createDestination()
    {
        MainWindow &window = m_guided->window();
        WorkspaceDocument &document = m_guided->document();
        DestinationsView *view = window.destinationsView();
        DestinationEditor *editor = view->editor();

        press(&window, Qt::Key_2, Qt::ControlModifier); // away first: Ctrl+1 must bring it back
        QTRY_COMPARE(window.currentViewId(), QStringLiteral("segments"));
        press(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.currentViewId(), QStringLiteral("destinations"));
        press(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE_FOCUS(view->searchField());

        // The bar above the list, left to right, then the list.
        const auto buttonOf = [view](QAction *action) -> QWidget * {
            for (QToolButton *button : view->findChildren<QToolButton *>()) {
                if (button->defaultAction() == action)
                    return button;
            }
            return nullptr;
        };
        for (QWidget *next : std::initializer_list<QWidget *>{
                 view->typeFilter(), view->statusFilter(), buttonOf(view->newUrlAction()),
                 buttonOf(view->duplicateAction()), buttonOf(view->deleteAction()),
                 view->table()}) {
            QVERIFY(next);
            press(&window, Qt::Key_Tab);
            QCOMPARE_FOCUS(next);
        }

        // New URL destination: it is selected and its name is ready to be typed over.
        const QUndoStack *undo = document.undoStack();
        const int undoBefore = undo->index();
        const int countBefore = int(document.workspace().destinations.size());
        press(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(int(document.workspace().destinations.size()), countBefore + 1);
        const qint64 id = view->currentId();
        QVERIFY(id != 0);
        QCOMPARE(document.workspace().destination(id)->type, Destination::Type::Url);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::Name));

        type(QStringLiteral("Keyboard pixel"));
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::Description));
        type(QStringLiteral("Made without a mouse"));
        // Type, platform and auto-fill, one after the other; Down picks the next platform.
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::DestType));
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::DestPlatform));
        press(&window, Qt::Key_Down);
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::AutoFillMode));
        // The four data export labels; Space ticks the first.
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->findChild<QCheckBox *>(
            QStringLiteral("exportLabel_%1").arg(int(Destination::LabelPii))));
        press(&window, Qt::Key_Space);
        for (int i = 0; i < 3; ++i)
            press(&window, Qt::Key_Tab);
        // Serialize, then the URL fields it shows.
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::Serialized));
        press(&window, Qt::Key_Space);
        QTRY_VERIFY(editor->isFieldShown(Destination::UrlFormat));
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::UrlFormat));
        type(QStringLiteral("http://px.example.com/s?seg=%ALIAS%"));
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::SecureUrlFormat));
        type(QStringLiteral("https://px.example.com/s?seg=%ALIAS%"));
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(editor->fieldWidget(Destination::Delimiter));
        type(QStringLiteral(","));

        const Destination *d = document.workspace().destination(id);
        QVERIFY(d);
        QCOMPARE(d->name, QStringLiteral("Keyboard pixel"));
        QCOMPARE(d->description, QStringLiteral("Made without a mouse"));
        QCOMPARE(d->platform, Destination::Platform::Browser);
        QVERIFY(d->exportLabels & Destination::LabelPii);
        QVERIFY(d->serialized);
        QCOMPARE(d->urlFormat, QStringLiteral("http://px.example.com/s?seg=%ALIAS%"));
        QCOMPARE(d->secureUrlFormat, QStringLiteral("https://px.example.com/s?seg=%ALIAS%"));
        QCOMPARE(d->delimiter, QStringLiteral(","));

        // Every step is on the undo stack: Ctrl+Z back to before the destination, Ctrl+Y again.
        QVERIFY(undo->index() > undoBefore);
        const int steps = undo->index() - undoBefore;
        for (int i = 0; i < steps; ++i)
            press(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undo->index(), undoBefore);
        QVERIFY(!document.workspace().destination(id));
        for (int i = 0; i < steps; ++i)
            press(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(undo->index(), undoBefore + steps);
        d = document.workspace().destination(id);
        QVERIFY(d);
        QCOMPARE(d->name, QStringLiteral("Keyboard pixel"));
        QCOMPARE(d->delimiter, QStringLiteral(","));
    }

    void mapSegments()
    {
        MainWindow &window = m_guided->window();
        WorkspaceDocument &document = m_guided->document();
        DestinationsView *view = window.destinationsView();
        MappingEditor *mappings = view->mappingEditor();

        press(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.currentViewId(), QStringLiteral("destinations"));
        press(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE_FOCUS(view->searchField());
        press(&window, Qt::Key_Down); // from the search to the list
        QCOMPARE_FOCUS(view->table());
        const qint64 id = view->currentId();
        QVERIFY(id != 0);
        const QVector<int> before = document.workspace().mappingIndexesOf(id);
        QSet<qint64> mappedBefore;
        for (int i : before)
            mappedBefore.insert(document.workspace().mappings[i].sid);

        // Ctrl+M: the mappings of the destination; Insert: the segment catalog to pick from.
        press(&window, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE_FOCUS(mappings->view());
        press(&window, Qt::Key_Insert);
        QTRY_VERIFY(qobject_cast<SegmentBrowserDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<SegmentBrowserDialog *>(QApplication::activeModalWidget());
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())); // Find
        // Find, then the three filters, then the list: Down selects a segment (the list starts
        // with its first one current, not selected), Space checks it, Return adds it.
        QTableView *list = nullptr;
        for (int i = 0; i < 5 && !list; ++i) {
            press(dialog, Qt::Key_Tab);
            list = qobject_cast<QTableView *>(QApplication::focusWidget());
        }
        QVERIFY2(list, qPrintable(describe(QApplication::focusWidget())));
        QCOMPARE(list->accessibleName(), QStringLiteral("Segments"));
        press(dialog, Qt::Key_Down);
        QVERIFY2(list->selectionModel()->hasSelection(),
                 qPrintable(QStringLiteral("current row %1 of %2")
                                .arg(list->currentIndex().row())
                                .arg(list->model()->rowCount())));
        press(dialog, Qt::Key_Space);
        QCOMPARE(dialog->checkedSids().size(), 1);
        const qint64 sid = dialog->checkedSids().constFirst();
        QVERIFY(!mappedBefore.contains(sid));
        const int undoBefore = document.undoStack()->index();
        press(dialog, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        const QVector<int> after = document.workspace().mappingIndexesOf(id);
        QCOMPARE(after.size(), before.size() + 1);
        bool found = false;
        for (int i : after)
            found = found || document.workspace().mappings[i].sid == sid;
        QVERIFY(found);
        QCOMPARE(document.undoStack()->index(), undoBefore + 1);
        // Back in the window, the mappings keep the focus; Ctrl+Z takes the addition back. (The
        // offscreen platform does not hand the window back its activation as a window manager
        // does when the dialog closes.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE_FOCUS(mappings->view());
        press(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(document.workspace().mappingIndexesOf(id).size(), before.size());
    }

    void sendCallToSandbox()
    {
        MainWindow &window = m_guided->window();
        ConsoleView *console = m_guided->services().consoleView();
        QVERIFY(console);
        RequestBuilderWidget *builder = console->builder();

        press(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window.currentViewId(), QStringLiteral("console"));
        // Into the view from the navigation: the method, then the URL and the builder in order.
        for (int i = 0; i < 6 && !console->isAncestorOf(QApplication::focusWidget()); ++i)
            press(&window, Qt::Key_Tab);
        QVERIFY2(console->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(describe(QApplication::focusWidget())));
        const QList<QWidget *> chain = builder->tabChain();
        QVERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("HTTP method"));
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(console->urlField());
        press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(builder->profileCombo());
        QCOMPARE(builder->region(), int(Profile::SandboxRegion));
        // On through the builder to the segment IDs (d_sid), each field in its turn.
        QWidget *sid = nullptr;
        for (QWidget *w : chain) {
            if (w->accessibleName().contains(QLatin1String("d_sid")))
                sid = w;
        }
        QVERIFY(sid);
        for (int i = 0; i < 30 && QApplication::focusWidget() != sid; ++i) {
            QWidget *before = QApplication::focusWidget();
            press(&window, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY2(now != before, qPrintable(describe(now)));
            // Never backwards in the builder's reading order.
            if (chain.contains(before) && chain.contains(now))
                QVERIFY2(chain.indexOf(now) > chain.indexOf(before),
                         qPrintable(describe(before) + QStringLiteral(" → ") + describe(now)));
        }
        QCOMPARE_FOCUS(sid);
        type(QStringLiteral("1001"));
        QTRY_VERIFY(console->urlField()->text().contains(QLatin1String("d_sid=1001")));

        QSignalSpy finished(console, &ConsoleView::callFinished);
        press(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(finished.count() > 0 || finished.wait(10000),
                 qPrintable(describe(QApplication::focusWidget()) + QLatin1Char(' ') +
                            QString::number(console->isSending()) + QLatin1Char(' ') +
                            console->response()->statusLabel()->text()));
        ResponseWidget *response = console->response();
        QVERIFY2(response->statusLabel()->text().contains(QLatin1String("HTTP 200")),
                 qPrintable(response->statusLabel()->text()));
        QTRY_VERIFY(!response->isBusy());
    }

    void runBatch()
    {
        MainWindow &window = m_guided->window();
        auto *batch = qobject_cast<BatchView *>(window.view(QStringLiteral("batch")));
        QVERIFY(batch);

        press(&window, Qt::Key_5, Qt::ControlModifier);
        QTRY_COMPARE(window.currentViewId(), QStringLiteral("batch"));
        for (int i = 0; i < 6 && !batch->isAncestorOf(QApplication::focusWidget()); ++i)
            press(&window, Qt::Key_Tab);
        QVERIFY2(batch->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(describe(QApplication::focusWidget())));
        // Left to right and top to bottom: the users, the request beside them, the pace below,
        // then the run buttons and the results (the disabled ones, CSV path and Browse, Pause,
        // Cancel and Export, are skipped; arrows move between the radio buttons).
        QStringList order;
        QList<QWidget *> seen;
        QWidget *spin = nullptr;
        for (int i = 0; i < 40; ++i) {
            QWidget *w = QApplication::focusWidget();
            if (!batch->isAncestorOf(w) || seen.contains(w))
                break;
            seen.append(w);
            order.append(test::AccessibilityScan::spokenName(w).remove(QLatin1Char(':')));
            if (!spin && w->accessibleName() == QLatin1String("Number of users to generate"))
                spin = w;
            press(&window, Qt::Key_Tab);
        }
        const QStringList expected{QStringLiteral("CSV file"),
                                   QStringLiteral("Number of users to generate"),
                                   QStringLiteral("Invalid rows"),
                                   QStringLiteral("Profile"),
                                   QStringLiteral("Template"),
                                   QStringLiteral("URL destinations (d_dst=1)"),
                                   QStringLiteral("Traits and segments (d_cts)"),
                                   QStringLiteral("Signals for every user"),
                                   QStringLiteral("Add"),
                                   QStringLiteral("Remove"),
                                   QStringLiteral("What each call of the run sends"),
                                   QStringLiteral("Calls at once"),
                                   QStringLiteral("Retries"),
                                   QStringLiteral("Rate limit"),
                                   QStringLiteral("Start"),
                                   QStringLiteral("Counters"),
                                   QStringLiteral("Rows shown"),
                                   QStringLiteral("Filter results"),
                                   QStringLiteral("Results of the batch")};
        QCOMPARE(order, expected);
        QVERIFY(spin);
        for (int i = 0; i < 40 && QApplication::focusWidget() != spin; ++i)
            press(&window, Qt::Key_Tab);
        QCOMPARE_FOCUS(spin);
        press(&window, Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("5"));

        QSignalSpy finished(batch, &BatchView::runFinished);
        press(&window, Qt::Key_Return, Qt::ControlModifier); // Start
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QCOMPARE(batch->resultModel()->rowCount(), 5);
    }

    // The shortcut list said "Ins" twice (Add Segments, New Segment) with nothing to tell the
    // two apart: each row now says where its shortcut works.
    void shortcutListSaysWhereEachKeyWorks()
    {
        std::unique_ptr<ShortcutsDialog> dialog(m_guided->window().createShortcutsDialog());
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(tree->headerItem()->text(ShortcutsDialog::PlaceColumn), QStringLiteral("Where"));
        QMap<QString, QString> insert;
        QString save;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = tree->topLevelItem(i);
            QVERIFY2(!row->text(ShortcutsDialog::PlaceColumn).isEmpty(),
                     qPrintable(row->text(ShortcutsDialog::ActionColumn)));
            if (row->text(ShortcutsDialog::ShortcutColumn) == QLatin1String("Ins"))
                insert.insert(row->text(ShortcutsDialog::ActionColumn),
                              row->text(ShortcutsDialog::PlaceColumn));
            if (row->text(ShortcutsDialog::ActionColumn) == QLatin1String("Save"))
                save = row->text(ShortcutsDialog::PlaceColumn);
        }
        QCOMPARE(insert.value(QStringLiteral("Add Segments")), QStringLiteral("Destinations view"));
        QCOMPARE(insert.value(QStringLiteral("New Segment")), QStringLiteral("Segments view"));
        QCOMPARE(save, QStringLiteral("File menu"));
    }

    // A Spanish reviewer read "Vista «Destinos», Vista «Consola»": a place after a comma takes the
    // form its language writes there.
    void placesAfterACommaTakeTheirListForm()
    {
        QAction inDestinations(QStringLiteral("Delete"));
        inDestinations.setShortcut(QKeySequence(Qt::Key_Delete));
        QAction inConsole(QStringLiteral("Delete"));
        inConsole.setShortcut(QKeySequence(Qt::Key_Delete));
        ShortcutsDialog dialog(
            {{QStringLiteral("Vista «Destinos»"),
              QStringLiteral("vista «Destinos»"),
              {&inDestinations}},
             {QStringLiteral("Vista «Consola»"), QStringLiteral("vista «Consola»"), {&inConsole}}});
        QCOMPARE(dialog.tree()->topLevelItemCount(), 1);
        QCOMPARE(dialog.tree()->topLevelItem(0)->text(ShortcutsDialog::PlaceColumn),
                 QStringLiteral("Vista «Destinos», vista «Consola»"));
    }

    // Spanish and French name Return and the keypad's Enter alike: "Intro o Intro (teclado
    // numérico)" read as one key twice. The pair is one key that also works on the keypad.
    void returnAndKeypadEnterAreOneEntry()
    {
        const QKeySequence ctrlReturn(Qt::CTRL | Qt::Key_Return);
        QCOMPARE(
            ShortcutsDialog::shortcutText({ctrlReturn, QKeySequence(Qt::CTRL | Qt::Key_Enter)}),
            ctrlReturn.toString(QKeySequence::NativeText) +
                QStringLiteral(" (also on the numeric keypad)"));
        QCOMPARE(ShortcutsDialog::shortcutText(
                     {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}),
                 QStringLiteral("Return (also on the numeric keypad)"));
        QCOMPARE(ShortcutsDialog::shortcutText({QKeySequence(Qt::CTRL | Qt::Key_Y),
                                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}),
                 QStringLiteral("Ctrl+Y or Ctrl+Shift+Z"));
        QCOMPARE(ShortcutsDialog::shortcutText(
                     {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_Enter)}),
                 QStringLiteral("Ctrl+Return or Enter"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::GuidedWindow> m_guided;
};

QTEST_MAIN(TstKeyboardOnly)
#include "tst_keyboardonly.moc"
