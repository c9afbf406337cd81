// No two controls of one window share an Alt+letter shortcut, in any language: the main window on
// every view (each page of each tab), every picture step of the user guide (dialogs included), the
// other dialogs, and every menu. A clash found here is a message whose '&' a translator must move.
#include "application/languagemanager.h"
#include "capture/maskpreviewdialog.h"
#include "console/consoleservices.h"
#include "console/profiledialog.h"
#include "help/guidescreenshots.h"
#include "help/userguidewindow.h"
#include "history/historycomparedialog.h"
#include "history/historyentry.h"
#include "mainwindow/findingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "mnemonicscan.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

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
        const QString path = m_dir.filePath(QStringLiteral("work-%1.json").arg(language));
        QFile::remove(path);
        QVERIFY(QFile::copy(test::samplePath(), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        WorkspaceDocument document;
        QString error;
        QVERIFY2(document.load(path, &error), qPrintable(error));
        QTemporaryDir history;
        ConsoleServices services(&document, history.path());
        MainWindow window(&document);
        window.setSettingsEnabled(false);
        services.install(&window);
        GuideScreenshots::install(&window, &services);
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

        for (const QString &id : window.viewIds()) {
            window.showView(id);
            QCoreApplication::processEvents();
            scan.scanWindow(&window, QStringLiteral("%1 %2").arg(language, id));
            for (const ScreenshotStep &step : window.screenshotSteps(id)) {
                window.showView(id);
                QWidget *target = step.prepare ? step.prepare() : &window;
                QCoreApplication::processEvents();
                if (target)
                    scan.scanWindow(target,
                                    QStringLiteral("%1 %2 %3").arg(language, id, step.name));
                if (step.cleanup)
                    step.cleanup();
                QCoreApplication::processEvents();
            }
        }

        const auto scanDialog = [&](QWidget *dialog, const QString &name) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            scan.scanWindow(dialog, QStringLiteral("%1 %2").arg(language, name));
            for (QMenu *menu : dialog->findChildren<QMenu *>())
                scan.scanMenu(menu, QStringLiteral("%1 %2").arg(language, name));
            dialog->close();
        };
        ProfileDialog profiles(&document, 0, &window);
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
