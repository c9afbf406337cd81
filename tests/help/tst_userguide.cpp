// Help at hand: F1 opens the bundled user guide in the interface's language (English where the
// guide has no translation), at the section of what the window shows; every page exists in
// every language, every link inside the guide reaches an existing page and anchor, every picture
// loads; the table of contents, back and forward, and search in the page work; a language switch
// shows the same page in the new language. The keyboard shortcuts stay in the Help menu.
#include "application/languagemanager.h"
#include "destinations/destinationsview.h"
#include "help/userguide.h"
#include "help/userguidewindow.h"
#include "itemmodels/mappingtablemodel.h"
#include "mainwindow/mainwindow.h"
#include "mappings/bulkeditdialog.h"
#include "mappings/mappingeditor.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;

namespace {

QString readResource(const QUrl &url)
{
    QFile file(QLatin1Char(':') + url.path());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct PageParts
{
    QStringList anchors;
    QList<QUrl> links;
    QList<QUrl> images;
};

PageParts partsOf(const QUrl &page)
{
    QTextDocument document;
    document.setHtml(readResource(page));
    PageParts parts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            parts.anchors += format.anchorNames();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                parts.links.append(page.resolved(QUrl(format.anchorHref())));
            if (format.isImageFormat())
                parts.images.append(page.resolved(QUrl(format.toImageFormat().name())));
        }
    }
    return parts;
}

} // namespace

class TstUserGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_userguide"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_document.reset(test::sampleWorkspace());
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void everyLanguageHasEveryPage()
    {
        QCOMPARE(UserGuide::languages(), LanguageManager::availableLanguages());
        for (const QString &language : UserGuide::languages()) {
            for (const QString &page : UserGuide::pages()) {
                const QUrl url = UserGuide::topicUrl(page, language);
                QCOMPARE(UserGuide::languageOf(url), language);
                QVERIFY2(!readResource(url).isEmpty(), qPrintable(url.toString()));
            }
            // No page in the folder that the contents leave out.
            QDirIterator it(QStringLiteral(":/guide/%1").arg(language), {QStringLiteral("*.html")});
            while (it.hasNext()) {
                const QString name = QFileInfo(it.next()).completeBaseName();
                QVERIFY2(UserGuide::pages().contains(name), qPrintable(it.filePath()));
            }
        }
        QCOMPARE(UserGuide::languageFor(QStringLiteral("it")), QStringLiteral("en"));
        QCOMPARE(UserGuide::languageFor(QStringLiteral("de_AT")), QStringLiteral("de"));
    }

    void linksAndPicturesResolve_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : UserGuide::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void linksAndPicturesResolve()
    {
        QFETCH(QString, language);
        QStringList broken;
        int pictures = 0;
        for (const QString &page : UserGuide::pages()) {
            const QUrl url = UserGuide::topicUrl(page, language);
            const PageParts parts = partsOf(url);
            for (const QUrl &link : parts.links) {
                if (link.scheme() != QLatin1String("qrc")) {
                    broken << QStringLiteral("%1: link out of the guide: %2")
                                  .arg(page, link.toString());
                    continue;
                }
                QUrl target = link;
                target.setFragment(QString());
                if (UserGuide::pageOf(target).isEmpty() ||
                    UserGuide::languageOf(target) != language) {
                    broken << QStringLiteral("%1: %2").arg(page, link.toString());
                    continue;
                }
                if (link.hasFragment() && !partsOf(target).anchors.contains(link.fragment()))
                    broken << QStringLiteral("%1: no anchor %2").arg(page, link.toString());
            }
            for (const QUrl &image : parts.images) {
                ++pictures;
                if (QImage(QLatin1Char(':') + image.path()).isNull())
                    broken << QStringLiteral("%1: picture %2").arg(page, image.toString());
            }
            // Every section the contents list can be reached.
            QTextDocument document;
            document.setHtml(readResource(url));
            const QList<UserGuide::Section> sections = UserGuide::sections(document);
            QVERIFY2(!sections.isEmpty() && sections.constFirst().level == 1,
                     qPrintable(url.toString()));
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        QVERIFY2(pictures >= UserGuide::pages().size(), "each task has its picture");
        // Topics the window opens at exist.
        for (const QString &view :
             {QStringLiteral("destinations"), QStringLiteral("mappings"),
              QStringLiteral("segments"), QStringLiteral("console"), QStringLiteral("history"),
              QStringLiteral("batch"), QStringLiteral("captures")}) {
            const QUrl topic = UserGuide::topicUrl(UserGuide::topicForView(view), language);
            QUrl page = topic;
            page.setFragment(QString());
            QVERIFY2(!topic.hasFragment() || partsOf(page).anchors.contains(topic.fragment()),
                     qPrintable(topic.toString()));
        }
        // F1 in the masking preview opens the captures page at its section.
        const QUrl mask = UserGuide::topicUrl(
            UserGuide::topicForDialog(QStringLiteral("dcsdesk::MaskPreviewDialog")), language);
        QCOMPARE(UserGuide::pageOf(mask), QStringLiteral("captures"));
        QVERIFY(partsOf(UserGuide::topicUrl(QStringLiteral("captures"), language))
                    .anchors.contains(mask.fragment()));
        for (const QString &anchor :
             {QStringLiteral("url"), QStringLiteral("cookie"), QStringLiteral("s2s")}) {
            QVERIFY2(partsOf(UserGuide::topicUrl(QStringLiteral("destinations"), language))
                         .anchors.contains(anchor),
                     qPrintable(anchor));
        }
    }

    void f1OpensTheGuide_data() { linksAndPicturesResolve_data(); }

    void f1OpensTheGuide()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language);
        MainWindow window(&m_document);
        window.setSettingsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(window.helpMenu()->actions().contains(window.shortcutsAction()));
        QVERIFY(window.shortcutsAction()->shortcut().isEmpty());

        // A cookie destination is selected: F1 opens the guide at cookie destinations.
        qint64 cookie = 0;
        for (const Destination &d : m_document.workspace().destinations) {
            if (d.type == Destination::Type::Cookie && !cookie)
                cookie = d.id;
        }
        window.destinationsView()->selectDestination(cookie);
        QTest::keyClick(&window, Qt::Key_F1);
        UserGuideWindow *guide = window.userGuideWindow();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QTextBrowser *browser = guide->browser();
        QCOMPARE(UserGuide::languageOf(browser->source()), language);
        QCOMPARE(UserGuide::pageOf(browser->source()), QStringLiteral("destinations"));
        QCOMPARE(browser->source().fragment(), QStringLiteral("cookie"));
        QVERIFY(!browser->toPlainText().trimmed().isEmpty());
        QCOMPARE(guide->contents()->topLevelItemCount(), UserGuide::pages().size());
        QVERIFY(guide->contents()->currentItem());
        QCOMPARE(guide->contents()->currentItem()->data(0, Qt::UserRole).toUrl(),
                 browser->source());

        // In the mappings tab, F1 is about mappings; in the console view, about the console.
        window.destinationsView()->showMappings();
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(UserGuide::pageOf(browser->source()), QStringLiteral("mappings"));
        window.showView(QStringLiteral("batch"));
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(UserGuide::pageOf(browser->source()), QStringLiteral("batch"));

        // Back and forward walk the pages read.
        QVERIFY(guide->backAction()->isEnabled());
        guide->backAction()->trigger();
        QCOMPARE(UserGuide::pageOf(browser->source()), QStringLiteral("mappings"));
        QVERIFY(guide->forwardAction()->isEnabled());
        guide->forwardAction()->trigger();
        QCOMPARE(UserGuide::pageOf(browser->source()), QStringLiteral("batch"));

        // The contents open a page.
        QTreeWidgetItem *findings = nullptr;
        for (int i = 0; i < guide->contents()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = guide->contents()->topLevelItem(i);
            if (UserGuide::pageOf(item->data(0, Qt::UserRole).toUrl()) == QLatin1String("findings"))
                findings = item;
        }
        QVERIFY(findings);
        Q_EMIT guide->contents()->itemActivated(findings, 0);
        QCOMPARE(UserGuide::pageOf(browser->source()), QStringLiteral("findings"));

        // F1 in a dialog opens the guide at the dialog's task; the guide is not the dialog's
        // parent's child, so the dialog does not block it.
        window.showView(QStringLiteral("destinations"));
        window.destinationsView()->selectDestination(cookie);
        window.destinationsView()->showMappings();
        MappingEditor *mappings = window.destinationsView()->mappingEditor();
        mappings->selectMappings({mappings->tableModel()->mappingIdAt(0)});
        mappings->showBulkEdit();
        auto *bulkEdit = mappings->findChild<BulkEditDialog *>();
        QVERIFY(bulkEdit);
        QTRY_VERIFY(bulkEdit->isVisible());
        QTest::keyClick(bulkEdit, Qt::Key_F1);
        QCOMPARE(UserGuide::pageOf(browser->source()), QStringLiteral("bulk-edit"));
        QVERIFY(guide->parent() == nullptr);
        bulkEdit->reject();
        window.close();
        QVERIFY(!guide->isVisible()); // it closes with the main window
    }

    void searchInThePage()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        UserGuideWindow guide;
        guide.showTopic(QStringLiteral("import-export"));
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        guide.searchField()->setText(QStringLiteral("CSV"));
        QCOMPARE(guide.browser()->textCursor().selectedText().toLower(), QStringLiteral("csv"));
        QVERIFY(!guide.browser()->extraSelections().isEmpty());
        const int first = guide.browser()->textCursor().selectionStart();
        QVERIFY(guide.findNext());
        QVERIFY(guide.browser()->textCursor().selectionStart() > first);
        QVERIFY(guide.findNext(true));
        QCOMPARE(guide.browser()->textCursor().selectionStart(), first);
        QVERIFY2(guide.searchStatus()->text().startsWith(QStringLiteral("1 of ")),
                 qPrintable(guide.searchStatus()->text()));
        guide.searchField()->setText(QStringLiteral("zzqxj-no-such-word"));
        QVERIFY(guide.browser()->extraSelections().isEmpty());
        QVERIFY(!guide.searchStatus()->text().isEmpty());
    }

    void followsTheLanguageSwitch()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        UserGuideWindow guide;
        guide.showTopic(QStringLiteral("mappings"));
        const QString english = guide.browser()->toPlainText();
        LanguageManager::instance()->setLanguage(QStringLiteral("fr"));
        QTRY_COMPARE(guide.language(), QStringLiteral("fr"));
        QCOMPARE(UserGuide::pageOf(guide.browser()->source()), QStringLiteral("mappings"));
        QVERIFY(guide.browser()->toPlainText() != english);
        QCOMPARE(guide.windowTitle(), QStringLiteral("Guide d’utilisation de DCS Desk"));
        // Back does not lead to the page in the old language.
        QVERIFY(!guide.backAction()->isEnabled());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(guide.language(), QStringLiteral("en"));
    }

private:
    WorkspaceDocument m_document;
};

QTEST_MAIN(TstUserGuide)
#include "tst_userguide.moc"
