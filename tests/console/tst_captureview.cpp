// The Captures view in the main window, as a user meets it: File › Open Capture… and drops,
// bad files that leave the open capture alone, and a captured call opened in the console or
// replayed server-to-server in the sandbox with the captured answer beside the new one.
#include "capture/capturedetails.h"
#include "capture/capturelistmodel.h"
#include "capture/captureview.h"
#include "capture/maskpreviewdialog.h"
#include "common/emptystate.h"
#include "console/consoleservices.h"
#include "console/consoleview.h"
#include "console/requestbuilderwidget.h"
#include "console/responsewidget.h"
#include "history/historycomparedialog.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;

namespace {

QString harPath(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har/") + QLatin1String(name);
}

QStringList topLevelTexts(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0);
    return out;
}

} // namespace

class TstCaptureView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_document.reset(test::sampleWorkspace());
    }

    void init()
    {
        m_services = std::make_unique<ConsoleServices>(&m_document, m_dir.path());
        m_window = std::make_unique<MainWindow>(&m_document);
        m_window->setSettingsEnabled(false);
        m_services->install(m_window.get());
        m_view = m_services->captureView();
        QVERIFY(m_view);
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
    }

    void fileMenuOpensCaptures()
    {
        QVERIFY(m_window->isViewAvailable(QStringLiteral("captures")));
        const QList<QAction *> file = m_window->fileMenu()->actions();
        const qsizetype at = file.indexOf(m_view->openAction());
        QVERIFY(at > 0);
        QVERIFY(file.at(at - 1)->menu()); // right after Open Recent
        QVERIFY(m_view->emptyState()->text().contains(QLatin1String("No capture open")));
        QVERIFY(!m_view->searchField()->isEnabled());
    }

    void opensAndListsTheAudienceManagerCalls()
    {
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        m_view->openCapture(harPath("chromium-event-calls.har"));
        QVERIFY(m_view->isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_view->table()->model()->rowCount(), 7);
        QVERIFY(m_view->summaryLabel()->text().contains(QLatin1String("chromium-event-calls.har")));
        QVERIFY(m_view->summaryLabel()->text().contains(QLatin1String("25")));
        QVERIFY(m_view->noticeLabel()->isHidden());
        // The first call is selected and read.
        QCOMPARE(
            m_view->details()->entryIndex(),
            m_view->table()->model()->index(0, 0).data(CaptureListModel::EntryIndexRole).toInt());
        m_view->scopeCombo()->setCurrentIndex(1);
        QCOMPARE(m_view->table()->model()->rowCount(), 25);
        m_view->scopeCombo()->setCurrentIndex(0);
        m_view->searchField()->setText(QStringLiteral("p_age"));
        QTRY_COMPARE(m_view->table()->model()->rowCount(), 1);
        m_view->searchField()->clear();
        QTRY_COMPARE(m_view->table()->model()->rowCount(), 7);

        m_view->selectEntry(20); // the POST /event
        CaptureDetails *details = m_view->details();
        QCOMPARE(details->entryIndex(), 20);
        const QStringList groups = topLevelTexts(details->requestTree());
        QVERIFY2(groups.contains(QStringLiteral("p_ keys")), qPrintable(groups.join(',')));
        QVERIFY(groups.contains(QStringLiteral("c_ keys")));
        QCOMPARE(details->answer()->result().response.segments.size(), 16);
        QVERIFY(details->answer()->statusLabel()->text().contains(QLatin1String("200")));
        QVERIFY(
            topLevelTexts(details->cookieTree()).contains(QStringLiteral("Sent with the call")));
        QVERIFY(details->serverCallText()->toPlainText().contains(QLatin1String("demdex cookie")));
        QVERIFY(
            details->serverCallText()->toPlainText().contains(QLatin1String("c_coupon=SAVE20")));
        QVERIFY(details->replayInSandboxAction()->isEnabled());
        // No region in a sandbox capture: the live replay says what is missing instead.
        QVERIFY(!details->replayLiveAction()->isEnabled());
        QVERIFY(details->replayLiveAction()->toolTip().contains(QLatin1String("region")));
    }

    void maskedCopyIsPreviewedFromAWorker()
    {
        QVERIFY(!m_view->saveMaskedAction()->isEnabled()); // nothing open yet
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        m_view->openCapture(harPath("chromium-event-calls.har"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_view->saveMaskedAction()->isEnabled());
        QSignalSpy shown(m_view, &CaptureView::maskPreviewShown);
        m_view->saveMaskedAction()->trigger();
        QVERIFY(!m_view->saveMaskedAction()->isEnabled()); // one masking at a time
        QVERIFY(shown.wait(20000));
        auto *dialog = qobject_cast<MaskPreviewDialog *>(shown.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY2(dialog->result().ok, qPrintable(dialog->result().error));
        QVERIFY(dialog->table()->rowCount() > 0);
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(m_view->saveMaskedAction()->isEnabled());
        QCOMPARE(m_view->table()->model()->rowCount(), 7);
        dialog->close();
    }

    void badFileLeavesTheOpenCaptureAlone()
    {
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        m_view->openCapture(harPath("chromium-event-calls.har"));
        QVERIFY(loaded.wait(10000));
        const auto before = m_view->capture();
        QSignalSpy failed(m_view, &CaptureView::loadFailed);
        m_view->openCapture(harPath("truncated.har"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_view->capture(), before);
        QCOMPARE(m_view->table()->model()->rowCount(), 7);
        QVERIFY(m_view->summaryLabel()->text().contains(QLatin1String("still showing")));
        QVERIFY(!m_view->noticeLabel()->isHidden());
        QCOMPARE(m_view->noticeLabel()->text(), failed.first().first().toString());
        QVERIFY(!m_view->noticeLabel()->text().isEmpty());
    }

    void captureWithoutAudienceManagerCallsNamesItsHosts()
    {
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        m_view->openCapture(harPath("chromium-no-aam.har"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_view->table()->model()->rowCount(), 0);
        QVERIFY(m_view->emptyState()->text().contains(QLatin1String("No Audience Manager calls")));
        QVERIFY(m_view->noticeLabel()->text().contains(QLatin1String("www.example.org")));
        QVERIFY(m_view->noticeLabel()->text().contains(QLatin1String("stats.example.net")));
    }

    void anotherCaptureReplacesTheDetails()
    {
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        m_view->scopeCombo()->setCurrentIndex(1); // all entries: entry 0 is row 0 in both files
        m_view->openCapture(harPath("chromium-no-aam.har"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_view->details()->entryIndex(), 0);
        const QString before =
            m_view->details()->findChild<QLabel *>(QStringLiteral("captureCallTitle"))->text();
        m_view->openCapture(harPath("chromium-event-calls-omit.har"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_view->details()->entryIndex(), 0);
        const QString after =
            m_view->details()->findChild<QLabel *>(QStringLiteral("captureCallTitle"))->text();
        QVERIFY2(after != before, qPrintable(after));
        QVERIFY(after.contains(m_view->capture()->entries().first().host()));
    }

    void droppedHarOpensInCaptures()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(harPath("chromium-optout.har"))});
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_window->currentViewId(), QStringLiteral("captures"));
        QCOMPARE(m_view->table()->model()->rowCount(), 6);
        QVERIFY(!m_document.isModified()); // the workspace was not replaced
    }

    void openInConsoleShowsTheCallAndItsCapturedAnswer()
    {
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        m_view->openCapture(harPath("chromium-event-calls.har"));
        QVERIFY(loaded.wait(10000));
        m_view->selectEntry(20);
        m_view->details()->openInConsoleButton()->click();
        QCOMPARE(m_window->currentViewId(), QStringLiteral("console"));
        ConsoleView *console = m_services->consoleView();
        const DcsRequest request = console->builder()->request();
        QCOMPARE(request.method, DcsRequest::Method::Post);
        QVERIFY(std::any_of(request.signalList.begin(), request.signalList.end(),
                            [](const DcsSignal &s) { return s.key == QLatin1String("c_coupon"); }));
        QCOMPARE(console->response()->result().response.segments.size(), 16);
        QVERIFY(console->response()->statusLabel()->text().contains(QLatin1String("Call 21")));
    }

    void replayInSandboxComparesWithTheCapturedAnswer()
    {
        m_window->show();
        QSignalSpy loaded(m_view, &CaptureView::loaded);
        m_view->openCapture(harPath("chromium-event-calls.har"));
        QVERIFY(loaded.wait(10000));
        m_view->selectEntry(20);
        QSignalSpy finished(m_services->consoleView(), &ConsoleView::callFinished);
        m_view->details()->replayInSandboxAction()->trigger();
        QCOMPARE(m_window->currentViewId(), QStringLiteral("console"));
        QVERIFY(finished.wait(15000));
        HistoryCompareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<HistoryCompareDialog *>()) != nullptr);
        QVERIFY(dialog->summary()->text().contains(QLatin1String("server-to-server replay")));
        // The same user and the same signals on both sides.
        bool sameUser = false;
        bool sameCoupon = false;
        for (QTreeWidgetItemIterator it(dialog->tree()); *it; ++it) {
            // The sandbox answers for the same profile: the captured uuid comes back.
            if ((*it)->text(0) == QLatin1String("uuid"))
                sameUser = !(*it)->text(1).isEmpty() && (*it)->text(1) == (*it)->text(2);
            if ((*it)->text(0) == QLatin1String("c_coupon"))
                sameCoupon =
                    (*it)->text(1) == QLatin1String("SAVE20") && (*it)->text(2) == (*it)->text(1);
        }
        QVERIFY(sameUser);
        QVERIFY(sameCoupon);
        const ResponseWidget *answer = m_services->consoleView()->response();
        QCOMPARE(answer->result().httpStatus, 200);
        QVERIFY(answer->result().request.urlText.startsWith("http://127.0.0.1:"));
        dialog->close();
    }

private:
    QTemporaryDir m_dir;
    WorkspaceDocument m_document;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    CaptureView *m_view = nullptr;
};

QTEST_MAIN(TstCaptureView)
#include "tst_captureview.moc"
