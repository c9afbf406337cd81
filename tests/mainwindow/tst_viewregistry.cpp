#include "mainwindow/viewregistry.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QStackedWidget>
#include <QtTest>

using namespace dcsdesk;

// The navigation row, the page and the View-menu entry of a view must stay in step: the same
// order, the same current view, a placeholder replaced in place, Ctrl+1…9 by position.
class TestViewRegistry : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QWidget window;
        QListWidget *navigation = new QListWidget(&window);
        QStackedWidget *pages = new QStackedWidget(&window);
        QMenu viewMenu;
        QAction *fullScreen = nullptr;
        ViewRegistry registry{navigation, pages, &viewMenu};
        Fixture()
        {
            viewMenu.addSeparator();
            fullScreen = viewMenu.addAction(QStringLiteral("Full Screen"));
        }
        QWidget *page(const QString &name)
        {
            auto *label = new QLabel(name);
            label->setObjectName(name);
            return label;
        }
    };

private slots:
    void viewsKeepOneOrderEverywhere()
    {
        Fixture f;
        f.registry.addView(QStringLiteral("a"), f.page("A"), {}, [] { return QStringLiteral("Alpha"); });
        f.registry.addUnavailableView(QStringLiteral("b"), {}, [] { return QStringLiteral("Beta"); });
        f.registry.addView(QStringLiteral("c"), f.page("C"), {}, [] { return QStringLiteral("Gamma"); });
        QCOMPARE(f.registry.ids(), QStringList({"a", "b", "c"}));
        QCOMPARE(f.navigation->count(), 3);
        QCOMPARE(f.navigation->item(1)->text(), QStringLiteral("Beta"));
        QVERIFY(f.navigation->item(1)->toolTip().contains(QStringLiteral("not available")));
        QCOMPARE(f.navigation->item(2)->toolTip(), QStringLiteral("Gamma"));
        const QList<QAction *> menu = f.viewMenu.actions();
        QCOMPARE(menu.size(), 5); // three views, the separator, Full Screen
        QCOMPARE(menu[0]->text(), QStringLiteral("Alpha"));
        QCOMPARE(menu[2]->text(), QStringLiteral("Gamma"));
        QCOMPARE(menu[4], f.fullScreen);
        QCOMPARE(menu[0]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(menu[2]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
        QVERIFY(!f.registry.isAvailable(QStringLiteral("b")));
        QVERIFY(f.registry.isAvailable(QStringLiteral("c")));
        QVERIFY(!f.registry.isAvailable(QStringLiteral("nope")));
    }

    void showingAViewMovesNavigationPageAndMenuTogether()
    {
        Fixture f;
        f.registry.addView(QStringLiteral("a"), f.page("A"), {}, [] { return QStringLiteral("Alpha"); });
        f.registry.addView(QStringLiteral("c"), f.page("C"), {}, [] { return QStringLiteral("Gamma"); });
        QSignalSpy changed(&f.registry, &ViewRegistry::currentViewChanged);
        f.registry.show(QStringLiteral("c"));
        QCOMPARE(f.registry.currentId(), QStringLiteral("c"));
        QCOMPARE(f.pages->currentWidget()->objectName(), QStringLiteral("C"));
        QVERIFY(f.registry.action(QStringLiteral("c"))->isChecked());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("c"));
        f.registry.action(QStringLiteral("a"))->trigger(); // View › Alpha
        QCOMPARE(f.registry.currentId(), QStringLiteral("a"));
        QCOMPARE(f.navigation->currentRow(), 0);
        f.registry.show(QStringLiteral("unknown"));
        QCOMPARE(f.registry.currentId(), QStringLiteral("a"));
        QCOMPARE(changed.count(), 2);
    }

    void aViewReplacesItsPlaceholderInPlace()
    {
        Fixture f;
        f.registry.addView(QStringLiteral("a"), f.page("A"), {}, [] { return QStringLiteral("Alpha"); });
        QSignalSpy added(&f.registry, &ViewRegistry::viewAdded);
        f.registry.addUnavailableView(QStringLiteral("console"), {}, [] { return QStringLiteral("Console"); });
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.last().at(2).toBool(), false);
        f.registry.show(QStringLiteral("console"));
        QPointer<QWidget> placeholder = f.registry.view(QStringLiteral("console"));
        QWidget *real = f.page("RealConsole");
        QCOMPARE(f.registry.addView(QStringLiteral("console"), real, {}, [] { return QStringLiteral("Console"); }), 1);
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.last().at(2).toBool(), true);
        QCOMPARE(f.registry.ids(), QStringList({"a", "console"}));
        QCOMPARE(f.navigation->count(), 2);
        QCOMPARE(f.registry.currentId(), QStringLiteral("console"));
        QCOMPARE(f.pages->currentWidget(), real);
        QCOMPARE(f.pages->count(), 2);
        QVERIFY(f.registry.isAvailable(QStringLiteral("console")));
        QCOMPARE(f.navigation->item(1)->toolTip(), QStringLiteral("Console"));
        QTRY_VERIFY(placeholder.isNull()); // deleted, not leaked
    }

    void screenshotStepsFollowTheViewsOwn()
    {
        Fixture f;
        f.registry.addView(QStringLiteral("a"), f.page("A"), {}, [] { return QStringLiteral("Alpha"); });
        f.registry.addScreenshotStep(QStringLiteral("a"), {QStringLiteral("dialog"), {}, {}});
        f.registry.addScreenshotStep(QStringLiteral("missing"), {QStringLiteral("lost"), {}, {}});
        const QList<ScreenshotStep> steps = f.registry.screenshotSteps(QStringLiteral("a"));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().name, QStringLiteral("dialog"));
        QVERIFY(f.registry.screenshotSteps(QStringLiteral("missing")).isEmpty());
    }
};

QTEST_MAIN(TestViewRegistry)
#include "tst_viewregistry.moc"
