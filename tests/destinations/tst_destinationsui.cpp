#include "application/languagemanager.h"
#include "common/uiprompts.h"
#include "destinations/destinationeditor.h"
#include "destinations/destinationsview.h"
#include "destinations/firepreviewpanel.h"
#include "destinations/restimportdialog.h"
#include "itemmodels/destinationfilterproxymodel.h"
#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/modelroles.h"
#include "mainwindow/findingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshotter.h"
#include "mainwindow/workspacecontroller.h"
#include "mappings/mappingeditor.h"
#include "system/backgroundpool.h"
#include "testworkspace.h"
#include "workspace/recoverystore.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <algorithm>

using namespace dcsdesk;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/aam-rest/") + QLatin1String(name);
}

// Answers every question the UI asks with the next scripted button index, and records it.
struct Prompts
{
    QList<int> answers;
    QStringList texts;
    QList<QStringList> buttons;

    void install()
    {
        UiPrompts::setChooseHandler([this](QWidget *, QMessageBox::Icon, const QString &,
                                           const QString &text, const QStringList &b, int,
                                           int escape) {
            texts.append(text);
            buttons.append(b);
            return answers.isEmpty() ? escape : answers.takeFirst();
        });
    }
};

void clearAndType(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(widget);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestDestinationsUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    WorkspaceDocument *m_doc = nullptr;
    MainWindow *m_window = nullptr;
    DestinationsView *m_view = nullptr;
    Prompts m_prompts;

    DestinationEditor *editor() const { return m_view->editor(); }
    FirePreviewPanel *preview() const { return m_view->preview(); }

    int severityOf(qint64 id) const
    {
        const int row = m_view->listModel()->rowOf(id);
        const QVariant s =
            m_view->listModel()->index(row, DestinationListModel::StatusColumn).data(SeverityRole);
        return s.toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_destinationsui"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("work.json"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(test::samplePath(), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_doc = new WorkspaceDocument;
        QString error;
        QVERIFY2(m_doc->load(m_path, &error), qPrintable(error));
        m_window = new MainWindow(m_doc);
        m_window->setSettingsEnabled(false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_view = m_window->destinationsView();
        m_prompts = Prompts();
        m_prompts.install();
    }

    void cleanup()
    {
        UiPrompts::setChooseHandler([](QWidget *, QMessageBox::Icon, const QString &,
                                       const QString &, const QStringList &, int,
                                       int) { return 1; }); // Discard on close
        delete m_window;
        delete m_doc;
        m_window = nullptr;
        m_doc = nullptr;
        UiPrompts::resetHandlers();
    }

    // A new workspace (a pull from an account, File › New): the destination highlighted in the
    // list is the one whose mappings the tab shows, never "Select a destination" beside it.
    void aReplacedWorkspaceShowsTheHighlightedDestinationsMappings()
    {
        m_view->table()->setCurrentIndex(m_view->proxy()->index(0, 0));
        QVERIFY(m_view->currentId() != 0);
        Workspace replacement = m_doc->workspace();
        replacement.name = QStringLiteral("Pulled");
        m_doc->reset(replacement);
        QVERIFY(m_view->currentId() != 0);
        QCOMPARE(m_view->mappingEditor()->destinationId(), m_view->currentId());
        QCOMPARE(m_view->editor()->destinationId(), m_view->currentId());
    }

    void proxyPassesModelTester()
    {
        QAbstractItemModelTester tester(m_view->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(m_view->searchField(), QStringLiteral("cookie"));
        m_view->newUrlAction()->trigger();
        m_doc->undo();
        m_view->searchField()->clear();
        m_view->table()->sortByColumn(DestinationListModel::StatusColumn, Qt::DescendingOrder);
        m_doc->removeDestinations({2001}, true);
        m_doc->undo();
    }

    void createUrlDestinationThroughEditor()
    {
        const int before = int(m_doc->workspace().destinations.size());
        m_view->newUrlAction()->trigger();
        QCOMPARE(int(m_doc->workspace().destinations.size()), before + 1);
        const qint64 id = m_view->currentId();
        QCOMPARE(editor()->destinationId(), id);
        QCOMPARE(m_doc->workspace().destination(id)->type, Destination::Type::Url);
        QVERIFY(!editor()->isFieldShown(Destination::UrlFormat)); // not serialized yet

        clearAndType(editor()->fieldWidget(Destination::Name), QStringLiteral("Partner pixel"));
        QCOMPARE(m_doc->workspace().destination(id)->name, QStringLiteral("Partner pixel"));
        auto *serialize = qobject_cast<QCheckBox *>(editor()->fieldWidget(Destination::Serialized));
        QVERIFY(serialize);
        QTest::mouseClick(serialize, Qt::LeftButton, {}, QPoint(8, serialize->height() / 2));
        QVERIFY(m_doc->workspace().destination(id)->serialized);
        QVERIFY(editor()->isFieldShown(Destination::UrlFormat));
        // Required when serialized: inline errors until filled in.
        QVERIFY(!editor()->messageText(Destination::UrlFormat).isEmpty());
        QVERIFY(!editor()->messageText(Destination::Delimiter).isEmpty());
        clearAndType(editor()->fieldWidget(Destination::UrlFormat),
                     QStringLiteral("http://px.example.com/s?seg=%ALIAS%&r=%rnd%"));
        clearAndType(editor()->fieldWidget(Destination::SecureUrlFormat),
                     QStringLiteral("https://px.example.com/s?seg=%ALIAS%&r=%rnd%"));
        clearAndType(editor()->fieldWidget(Destination::Delimiter), QStringLiteral(","));
        QVERIFY(editor()->messageText(Destination::UrlFormat).isEmpty());
        QVERIFY(editor()->messageText(Destination::SecureUrlFormat).isEmpty());
        QVERIFY(editor()->messageText(Destination::Delimiter).isEmpty());
        QCOMPARE(severityOf(id), -1);

        // No mappings yet: the preview uses catalogue segments with auto-filled segment IDs.
        FireContext ctx = preview()->sampleContext();
        ctx.rnd = QStringLiteral("777");
        preview()->setSampleContext(ctx);
        QVERIFY2(preview()->previewText().contains(
                     QStringLiteral("http://px.example.com/s?seg=1001,1002,1003&r=777")),
                 qPrintable(preview()->previewText()));
        QVERIFY(preview()->previewText().contains(
            QStringLiteral("https://px.example.com/s?seg=1001,1002,1003&r=777")));
        // Editable samples.
        auto *samples = preview()->sampleSegmentsEdit();
        clearAndType(samples, QStringLiteral("1004, 1005"));
        QVERIFY(preview()->previewText().contains(QStringLiteral("seg=1004,1005&r=777")));
        // Console not in this build: the button says so.
        QVERIFY(!preview()->tryInConsoleButton()->isEnabled());
        QVERIFY(!preview()->tryInConsoleButton()->toolTip().isEmpty());
    }

    void createCookieDestinationThroughEditor()
    {
        m_view->newCookieAction()->trigger();
        const qint64 id = m_view->currentId();
        const Destination *d = m_doc->workspace().destination(id);
        QCOMPARE(d->type, Destination::Type::Cookie);
        QCOMPARE(d->platform, Destination::Platform::Browser);
        QVERIFY(editor()->isFieldShown(Destination::CookieName));
        QVERIFY(!editor()->isFieldShown(Destination::UrlFormat));
        QVERIFY(!editor()->messageText(Destination::CookieName).isEmpty());
        QVERIFY(!editor()->messageText(Destination::SingleKey).isEmpty());
        QCOMPARE(severityOf(id), int(Finding::Severity::Error));
        clearAndType(editor()->fieldWidget(Destination::CookieName), QStringLiteral("segs"));
        QVERIFY(editor()->messageText(Destination::CookieName).isEmpty());
        clearAndType(editor()->fieldWidget(Destination::SingleKey), QStringLiteral("k"));
        QVERIFY(editor()->messageText(Destination::SingleKey).isEmpty());
        QCOMPARE(severityOf(id), -1);
        QVERIFY2(preview()->previewText().contains(QStringLiteral("segs=k=1001,k=1002,k=1003")),
                 qPrintable(preview()->previewText()));
        // Multi key hides the key field; a bad cookie domain shows its message.
        auto *format =
            qobject_cast<QComboBox *>(editor()->fieldWidget(Destination::CookieFormatField));
        format->setCurrentIndex(format->findData(int(Destination::CookieFormat::MultiKey)));
        Q_EMIT format->activated(format->currentIndex());
        QVERIFY(!editor()->isFieldShown(Destination::SingleKey));
        clearAndType(editor()->fieldWidget(Destination::CookieDomain),
                     QStringLiteral("*.example.com"));
        QVERIFY(!editor()->messageText(Destination::CookieDomain).isEmpty());
        clearAndType(editor()->fieldWidget(Destination::CookieDomain),
                     QStringLiteral(".example.com"));
        QVERIFY(editor()->messageText(Destination::CookieDomain).isEmpty());
    }

    void createServerToServerAsksFirst()
    {
        const int before = int(m_doc->workspace().destinations.size());
        m_prompts.answers = {1}; // Cancel
        m_view->newS2sAction()->trigger();
        QCOMPARE(int(m_doc->workspace().destinations.size()), before);
        QCOMPARE(m_prompts.texts.size(), 1);
        m_prompts.answers = {0}; // Add mirror
        m_view->newS2sAction()->trigger();
        QCOMPARE(int(m_doc->workspace().destinations.size()), before + 1);
        const qint64 id = m_view->currentId();
        QCOMPARE(m_doc->workspace().destination(id)->type, Destination::Type::ServerToServer);
        QVERIFY(!editor()->fieldWidget(Destination::DestType)->isEnabled());
        QVERIFY(!editor()->isFieldShown(Destination::CookieName));
        QVERIFY(!editor()->isFieldShown(Destination::UrlFormat));
        clearAndType(editor()->fieldWidget(Destination::Name), QStringLiteral("Mirror"));
        QCOMPARE(m_doc->workspace().destination(id)->name, QStringLiteral("Mirror"));
    }

    void inlineErrorAppearsAndDisappears()
    {
        m_view->selectDestination(2001);
        QCOMPARE(editor()->destinationId(), 2001);
        QVERIFY(editor()->messageText(Destination::UrlFormat).isEmpty());
        QCOMPARE(severityOf(2001), int(Finding::Severity::Warning)); // an expired mapping
        clearAndType(editor()->fieldWidget(Destination::UrlFormat),
                     QStringLiteral("http://ads.example.com/seg"));
        QVERIFY(editor()->messageText(Destination::UrlFormat).contains(QLatin1String("%ALIAS%")));
        QCOMPARE(severityOf(2001), int(Finding::Severity::Error));
        QTest::keyClicks(editor()->fieldWidget(Destination::UrlFormat),
                         QStringLiteral("?s=%ALIAS%"));
        QVERIFY(editor()->messageText(Destination::UrlFormat).isEmpty());
        QCOMPARE(severityOf(2001), int(Finding::Severity::Warning));
        // The typing was one merged undo step.
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void filterByTypingPartOfCookieName()
    {
        QTest::keyClicks(m_view->searchField(), QStringLiteral("aam_g"));
        QCOMPARE(m_view->proxy()->rowCount(), 1);
        QCOMPARE(m_view->proxy()->index(0, 0).data(KeyRole).toLongLong(), 2006);
        QTest::keyClick(m_view->searchField(), Qt::Key_Down);
        QVERIFY(m_view->table()->hasFocus());
        QCOMPARE(editor()->destinationId(), 2006);
        QTest::keyClick(m_view->searchField(), Qt::Key_Escape);
        m_view->searchField()->setFocus();
        QTest::keyClick(m_view->searchField(), Qt::Key_Escape);
        QCOMPARE(m_view->proxy()->rowCount(), 12);
        // Type filter.
        QComboBox *type = m_view->typeFilter();
        type->setCurrentIndex(type->findData(int(Destination::Type::ServerToServer)));
        Q_EMIT type->activated(type->currentIndex());
        QCOMPARE(m_view->proxy()->rowCount(), 2);
        // Sorting on every column keeps the rows.
        for (int c = 0; c < DestinationListModel::ColumnCount; ++c) {
            m_view->table()->sortByColumn(c, Qt::DescendingOrder);
            QCOMPARE(m_view->proxy()->rowCount(), 2);
        }
    }

    // The status column in the real list: each kind of finding shows as its own badge text,
    // the status filter shows only that kind, and a mapping error is not "OK".
    void statusColumnAndFilter()
    {
        const auto statusOf = [&](qint64 id) {
            QAbstractItemModel *proxy = m_view->proxy();
            for (int r = 0; r < proxy->rowCount(); ++r) {
                if (proxy->index(r, 0).data(KeyRole).toLongLong() == id)
                    return proxy->index(r, DestinationListModel::StatusColumn).data().toString();
            }
            return QString();
        };
        QCOMPARE(statusOf(2002).left(7), QStringLiteral("1 error")); // a mapping URL, not 2002
        QCOMPARE(statusOf(2006), QStringLiteral("1 expired"));
        QComboBox *status = m_view->statusFilter();
        const auto choose = [&](int level) {
            status->setCurrentIndex(status->findData(level));
            Q_EMIT status->activated(status->currentIndex());
        };
        choose(int(DestinationListModel::StatusLevel::Error));
        QCOMPARE(m_view->proxy()->rowCount(), 1);
        QCOMPARE(m_view->proxy()->index(0, 0).data(KeyRole).toLongLong(), 2002);
        // A second flight of a segment that overlaps: the destination needs attention.
        m_doc->setMappingField(5002, SegmentMapping::Sid, 1001);
        choose(int(DestinationListModel::StatusLevel::Warning));
        QVERIFY(m_view->proxy()->rowCount() >= 1);
        QCOMPARE(m_view->proxy()->index(0, 0).data(KeyRole).toLongLong(), 2001);
        QVERIFY(m_view->proxy()
                    ->index(0, DestinationListModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("segment 1001 “Golf enthusiasts”")));
        choose(DestinationFilterProxyModel::AnyStatus);
        QCOMPARE(m_view->proxy()->rowCount(), 12);
    }

    void doneWhenFlow()
    {
        // Find by part of its cookie name, change its serialization, watch preview and badge.
        QTest::keyClicks(m_view->searchField(), QStringLiteral("aamse"));
        QCOMPARE(m_view->proxy()->rowCount(), 1);
        QTest::keyClick(m_view->searchField(), Qt::Key_Down);
        QCOMPARE(editor()->destinationId(), 2010);
        const QString before = preview()->previewText();
        QVERIFY2(before.contains(QStringLiteral("aamseg=x=coupon,x=gift")), qPrintable(before));
        QCOMPARE(severityOf(2010), -1);
        auto *serialize = qobject_cast<QCheckBox *>(editor()->fieldWidget(Destination::Serialized));
        QTest::mouseClick(serialize, Qt::LeftButton, {}, QPoint(8, serialize->height() / 2));
        QVERIFY(m_doc->workspace().destination(2010)->serialized);
        QVERIFY(preview()->previewText() != before);
        QCOMPARE(severityOf(2010), int(Finding::Severity::Error)); // needs a serial delimiter
        QVERIFY(!editor()->messageText(Destination::SerializationSeparator).isEmpty());
        // Undo from the Edit menu.
        m_window->undoAction()->trigger();
        QVERIFY(!m_doc->workspace().destination(2010)->serialized);
        QVERIFY(!serialize->isChecked());
        QCOMPARE(preview()->previewText(), before);
        QCOMPARE(severityOf(2010), -1);
    }

    void undoRedoRefreshesEditor()
    {
        m_view->selectDestination(2003);
        auto *name = qobject_cast<QLineEdit *>(editor()->fieldWidget(Destination::Name));
        const QString original = name->text();
        clearAndType(name, QStringLiteral("Renamed DSP"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->undoAction()->text().contains(QLatin1String("Renamed DSP")) ||
                m_window->undoAction()->isEnabled());
        // Ctrl+Z in the field undoes the document, not only the line edit.
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_doc->workspace().destination(2003)->name, original);
        QCOMPARE(name->text(), original);
        QVERIFY(!m_window->isWindowModified());
        m_window->redoAction()->trigger();
        QCOMPARE(name->text(), QStringLiteral("Renamed DSP"));
        const int row =
            m_view->proxy()
                ->mapFromSource(m_view->listModel()->index(m_view->listModel()->rowOf(2003), 0))
                .row();
        QCOMPARE(m_view->proxy()->index(row, 0).data().toString(), QStringLiteral("Renamed DSP"));
    }

    void deleteWithMappingsAsksFirst()
    {
        m_view->selectDestination(2001);
        const int mappings = m_doc->workspace().mappingCountOf(2001);
        QVERIFY(mappings > 0);
        m_prompts.answers = {1}; // Cancel (the last button)
        m_view->deleteAction()->trigger();
        QVERIFY(m_doc->workspace().destination(2001));
        QCOMPARE(m_prompts.buttons.last().size(), 2);
        QVERIFY(m_prompts.texts.last().contains(QLatin1String("mapping")));
        m_prompts.answers = {0}; // Delete with mappings
        m_view->deleteAction()->trigger();
        QVERIFY(!m_doc->workspace().destination(2001));
        QCOMPARE(m_doc->workspace().mappingCountOf(2001), 0);
        QVERIFY(m_view->currentId() != 0); // the next row takes over
        QCOMPARE(editor()->destinationId(), m_view->currentId());
        m_doc->undo();
        QVERIFY(m_doc->workspace().destination(2001));
        QCOMPARE(m_doc->workspace().mappingCountOf(2001), mappings);

        // Mapped and unmapped together: "Delete only unmapped" keeps the mapped one.
        const qint64 fresh = m_view->newDestination(Destination::Type::Url);
        m_view->selectDestination(2001);
        const QModelIndex freshIndex = m_view->proxy()->mapFromSource(
            m_view->listModel()->index(m_view->listModel()->rowOf(fresh), 0));
        m_view->table()->selectionModel()->select(freshIndex, QItemSelectionModel::Select |
                                                                  QItemSelectionModel::Rows);
        QCOMPARE(m_view->selectedIds().size(), 2);
        m_prompts.answers = {1};
        m_view->deleteAction()->trigger();
        QCOMPARE(m_prompts.buttons.last().size(), 3);
        QVERIFY(m_doc->workspace().destination(2001));
        QVERIFY(!m_doc->workspace().destination(fresh));

        // Unmapped only: a plain confirmation.
        const qint64 other = m_view->newDestination(Destination::Type::Cookie);
        m_view->selectDestination(other);
        m_prompts.answers = {0};
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_Delete);
        QVERIFY(!m_doc->workspace().destination(other));
    }

    void duplicateCopiesMappings()
    {
        m_view->selectDestination(2006);
        const int before = int(m_doc->workspace().destinations.size());
        m_view->duplicateAction()->trigger();
        QCOMPARE(int(m_doc->workspace().destinations.size()), before + 1);
        const qint64 copy = m_view->currentId();
        QVERIFY(copy != 2006);
        QCOMPARE(m_doc->workspace().mappingCountOf(copy), m_doc->workspace().mappingCountOf(2006));
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void importRestJsonWithConflicts()
    {
        bool reviewed = false;
        QTimer::singleShot(0, this, [&]() {
            auto *dialog = qobject_cast<RestImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto d = dialog->plan().counts(EntityKind::Destination);
            QCOMPARE(d.added, 3);
            QCOMPARE(d.skipped, 2);
            QVERIFY(dialog->tree()->topLevelItemCount() >= 4);
            // Unticking "add segments" flags the missing segment instead.
            dialog->addSegmentsBox()->setChecked(false);
            QCOMPARE(dialog->plan().counts(EntityKind::Segment).skipped, 1);
            dialog->addSegmentsBox()->setChecked(true);
            reviewed = true;
            dialog->accept();
        });
        const int undoCount = m_doc->undoStack()->count();
        QVERIFY(m_view->importAamRestFile(fixture("conflicts-paged.json")));
        QVERIFY(reviewed);
        QCOMPARE(m_doc->undoStack()->count(), undoCount + 1);
        QVERIFY(m_doc->workspace().destination(4033));
        QVERIFY(m_doc->workspace().segment(87723));
        QCOMPARE(m_doc->workspace().destination(2001)->delimiter, QStringLiteral(";"));
        QCOMPARE(m_doc->workspace().destination(2006)->type, Destination::Type::Cookie);
        m_window->undoAction()->trigger();
        QVERIFY(!m_doc->workspace().destination(4033));
        QCOMPARE(m_doc->workspace().destination(2001)->delimiter, QStringLiteral(","));

        // Cancel changes nothing; a broken file says why.
        QTimer::singleShot(0, this, []() {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        QVERIFY(!m_view->importAamRestFile(fixture("url-serialized-request.json")));
        QCOMPARE(m_doc->undoStack()->index(), undoCount);
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"name\": \"x\",,}");
        f.close();
        QVERIFY(!m_view->importAamRestFile(broken));
        QVERIFY(m_prompts.texts.last().contains(QLatin1String("broken.json")));
    }

    void restExportRoundTrip()
    {
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(m_view->exportAamRestTo(out, {}, AamRestWriter::Options(), &error),
                 qPrintable(error));
        // Into a new, empty workspace through the review dialog.
        m_window->newWorkspace();
        QCOMPARE(m_doc->workspace().destinations.size(), 0);
        QTimer::singleShot(0, this, []() {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        QVERIFY(m_view->importAamRestFile(out));
        const Workspace sample = test::sampleWorkspace();
        QCOMPARE(m_doc->workspace().destinations.size(), sample.destinations.size());
        // Each equal to the sample's, plus the exported object kept as its REST snapshot.
        for (const Destination &d : sample.destinations) {
            Destination back = *m_doc->workspace().destination(d.id);
            QCOMPARE(back.remote.value(QStringLiteral("destinationId")).toInteger(), d.id);
            back.remote = QJsonObject();
            QCOMPARE(back, d);
        }
        QCOMPARE(m_doc->workspace().mappings.size(), sample.mappings.size());
        QCOMPARE(m_view->proxy()->rowCount(), 12);

        // Only the mappings, as one list.
        AamRestWriter::Options mappingsOnly;
        mappingsOnly.mappingsOnly = true;
        QVERIFY2(m_view->exportAamRestTo(out, {}, mappingsOnly, &error), qPrintable(error));
        QFile list(out);
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(list.readAll()).array().size(), sample.mappings.size());
    }

    void titleCloseAndDrop()
    {
        QVERIFY(m_window->windowTitle().contains(QLatin1String("work.json")));
        QVERIFY(!m_window->isWindowModified());
        m_doc->setDestinationField(2001, Destination::Name, QStringLiteral("Changed"));
        QVERIFY(m_window->isWindowModified());
        // Closing asks; Cancel keeps the window open.
        m_prompts.answers = {2};
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_prompts.buttons.last().size(), 3);

        // Dropping a workspace file opens it (after Discard).
        const QString other = m_dir.filePath(QStringLiteral("other.json"));
        QFile::remove(other);
        QVERIFY(QFile::copy(test::samplePath(), other));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(other)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        m_prompts.answers = {1};
        QApplication::sendEvent(m_window, &drop);
        QTRY_COMPARE(m_doc->filePath(), other);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("other.json")));
        QVERIFY(!m_window->isWindowModified());
    }

    void fileErrorsLoseNothing()
    {
        // A corrupt file: message, the open workspace untouched.
        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.json"));
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        m_doc->setDestinationField(2001, Destination::Name, QStringLiteral("Kept"));
        QVERIFY(!m_window->openWorkspace(corrupt));
        QVERIFY(m_prompts.texts.last().contains(QLatin1String("corrupt.json")));
        QCOMPARE(m_doc->workspace().destination(2001)->name, QStringLiteral("Kept"));
        QCOMPARE(m_doc->filePath(), m_path);

        // Save failure: the folder is gone; edits stay, the message says so.
        UiPrompts::setSaveFileHandler(
            [](QWidget *, const QString &, const QString &, const QString &) {
                return QStringLiteral("/nonexistent-folder/x.json");
            });
        QVERIFY(!m_window->saveAs());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_doc->workspace().destination(2001)->name, QStringLiteral("Kept"));

        // A newer format: read-only banner, editing off, Save As offered.
        QFile sample(test::samplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray bytes = sample.readAll();
        bytes.replace("\"version\": 1", "\"version\": 99");
        const QString newer = m_dir.filePath(QStringLiteral("newer.json"));
        QFile n(newer);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write(bytes);
        n.close();
        m_prompts.answers = {1}; // discard "Kept"
        QVERIFY(m_window->maybeSave());
        QVERIFY(m_window->openWorkspace(newer));
        QVERIFY(m_doc->isReadOnly());
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("newer.json")));
        m_view->selectDestination(2001);
        QVERIFY(!editor()->fieldWidget(Destination::Name)->isEnabled());
        QVERIFY(!m_view->newUrlAction()->isEnabled());
    }

    void backgroundLoadShowsLoadingState()
    {
        WorkspaceDocument doc;
        MainWindow window(&doc);
        window.setSettingsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&doc, &WorkspaceDocument::workspaceLoaded);
        const auto action = [&](const QString &text) -> QAction * {
            for (QAction *a : window.fileMenu()->actions()) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };
        QAction *saveAs = action(MainWindow::tr("Save &As…"));
        QVERIFY(saveAs);
        doc.loadInBackground(m_path);
        // The window is usable at once: it says what it loads, the views and file commands
        // that need the workspace wait for it.
        QVERIFY(window.isLoadingWorkspace());
        QVERIFY(window.loadingLabel()->isVisibleTo(&window));
        QCOMPARE(window.loadingLabel()->text(), MainWindow::tr("Loading %1…").arg("work.json"));
        QVERIFY(!saveAs->isEnabled());
        QVERIFY(!window.importMenu()->menuAction()->isEnabled());
        QVERIFY(!window.destinationsView()->isEnabledTo(&window));
        QVERIFY(!window.validationButton()->isVisibleTo(&window));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QVERIFY(!window.isLoadingWorkspace());
        QVERIFY(!window.loadingLabel()->isVisibleTo(&window));
        QVERIFY(saveAs->isEnabled());
        QVERIFY(window.importMenu()->menuAction()->isEnabled());
        QVERIFY(window.destinationsView()->isEnabledTo(&window));
        QVERIFY(window.windowTitle().contains(QLatin1String("work.json")));
        QCOMPARE(window.destinationsView()->listModel()->rowCount(),
                 m_doc->workspace().destinations.size());
    }

    void validationSummary()
    {
        QTRY_VERIFY(m_window->isValidationCurrent()); // the start-up run, on the worker
        const QString before = m_window->validationButton()->text();
        QVERIFY(!before.isEmpty());
        m_doc->setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        QTRY_VERIFY(m_window->validationButton()->text() != before);
        FindingsDialog *dialog = m_window->showFindings();
        QVERIFY(dialog);
        m_doc->undo();
        QTRY_COMPARE(m_window->validationButton()->text(), before);
        // A finding about a destination selects it.
        Q_EMIT m_window->findingActivated(EntityKind::Destination, 2004, Destination::Name);
        QCOMPARE(m_view->currentId(), 2004);
    }

    static bool hasFinding(const QVector<Finding> &findings, qint64 key, int field)
    {
        return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.kind == EntityKind::Destination && f.key == key && f.field == field &&
                   f.severity == Finding::Severity::Error;
        });
    }

    void validationRunsOnWorker()
    {
        QTRY_VERIFY(m_window->isValidationCurrent());
        const QString before = m_window->validationButton()->text();
        QVERIFY(!hasFinding(m_window->findings(), 2003, Destination::UrlFormat));
        QSignalSpy changed(m_window, &MainWindow::findingsChanged);
        m_doc->setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        // The edit is not judged on the UI thread: the summary changes once the worker is done.
        QVERIFY(!m_window->isValidationCurrent());
        QCOMPARE(m_window->validationButton()->text(), before);
        QVERIFY(changed.isEmpty());
        QTRY_VERIFY(m_window->isValidationCurrent());
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_window->validationButton()->text() != before);
        QVERIFY(hasFinding(m_window->findings(), 2003, Destination::UrlFormat));
        // The findings dialog opened now shows that result without validating again.
        FindingsDialog *dialog = m_window->showFindings();
        QVERIFY(dialog->isVisible());
        QCOMPARE(changed.count(), 1);
    }

    void staleValidationResultIsDropped()
    {
        QTRY_VERIFY(m_window->isValidationCurrent());
        const QString before = m_window->validationButton()->text();
        QStringList shown;
        connect(m_window, &MainWindow::findingsChanged, this,
                [&]() { shown.append(m_window->validationButton()->text()); });
        // A run starts on the first edit; the second edit comes before its result, which is
        // then stale: only the run after the last edit (when the edits settle) may show.
        m_doc->setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        m_window->startValidation();
        m_doc->undo();
        QTRY_VERIFY(m_window->isValidationCurrent());
        QCOMPARE(shown, QStringList{before});
        QVERIFY(!hasFinding(m_window->findings(), 2003, Destination::UrlFormat));

        // Asked again at once: one run at a time, and the last edit's result wins.
        shown.clear();
        m_doc->redo();
        m_window->startValidation();
        m_doc->undo();
        m_window->startValidation();
        QTRY_VERIFY(m_window->isValidationCurrent());
        QCOMPARE(shown, QStringList{before});
        QVERIFY(!hasFinding(m_window->findings(), 2003, Destination::UrlFormat));
        disconnect(m_window, &MainWindow::findingsChanged, this, nullptr);
    }

    void findingsDialogIsCurrentRightAfterAnEdit()
    {
        QTRY_VERIFY(m_window->isValidationCurrent());
        m_doc->setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        // Asked for before the scheduled run: the dialog validates the workspace on screen.
        FindingsDialog *dialog = m_window->showFindings();
        QVERIFY(m_window->isValidationCurrent());
        QVERIFY(hasFinding(m_window->findings(), 2003, Destination::UrlFormat));
        QVERIFY(dialog->tree()->topLevelItemCount() > 0);
    }

    void closingWhileValidatingIsSafe()
    {
        auto *doc = new WorkspaceDocument;
        QString error;
        QVERIFY2(doc->load(m_path, &error), qPrintable(error));
        auto *window = new MainWindow(doc);
        window->setSettingsEnabled(false);
        doc->setDestinationField(2003, Destination::UrlFormat, QStringLiteral("no alias"));
        window->startValidation(); // in flight (or queued behind the start-up run)
        delete window;
        delete doc;
        BackgroundPool::instance()->waitForDone();
        QCoreApplication::processEvents(); // the finished notification has no receiver left
        QCoreApplication::sendPostedEvents();
    }

    void viewsAndPlaceholders()
    {
        QCOMPARE(m_window->viewIds(),
                 (QStringList{QStringLiteral("destinations"), QStringLiteral("segments"),
                              QStringLiteral("console"), QStringLiteral("history"),
                              QStringLiteral("batch")}));
        QVERIFY(m_window->isViewAvailable(QStringLiteral("destinations")));
        QVERIFY(m_window->isViewAvailable(QStringLiteral("batch")));
        QVERIFY(!m_window->isViewAvailable(QStringLiteral("console")));
        m_window->showView(QStringLiteral("history"));
        QCOMPARE(m_window->currentViewId(), QStringLiteral("history"));
        // A later view replaces its placeholder in place; the console enables "Try in Console".
        auto *console = new QWidget;
        console->setObjectName(QStringLiteral("realConsole"));
        QCOMPARE(m_window->addView(QStringLiteral("console"), console, QIcon(),
                                   []() { return QStringLiteral("Console"); }),
                 2);
        QVERIFY(m_window->isViewAvailable(QStringLiteral("console")));
        QCOMPARE(m_window->view(QStringLiteral("console")), console);
        m_view->selectDestination(2001);
        QVERIFY(preview()->tryInConsoleButton()->isEnabled());
        QSignalSpy spy(m_window, &MainWindow::tryInConsoleRequested);
        QTest::mouseClick(preview()->tryInConsoleButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toLongLong(), 2001);
        QCOMPARE(m_window->currentViewId(), QStringLiteral("console"));
        // Ctrl+1 goes back to the destinations.
        m_window->showView(QStringLiteral("destinations"));
        QCOMPARE(m_window->currentViewId(), QStringLiteral("destinations"));
    }

    void languageSwitchRetranslates()
    {
        QMenu *file = m_window->fileMenu();
        QCOMPARE(file->title(), QStringLiteral("&File"));
        LanguageManager::instance()->setLanguage(QStringLiteral("de"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
        QCOMPARE(m_view->listModel()
                     ->headerData(DestinationListModel::NameColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Name"));
        // Inline validation and the preview speak German too (the done-when flow in de).
        m_view->selectDestination(2010);
        auto *serialize = qobject_cast<QCheckBox *>(editor()->fieldWidget(Destination::Serialized));
        QTest::mouseClick(serialize, Qt::LeftButton, {}, QPoint(8, serialize->height() / 2));
        QVERIFY2(editor()
                     ->messageText(Destination::SerializationSeparator)
                     .contains(QStringLiteral("Serien-Trennzeichen")),
                 qPrintable(editor()->messageText(Destination::SerializationSeparator)));
        QVERIFY(preview()->previewText().contains(QStringLiteral("Wird jetzt ausgelöst")));
        QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("Rückgängig: ")));
        m_window->undoAction()->trigger();
        QVERIFY(!m_doc->workspace().destination(2010)->serialized);
        QTRY_COMPARE(m_window->validationButton()->text(), QStringLiteral("1 Fehler, 3 Warnungen"));
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Archivo"));
        LanguageManager::instance()->setLanguage(QStringLiteral("fr"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Fichier"));
        QTRY_COMPARE(m_view->searchField()->placeholderText(),
                     QStringLiteral("Rechercher par nom, ID, URL ou nom de cookie (Ctrl+F)"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        // English plural forms come from the English catalogue.
        QTRY_COMPARE(m_window->validationButton()->text(), QStringLiteral("1 error, 3 warnings"));
    }

    void copyRowsAndRememberLayout()
    {
        m_view->selectDestination(2006);
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("GPT targeting cookie")));

        // Window geometry and the view's layout survive a restart.
        QSettings().clear();
        {
            WorkspaceDocument doc;
            doc.reset(test::sampleWorkspace());
            MainWindow first(&doc);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QCoreApplication::processEvents();
            first.resize(1000, 640);
            first.destinationsView()->showPreviewAction()->setChecked(false);
            QVERIFY(first.close());
        }
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        MainWindow second(&doc);
        second.show();
        QTRY_COMPARE(second.size(), QSize(1000, 640));
        QTRY_VERIFY(!second.destinationsView()->showPreviewAction()->isChecked());
        QSettings().clear();
    }

    void recoveryOfferedAtStart()
    {
        for (const auto &entry : RecoveryStore::pending())
            RecoveryStore::remove(entry);
        m_doc->setDestinationField(2001, Destination::Name, QStringLiteral("Unsaved name"));
        {
            RecoveryStore store(m_doc);
            store.writeNow();
            QCOMPARE(RecoveryStore::pending().size(), 1);
        } // a crash: the store goes away, the copy stays
        // A later run: "Not now" keeps it, "Restore" brings the edits back as unsaved changes.
        WorkspaceDocument next;
        QVERIFY(next.load(m_path, nullptr));
        QWidget parent;
        WorkspaceController files(&next, &parent);
        m_prompts.answers = {2};
        QVERIFY(!files.offerRecovery());
        QCOMPARE(RecoveryStore::pending().size(), 1);
        m_prompts.answers = {0};
        QVERIFY(files.offerRecovery());
        QCOMPARE(next.workspace().destination(2001)->name, QStringLiteral("Unsaved name"));
        QVERIFY(next.isModified());
        QVERIFY(RecoveryStore::pending().isEmpty());
        // Discard on close lets the main window's listener drop the copy.
        QSignalSpy discarded(m_window, &MainWindow::changesDiscarded);
        m_doc->setDestinationField(2002, Destination::Name, QStringLiteral("Changed again"));
        m_prompts.answers = {1};
        QVERIFY(m_window->maybeSave());
        QCOMPARE(discarded.count(), 1);
    }

    void screenshotsOfEveryView()
    {
        QTemporaryDir dir;
        const Screenshotter::Result result = Screenshotter::run(m_window, dir.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        // Every view, plus the destinations view's extra steps.
        QVERIFY(result.files.size() >= m_window->viewIds().size() + 2);
        for (const QString &file : result.files) {
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
        }
        QVERIFY(result.files.first().endsWith(QLatin1String("01-destinations.png")));
        QCOMPARE(QImage(result.files.first()).size(), QSize(1280, 800));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // `--screen 1366x768`: the pictures a reviewer checks at that screen size.
    void screenshotsAtTheSizeAScreenGives()
    {
        QTemporaryDir dir;
        const QSize screen(1366, 768);
        const Screenshotter::Result result = Screenshotter::run(m_window, dir.path(), screen);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QSize window = MainWindow::firstGeometry(QRect(QPoint(0, 0), screen)).size();
        QVERIFY(window.width() <= screen.width() && window.height() <= screen.height());
        QCOMPARE(QImage(result.files.first()).size(), window);
    }
};

QTEST_MAIN(TestDestinationsUi)
#include "tst_destinationsui.moc"
