#include "accountwindowfixture.h"
#include "application/languagemanager.h"
#include "common/uiprompts.h"
#include "testworkspace.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace dcsdesk;

// Pulls in the app: File › New Workspace from Audience Manager Account (everything into a new,
// unsaved workspace) and, from the comparison, Take (what the account changed into the open
// workspace, three ways, as one undo step). Against the local account on 127.0.0.1.
class TstAccountPull : public QObject
{
    Q_OBJECT

    QStringList m_said;
    QTemporaryDir m_dir;
    Workspace m_pulled; // the sample as a pull from the local account gives it

    void recordPrompts()
    {
        m_said.clear();
        UiPrompts::setChooseHandler([this](QWidget *, QMessageBox::Icon, const QString &,
                                           const QString &text, const QStringList &, int, int) {
            m_said.append(text);
            return 0;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accountpull"));
    }

    void cleanup() { UiPrompts::resetHandlers(); }

    void newWorkspaceHoldsTheWholeAccount()
    {
        recordPrompts();
        test::AccountWindow app;
        QVector<Workspace> pulled;
        connect(&app.actions, &AccountActions::workspacePulled, this,
                [&pulled](const Workspace &ws) { pulled.append(ws); });
        QString error;
        QVERIFY2(app.actions.newWorkspaceFrom(test::AccountWindow::localAccount(), &error),
                 qPrintable(error));
        QCOMPARE(pulled.size(), 1);
        const Workspace ws = pulled.first();
        m_pulled = ws;
        const Workspace sample = WorkspaceFile::load(AppPaths::bundledSamplePath()).workspace;
        QCOMPARE(ws.destinations.size(), sample.destinations.size());
        QCOMPARE(ws.mappings.size(), sample.mappings.size());
        for (const Destination &d : ws.destinations)
            QVERIFY(!d.remote.isEmpty());
        QCOMPARE(ws.name, QStringLiteral("Local account (pulled)"));
        QCOMPARE(m_said.size(), 1);
        QVERIFY2(m_said.first().contains(QStringLiteral("into a new workspace")),
                 qPrintable(m_said.first()));
        QVERIFY(m_said.first().contains(QStringLiteral("Save As")));
    }

    // Trial finding: in French the box after the pull had its title cut ("Nouvel espace de
    // travail dep…un compte Audience Manager"). A message box is as wide as its title needs.
    void theMessageAfterThePullShowsItsWholeTitle()
    {
        UiPrompts::resetHandlers(); // the real message box
        for (const char *language : {"fr", "de", "es", "en"}) {
            LanguageManager::instance()->setLanguage(QLatin1String(language));
            test::AccountWindow app;
            int width = 0;
            int needed = 0;
            QString title;
            std::function<void()> answer = [&]() {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || !box->isVisible()) {
                    QTimer::singleShot(5, answer);
                    return;
                }
                title = box->windowTitle();
                width = box->width();
                needed = UiPrompts::widthForTitle(box, title);
                box->buttons().first()->click();
            };
            QTimer::singleShot(0, answer);
            QString error;
            QVERIFY2(app.actions.newWorkspaceFrom(test::AccountWindow::localAccount(), &error),
                     qPrintable(error));
            QVERIFY(!title.isEmpty());
            QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1: %2 < %3 for \"%4\"")
                                                     .arg(QLatin1String(language))
                                                     .arg(width)
                                                     .arg(needed)
                                                     .arg(title)));
        }
    }

    // Trial finding: in German the local account's name went into sentences undeclined ("aus
    // Lokales Konto"). Each sentence names it in a form of its own; the pulled workspace's name
    // is a title, which sentences use as a name.
    void theLocalAccountIsNamedGrammaticallyInGerman()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("de"));
        recordPrompts();
        test::AccountWindow app;
        QVector<Workspace> pulled;
        connect(&app.actions, &AccountActions::workspacePulled, this,
                [&pulled](const Workspace &ws) { pulled.append(ws); });
        QString error;
        const bool done = app.actions.newWorkspaceFrom(test::AccountWindow::localAccount(), &error);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY2(done, qPrintable(error));
        QCOMPARE(pulled.size(), 1);
        QCOMPARE(pulled.first().name, QStringLiteral("Lokales Konto (abgerufen)"));
        QCOMPARE(m_said.size(), 1);
        QVERIFY2(m_said.first().contains(QStringLiteral("aus dem lokalen Konto")),
                 qPrintable(m_said.first()));
        QVERIFY(!m_said.first().contains(QStringLiteral("aus das")));
        QVERIFY(!m_said.first().contains(QStringLiteral("aus Lokales")));
    }

    void takeBringsTheAccountsChangesAndKeepsTheWorkspaces()
    {
        QVERIFY(!m_pulled.mappings.isEmpty());
        recordPrompts();
        // The account: the sample with one mapping's end date changed there.
        Workspace account = WorkspaceFile::load(AppPaths::bundledSamplePath()).workspace;
        account.rebuildIndex();
        const qint64 changedThere = account.mappings.at(0).id;
        const qint64 changedHere = account.mappings.at(1).id;
        account.mappings[0].endDate = QDate(2038, 8, 8);
        const QString accountFile = m_dir.filePath(QStringLiteral("account.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY(WorkspaceFile::save(account, accountFile, WorkspaceFile::Stamp(), &stamp, &error));
        // The workspace: another mapping's end date changed here.
        Workspace local = m_pulled;
        local.rebuildIndex();
        local.mappings[local.mappingIndex(changedHere)].endDate = QDate(2039, 9, 9);
        test::AccountWindow app(local);
        QVERIFY2(app.compare(&error, accountFile), qPrintable(error));
        AccountReviewDialog *review = app.review();
        QVERIFY(review);
        QVERIFY(review->takeButton()->isEnabled());
        QVERIFY2(review->takeButton()->text().contains(QLatin1String("1")),
                 qPrintable(review->takeButton()->text()));
        QCOMPARE(review->takeChoices().items.size(), 1);
        // The summary says what the button's count is made of.
        QVERIFY2(review->summaryLabel()->text().contains(
                     QLatin1String("Take brings the account's version of: 1 changed in the "
                                   "account.")),
                 qPrintable(review->summaryLabel()->text()));

        review->takeButton()->click();
        const Workspace &after = app.document.workspace();
        QCOMPARE(after.mappings.at(after.mappingIndex(changedThere)).endDate, QDate(2038, 8, 8));
        QCOMPARE(after.mappings.at(after.mappingIndex(changedHere)).endDate, QDate(2039, 9, 9));
        QVERIFY(review->isOutOfDate());
        QVERIFY(!review->takeButton()->isEnabled());
        QVERIFY(!review->pushButton()->isEnabled());
        QCOMPARE(m_said.size(), 1);
        QVERIFY2(m_said.first().contains(QStringLiteral("Took 1 change")),
                 qPrintable(m_said.first()));

        // One step: undo gives the workspace back as it was.
        app.document.undo();
        QCOMPARE(app.document.workspace().mappings.at(after.mappingIndex(changedThere)).endDate,
                 local.mappings.at(local.mappingIndex(changedThere)).endDate);

        // Compared again after the take, only the workspace's own change is left.
        app.document.redo();
        QVERIFY(app.compare(&error, accountFile));
        const AamDiff::Counts counts = app.review()->diff().counts(EntityKind::Mapping);
        QCOMPARE(counts.toUpdate, 1);
        QCOMPARE(counts.toTake, 0);
    }

    void aSettledConflictGoesWhereItsSideSays()
    {
        QVERIFY(!m_pulled.mappings.isEmpty());
        recordPrompts();
        Workspace account = WorkspaceFile::load(AppPaths::bundledSamplePath()).workspace;
        account.rebuildIndex();
        const qint64 both = account.mappings.at(3).id;
        account.mappings[3].endDate = QDate(2040, 4, 4);
        const QString accountFile = m_dir.filePath(QStringLiteral("conflict.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY(WorkspaceFile::save(account, accountFile, WorkspaceFile::Stamp(), &stamp, &error));
        Workspace local = m_pulled;
        local.rebuildIndex();
        local.mappings[local.mappingIndex(both)].endDate = QDate(2041, 1, 1);
        test::AccountWindow app(local);
        QVERIFY2(app.compare(&error, accountFile), qPrintable(error));
        AccountReviewDialog *review = app.review();
        int index = -1;
        for (int i = 0; i < review->diff().items().size(); ++i) {
            if (review->diff().items().at(i).id == both)
                index = i;
        }
        QVERIFY(index >= 0);
        QCOMPARE(review->diff().items().at(index).outcome, AamDiff::Outcome::Conflict);
        QVERIFY(!review->pushButton()->isEnabled());
        QVERIFY(!review->takeButton()->isEnabled());

        // The workspace's side: Push sends it, Take has nothing to bring.
        review->setSide(index, QStringLiteral("endDate"), AccountReviewDialog::Side::Workspace);
        QCOMPARE(review->choices().size(), 1);
        QVERIFY(review->takeChoices().items.isEmpty());
        // The account's side: nothing to push; Take brings the value into the workspace.
        review->setSide(index, QStringLiteral("endDate"), AccountReviewDialog::Side::Account);
        QVERIFY(review->choices().isEmpty());
        QVERIFY(!review->pushButton()->isEnabled());
        QCOMPARE(review->takeChoices().items.size(), 1);
        review->takeButton()->click();
        QCOMPARE(app.document.workspace()
                     .mappings.at(app.document.workspace().mappingIndex(both))
                     .endDate,
                 QDate(2040, 4, 4));
        QVERIFY2(m_said.last().contains(QStringLiteral("the account's endDate")),
                 qPrintable(m_said.last()));
    }

    void aDeletionIsPushedFromTheReview()
    {
        QVERIFY(!m_pulled.mappings.isEmpty());
        recordPrompts();
        test::AccountWindow app(m_pulled);
        const qint64 gone = m_pulled.mappings.at(2).id;
        ChangeSet remove;
        remove.removeMappings = {gone};
        app.document.apply(remove, QStringLiteral("Delete"));
        QCOMPARE(app.document.workspace().aamDeleted.size(), 1);
        QString error;
        QVERIFY2(app.compare(&error), qPrintable(error));
        QCOMPARE(app.review()->diff().counts(EntityKind::Mapping).toDelete, 1);
        QVERIFY2(app.review()->summaryLabel()->text().contains(QLatin1String("1 to delete")),
                 qPrintable(app.review()->summaryLabel()->text()));
        const QVector<AamPush::Choice> chosen = app.review()->choices();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().item.outcome, AamDiff::Outcome::DeletedLocally);
    }

    void aFailedPullChangesNothing()
    {
        recordPrompts();
        test::AccountWindow app;
        int pulled = 0;
        connect(&app.actions, &AccountActions::workspacePulled, this, [&pulled] { ++pulled; });
        QString error;
        QVERIFY(!app.actions.newWorkspaceFrom(
            test::AccountWindow::localAccount(QStringLiteral("/nonexistent/account.json")),
            &error));
        QCOMPARE(pulled, 0);
        QCOMPARE(m_said.size(), 1);
        QVERIFY2(m_said.first().contains(QStringLiteral("/nonexistent/account.json")),
                 qPrintable(m_said.first()));
    }
};

QTEST_MAIN(TstAccountPull)
#include "tst_accountpull.moc"
