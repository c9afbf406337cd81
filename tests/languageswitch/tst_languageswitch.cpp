// The done-when of the localization issue, end to end: the main window with an open DCS answer
// that carries error codes switches English → German → French from the Language menu, and the
// menus, the validation findings and the explanations of the DCS errors change at once.
#include "application/languagemanager.h"
#include "console/consoleservices.h"
#include "console/consoleview.h"
#include "console/requestbuilderwidget.h"
#include "console/responsewidget.h"
#include "dcs/dcsrequest.h"
#include "mainwindow/findingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;

namespace {

QTreeWidgetItem *findItem(QTreeWidget *tree, int column, const QString &text)
{
    const QList<QTreeWidgetItem *> hits =
        tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, column);
    return hits.isEmpty() ? nullptr : hits.first();
}

// All texts of the tree, so a failing check shows what was there.
QString treeText(QTreeWidget *tree)
{
    QStringList lines;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << (*it)->text(c);
        lines << cells.join(QLatin1String(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void openResponseFollowsTheLanguageMenu()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.json"));
        QVERIFY(QFile::copy(test::samplePath(), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        WorkspaceDocument document;
        QString error;
        QVERIFY2(document.load(path, &error), qPrintable(error));
        ConsoleServices services(&document);
        MainWindow window(&document);
        window.setSettingsEnabled(false);
        services.install(&window);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Eleven declared IDs: the sandbox answers like the DCS, with error 301 and a 309 for
        // the one it dropped.
        window.showView(QStringLiteral("console"));
        ConsoleView *console = services.consoleView();
        RequestBuilderWidget *builder = console->builder();
        QCOMPARE(builder->region(), int(Profile::SandboxRegion));
        builder->addSignal(QStringLiteral("c_interest"), QStringLiteral("golf"));
        for (int i = 0; i < 11; ++i) {
            DeclaredId id;
            id.ns = QString::number(20000 + i);
            id.id = QStringLiteral("crm-%1").arg(i);
            builder->addDeclaredId(id);
        }
        QPlainTextEdit *preview = nullptr;
        for (QPlainTextEdit *edit : builder->findChildren<QPlainTextEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Request preview"))
                preview = edit;
        }
        QVERIFY(preview);
        QSignalSpy finished(console, &ConsoleView::callFinished);
        console->send();
        QVERIFY(finished.wait(10000));
        ResponseWidget *response = console->response();
        QTRY_VERIFY(!response->isBusy());
        QCOMPARE(response->result().httpStatus, 200);
        QVERIFY(!response->result().response.errors.isEmpty());
        response->tabs()->setCurrentIndex(ResponseWidget::DecodedTab);
        QTreeWidget *decoded = response->decodedTree();
        const QString english = QStringLiteral(
            "More than 10 declared customer IDs in one call; the extra ones are dropped.");
        QTRY_VERIFY2(findItem(decoded, 1, english), qPrintable(treeText(decoded)));

        // The findings of the sample (one invalid mapping) are open in their dialog.
        window.validationButton()->click();
        auto *findings = window.findChild<FindingsDialog *>();
        QVERIFY(findings);
        QTRY_VERIFY(findings->isVisible());
        QVERIFY(findings->tree()->topLevelItemCount() > 0);
        const QString firstFinding = findings->tree()->topLevelItem(0)->text(3);
        QVERIFY(!firstFinding.isEmpty());

        switchTo(window, QStringLiteral("de"));
        QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("&Datei"));
        QTRY_VERIFY2(findItem(decoded, 1, QStringLiteral("Mehr als 10 deklarierte Kunden-IDs")),
                     qPrintable(treeText(decoded)));
        QVERIFY(findItem(decoded, 0, QStringLiteral("Bedeutung")));
        QVERIFY(!findItem(decoded, 1, english));
        QVERIFY(response->statusLabel()->text().contains(QStringLiteral("DCS-Fehler")));
        QTRY_VERIFY(findings->tree()->topLevelItemCount() > 0 &&
                    findings->tree()->topLevelItem(0)->text(3) != firstFinding);
        const QString germanFinding = findings->tree()->topLevelItem(0)->text(3);
        QCOMPARE(findings->tree()->headerItem()->text(3), QStringLiteral("Meldung"));

        switchTo(window, QStringLiteral("fr"));
        QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("&Fichier"));
        QTRY_VERIFY2(findItem(decoded, 1, QStringLiteral("Plus de 10 ID client déclarés")),
                     qPrintable(treeText(decoded)));
        QVERIFY(response->statusLabel()->text().contains(QStringLiteral("erreur")));
        QTRY_VERIFY(findings->tree()->topLevelItem(0)->text(3) != germanFinding);
        QVERIFY(findings->tree()->topLevelItem(0)->text(3) != firstFinding);
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("fr"));
        // What goes on the wire is never localized (no French space before the colon).
        QVERIFY2(preview->toPlainText().contains(QLatin1String("Host: sample.demdex.net")),
                 qPrintable(preview->toPlainText()));

        switchTo(window, QStringLiteral("en"));
        QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
        QTRY_COMPARE(findings->tree()->topLevelItem(0)->text(3), firstFinding);
        QTRY_VERIFY(findItem(decoded, 1, english));
        findings->close();
    }

    // A status-bar message on screen when the language changes is written again in the new one,
    // also one that stays until replaced.
    void statusMessageFollowsTheLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("status.json"));
        QVERIFY(QFile::copy(test::samplePath(), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        WorkspaceDocument document;
        QString error;
        QVERIFY2(document.load(path, &error), qPrintable(error));
        MainWindow window(&document);
        window.setSettingsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.save());
        const QString name = document.displayName();
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Saved %1.").arg(name));
        switchTo(window, QStringLiteral("de"));
        QTRY_COMPARE(window.statusBar()->currentMessage(),
                     QStringLiteral("%1 gespeichert.").arg(name));

        window.showStatusMessage(
            [] { return MainWindow::tr("Opened %1.").arg(QLatin1String("x")); }, 0);
        switchTo(window, QStringLiteral("fr"));
        QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("x ouvert."));
        // Words that are data stay as they are, and a later message is not replaced.
        window.showStatusMessage(QStringLiteral("HTTP 503"), 0);
        switchTo(window, QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("HTTP 503"));
    }

    // Qt's own texts: the About Qt box is in the user's language (Qt's catalogues leave its body
    // in English) and Spanish file dialogs say "archivo" like the app, not "fichero".
    void qtTextsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("aboutStart");
        QTest::addColumn<QString>("returnKey"); // as the app's own texts name it
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Qt ist ein C++-Toolkit")
                            << QStringLiteral("Strg+Eingabe");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Qt es un conjunto")
                            << QStringLiteral("Ctrl+Intro");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Qt est une boîte")
                            << QStringLiteral("Ctrl+Entrée");
    }

    void qtTextsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, aboutStart);
        QFETCH(QString, returnKey);
        LanguageManager::instance()->setLanguage(language);
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                 returnKey);
        if (language == QLatin1String("es"))
            QCOMPARE(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B).toString(QKeySequence::NativeText),
                QStringLiteral("Ctrl+Mayús+B"));
        QString about;
        QTimer::singleShot(0, this, [&about]() {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            about = box->informativeText();
            box->close();
        });
        QMessageBox::aboutQt(nullptr);
        QVERIFY2(about.contains(aboutStart), qPrintable(about.left(200)));
        if (language == QLatin1String("es")) {
            for (const char *source : {"File &name:", "Files of type:", "All Files (*)"}) {
                const QString text = QCoreApplication::translate("QFileDialog", source);
                QVERIFY2(!text.contains(QLatin1String("ichero")), qPrintable(text));
            }
            QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"),
                     QStringLiteral("&Nombre de archivo:"));
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

private:
    // Like a user: the checkable action of the Language menu whose data is the code.
    static void switchTo(MainWindow &window, const QString &code)
    {
        QAction *target = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->isCheckable() && a->data().toString() == code)
                target = a;
        }
        QVERIFY2(target, qPrintable(code));
        target->trigger();
        QVERIFY(target->isChecked());
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
