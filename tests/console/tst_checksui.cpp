// The console's checks, under the builder: checks added and edited with the pickers only, each edit
// one undo step; a call against the in-process sandbox shows each check passed or failed with the
// actual value; "Turn into Checks" makes checks of Expected vs. Actual, and a request not saved yet
// is saved with them in the same step.
#include "application/languagemanager.h"
#include "checks/savedrequestchecks.h"
#include "common/uiprompts.h"
#include "console/checkeditor.h"
#include "console/checkspanel.h"
#include "console/comparisonview.h"
#include "console/consoleview.h"
#include "console/environmentbar.h"
#include "console/requestbuilderwidget.h"
#include "console/responsewidget.h"
#include "console/sandboxserviceendpoint.h"
#include "dcs/dcsclient.h"
#include "history/historystore.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace dcsdesk;

namespace {

const QString kGolf = QStringLiteral("Golf fan gets the golf segment");

QVector<Check> storedChecks(const WorkspaceDocument &document, const QString &name)
{
    for (const auto &e : SavedRequestChecks::entries(document.workspace())) {
        if (e.request.name == name)
            return e.checks;
    }
    return {};
}

bool hasSaved(const WorkspaceDocument &document, const QString &name)
{
    for (const auto &e : SavedRequestChecks::entries(document.workspace())) {
        if (e.request.name == name)
            return true;
    }
    return false;
}

void openSaved(ConsoleView &view, const QString &name)
{
    auto *saved = view.findChild<QPushButton *>();
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->menu())
            saved = b;
    }
    // The Saved menu lists a folder's requests in a submenu of the folder.
    QList<QMenu *> menus{saved->menu()};
    while (!menus.isEmpty()) {
        for (QAction *a : menus.takeFirst()->actions()) {
            if (a->menu())
                menus.append(a->menu());
            else if (a->text() == name) {
                a->trigger();
                return;
            }
        }
    }
    QFAIL(qPrintable(QStringLiteral("no saved request %1").arg(name)));
}

void setKind(CheckEditor *editor, Check::Kind kind)
{
    editor->kindCombo()->setCurrentIndex(editor->kindCombo()->findData(int(kind)));
}

} // namespace

class TstChecksUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_document.reset(test::sampleWorkspace());
        m_endpoint = std::make_unique<SandboxServiceEndpoint>(&m_document);
        m_history = std::make_unique<HistoryStore>(m_dir.path());
        QVERIFY(m_history->load());
        m_view = std::make_unique<ConsoleView>(&m_document, &m_client, m_history.get(),
                                               m_endpoint.get());
        m_view->resize(1280, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase() { m_view.reset(); }

    void tabListsTheSavedRequestsChecks()
    {
        ChecksPanel *panel = m_view->checksPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->savedName().isEmpty());
        QVERIFY(panel->saveButton()->isVisibleTo(panel));
        openSaved(*m_view, kGolf);
        QCOMPARE(panel->savedName(), kGolf);
        QCOMPARE(panel->checks().size(), 10);
        QCOMPARE(panel->table()->topLevelItemCount(), 10);
        QCOMPARE(panel->table()->topLevelItem(0)->text(0), QStringLiteral("HTTP status is 200"));
        QCOMPARE(panel->table()->topLevelItem(0)->text(1), QStringLiteral("Not run yet"));
        QVERIFY(!panel->saveButton()->isVisibleTo(panel));
        QCOMPARE(panel->tagsEdit()->text(), QStringLiteral("smoke"));
    }

    void addWithPickersUndoRedo()
    {
        ChecksPanel *panel = m_view->checksPanel();
        const int steps = m_document.undoStack()->index();
        panel->addButton()->click();
        CheckEditor *editor = panel->openEditor();
        QVERIFY(editor);
        QPushButton *ok = editor->buttons()->button(QDialogButtonBox::Ok);
        setKind(editor, Check::Kind::SegmentsQualified);
        QVERIFY(!ok->isEnabled()); // no segment ID yet: said, not stored
        QVERIFY2(editor->problemLabel()->text().contains(QLatin1String("segment ID")),
                 qPrintable(editor->problemLabel()->text()));
        QTest::keyClicks(editor->idsEdit(), QStringLiteral("10x01"));
        QCOMPARE(editor->idsEdit()->text(), QStringLiteral("1001")); // letters are refused
        QVERIFY(ok->isEnabled());
        setKind(editor, Check::Kind::HttpStatus);
        editor->statusSpin()->setValue(404);
        // 404 contradicts "HTTP status is 200": asked, never silent; kept both here.
        QString asked;
        UiPrompts::setChooseHandler([&asked](QWidget *, QMessageBox::Icon, const QString &,
                                             const QString &text, const QStringList &, int, int) {
            asked = text;
            return 1; // Keep both
        });
        ok->click();
        UiPrompts::resetHandlers();
        QVERIFY2(asked.contains(QStringLiteral("HTTP status is 200")), qPrintable(asked));
        QVERIFY(panel->noteLabel()->text().contains(QStringLiteral("contradicts")));
        QCOMPARE(panel->checks().size(), 11);
        QCOMPARE(panel->checks().last().kind, Check::Kind::HttpStatus);
        QCOMPARE(panel->checks().last().status, 404);
        QCOMPARE(storedChecks(m_document, kGolf).size(), 11);
        QCOMPARE(m_document.undoStack()->index(), steps + 1);

        m_document.undo();
        QCOMPARE(panel->checks().size(), 10);
        m_document.redo();
        QCOMPARE(panel->checks().size(), 11);

        // A cookie destination from the workspace's destinations, with a regex checked as typed.
        panel->addButton()->click();
        editor = panel->openEditor();
        ok = editor->buttons()->button(QDialogButtonBox::Ok);
        setKind(editor, Check::Kind::CookieDestination);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(editor->destinationCombo()->count() > 1,
                 qPrintable(QString::number(editor->destinationCombo()->count())));
        editor->destinationCombo()->setCurrentIndex(1);
        Q_EMIT editor->destinationCombo()->activated(1);
        QVERIFY(!editor->cookieNameEdit()->text().isEmpty());
        editor->matchCombo()->setCurrentIndex(
            editor->matchCombo()->findData(int(Check::Match::Regex)));
        editor->valueEdit()->setText(QStringLiteral("(1001"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(editor->problemLabel()->text().contains(QLatin1String("regular expression")));
        editor->valueEdit()->setText(QStringLiteral("100[0-9]"));
        QVERIFY(ok->isEnabled());
        editor->reject();
        QCOMPARE(panel->checks().size(), 11);
        QCOMPARE(m_document.undoStack()->index(), steps + 1);
    }

    // Finding 13: a contradicting check asks; Replace takes the old one out, Cancel adds nothing.
    void aContradictingCheckAsks()
    {
        ChecksPanel *panel = m_view->checksPanel();
        const int before = int(panel->checks().size());
        const int steps = m_document.undoStack()->index();
        int answer = 0;
        int asks = 0;
        UiPrompts::setChooseHandler([&](QWidget *, QMessageBox::Icon, const QString &,
                                        const QString &, const QStringList &, int, int) {
            ++asks;
            return answer;
        });
        Check status;
        status.kind = Check::Kind::HttpStatus;
        status.status = 500;
        status.json = status.toJson();
        answer = 2; // Cancel
        QVERIFY(!panel->addCheck(status));
        QCOMPARE(asks, 1);
        QCOMPARE(int(panel->checks().size()), before);
        QCOMPARE(m_document.undoStack()->index(), steps);
        answer = 0; // Replace: the 200 and the 404 go, the 500 comes
        QVERIFY(panel->addCheck(status));
        QCOMPARE(int(panel->checks().size()), before - 1);
        for (const Check &c : panel->checks())
            QVERIFY(c.kind != Check::Kind::HttpStatus || c.status == 500);
        m_document.undo();
        QCOMPARE(int(panel->checks().size()), before);

        Check notQualified;
        notQualified.kind = Check::Kind::SegmentsNotQualified;
        notQualified.ids = {panel->checks().isEmpty() ? 0 : 1001};
        notQualified.json = notQualified.toJson();
        bool qualifiedThere = false;
        for (const Check &c : panel->checks())
            qualifiedThere = qualifiedThere || (c.kind == Check::Kind::SegmentsQualified &&
                                                c.ids.contains(1001));
        answer = 2;
        asks = 0;
        panel->addCheck(notQualified);
        QCOMPARE(asks, qualifiedThere ? 1 : 0);
        UiPrompts::resetHandlers();
        if (m_document.undoStack()->index() != steps)
            m_document.undo();
        QCOMPARE(int(panel->checks().size()), before);
    }

    // Finding 14: the Save Request dialog is wide enough for its title in every language (the
    // German "Anfrage speichern" was cut to "Anfrag…chern" beside the window buttons).
    void saveRequestTitleFitsInEveryLanguage()
    {
        auto *save = m_view->findChild<QPushButton *>(QStringLiteral("saveRequestButton"));
        QVERIFY(save);
        for (const char *language : {"en", "de", "es", "fr"}) {
            LanguageManager::instance()->setLanguage(QString::fromLatin1(language));
            QString title;
            int width = 0;
            int needed = 0;
            UiPrompts::setTextHandler([&](QDialog *dialog) {
                title = dialog->windowTitle();
                dialog->show(); // the width its layout gives it on screen
                QCoreApplication::processEvents();
                width = dialog->width();
                dialog->hide();
                needed = UiPrompts::widthForTitle(dialog, title);
                return false; // Cancel: nothing saved
            });
            save->click();
            UiPrompts::resetHandlers();
            QVERIFY2(!title.isEmpty(), language);
            QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1: %2 < %3 for “%4”")
                                                     .arg(QLatin1String(language))
                                                     .arg(width)
                                                     .arg(needed)
                                                     .arg(title)));
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void sendShowsPassAndFail()
    {
        ChecksPanel *panel = m_view->checksPanel();
        QSignalSpy finished(m_view.get(), &ConsoleView::callFinished);
        m_view->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel->outcomes().size(), 11);
        QCOMPARE(panel->outcomes().first().status, CheckOutcome::Status::Passed);
        QCOMPARE(panel->table()->topLevelItem(0)->text(1), QStringLiteral("Passed"));
        // "uuid is {{golfFan}}" takes the environment's value, as the request's user ID did.
        QCOMPARE(panel->checks().at(6).kind, Check::Kind::Uuid);
        QCOMPARE(panel->checks().at(6).value, QStringLiteral("{{golfFan}}"));
        QVERIFY2(panel->outcomes().at(6).status == CheckOutcome::Status::Passed,
                 qPrintable(panel->outcomes().at(6).message));
        // The added "HTTP status is 404" fails and says what came instead.
        QCOMPARE(panel->outcomes().last().status, CheckOutcome::Status::Failed);
        QTreeWidgetItem *last = panel->table()->topLevelItem(10);
        QCOMPARE(last->text(1), QStringLiteral("Failed"));
        QVERIFY2(last->text(2).contains(QLatin1String("200")), qPrintable(last->text(2)));

        // Edited to 200 with the picker: it passes on the same answer at once.
        panel->table()->setCurrentItem(last);
        panel->editButton()->click();
        CheckEditor *editor = panel->openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->statusSpin()->value(), 404);
        editor->statusSpin()->setValue(200);
        editor->buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(panel->outcomes().last().status, CheckOutcome::Status::Passed);

        // Removed, then back with Undo.
        panel->table()->setCurrentItem(panel->table()->topLevelItem(10));
        panel->removeButton()->click();
        QCOMPARE(storedChecks(m_document, kGolf).size(), 10);
        m_document.undo();
        QCOMPARE(storedChecks(m_document, kGolf).size(), 11);
        m_document.undo(); // the edit
        m_document.undo(); // the addition
        QCOMPARE(storedChecks(m_document, kGolf).size(), 10);
    }

    void checksTakeTheValuesOfTheEnvironmentTheCallWasSentIn()
    {
        ChecksPanel *panel = m_view->checksPanel();
        QSignalSpy finished(m_view.get(), &ConsoleView::callFinished);
        m_view->environments()->setCurrentName(QStringLiteral("beta"));
        m_view->send();
        QVERIFY(finished.wait(10000));
        // beta's golf fan is 333…: the uuid check expects that user, not the sandbox's 111….
        QCOMPARE(panel->checks().at(6).kind, Check::Kind::Uuid);
        QVERIFY2(panel->outcomes().at(6).status == CheckOutcome::Status::Passed,
                 qPrintable(panel->outcomes().at(6).message));
        QVERIFY(panel->outcomes().at(6).message.contains(QString(38, QLatin1Char('3'))));
        m_view->environments()->setCurrentName(QStringLiteral("sandbox"));
    }

    void theSameCheckTwiceIsRefusedAndSaid()
    {
        ChecksPanel *panel = m_view->checksPanel();
        const int steps = m_document.undoStack()->index();
        const int count = int(panel->checks().size());
        panel->addButton()->click();
        CheckEditor *editor = panel->openEditor();
        QVERIFY(editor);
        setKind(editor, Check::Kind::HttpStatus);
        editor->statusSpin()->setValue(200); // the sample's first check
        editor->buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(panel->checks().size(), count);
        QCOMPARE(m_document.undoStack()->index(), steps);
        QVERIFY2(panel->noteLabel()->text().contains(QLatin1String("already (row 1)")),
                 qPrintable(panel->noteLabel()->text()));
        QCOMPARE(panel->table()->indexOfTopLevelItem(panel->table()->currentItem()), 0);
    }

    void tagsAreOneUndoStep()
    {
        ChecksPanel *panel = m_view->checksPanel();
        const int steps = m_document.undoStack()->index();
        panel->tagsEdit()->setText(QStringLiteral("smoke, eu, smoke"));
        Q_EMIT panel->tagsEdit()->editingFinished();
        QCOMPARE(m_document.undoStack()->index(), steps + 1);
        for (const auto &e : SavedRequestChecks::entries(m_document.workspace())) {
            if (e.request.name == kGolf)
                QCOMPARE(e.tags, QStringList({QStringLiteral("smoke"), QStringLiteral("eu")}));
        }
        m_document.undo();
        QCOMPARE(panel->tagsEdit()->text(), QStringLiteral("smoke"));
    }

    void invalidChecksAreShownNotDropped()
    {
        ChecksPanel *panel = m_view->checksPanel();
        QJsonArray saved = m_document.workspace().savedRequests;
        QJsonObject golf = saved[0].toObject();
        QJsonArray checks = golf.value(QStringLiteral("checks")).toArray();
        checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("futureKind")}});
        checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("answerTime")},
                                  {QStringLiteral("underMs"), QStringLiteral("fast")}});
        golf.insert(QStringLiteral("checks"), checks);
        saved[0] = golf;
        ChangeSet changes;
        changes.savedRequests = saved;
        m_document.apply(changes, QStringLiteral("test"));
        QCOMPARE(panel->checks().size(), 12);
        QTreeWidgetItem *unknown = panel->table()->topLevelItem(10);
        QCOMPARE(unknown->text(1), QStringLiteral("Not run"));
        QVERIFY(unknown->text(2).contains(QLatin1String("futureKind")));
        QTreeWidgetItem *wrong = panel->table()->topLevelItem(11);
        QCOMPARE(wrong->text(1), QStringLiteral("Not run"));
        QVERIFY2(wrong->text(2).contains(QLatin1String("underMs")), qPrintable(wrong->text(2)));
        panel->table()->setCurrentItem(unknown);
        QVERIFY(!panel->editButton()->isEnabled()); // kept as it is
        QVERIFY(panel->removeButton()->isEnabled());
        m_document.undo();
        QCOMPARE(panel->checks().size(), 10);
    }

    void comparisonTurnsIntoChecksOnANewRequest()
    {
        ChecksPanel *panel = m_view->checksPanel();
        m_view->newRequest();
        m_view->builder()->addSignal(QStringLiteral("c_interest"), QStringLiteral("golf"));
        QVERIFY(panel->savedName().isEmpty());
        QSignalSpy finished(m_view.get(), &ConsoleView::callFinished);
        m_view->send();
        QVERIFY(finished.wait(10000));
        ResponseWidget *response = m_view->response();
        QTRY_VERIFY(!response->isBusy());
        ComparisonView *comparison = response->comparisonView();
        QTRY_VERIFY(comparison->checksButton()->isEnabled());
        QVERIFY(comparison->checksButton()->isVisibleTo(comparison));
        const int rows = comparison->result().rows.size();
        QVERIFY(rows > 0);

        // Screenshot review: the table ran past the pane, "Actual" cut and "Reason" out of view.
        auto *tabs = response->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(comparison);
        QTRY_VERIFY(comparison->isVisible());
        auto *table = comparison->findChild<QTreeWidget *>();
        QVERIFY(table);
        QTRY_VERIFY2(table->header()->length() <= table->viewport()->width(),
                     qPrintable(QStringLiteral("columns %1 px in %2 px")
                                    .arg(table->header()->length())
                                    .arg(table->viewport()->width())));
        QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());

        // Not saved and no name: said, and nothing stored.
        const int steps = m_document.undoStack()->index();
        panel->saveNameEdit()->clear();
        comparison->checksButton()->click();
        QCOMPARE(m_document.undoStack()->index(), steps);
        QVERIFY2(panel->noteLabel()->text().contains(QLatin1String("name")),
                 qPrintable(panel->noteLabel()->text()));

        const QString name = QStringLiteral("Golf from the comparison");
        panel->saveNameEdit()->setText(name);
        comparison->checksButton()->click();
        QCOMPARE(m_document.undoStack()->index(), steps + 1); // saved with its checks: one step
        QCOMPARE(panel->savedName(), name);
        QCOMPARE(m_view->currentRequest().name, name);
        const QVector<Check> made = storedChecks(m_document, name);
        QCOMPARE(made.size(), rows);
        QVERIFY2(panel->noteLabel()->text().startsWith(QString::number(rows)),
                 qPrintable(panel->noteLabel()->text()));
        bool segment = false, cookie = false;
        for (const Check &c : made) {
            segment = segment ||
                      (c.kind == Check::Kind::SegmentsQualified && c.ids == QVector<qint64>{1001});
            cookie = cookie ||
                     (c.kind == Check::Kind::CookieDestination && c.fired && !c.value.isEmpty());
        }
        QVERIFY(segment);
        QVERIFY(cookie);

        // Again: every one is there already, so nothing is added and each is named as skipped.
        comparison->checksButton()->click();
        QCOMPARE(m_document.undoStack()->index(), steps + 1);
        QVERIFY(panel->noteLabel()->text().contains(QLatin1String("No checks added")));
        QVERIFY(panel->noteLabel()->text().contains(QLatin1String("Skipped")));

        // The checks made of a matching comparison pass on the next call.
        m_view->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel->outcomes().size(), rows);
        for (int i = 0; i < rows; ++i)
            QVERIFY2(panel->outcomes()[i].status == CheckOutcome::Status::Passed ||
                         comparison->result().rows[i].status != ExpectedVsActual::Status::Match,
                     qPrintable(made[i].describe() + QLatin1String(": ") +
                                panel->outcomes()[i].message));

        // One Undo takes back the request and its checks together.
        m_document.undo();
        QVERIFY(!hasSaved(m_document, name));
        QVERIFY(panel->savedName().isEmpty());
        m_document.redo();
        QCOMPARE(storedChecks(m_document, name).size(), rows);
    }

private:
    QTemporaryDir m_dir;
    WorkspaceDocument m_document;
    DcsClient m_client;
    std::unique_ptr<SandboxServiceEndpoint> m_endpoint;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ConsoleView> m_view;
};

QTEST_MAIN(TstChecksUi)
#include "tst_checksui.moc"
