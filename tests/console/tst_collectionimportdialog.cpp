#include "collections/importfolder.h"
#include "common/uiprompts.h"
#include "console/collectionimportdialog.h"
#include "console/savedrequests.h"
#include "guidedwindow.h"
#include "testworkspace.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace dcsdesk;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/console/data/collections/") + name;
}

// Answers the review dialog once it is shown: `act` gets it, then it is closed by accept/reject.
void whenReviewShows(const std::function<void(CollectionImportDialog *)> &act)
{
    QTimer::singleShot(0, [act]() {
        QTRY_VERIFY(qobject_cast<CollectionImportDialog *>(QApplication::activeModalWidget()));
        act(qobject_cast<CollectionImportDialog *>(QApplication::activeModalWidget()));
    });
}

} // namespace

// Issue 20 item 5 in the window: File › Import › Postman and Bruno collections, the review of
// every item, the checked items imported as one undo step, Cancel changing nothing, and an
// existing saved request never replaced.
class TstCollectionImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::GuidedWindow> m_guided;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_collectionimportdialog"));
        QVERIFY(m_dir.isValid());
        m_guided = std::make_unique<test::GuidedWindow>(m_dir.path(), QStringLiteral("en"));
        QVERIFY2(m_guided->isLoaded(), qPrintable(m_guided->error()));
        QVERIFY(m_guided->showAt(QSize(1280, 800)));
    }

    void cleanup() { UiPrompts::resetHandlers(); }
    void cleanupTestCase() { m_guided.reset(); }

    void menuEntries()
    {
        QStringList texts;
        for (QAction *a : m_guided->window().importMenu()->actions())
            texts.append(a->text());
        QVERIFY2(texts.contains(QStringLiteral("Saved Requests from &Postman Collection…")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Saved Requests from &Bruno Collection…")));
    }

    void reviewListsEveryItem()
    {
        const Workspace &ws = m_guided->document().workspace();
        CollectionImportDialog dialog(ws,
                                      CollectionImport::readPath(dataPath(
                                          QStringLiteral("dcs-team.postman_collection.json"))),
                                      QStringLiteral("dcs-team.postman_collection.json"));
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 7);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Golf fan (raw URL)"));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Imported"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("DCS team calls"));
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("Imported with changes"));
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("DCS team calls/Checkout/Mobile"));
        QCOMPARE(tree->topLevelItem(4)->text(0),
                 QStringLiteral("Golf fan (raw URL) (2) (was “Golf fan (raw URL)”)"));
        QCOMPARE(tree->topLevelItem(6)->text(1), QStringLiteral("Skipped"));
        QVERIFY(!(tree->topLevelItem(6)->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(dialog.chosen(), (QVector<int>{0, 1, 2, 3, 4, 5}));
        tree->topLevelItem(3)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(dialog.chosen(), (QVector<int>{0, 1, 2, 4, 5}));
        dialog.folderEdit()->setText(QStringLiteral("Team / Postman"));
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("Team/Postman/Checkout/Mobile"));
        QCOMPARE(dialog.chosen(), (QVector<int>{0, 1, 2, 4, 5})); // kept across the rebuild
        dialog.folderEdit()->clear();
        QCOMPARE(tree->topLevelItem(0)->text(2), QString());
        QCOMPARE(ImportFolder::of(dialog.plan().items.at(1).request),
                 (QStringList{QStringLiteral("Checkout"), QStringLiteral("Mobile")}));
    }

    void cancelChangesNothing()
    {
        WorkspaceDocument &document = m_guided->document();
        const QJsonArray before = document.workspace().savedRequests;
        const int undo = document.undoStack()->count();
        UiPrompts::setOpenFileHandler(
            [](QWidget *, const QString &, const QString &, const QString &) {
                return dataPath(QStringLiteral("dcs-team.postman_collection.json"));
            });
        whenReviewShows([](CollectionImportDialog *d) { d->reject(); });
        QVERIFY(!CollectionImportDialog::chooseAndImport(&m_guided->window(), &document,
                                                         CollectionImportDialog::Source::Postman));
        QCOMPARE(document.workspace().savedRequests, before);
        QCOMPARE(document.undoStack()->count(), undo);
    }

    void brunoFromTheMenuIsOneUndoStep()
    {
        WorkspaceDocument &document = m_guided->document();
        const QJsonArray before = document.workspace().savedRequests;
        const int undo = document.undoStack()->count();
        UiPrompts::setOpenFileHandler(
            [](QWidget *, const QString &, const QString &, const QString &filter) {
                return filter.contains(QLatin1String("bruno.json"))
                           ? dataPath(QStringLiteral("bruno-dcs/bruno.json"))
                           : QString();
            });
        whenReviewShows([](CollectionImportDialog *d) {
            // Skipped items cannot be checked; the one unchecked stays out.
            QCOMPARE(d->tree()->topLevelItemCount(), 7);
            d->tree()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
            d->accept();
        });
        QAction *bruno = nullptr;
        for (QAction *a : m_guided->window().importMenu()->actions()) {
            if (a->text().contains(QLatin1String("Bruno")))
                bruno = a;
        }
        QVERIFY(bruno);
        bruno->trigger();
        QTRY_COMPARE(document.undoStack()->count(), undo + 1);
        const QVector<DcsRequest> saved = SavedRequests::list(document.workspace());
        QCOMPARE(saved.size(), before.size() + 4); // 7 items: 2 skipped, 1 unchecked
        QStringList names;
        for (int i = int(before.size()); i < saved.size(); ++i)
            names.append(saved.at(i).name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Golf fan"), QStringLiteral("Cart"),
                              QStringLiteral("Order placed"), QStringLiteral("Partner sync")}));
        QCOMPARE(
            ImportFolder::of(saved.at(int(before.size()) + 1)),
            (QStringList{QStringLiteral("DCS team (Bruno)"), QStringLiteral("Checkout flow")}));
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(saved.at(i).toJson(), DcsRequest::fromJson(before.at(i).toObject()).toJson());
        document.undo();
        QCOMPARE(document.workspace().savedRequests, before);
    }
};

QTEST_MAIN(TstCollectionImportDialog)
#include "tst_collectionimportdialog.moc"
