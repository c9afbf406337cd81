// No two controls of one window share an Alt+letter shortcut, in any language: the main window on
// every view (each page of each tab), every picture step of the user guide (dialogs included), the
// other dialogs, and every menu, right-click menus included. A clash found here is a message whose
// '&' a translator must move.
#include "account/accountconnectdialog.h"
#include "account/accountreviewdialog.h"
#include "application/languagemanager.h"
#include "guidedwindow.h"
#include "mainwindow/mainwindow.h"
#include "mappings/segmentbrowserdialog.h"
#include "workspace/workspacedocument.h"
#include "mnemonicscan.h"
#include "testworkspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace dcsdesk;

class TstMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void noClashes_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "de", "es", "fr"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void noClashes()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language);
        QCOMPARE(LanguageManager::instance()->language(), language);
        test::GuidedWindow guided(m_dir.path(), language);
        QVERIFY2(guided.isLoaded(), qPrintable(guided.error()));
        MainWindow &window = guided.window();
        QVERIFY(guided.showAt(QSize(1366, 768)));

        test::MnemonicScan scan;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu())
                scan.scanMenu(a->menu(), language);
        }
        for (QMenu *menu : window.findChildren<QMenu *>())
            scan.scanMenu(menu, QStringLiteral("%1 %2").arg(language, menu->objectName()));

        // A right-click menu made of a widget's actions (Qt::ActionsContextMenu) is a menu too.
        const auto scanContextMenus = [&scan](QWidget *root, const QString &place) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (w->contextMenuPolicy() != Qt::ActionsContextMenu || w->actions().isEmpty())
                    continue;
                QMenu menu;
                menu.addActions(w->actions());
                scan.scanMenu(&menu, QStringLiteral("%1 context menu of %2")
                                         .arg(place, w->objectName().isEmpty()
                                                         ? QString::fromLatin1(
                                                               w->metaObject()->className())
                                                         : w->objectName()));
            }
        };
        scanContextMenus(&window, language);

        // A right-click menu built when it opens (Qt::CustomContextMenu) is opened as a right click
        // would, on a view's first row when it has one, and read while it is shown.
        int menusOpened = 0;
        const auto scanBuiltMenus = [&scan, &menusOpened](QWidget *root, const QString &place) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (w->contextMenuPolicy() != Qt::CustomContextMenu)
                    continue;
                QPoint at = w->rect().center();
                if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                    at = view->viewport()->rect().center();
                    if (view->model() && view->model()->rowCount() > 0)
                        at = view->visualRect(view->model()->index(0, 0)).center();
                }
                QString name = QString::fromLatin1(w->metaObject()->className());
                for (QWidget *owner = w; owner; owner = owner->parentWidget()) {
                    const QString owning = QString::fromLatin1(owner->metaObject()->className());
                    if (owning.startsWith(QLatin1String("dcsdesk::"))) {
                        name = QStringLiteral("%1 in %2").arg(name, owning.mid(9));
                        break;
                    }
                }
                QObject whileOpen; // the timer dies with it when no menu opened
                QTimer::singleShot(0, &whileOpen, [&]() {
                    if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                        scan.scanMenu(menu,
                                      QStringLiteral("%1 right-click menu of %2").arg(place, name));
                        ++menusOpened;
                        menu->close();
                    }
                });
                Q_EMIT w->customContextMenuRequested(at);
            }
        };
        scanBuiltMenus(&window, language);
        // The mapping table, the segment catalog and the saved requests at least.
        QVERIFY2(menusOpened >= 3, qPrintable(QString::number(menusOpened)));

        guided.visitStates([&scan, &language](QWidget *shown, const QString &place) {
            scan.scanWindow(shown, QStringLiteral("%1 %2").arg(language, place));
        });

        guided.visitDialogs([&scan, &language](QWidget *dialog, const QString &name) {
            const QString place = QStringLiteral("%1 %2").arg(language, name);
            scan.scanWindow(dialog, place);
            for (QMenu *menu : dialog->findChildren<QMenu *>())
                scan.scanMenu(menu, place);
        });

        // The account dialogs open from a menu, not from a guide step.
        {
            AccountConnectDialog connect(nullptr, &window);
            connect.adobeButton()->setChecked(true);
            connect.show();
            scan.scanWindow(&connect, QStringLiteral("%1 accountConnectDialog").arg(language));
            AccountReviewDialog review(AamDiff(), AccountName{}, {}, &window);
            review.show();
            scan.scanWindow(&review, QStringLiteral("%1 accountReviewDialog").arg(language));
        }
        // The segment browser's form depends on the destination: one of each kind the sample
        // has (serialized and plain URL, single- and multi-key cookie, server-to-server).
        QSet<QString> kinds;
        for (const Destination &d : window.document()->workspace().destinations) {
            const QString kind = QStringLiteral("%1-%2-%3-%4")
                                     .arg(int(d.type))
                                     .arg(d.serialized)
                                     .arg(int(d.cookieFormat))
                                     .arg(d.id == 0);
            if (kinds.contains(kind))
                continue;
            kinds.insert(kind);
            SegmentBrowserDialog browser(window.document(), d.id, &window);
            browser.show();
            scan.scanWindow(&browser, QStringLiteral("%1 segmentBrowser %2").arg(language, kind));
        }
        QVERIFY(kinds.size() >= 4);

        qInfo("%s: %d windows and pages, %d mnemonics, %d clashes", qPrintable(language),
              scan.windowsScanned(), scan.mnemonicsSeen(), int(scan.clashes().size()));
        for (const QString &clash : scan.clashes())
            qInfo("%s", qPrintable(clash));
        QVERIFY(scan.windowsScanned() > 20);
        QVERIFY2(scan.clashes().isEmpty(), "the clashes are listed above");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstMnemonics)
#include "tst_mnemonics.moc"
