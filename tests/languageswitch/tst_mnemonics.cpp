// No two controls of one window share an Alt+letter shortcut, in any language: the main window on
// every view (each page of each tab), every picture step of the user guide (dialogs included), the
// other dialogs, and every menu. A clash found here is a message whose '&' a translator must move.
#include "application/languagemanager.h"
#include "capture/maskpreviewdialog.h"
#include "console/profiledialog.h"
#include "guidedwindow.h"
#include "help/userguidewindow.h"
#include "history/historycomparedialog.h"
#include "history/historyentry.h"
#include "mainwindow/findingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "mnemonicscan.h"
#include "testworkspace.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
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
        QFile::remove(m_dir.filePath(QStringLiteral("capture.har")));
        QVERIFY(QFile::copy(QStringLiteral(":/sample/sample-capture.har"),
                            m_dir.filePath(QStringLiteral("capture.har"))));
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
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        test::MnemonicScan scan;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu())
                scan.scanMenu(a->menu(), language);
        }
        for (QMenu *menu : window.findChildren<QMenu *>())
            scan.scanMenu(menu, QStringLiteral("%1 %2").arg(language, menu->objectName()));

        guided.visitStates([&scan, &language](QWidget *shown, const QString &place) {
            scan.scanWindow(shown, QStringLiteral("%1 %2").arg(language, place));
        });

        const auto scanDialog = [&](QWidget *dialog, const QString &name) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            scan.scanWindow(dialog, QStringLiteral("%1 %2").arg(language, name));
            for (QMenu *menu : dialog->findChildren<QMenu *>())
                scan.scanMenu(menu, QStringLiteral("%1 %2").arg(language, name));
            dialog->close();
        };
        ProfileDialog profiles(&guided.document(), 0, &window);
        scanDialog(&profiles, QStringLiteral("ProfileDialog"));
        FindingsDialog findings(&window);
        scanDialog(&findings, QStringLiteral("FindingsDialog"));
        ShortcutsDialog shortcuts(window.findChildren<QAction *>(), &window);
        scanDialog(&shortcuts, QStringLiteral("ShortcutsDialog"));
        HistoryEntry older;
        older.url = QStringLiteral("https://sample.demdex.net/event?d_rtbd=json");
        HistoryEntry newer = older;
        HistoryCompareDialog compare(older, newer, &window);
        scanDialog(&compare, QStringLiteral("HistoryCompareDialog"));
        const QString har = m_dir.filePath(QStringLiteral("capture.har"));
        MaskPreviewDialog mask(har, MaskPreviewDialog::maskFile(har), &window);
        scanDialog(&mask, QStringLiteral("MaskPreviewDialog"));
        UserGuideWindow guide;
        scanDialog(&guide, QStringLiteral("UserGuideWindow"));

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
