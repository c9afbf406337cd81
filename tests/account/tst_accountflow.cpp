#include "aamaccountfixture.h"
#include "aamrest/aamconnections.h"
#include "account/accountconnectdialog.h"
#include "account/pullprogresstext.h"
#include "account/restfieldtext.h"
#include "accountwindowfixture.h"
#include "common/uiprompts.h"
#include "testworkspace.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;

namespace {

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &part)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).contains(part))
            return *it;
    }
    return nullptr;
}

int rowOf(QTableWidget *fields, const QString &key)
{
    for (int row = 0; row < fields->rowCount(); ++row) {
        if (fields->item(row, 0)->data(Qt::UserRole).toString() == key)
            return row;
    }
    return -1;
}

} // namespace

// The account flow as a new user met it (File › Compare with Audience Manager Account…): what a
// push sends is what the review says, failures say what to do in the app, and nothing pushed to
// the local account is lost without a question.
class TstAccountFlow : public QObject
{
    Q_OBJECT

    AamRestClient::PullResult m_pulledResult;
    Workspace m_pulled;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accountflow"));
        m_pulledResult = test::pullSampleAccount();
        m_pulled = test::pulledWorkspace(m_pulledResult);
        QVERIFY(!m_pulled.destinations.isEmpty());
    }

    void cleanup() { UiPrompts::resetHandlers(); }

    // Finding 1: a mapping the validator rejects is marked, unchecked, and named when pushed.
    void itemsWithValidationErrorsAreUncheckedAndNamed()
    {
        Workspace edited = m_pulled;
        int index = -1;
        for (int i = 0; i < edited.mappings.size() && index < 0; ++i) {
            const Destination *d = edited.destination(edited.mappings.at(i).destinationId);
            if (d && d->type == Destination::Type::Url && !d->serialized)
                index = i;
        }
        QVERIFY(index >= 0);
        edited.mappings[index].value = QStringLiteral("not a url");
        const qint64 broken = edited.mappings.at(index).id;
        edited.destinations[0].name += QStringLiteral(" (valid edit)");
        edited.rebuildIndex();
        test::AccountWindow app(edited);
        QString error;
        QVERIFY2(app.compare(&error), qPrintable(error));
        AccountReviewDialog *review = app.review();
        QTreeWidgetItem *node = findItem(review->tree(), QStringLiteral("Mapping %1 ").arg(broken));
        QVERIFY(node);
        QVERIFY2(node->text(1).contains(QLatin1String("validation errors")),
                 qPrintable(node->text(1)));
        QCOMPARE(node->checkState(0), Qt::Unchecked);
        QCOMPARE(review->choices().size(), 1); // the valid edit only
        const QString unchecked =
            AccountReviewDialog::tr("%n item(s) unchecked", nullptr, 1) + QLatin1Char(' ') +
            AccountReviewDialog::tr("(%n with validation errors)", nullptr, 1);
        QVERIFY2(review->summaryLabel()->text().contains(unchecked),
                 qPrintable(review->summaryLabel()->text()));
        review->tree()->setCurrentItem(node);
        QVERIFY2(review->itemNotesLabel()->text().contains(
                     QLatin1String("This is not a valid http or https URL.")),
                 qPrintable(review->itemNotesLabel()->text()));

        node->setCheckState(0, Qt::Checked);
        QCOMPARE(review->choices().size(), 2);
        QString asked;
        UiPrompts::setChooseHandler([&asked](QWidget *, QMessageBox::Icon, const QString &,
                                             const QString &text, const QStringList &, int, int) {
            asked = text;
            return 1; // Cancel: nothing is sent
        });
        review->pushButton()->click();
        QVERIFY2(asked.contains(QLatin1String("validation errors")), qPrintable(asked));
        QVERIFY2(asked.contains(node->text(0)), qPrintable(asked));
        QVERIFY(!app.actions.pushReport());
    }

    // Finding 2: refused credentials say what to do in the app, not the command line's variable.
    void refusedCredentialsPointToTheConnectionDialog()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        test::AccountWindow app(m_pulled);
        UiPrompts::setChooseHandler([](QWidget *, QMessageBox::Icon, const QString &,
                                       const QString &, const QStringList &, int,
                                       int) { return 0; });
        AccountConnectDialog::Choice adobe;
        adobe.local = false;
        adobe.settings = test::localAccountSettings(service);
        adobe.settings.clientSecret = QStringLiteral("a-wrong-secret");
        QString error;
        QVERIFY(!app.actions.compareWith(adobe, &error));
        QVERIFY2(error.contains(QLatin1String("connection dialog")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("DCSDESK_AAM_CLIENT_SECRET")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("a-wrong-secret")));
    }

    // Finding 2: a failure opens the connection dialog again with what was typed and the error.
    void aFailedConnectionReopensTheDialog()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString address = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QSettings().remove(QStringLiteral("aamConnection"));
        QFile::remove(AamConnectionList::defaultPath());

        test::AccountWindow app(m_pulled);
        int shown = 0;
        QString status, clientId, orgId, baseUrl;
        bool adobe = false;
        std::function<void()> answer = [&]() {
            auto *dialog = qobject_cast<AccountConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog) { // the pull's progress dialog, or not shown yet
                QTimer::singleShot(5, answer);
                return;
            }
            ++shown;
            if (shown == 1) {
                dialog->adobeButton()->setChecked(true);
                dialog->findChild<QComboBox *>(QStringLiteral("environment"))->setCurrentIndex(2);
                dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(address);
                dialog->findChild<QLineEdit *>(QStringLiteral("clientId"))
                    ->setText(QStringLiteral("typed-client"));
                dialog->findChild<QLineEdit *>(QStringLiteral("orgId"))
                    ->setText(QStringLiteral("TYPED@AdobeOrg"));
                dialog->findChild<QLineEdit *>(QStringLiteral("clientSecret"))
                    ->setText(QStringLiteral("typed-secret"));
                dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecret"))->setChecked(false);
                dialog->accept();
                QTimer::singleShot(5, answer);
                return;
            }
            status = dialog->statusLabel()->text();
            adobe = dialog->adobeButton()->isChecked();
            clientId = dialog->findChild<QLineEdit *>(QStringLiteral("clientId"))->text();
            orgId = dialog->findChild<QLineEdit *>(QStringLiteral("orgId"))->text();
            baseUrl = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->text();
            dialog->reject();
        };
        QTimer::singleShot(0, answer);
        app.actions.compareAction()->trigger();
        QCOMPARE(shown, 2);
        QVERIFY2(status.contains(QLatin1String("cannot be reached")), qPrintable(status));
        QVERIFY(!status.contains(QLatin1String("typed-secret")));
        QVERIFY(adobe);
        QCOMPARE(clientId, QStringLiteral("typed-client"));
        QCOMPARE(orgId, QStringLiteral("TYPED@AdobeOrg"));
        QCOMPARE(baseUrl, address);
        QVERIFY(!app.review());
        // A connection that failed, then was cancelled, is not saved: only one that worked is.
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        QVERIFY(list.connections().isEmpty());
    }

    // A connection that worked is saved, as the last used, under the name typed.
    void aConnectionThatWorkedIsSaved()
    {
        QFile::remove(AamConnectionList::defaultPath());
        test::AccountWindow app(m_pulled);
        bool shown = false;
        std::function<void()> answer = [&]() {
            auto *dialog = qobject_cast<AccountConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(5, answer);
                return;
            }
            shown = true;
            dialog->localButton()->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("connectionName"))
                ->setText(QStringLiteral("Offline tests"));
            dialog->accept();
        };
        QTimer::singleShot(0, answer);
        app.actions.compareAction()->trigger();
        QVERIFY(shown);
        QTRY_VERIFY(app.review());
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        QCOMPARE(list.names(), QStringList{QStringLiteral("Offline tests")});
        QCOMPARE(list.lastUsed(), QStringLiteral("Offline tests"));
    }

    // Findings 4, 5, 6: the summary counts the checked items; an empty list says why; fields
    // have words beside their REST keys, times a date.
    void theReviewSaysWhatWillReallyGo()
    {
        Workspace edited = m_pulled;
        edited.destinations[0].name += QStringLiteral(" (one)");
        edited.destinations[1].name += QStringLiteral(" (two)");
        edited.rebuildIndex();
        test::AccountWindow app(edited);
        QString error;
        QVERIFY2(app.compare(&error), qPrintable(error));
        AccountReviewDialog *review = app.review();
        const auto toUpdate = [](int n) {
            return AccountReviewDialog::tr("%n destination(s) to update", nullptr, n);
        };
        QVERIFY2(review->summaryLabel()->text().contains(
                     QStringLiteral("checked items: %1").arg(toUpdate(2))),
                 qPrintable(review->summaryLabel()->text()));
        findItem(review->tree(), QStringLiteral("(two)"))->setCheckState(0, Qt::Unchecked);
        const QString summary = review->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("checked items: %1").arg(toUpdate(1))),
                 qPrintable(summary));
        QVERIFY2(summary.contains(AccountReviewDialog::tr("%n item(s) unchecked", nullptr, 1)),
                 qPrintable(summary));

        QTreeWidgetItem *one = findItem(review->tree(), QStringLiteral("(one)"));
        review->tree()->setCurrentItem(one);
        QTableWidget *fields = review->fieldTable();
        const int name = rowOf(fields, QStringLiteral("name"));
        QVERIFY(name >= 0);
        QCOMPARE(fields->item(name, 0)->text(), QStringLiteral("Name (name)"));

        QVERIFY(!review->emptyLabel()->isVisibleTo(review));
        review->setSearchText(QStringLiteral("no such name"));
        QCOMPARE(review->tree()->topLevelItemCount(), 0);
        QVERIFY(review->emptyLabel()->isVisibleTo(review));
        QVERIFY2(review->emptyLabel()->text().contains(QLatin1String("\"no such name\"")),
                 qPrintable(review->emptyLabel()->text()));
        QVERIFY(review->emptyLabel()->text().contains(QLatin1String("Clear the search")));
        review->setSearchText(QString());
        review->setFilter(AccountReviewDialog::Filter::Conflicts);
        QVERIFY(review->emptyLabel()->isVisibleTo(review));
        QVERIFY2(review->emptyLabel()->text().contains(QLatin1String("All differences")),
                 qPrintable(review->emptyLabel()->text()));
        QVERIFY(review->searchField()->placeholderText().contains(QLatin1String("segment ID")));

        // A time in milliseconds since 1970: a local date and time, the number in the tooltip.
        const qint64 ms = 1700000000000;
        QTableWidget table(1, 5);
        RestFieldText::setFieldRow(
            &table, 0, EntityKind::Destination, QStringLiteral("updateTime"),
            {QJsonValue(double(ms)), QJsonValue(double(ms)), QJsonValue(QJsonValue::Undefined)},
            QString());
        QCOMPARE(table.item(0, 0)->text(), QStringLiteral("Last change (updateTime)"));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
        QVERIFY2(table.item(0, 1)->text().contains(QString::number(at.date().year())),
                 qPrintable(table.item(0, 1)->text())); // the whole year, not "23"
        QVERIFY(table.item(0, 1)->text().endsWith(QLocale().toString(at.time(),
                                                                     QLocale::LongFormat)));
        for (const char *language : {"de_DE", "fr_FR", "es_ES"}) {
            const QLocale before;
            QLocale::setDefault(QLocale(QLatin1String(language)));
            RestFieldText::setFieldRow(
                &table, 0, EntityKind::Destination, QStringLiteral("updateTime"),
                {QJsonValue(double(ms)), QJsonValue(double(ms)), QJsonValue(QJsonValue::Undefined)},
                QString());
            QLocale::setDefault(before);
            QVERIFY2(table.item(0, 1)->text().contains(QStringLiteral("2023")),
                     qPrintable(table.item(0, 1)->text()));
        }
        QVERIFY(table.item(0, 1)->toolTip().contains(QString::number(ms)));
        QCOMPARE(table.item(0, 3)->text(), QStringLiteral("(absent)"));
        RestFieldText::setFieldRow(&table, 0, EntityKind::Mapping, QStringLiteral("endDate"),
                                   {QJsonValue(QJsonValue::Null), QJsonValue("2031-01-01"),
                                    QJsonValue(QJsonValue::Null)},
                                   QString());
        QCOMPARE(table.item(0, 1)->text(), QStringLiteral("null (never ends)"));
        QCOMPARE(table.item(0, 2)->text(), QStringLiteral("\"2031-01-01\""));
    }

    // Finding 7: a conflict's side chooser shows its whole text.
    void theConflictChooserIsNotCut()
    {
        Workspace edited = m_pulled;
        edited.destinations[0].name = QStringLiteral("Renamed in the workspace");
        edited.rebuildIndex();
        AamRestClient::PullResult account = m_pulledResult;
        QJsonArray destinations = account.destinations;
        for (int i = 0; i < destinations.size(); ++i) {
            QJsonObject d = destinations.at(i).toObject();
            if (d.value(QStringLiteral("destinationId")).toInteger() == edited.destinations[0].id) {
                d.insert(QStringLiteral("name"), QStringLiteral("Renamed in the account"));
                destinations.replace(i, d);
            }
        }
        const AamDiff diff = AamDiff::compare(
            edited, AamDiff::Account{destinations, account.mappings, account.mappingDestinations});
        AccountReviewDialog review(diff, AccountName{}, {});
        QTreeWidgetItem *node = findItem(review.tree(), QStringLiteral("Renamed in the workspace"));
        QVERIFY(node);
        review.tree()->setCurrentItem(node);
        QTableWidget *fields = review.fieldTable();
        const int name = rowOf(fields, QStringLiteral("name"));
        auto *side = qobject_cast<QComboBox *>(fields->cellWidget(name, 4));
        QVERIFY(side);
        QVERIFY2(fields->columnWidth(4) >= side->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(fields->columnWidth(4))
                                .arg(side->sizeHint().width())));
    }

    // Finding 8: the text names the request running now.
    void thePullProgressTextIsCurrent()
    {
        using Stage = AamRestClient::Stage;
        PullProgressText texts;
        QCOMPARE(PullProgressText::start().text, QStringLiteral("Asking for a token…"));
        texts.next(Stage::Token, 0, 1);
        QCOMPARE(texts.next(Stage::Token, 1, 1).text,
                 QStringLiteral("Destinations: asking for the first page…"));
        QCOMPARE(texts.next(Stage::Destinations, 100, 250).text,
                 QStringLiteral("Destinations: 100 of 250 received…"));
        QCOMPARE(texts.next(Stage::Mappings, 0, 3).text,
                 QStringLiteral("Mappings of destination 1 of 3…"));
        // A token renewal in the middle puts the step back.
        QCOMPARE(texts.next(Stage::Token, 0, 1).text, QStringLiteral("Asking for a token…"));
        QCOMPARE(texts.next(Stage::Token, 1, 1).text,
                 QStringLiteral("Mappings of destination 1 of 3…"));
        const PullProgressText::Step segments = texts.next(Stage::Mappings, 3, 3);
        QCOMPARE(segments.text, QStringLiteral("Segments: asking for the first page…"));
        QCOMPARE(segments.maximum, 0);
        QCOMPARE(texts.next(Stage::Segments, 20, -1).text,
                 QStringLiteral("Segments: 20 received…"));
    }

    // Finding 9: an account with no destinations is called out.
    void anEmptyAccountIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.json"));
        Workspace empty;
        empty.rebuildIndex();
        WorkspaceFile::Stamp stamp;
        QString error;
        QVERIFY2(WorkspaceFile::save(empty, path, WorkspaceFile::Stamp(), &stamp, &error),
                 qPrintable(error));
        test::AccountWindow app(m_pulled);
        QVERIFY2(app.compare(&error, path), qPrintable(error));
        QVERIFY2(
            app.review()->notesLabel()->text().contains(QLatin1String("This account looks empty")),
            qPrintable(app.review()->notesLabel()->text()));
    }

    // Findings 10 and 11: the report says what an update did; what was pushed to the local
    // account is saved, or dropped, only after a question.
    void aPushToTheLocalAccountIsNotLostSilently()
    {
        Workspace edited = m_pulled;
        edited.destinations[0].name += QStringLiteral(" (pushed locally)");
        edited.rebuildIndex();
        test::AccountWindow app(edited);
        QString error;
        QVERIFY2(app.compare(&error), qPrintable(error));
        QVERIFY(app.actions.maybeKeepLocalAccount()); // nothing pushed yet: no question
        int answer = 0;
        int asked = 0;
        UiPrompts::setChooseHandler([&](QWidget *, QMessageBox::Icon, const QString &,
                                        const QString &, const QStringList &, int, int) {
            ++asked;
            return answer;
        });
        app.review()->pushButton()->click();
        QVERIFY(app.actions.pushReport());
        QTreeWidgetItem *row = app.actions.pushReport()->tree()->topLevelItem(0);
        QCOMPARE(row->text(2), QStringLiteral("201"));
        QVERIFY2(
            row->text(3).contains(PushReportDialog::tr("updated: %n field(s) (%1).", nullptr, 1)
                                      .arg(Destination::fieldName(Destination::Name))),
            qPrintable(row->text(3)));
        QVERIFY(app.actions.localAccountChanged());

        answer = 2; // Cancel
        QVERIFY(!app.actions.maybeKeepLocalAccount());
        QVERIFY(app.actions.localAccountChanged());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("local"));
        UiPrompts::setSaveFileHandler(
            [&path](QWidget *, const QString &, const QString &, const QString &) { return path; });
        answer = 0; // Save…
        QVERIFY(app.actions.maybeKeepLocalAccount());
        QVERIFY(!app.actions.localAccountChanged());
        const WorkspaceFile::LoadResult saved = WorkspaceFile::load(path + QStringLiteral(".json"));
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.workspace.destination(edited.destinations[0].id)->name,
                 edited.destinations[0].name);
        asked = 0;
        QVERIFY(app.actions.maybeKeepLocalAccount());
        QCOMPARE(asked, 0);
    }
};

QTEST_MAIN(TstAccountFlow)
#include "tst_accountflow.moc"
