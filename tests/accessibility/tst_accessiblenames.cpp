// Every interactive widget a user can reach has a name a screen reader can say, in every
// language: the main window on every view (each page of each tab), every picture step of the
// user guide (the dialogs they open included) and the other dialogs. An icon-only button also
// needs a tooltip, the only words a sighted user gets for it. Each widget without one is listed
// with its window, path, class and object name.
#include "accessibilityscan.h"
#include "application/languagemanager.h"
#include "guidedwindow.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"

#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace dcsdesk;

class TstAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessiblenames"));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void everyWidgetNamed_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "de", "es", "fr"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyWidgetNamed()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language);
        QCOMPARE(LanguageManager::instance()->language(), language);
        test::GuidedWindow guided(m_dir.path(), language);
        QVERIFY2(guided.isLoaded(), qPrintable(guided.error()));
        MainWindow &window = guided.window();
        QVERIFY(guided.showAt(QSize(1366, 768)));

        test::AccessibilityScan scan;
        guided.visitStates(
            [&scan](QWidget *shown, const QString &place) { scan.scanWindow(shown, place); });
        // The fire preview's sample values, folded away in every picture.
        window.showView(QStringLiteral("destinations"));
        auto *values = window.findChild<QToolButton *>(QStringLiteral("sampleValuesToggle"));
        QVERIFY(values);
        values->setChecked(true);
        scan.scanWindow(&window, QStringLiteral("destinations/sample-values"));
        values->setChecked(false);

        guided.visitDialogs(
            [&scan](QWidget *dialog, const QString &name) { scan.scanWindow(dialog, name); });

        qInfo("%s: %d windows and pages, %d widgets checked, %d without a name or tooltip",
              qPrintable(language), scan.windowsScanned(), scan.widgetsChecked(),
              int(scan.offenders().size()));
        for (const QString &offender : scan.offenders())
            qInfo("%s", qPrintable(offender));
        QVERIFY(scan.windowsScanned() > 20);
        QVERIFY(scan.widgetsChecked() > 100);
        QVERIFY2(scan.offenders().isEmpty(), "the widgets are listed above");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstAccessibleNames)
#include "tst_accessiblenames.moc"
