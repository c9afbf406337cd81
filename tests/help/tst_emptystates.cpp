// An empty view says what it is for and how to fill it: every main view of a new workspace with
// no history, a destination without mappings and the findings of a workspace without problems
// show their empty-state text (in the interface's language), and the text goes once the view
// has something in it.
#include "application/languagemanager.h"
#include "common/emptystate.h"
#include "console/consoleservices.h"
#include "destinations/destinationsview.h"
#include "mainwindow/findingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "mappings/mappingeditor.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

namespace {

// The empty state shown in the widget, or null.
EmptyState *shownState(QWidget *widget)
{
    for (EmptyState *state : widget->findChildren<EmptyState *>()) {
        if (state->isVisibleTo(widget))
            return state;
    }
    return nullptr;
}

} // namespace

class TstEmptyStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_emptystates"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void everyMainViewSaysWhatItIsFor()
    {
        WorkspaceDocument document;
        ConsoleServices services(&document, m_dir.filePath(QStringLiteral("history")));
        MainWindow window(&document);
        window.setSettingsEnabled(false);
        services.install(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList withState;
        for (const QString &id : window.viewIds()) {
            window.showView(id);
            QWidget *view = window.view(id);
            // The console always has its request builder: it is never empty.
            if (id == QLatin1String("console"))
                continue;
            EmptyState *state = nullptr;
            QTRY_VERIFY2_WITH_TIMEOUT((state = shownState(view)) != nullptr, qPrintable(id), 2000);
            QVERIFY2(!state->text().trimmed().isEmpty(), qPrintable(id));
            QVERIFY2(state->text().contains(QLatin1Char('\n')),
                     qPrintable(id + QStringLiteral(": a title and what to do")));
            // In the middle of the view, inside it.
            const QRect inView(state->mapTo(view, QPoint()), state->size());
            QVERIFY2(view->rect().contains(inView), qPrintable(id));
            withState.append(id);
        }
        QStringList expected = window.viewIds();
        expected.removeAll(QStringLiteral("console"));
        QVERIFY2(withState == expected, qPrintable(withState.join(QLatin1Char(','))));

        // The buttons do what they say: the empty list's first button creates a destination.
        window.showView(QStringLiteral("destinations"));
        EmptyState *state = shownState(window.view(QStringLiteral("destinations")));
        QVERIFY(state && !state->buttons().isEmpty());
        QCOMPARE(state->buttons().constFirst()->text(), QStringLiteral("New URL Destination"));
        state->buttons().constFirst()->click();
        QCOMPARE(document.workspace().destinations.size(), 1);
        QTRY_VERIFY(!state->isVisibleTo(window.view(QStringLiteral("destinations"))));
        document.undo();
        QTRY_VERIFY(state->isVisibleTo(window.view(QStringLiteral("destinations"))));

        // It speaks the interface's language.
        const QString english = state->text();
        LanguageManager::instance()->setLanguage(QStringLiteral("de"));
        QTRY_VERIFY(state->text() != english);
        QVERIFY(state->text().contains(QStringLiteral("Ziel")));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(state->text(), english);
    }

    void destinationWithoutMappings()
    {
        WorkspaceDocument document;
        Workspace ws = test::smallWorkspace();
        ws.mappings.clear();
        document.reset(ws);
        MainWindow window(&document);
        window.setSettingsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DestinationsView *destinations = window.destinationsView();
        destinations->selectDestination(ws.destinations.constFirst().id);
        destinations->showMappings();
        MappingEditor *mappings = destinations->mappingEditor();
        EmptyState *state = nullptr;
        QTRY_VERIFY((state = shownState(mappings)) != nullptr);
        QVERIFY(state->text().contains(QStringLiteral("No segment is mapped")));
        QCOMPARE(state->buttons().size(), 2); // Add Segments, Import CSV

        MappingBulk::AddOptions options;
        mappings->addSegments({ws.segments.constFirst().sid}, options);
        QTRY_VERIFY(!shownState(mappings));
        document.undo();
        QTRY_VERIFY(shownState(mappings));
    }

    void findingsWithoutProblems()
    {
        FindingsDialog dialog;
        dialog.setFindings(test::smallWorkspace(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        EmptyState *state = nullptr;
        QTRY_VERIFY((state = shownState(&dialog)) != nullptr);
        QVERIFY(state->text().contains(QStringLiteral("No problems found")));
        Finding finding;
        finding.kind = EntityKind::Destination;
        finding.message = QStringLiteral("Something is wrong.");
        dialog.setFindings(test::smallWorkspace(), {finding});
        QTRY_VERIFY(!shownState(&dialog));
    }

    // Two buttons with long labels in a pane too narrow for both side by side (the French
    // Captures view at 1280 px cut "Ouvrir la capture d'exemple" on both sides): they go one
    // under the other, each as wide as its text needs; in a wide pane they stay in a row.
    void buttonsTooWideForOneRowStack()
    {
        QWidget host;
        QAction open(QStringLiteral("Open a capture file from the disk..."), &host);
        QAction sample(QStringLiteral("Open the sample capture shipped with the app"), &host);
        auto *state = new EmptyState(
            &host, []() { return QStringLiteral("No capture open"); },
            []() { return QStringLiteral("Open a HAR file."); }, {&open, &sample},
            []() { return true; });
        host.resize(380, 400);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        state->refresh();
        const QList<QPushButton *> buttons = state->buttons();
        QCOMPARE(buttons.size(), 2);
        QTRY_VERIFY(buttons.at(1)->geometry().top() > buttons.at(0)->geometry().top());
        for (QPushButton *button : buttons) {
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            QVERIFY(state->rect().contains(button->geometry()));
        }
        host.resize(1000, 400);
        state->refresh();
        QTRY_COMPARE(buttons.at(1)->geometry().top(), buttons.at(0)->geometry().top());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstEmptyStates)
#include "tst_emptystates.moc"
