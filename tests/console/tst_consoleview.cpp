#include "application/languagemanager.h"
#include "batch/batchview.h"
#include "console/consoleservices.h"
#include "console/consoleview.h"
#include "console/dcskeydelegate.h"
#include "console/headertablewidget.h"
#include "console/profiledialog.h"
#include "console/requestbuilderwidget.h"
#include "console/responsewidget.h"
#include "console/sandboxendpoint.h"
#include "console/sandboxserviceendpoint.h"
#include "dcs/dcsclient.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/tlsprobe.h"
#include "history/historycomparedialog.h"
#include "history/historylistmodel.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "mainwindow/mainwindow.h"
#include "system/backgroundpool.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;

namespace {

QTreeWidgetItem *findTop(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TstConsoleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_document.reset(test::sampleWorkspace());
        QVERIFY(m_server.listen());
        m_server.setHandler([this](const test::TestHttpRequest &) {
            return test::TestHttpResponse::json(m_bigBody);
        });
        m_serverEndpoint = std::make_unique<FixedSandboxEndpoint>(m_server.baseUrl());
        // "Local sandbox" calls go to the in-process sandbox, started on the first call.
        m_endpoint = std::make_unique<SandboxServiceEndpoint>(&m_document);
    }

    void sendToSandboxDecodeAndCompare()
    {
        HistoryStore history(m_dir.path());
        QVERIFY(history.load());
        ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
        view.resize(1400, 900);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        RequestBuilderWidget *b = view.builder();
        QCOMPARE(b->profileCombo()->currentText(), QStringLiteral("Sample (local sandbox)"));
        QCOMPARE(b->region(), int(Profile::SandboxRegion));
        b->addSignal(QStringLiteral("c_interest"), QStringLiteral("golf"));
        // The live preview follows the builder.
        QString sandboxError;
        QVERIFY2(view.urlField()->text().startsWith(m_endpoint->baseUrl(&sandboxError).toString()),
                 qPrintable(sandboxError));
        QVERIFY(m_endpoint->isRunning());
        QVERIFY(view.urlField()->text().contains(QLatin1String("c_interest=golf")));
        QVERIFY(view.urlField()->text().contains(QLatin1String("d_rtbd=json")));
        QCOMPARE(view.prepared().header("Host"), QByteArray("sample.demdex.net"));

        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.builder()->userIdEdit()->setFocus();
        QTest::keyClick(view.builder()->userIdEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(5000));

        ResponseWidget *r = view.response();
        QVERIFY(r->statusLabel()->text().contains(QLatin1String("HTTP 200")));
        QVERIFY(!r->result().response.tid.isEmpty());
        QVERIFY(r->statusLabel()->text().contains(r->result().response.tid));
        QVERIFY(r->result().response.errors.isEmpty());
        QTRY_VERIFY(!r->isBusy());
        QTreeWidget *tree = r->decodedTree();
        QTreeWidgetItem *cookies = findTop(tree, QStringLiteral("Cookie destinations"));
        QVERIFY(cookies);
        QCOMPARE(cookies->childCount(), 2); // aam_gpt (2006), adobe (2008)
        QStringList names;
        for (int i = 0; i < cookies->childCount(); ++i)
            names.append(cookies->child(i)->text(0));
        QVERIFY(names.contains(QStringLiteral("aam_gpt")));
        QVERIFY(names.contains(QStringLiteral("adobe")));
        QTreeWidgetItem *urls = findTop(tree, QStringLiteral("URL destinations"));
        QVERIFY(urls);
        QCOMPARE(urls->childCount(), 1);
        QVERIFY(urls->child(0)->text(1).startsWith(
            QLatin1String("https://ads.example.com/seg?s=1001")));
        QVERIFY(findTop(tree, QStringLiteral("User"))->text(1).size() == 38);

        // Expected vs. Actual: the rule c_interest == "golf" qualifies 1001, the answer lists it,
        // and everything 1001 maps to came back.
        const ExpectedVsActual::Result cmp = r->comparison();
        QCOMPARE(cmp.segments, QVector<qint64>{1001});
        QCOMPARE(cmp.listedSegments, QVector<qint64>{1001});
        QCOMPARE(cmp.count(ExpectedVsActual::Status::Match), 4); // the segment, 3 destinations
        QCOMPARE(cmp.count(ExpectedVsActual::Status::Missing), 0);
        QCOMPARE(cmp.count(ExpectedVsActual::Status::Unexpected), 0);
        QCOMPARE(r->comparisonTree()->topLevelItemCount(), 4);
        QCOMPARE(r->comparisonTree()->topLevelItem(0)->text(1), QStringLiteral("Segment"));

        // Pretty keeps the server's key order; raw is byte for byte.
        r->tabs()->setCurrentIndex(ResponseWidget::PrettyTab);
        QTRY_VERIFY(r->prettyView()->toPlainText().startsWith(QLatin1String("{\n  \"")));
        r->tabs()->setCurrentIndex(ResponseWidget::RawTab);
        QTRY_COMPARE(r->rawView()->toPlainText().toUtf8(), r->result().body);

        // Recorded in the history.
        QCOMPARE(history.entries().size(), 1);
        QCOMPARE(history.entries().first().httpStatus, 200);

        // "Use This uuid" fills the builder.
        const QString uuid = r->result().response.uuid;
        Q_EMIT r->useUserRequested(uuid, 9);
        QCOMPARE(b->userIdEdit()->text(), uuid);
        QCOMPARE(b->region(), int(Profile::SandboxRegion)); // the sandbox stays selected

        // Then switch to a live region: the exact cURL a colleague can run, and it round-trips.
        b->setRegion(9);
        const QString curl = view.prepared().toCurl();
        QVERIFY(curl.contains(QLatin1String("https://usw2.demdex.net/event?")));
        QVERIFY(curl.contains(QLatin1String("Host: sample.demdex.net")));
        QVERIFY(curl.contains(QLatin1String("c_interest=golf")));
        view.copyAsCurl();
        QCOMPARE(QGuiApplication::clipboard()->text(), curl);

        ConsoleView other(&m_document, &m_client, &history, m_endpoint.get());
        QString message;
        QVERIFY2(other.importCurl(curl, &message), qPrintable(message));
        QCOMPARE(other.builder()->region(), 9);
        QCOMPARE(other.prepared().toCurl(), curl);
        // Pasting into the URL field imports too.
        ConsoleView third(&m_document, &m_client, &history, m_endpoint.get());
        third.urlField()->setFocus();
        third.urlField()->selectAll();
        QGuiApplication::clipboard()->setText(curl);
        QTest::keyClick(third.urlField(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(third.prepared().toCurl(), curl);
    }

    // Issue 16 (3): typing in the URL field is not re-read keystroke by keystroke; the URL is
    // read on Enter (or a paste), as typed.
    void typingInTheUrlFieldWaitsForEnter()
    {
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
        view.resize(1200, 800);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.builder()->addSignal(QStringLiteral("c_likes"), QStringLiteral("golf"));
        view.builder()->headerTable()->addHeader(
            DcsHeader{QStringLiteral("Accept-Language"), QStringLiteral("en-US"), true});
        QLineEdit *url = view.urlField();
        url->setFocus();
        url->end(false);
        const QString before = url->text();
        const QString profileBefore = view.builder()->profile().name;
        const int regionBefore = view.builder()->region();
        QTest::keyClicks(url, QStringLiteral("&c_x=1"));
        QCOMPARE(url->text(), before + QStringLiteral("&c_x=1")); // nothing rewritten mid-typing
        const auto valuesOf = [&view](const QString &key) {
            for (const DcsSignal &s : view.builder()->request().signalList) {
                if (s.key == key)
                    return s.values;
            }
            return QStringList();
        };
        QCOMPARE(valuesOf(QStringLiteral("c_likes")), QStringList{QStringLiteral("golf")});
        QVERIFY(valuesOf(QStringLiteral("c_x")).isEmpty());
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(valuesOf(QStringLiteral("c_likes")), QStringList{QStringLiteral("golf")});
        QCOMPARE(valuesOf(QStringLiteral("c_x")), QStringList{QStringLiteral("1")});
        QVERIFY(url->text().contains(QStringLiteral("c_likes=golf&")));
        QVERIFY(url->text().contains(QStringLiteral("c_x=1")));
        // A URL carries no headers: the request's own stay when the URL is edited.
        QCOMPARE(view.prepared().header("Accept-Language"), QByteArray("en-US"));
        // Only the parameters changed: the profile and region stay (the target was the same).
        QCOMPARE(view.builder()->profile().name, profileBefore);
        QVERIFY(!view.builder()->isPastedProfileSelected());
        QCOMPARE(view.builder()->region(), regionBefore);

        // Trial finding: a URL without its scheme was dropped in silence and the old request
        // sent. It is said, and the request's URL comes back.
        const QString kept = url->text();
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("sample.demdex.net/event?c_y=2"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(valuesOf(QStringLiteral("c_y")).isEmpty());
        QCOMPARE(url->text(), kept);
        QVERIFY2(view.response()->statusLabel()->text().contains(
                     QStringLiteral("is neither a URL (http:// or https://) nor a cURL command")),
                 qPrintable(view.response()->statusLabel()->text()));
    }

    // Trial finding: in French a pasted long host ("acme-marketing-europe.demdex.net") and the
    // "Save as Profile" button that comes with it pushed the form past its pane, cutting the
    // buttons at its edge. The host is cut in the middle instead, whole in its tooltip.
    void aPastedLongHostKeepsTheFormInItsPane()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("fr"));
        const auto english = qScopeGuard(
            []() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); });
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
        view.resize(1100, 680); // the console's part of a window on a 1366×768 screen
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString host = QStringLiteral("acme-marketing-europe.demdex.net");
        QString message;
        QVERIFY2(view.importCurl(QStringLiteral("https://%1/event?d_uuid=1234567890123456789012"
                                                "3456789012345678&c_x=1")
                                     .arg(host),
                                 &message),
                 qPrintable(message));
        RequestBuilderWidget *builder = view.builder();
        QScrollArea *pane = nullptr;
        for (QScrollArea *area : view.findChildren<QScrollArea *>()) {
            if (area->widget() && area->widget()->isAncestorOf(builder))
                pane = area;
        }
        QVERIFY(pane);
        QTRY_VERIFY2(builder->minimumSizeHint().width() <= pane->viewport()->width(),
                     qPrintable(QStringLiteral("form needs %1 px, the pane has %2")
                                    .arg(builder->minimumSizeHint().width())
                                    .arg(pane->viewport()->width())));
        bool shown = false;
        for (QLabel *label : builder->findChildren<QLabel *>())
            shown = shown || label->text() == host || label->toolTip() == host;
        QVERIFY(shown);
    }

    // The header table: what is typed shows in the preview and goes on the wire exactly so; a
    // line break is refused in the cell with the reason under the table.
    void headersEditedInTheTableAreShownAndSent()
    {
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_serverEndpoint.get());
        view.resize(1200, 900);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        HeaderTableWidget *headers = view.builder()->headerTable();
        QTest::mouseClick(headers->addButton(), Qt::LeftButton);
        QTableWidget *table = headers->table();
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 0)->setText(QStringLiteral("X-City"));
        table->item(0, 1)->setText(QStringLiteral("Köln"));
        QTRY_VERIFY(
            view.builder()->previewEdit()->toPlainText().contains(QStringLiteral("X-City: Köln")));

        table->item(0, 1)->setText(QStringLiteral("a\r\nHost: evil"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Köln"));
        QVERIFY(headers->problemLabel()->isVisible());
        QVERIFY2(headers->problemLabel()->text().contains(QStringLiteral("line break")),
                 qPrintable(headers->problemLabel()->text()));
        QVERIFY(!view.builder()->previewEdit()->toPlainText().contains(QStringLiteral("evil")));

        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.builder()->userIdEdit()->setFocus();
        QTest::keyClick(view.builder()->userIdEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(5000));
        const test::TestHttpRequest wire = m_server.lastRequest();
        QCOMPARE(wire.headers, view.prepared().headers);
        QCOMPARE(wire.header("X-City"), QByteArray("K\xC3\xB6ln"));
        QVERIFY(wire.header("Accept-Language").isNull());
        QStringList shown = view.builder()->previewEdit()->toPlainText().split(QLatin1Char('\n'));
        QStringList sent;
        for (const auto &h : wire.headers)
            sent << QString::fromUtf8(h.first + ": " + h.second);
        QCOMPARE(shown.mid(0, sent.size()), sent);

        table->item(0, 0)->setCheckState(Qt::Unchecked);
        QTRY_VERIFY(
            !view.builder()->previewEdit()->toPlainText().contains(QStringLiteral("X-City")));
        QCOMPARE(view.builder()->request().headers.size(), 1); // kept, not sent
    }

    // A % in a value: encoded with a note saying so, or, with "As typed", sent exactly so (the
    // checker then explains error 311). A pasted URL with a lone % arrives with "As typed" on.
    void aPercentIsEncodedVisiblyOrSentAsTyped()
    {
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_serverEndpoint.get());
        RequestBuilderWidget *b = view.builder();
        b->addSignal(QStringLiteral("c_promo"), QStringLiteral("50%off"));
        const auto codes = [&view] {
            QStringList out;
            for (const RequestFinding &f : view.prepared().findings)
                out << f.code;
            return out;
        };
        QVERIFY(view.prepared().urlText.contains("c_promo=50%25off"));
        QVERIFY2(codes().contains(QStringLiteral("encoding.percent")),
                 qPrintable(codes().join(QLatin1Char(' '))));

        QTableWidget *table = b->signalTable();
        QTableWidgetItem *asTyped = table->item(table->rowCount() - 1, 2);
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("As typed"));
        asTyped->setCheckState(Qt::Checked);
        QVERIFY(b->request().signalList.last().raw);
        QVERIFY(codes().contains(QStringLiteral("encoding.bad-percent")));
        QVERIFY(view.prepared().isRefused()); // a GET URL cannot carry it

        DcsRequest post = b->request();
        post.method = DcsRequest::Method::Post;
        b->setRequest(post);
        QVERIFY(b->request().signalList.last().raw);
        const PreparedRequest p = DcsRequestBuilder::prepare(b->profile(), b->request());
        QVERIFY(p.body.contains("c_promo=50%off"));

        // Pasted: the reader keeps a lone % as typed, and the table shows it.
        DcsRequest pasted;
        pasted.signalList.append(DcsSignal{QStringLiteral("c_promo"), {QStringLiteral("50%off")}});
        pasted.signalList.last().raw = true;
        b->setRequest(pasted);
        QCOMPARE(table->item(0, 2)->checkState(), Qt::Checked);

        b->setRequest(DcsRequest());
        QLineEdit *url = view.urlField();
        url->selectAll();
        url->insert(m_server.baseUrl().toString() + // as a paste
                    QStringLiteral("/event?d_rtbd=json&c_promo=50%off&c_x=1"));
        bool shown = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("c_promo")) {
                QCOMPARE(table->item(row, 1)->text(), QStringLiteral("50%off"));
                QCOMPARE(table->item(row, 2)->checkState(), Qt::Checked);
                shown = true;
            }
        }
        QVERIFY(shown);
    }

    // Issue 16 (6): a pasted cURL fills the console and changes nothing in the workspace; its
    // target is shown (profile "… (pasted, not saved)", region "Custom base URL: …") and is
    // written only by "Save as Profile…", which can be undone.
    void aPastedCurlChangesNothingUntilSaved()
    {
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
        const int profiles = m_document.workspace().profiles.size();
        const int undoSteps = m_document.undoStack()->count();
        const QString uuid = QStringLiteral("11112222333344445555666677778888999900");
        for (const char *alias : {"partnera", "partnerb", "partnerc"}) {
            QString message;
            QVERIFY2(view.importCurl(
                         QStringLiteral("curl -H 'Host: %1.demdex.net' "
                                        "'https://usw2.demdex.net/event?d_rtbd=json&d_uuid=%2'")
                             .arg(QLatin1String(alias), uuid),
                         &message),
                     qPrintable(message));
            QCOMPARE(view.prepared().header("Host"), QByteArray(alias) + ".demdex.net");
        }
        QCOMPARE(m_document.workspace().profiles.size(), profiles);
        QCOMPARE(m_document.undoStack()->count(), undoSteps);
        RequestBuilderWidget *b = view.builder();
        QVERIFY(b->isPastedProfileSelected());
        QVERIFY(b->profileCombo()->currentText().contains(QStringLiteral("partnerc.demdex.net")));
        QVERIFY(b->profileCombo()->currentText().contains(QStringLiteral("not saved")));
        QVERIFY(b->saveProfileButton()->isVisibleTo(&view));
        QCOMPARE(b->region(), 9);
        QVERIFY(view.prepared().urlText.startsWith("https://usw2.demdex.net/event?"));
        QVERIFY(view.prepared().urlText.contains("d_uuid=" + uuid.toLatin1()));

        // A command to another server: the region picker says so.
        const QString base = m_server.baseUrl().toString();
        QVERIFY(view.importCurl(
            QStringLiteral("curl -H 'Host: partnerc.demdex.net' '%1/event?d_uuid=%2'")
                .arg(base, uuid)));
        QVERIFY2(b->regionCombo()->currentText().contains(base),
                 qPrintable(b->regionCombo()->currentText()));
        QVERIFY(view.prepared().urlText.startsWith(base.toLatin1() + "/event?"));
        QCOMPARE(m_document.workspace().profiles.size(), profiles);

        // Saved on request, undoable.
        QVERIFY(view.savePastedProfile(QStringLiteral("Partner C")));
        QCOMPARE(m_document.workspace().profiles.size(), profiles + 1);
        QCOMPARE(m_document.workspace().profiles.last().alias, QStringLiteral("partnerc"));
        QCOMPARE(m_document.workspace().profiles.last().customBaseUrl, base);
        QCOMPARE(b->profileCombo()->currentText(), QStringLiteral("Partner C"));
        QVERIFY(!b->isPastedProfileSelected());
        QVERIFY(!view.savePastedProfile(QStringLiteral("Partner C"))); // nothing pasted now
        m_document.undo();
        QCOMPARE(m_document.workspace().profiles.size(), profiles);
    }

    // Issue 16 (TLS on the user's terms): "Pin from Server…" shows the certificate of the
    // profile's https target and, once the user says yes, pins its key in the profile
    // (undoable); the console's next call to that self-signed server then goes through.
    void pinFromServerTrustsThatKey()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        test::TestHttpServer tls;
        QVERIFY(tls.listenTls());
        tls.setDefaultResponse(test::TestHttpResponse::json(
            "{\"uuid\":\"07955261652886032950143702505894272138\",\"tid\":\"t\"}"));
        Workspace ws = m_document.workspace();
        Profile own;
        own.name = QStringLiteral("Own TLS server");
        own.alias = QStringLiteral("sample");
        own.customBaseUrl = tls.baseUrl().toString();
        ws.profiles.append(own);
        WorkspaceDocument document;
        document.reset(ws);
        const int row = int(ws.profiles.size()) - 1;

        HistoryStore history(m_dir.path());
        ConsoleView view(&document, &m_client, &history, m_endpoint.get());
        view.builder()->setProfileByName(own.name);
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.response()->result().outcome, DcsResult::Outcome::TlsError);
        QVERIFY(
            view.response()->result().failureMessage().contains(QStringLiteral("Pin from Server")));

        ProfileDialog dialog(&document, row);
        QString asked;
        bool answered = false;
        const auto answer = [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    asked = box->text();
                    box->button(QMessageBox::Yes)->click();
                    answered = true;
                }
            }
        };
        QTimer poll;
        connect(&poll, &QTimer::timeout, &dialog, answer);
        poll.start(20);
        dialog.pinFromServer();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        poll.stop();
        const QString pin = TlsProbe::pinOf(test::TestHttpServer::testCertificate());
        QVERIFY2(asked.contains(pin), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(document.workspace().profiles[row].pinnedPublicKey, pin);
        QCOMPARE(dialog.pinEdit()->text(), pin);

        view.send();
        QVERIFY(finished.wait(10000));
        QVERIFY2(view.response()->result().outcome == DcsResult::Outcome::Response,
                 qPrintable(view.response()->result().failureMessage()));
        document.undo();
        QVERIFY(document.workspace().profiles[row].pinnedPublicKey.isEmpty());
    }

    // A profile's default headers: edited in Manage profiles (one undo step), named under the
    // console's header table, in the preview and on the call.
    void profileDefaultHeadersAreShownAndSent()
    {
        WorkspaceDocument document;
        document.reset(test::sampleWorkspace());
        ProfileDialog dialog(&document, 0);
        dialog.headerTable()->addHeader(
            DcsHeader{QStringLiteral("Accept-Language"), QStringLiteral("de-DE"), true});
        QCOMPARE(document.workspace().profiles[0].headers.size(), 1);
        QCOMPARE(dialog.headerTable()->titleLabel()->text(), QStringLiteral("Default &headers"));

        HistoryStore history(m_dir.path());
        ConsoleView view(&document, &m_client, &history, m_endpoint.get());
        view.show();
        QTRY_VERIFY(view.builder()->headerTable()->profileHeadersLabel()->isVisible());
        QVERIFY(view.builder()->headerTable()->profileHeadersLabel()->toolTip().contains(
            QStringLiteral("Accept-Language: de-DE")));
        QCOMPARE(view.prepared().header("Accept-Language"), QByteArray("de-DE"));
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.response()->result().request.header("Accept-Language"), QByteArray("de-DE"));
        QVERIFY(view.response()->result().request.toCurl().contains(
            QStringLiteral("Accept-Language: de-DE")));

        document.undo();
        QVERIFY(document.workspace().profiles[0].headers.isEmpty());
        QTRY_VERIFY(!view.builder()->headerTable()->profileHeadersLabel()->isVisible());
        QVERIFY(view.prepared().header("Accept-Language").isNull());
    }

    // The endpoint choice: the URL, preview and answer follow it, and the options only /event
    // reads are greyed out (kept for when /event comes back).
    void endpointChoiceShowsWhatIsSent()
    {
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
        view.resize(1200, 800);
        view.show();
        QCheckBox *dst = nullptr;
        for (QCheckBox *box : view.builder()->findChildren<QCheckBox *>())
            if (box->text() == QStringLiteral("d_dst=1"))
                dst = box;
        QVERIFY(dst);
        QVERIFY(dst->isEnabled());
        view.builder()->addSignal(QStringLiteral("dpid"), QStringLiteral("411"));
        view.builder()->addSignal(QStringLiteral("dpuuid"), QStringLiteral("v42"));
        EndpointCombo *endpoint = view.builder()->endpointCombo();
        endpoint->setCurrentIndex(endpoint->findText(QStringLiteral("/ibs")));
        QTRY_VERIFY2(view.urlField()->text().contains(QStringLiteral("/ibs:d_uuid=")) &&
                         view.urlField()->text().endsWith(QStringLiteral("&dpid=411&dpuuid=v42")),
                     qPrintable(view.urlField()->text()));
        QVERIFY(!dst->isEnabled());
        QVERIFY(dst->isChecked()); // kept for /event
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.send();
        QVERIFY(finished.wait(5000));
        QTRY_VERIFY(!view.response()->isBusy());
        QTreeWidgetItem *answer = view.response()->decodedTree()->topLevelItem(0);
        QVERIFY(answer);
        QCOMPARE(answer->text(0), QStringLiteral("ID sync answer"));
        // Typing a pair at the end of the /ibs: URL keeps the target and the /event options.
        const QString profileBefore = view.builder()->profile().name;
        QLineEdit *url = view.urlField();
        url->setFocus();
        url->end(false);
        QTest::keyClicks(url, QStringLiteral("&redir=https://p.example/s?u=${DD_UUID}"));
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(view.builder()->profile().name, profileBefore);
        QVERIFY(!view.builder()->isPastedProfileSelected());
        QCOMPARE(view.builder()->request().path, QStringLiteral("/ibs"));
        QStringList keys;
        for (const DcsSignal &s : view.builder()->request().signalList)
            keys.append(s.key);
        QCOMPARE(keys, (QStringList{"dpid", "dpuuid", "redir"}));
        QVERIFY(dst->isChecked());
        endpoint->setCurrentIndex(endpoint->findText(QStringLiteral("/event")));
        QTRY_VERIFY(dst->isEnabled());
        QVERIFY(view.urlField()->text().contains(QStringLiteral("/event?")));
    }

    void amcvPaste()
    {
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
        view.builder()->setRegion(6);
        const QString cookie = QStringLiteral(
            "AMCV_5DC5123F5245B1D20A490D46%40AdobeOrg=-1891778711%7CMCIDTS%7C18199%7CMCMID%7C"
            "83938241987308959172561495939786191343%7CMCAAMLH-4102444800%7C9%7CMCAAMB-4102444800"
            "%7CRKhp%7CMCOPTOUT-1572375509s%7CNONE%7CvVersion%7C2.4.0");
        QString message;
        QVERIFY2(view.applyAmcv(cookie, &message), qPrintable(message));
        const DcsRequest r = view.builder()->request();
        QCOMPARE(r.userIdKind, Profile::IdKind::Mid);
        QCOMPARE(r.userId, QStringLiteral("83938241987308959172561495939786191343"));
        QCOMPARE(r.orgId, QStringLiteral("5DC5123F5245B1D20A490D46@AdobeOrg"));
        QCOMPARE(view.builder()->region(), 9);
        QVERIFY(view.prepared().urlText.contains("d_mid=83938241987308959172561495939786191343"));
        QVERIFY(!view.applyAmcv(QStringLiteral("garbage"), &message));
        QVERIFY(!message.isEmpty());
    }

    void historyAfterRestartReopens()
    {
        QTemporaryDir dir;
        {
            HistoryStore history(dir.path());
            QVERIFY(history.load());
            ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
            view.builder()->addSignal(QStringLiteral("c_interest"), QStringLiteral("golf"));
            view.builder()->addSignal(QStringLiteral("p_age"), QStringLiteral("23"));
            QSignalSpy finished(&view, &ConsoleView::callFinished);
            view.send();
            QVERIFY(finished.wait(5000));
        }
        // A new store over the same folder: what the next start of the app sees.
        HistoryStore history(dir.path());
        QVERIFY(history.load());
        QCOMPARE(history.entries().size(), 1);
        HistoryView historyView(&history);
        QAbstractItemModelTester tester(historyView.model());
        QCOMPARE(historyView.model()->rowCount(), 1);
        QTest::keyClicks(historyView.searchField(), QStringLiteral("status:200"));
        QCOMPARE(historyView.model()->rowCount(), 1);
        historyView.searchField()->clear();
        ConsoleView view(&m_document, &m_client, &history, m_endpoint.get());
        connect(&historyView, &HistoryView::openRequested, &view, &ConsoleView::openHistoryEntry);
        historyView.table()->setCurrentIndex(historyView.model()->index(0, 0));
        historyView.openCurrent();
        const DcsRequest reopened = view.builder()->request();
        QCOMPARE(reopened.signalList.size(), 2);
        QCOMPARE(reopened.signalList[0].values, QStringList{QStringLiteral("golf")});
        QCOMPARE(reopened.signalList[1].values,
                 QStringList{QString::fromLatin1(HistoryEntry::PrivateMask)});
        // The placeholder is never sent as the value: the request is refused until retyped.
        QVERIFY(view.prepared().isRefused());
        bool named = false;
        for (const RequestFinding &f : view.prepared().findings)
            named = named || (f.code == QLatin1String("signal.not-stored") && f.blocking);
        QVERIFY(named);
        historyView.deleteCurrent();
        QCOMPARE(history.entries().size(), 0);
    }

    // Issue 16 (5): reopening an entry shows that entry's own stored answer, not whatever the
    // console showed last, and says when it was and when its body was cut.
    void reopeningAnEntryShowsItsOwnAnswer()
    {
        QTemporaryDir dir;
        HistoryStore history(dir.path());
        QVERIFY(history.load());
        ConsoleView view(&m_document, &m_client, &history, m_serverEndpoint.get());
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        const QByteArray first =
            "{\"uuid\":\"11111111111111111111111111111111111111\",\"tid\":\"first\"}";
        const QByteArray second =
            "{\"uuid\":\"22222222222222222222222222222222222222\",\"tid\":\"second\"}";
        m_bigBody = first;
        view.send();
        QVERIFY(finished.wait(5000));
        m_bigBody = second;
        view.send();
        QVERIFY(finished.wait(5000));
        m_bigBody.clear();
        QCOMPARE(view.response()->result().body, second);
        QCOMPARE(history.entries().size(), 2);
        HistoryEntry older;
        for (const HistoryEntry &e : history.entries()) {
            if (e.body == first)
                older = e;
        }
        QVERIFY(!older.id.isEmpty());
        view.openHistoryEntry(older);
        QCOMPARE(view.response()->result().body, first);
        QCOMPARE(view.response()->result().response.tid, QStringLiteral("first"));
        QCOMPARE(view.response()->result().request.headers, view.prepared().headers);
        QVERIFY2(
            view.response()->statusLabel()->text().startsWith(QStringLiteral("Stored answer from")),
            qPrintable(view.response()->statusLabel()->text()));

        // Two calls side by side in the history view: select both, Compare.
        HistoryView historyView(&history);
        historyView.show();
        QAbstractItemModelTester tester(historyView.model());
        QCOMPARE(historyView.model()
                     ->headerData(HistoryListModel::Target, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Target"));
        QVERIFY(historyView.model()
                    ->index(0, HistoryListModel::Target)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("127.0.0.1:")));
        QVERIFY(!historyView.compareButton()->isEnabled());
        historyView.table()->selectAll();
        QVERIFY(historyView.compareButton()->isEnabled());
        HistoryCompareDialog *dialog = historyView.compareSelected();
        QVERIFY(dialog);
        QTreeWidget *tree = dialog->tree();
        QVERIFY2(tree->headerItem()->text(1).endsWith(
                     older.time.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))),
                 qPrintable(tree->headerItem()->text(1)));
        QTreeWidgetItem *decoded = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == QLatin1String("Decoded"))
                decoded = tree->topLevelItem(i);
        }
        QVERIFY(decoded);
        // The outcome in words, never the stored key "response" (a trial read "Result: response").
        bool outcomeSeen = false;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0).endsWith(QLatin1String("Outcome"))) {
                outcomeSeen = true;
                QCOMPARE((*it)->text(1), QStringLiteral("Answered"));
            }
        }
        QVERIFY(outcomeSeen);
        QStringList differing;
        for (int i = 0; i < decoded->childCount(); ++i) {
            if (decoded->child(i)->text(0).startsWith(QStringLiteral("≠ ")))
                differing << decoded->child(i)->text(0) + QLatin1Char('=') +
                                 decoded->child(i)->text(1) + QLatin1Char('/') +
                                 decoded->child(i)->text(2);
        }
        QVERIFY2(differing.contains(QStringLiteral("≠ tid=first/second")),
                 qPrintable(differing.join(QLatin1String(" | "))));
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("differ")));
        dialog->onlyDifferences()->setChecked(true);
        int shown = 0;
        for (int i = 0; i < decoded->childCount(); ++i)
            shown += decoded->child(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, differing.size());
        dialog->close();

        HistoryEntry cut = older;
        cut.bodySize = 10 * 1024 * 1024;
        cut.bodyCut = true;
        view.openHistoryEntry(cut);
        QVERIFY2(
            view.response()->statusLabel()->text().contains(QStringLiteral("kept only the first")),
            qPrintable(view.response()->statusLabel()->text()));
    }

    void networkFailureIsRecorded()
    {
        QTemporaryDir dir;
        HistoryStore history(dir.path());
        FixedSandboxEndpoint dead(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::TestHttpServer::unusedPort())));
        ConsoleView view(&m_document, &m_client, &history, &dead);
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.send();
        QVERIFY(finished.wait(5000));
        QCOMPARE(history.entries().size(), 1);
        QCOMPARE(history.entries().first().outcome, QStringLiteral("network-error"));
        QVERIFY(view.response()->statusLabel()->text().contains(QLatin1String("No answer")));
    }

    // CI crashed (SIGSEGV) in the test after one that closed a view while its answer was still
    // being built: the worker looked for the view on its own thread, then posted to it after
    // the UI thread had deleted it.
    void closingAViewWhileItsAnswerIsBuiltIsSafe()
    {
        QTemporaryDir dir;
        HistoryStore history(dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_serverEndpoint.get());
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        m_bigBody = R"({"uuid":"33333333333333333333333333333333333333","tid":"closing",)"
                    R"("stuff":[)" +
                    QByteArray(64 * 1024, ' ') + "1]}";
        view.send();
        QVERIFY(finished.wait(5000));
        m_bigBody.clear();
        const DcsResult result = view.response()->result();
        QCOMPARE(result.response.tid, QStringLiteral("closing"));
        for (int i = 0; i < 60; ++i) {
            auto *closing = new ResponseWidget(&m_document);
            closing->showResult(result);
            if (i % 2)
                QCoreApplication::processEvents(); // some deliveries are already posted
            delete closing;
        }
        BackgroundPool::instance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        ResponseWidget kept(&m_document);
        kept.showResult(result);
        QTRY_VERIFY(!kept.isBusy());
        QCOMPARE(kept.result().response.tid, QStringLiteral("closing"));
    }

    void installedInMainWindow()
    {
        ConsoleServices services(&m_document);
        MainWindow window(&m_document);
        window.setSettingsEnabled(false);
        services.install(&window);
        QVERIFY(window.isViewAvailable(QStringLiteral("console")));
        QVERIFY(window.isViewAvailable(QStringLiteral("history")));
        QCOMPARE(window.view(QStringLiteral("console")), services.consoleView());
        // "Try in console" from a destination prepares a sandbox call for its segment.
        Q_EMIT window.tryInConsoleRequested(2001, {1001});
        QCOMPARE(services.consoleView()->builder()->region(), int(Profile::SandboxRegion));
        QCOMPARE(services.consoleView()->builder()->request().sid, QStringLiteral("1001"));
    }

    void tenMegabyteAnswerStaysResponsive()
    {
        QByteArray body = R"({"uuid":"1","dcs_region":7,"stuff":[)";
        int i = 0;
        while (body.size() < 10 * 1024 * 1024) {
            if (i)
                body.append(',');
            body.append(QStringLiteral(R"({"cn":"c%1","cv":"k=%1","ttl":30,"dmn":".x.com"})")
                            .arg(i++)
                            .toLatin1());
        }
        body.append("]}");
        m_bigBody = body;
        QTemporaryDir dir;
        HistoryStore history(dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_serverEndpoint.get());
        view.resize(1200, 800);
        view.show();
        // A 0 ms timer fires whenever the event loop runs: it must keep firing while the
        // answer is decoded and its views are built.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&ticks]() { ++ticks; });
        ticker.start();
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        const int offThreadBefore = ResponseWidget::buildsOffUiThread();
        view.send();
        QVERIFY(finished.wait(20000));
        QVERIFY(ticks > 0); // while the body arrived and was parsed on a worker
        m_bigBody.clear();
        ResponseWidget *r = view.response();
        QVERIFY(r->isBusy()); // the Decoded view is being built on a worker ...
        QTRY_VERIFY_WITH_TIMEOUT(!r->isBusy(), 20000);
        // ... on a worker thread, so the window keeps processing events meanwhile (how many
        // ticks land in that window depends on the machine's load; the thread does not).
        QVERIFY(ResponseWidget::buildsOffUiThread() > offThreadBefore);
        QTreeWidgetItem *cookies = findTop(r->decodedTree(), QStringLiteral("Cookie destinations"));
        QVERIFY(cookies);
        QCOMPARE(cookies->childCount(), ResponseWidget::MaxChildren + 1); // + "more not shown"

        // Pretty and Raw are built only when their tab is shown, off the UI thread, and show a
        // part of the body with a note that says how much and how to get the rest.
        QVERIFY(r->prettyView()->toPlainText().isEmpty());
        QVERIFY(r->rawView()->toPlainText().isEmpty());
        const QString total = QLocale().formattedDataSize(body.size());
        for (int tab : {int(ResponseWidget::PrettyTab), int(ResponseWidget::RawTab)}) {
            const int before = ResponseWidget::buildsOffUiThread();
            r->tabs()->setCurrentIndex(tab);
            QVERIFY(r->isBusy());
            QTRY_VERIFY_WITH_TIMEOUT(!r->isBusy(), 20000);
            QCOMPARE(ResponseWidget::buildsOffUiThread(), before + 1);
        }
        QVERIFY(r->prettyView()->toPlainText().size() > 0);
        QVERIFY(r->rawView()->toPlainText().size() > 0);
        QVERIFY(r->rawView()->toPlainText().size() < body.size());
        QVERIFY(!r->prettyNote()->isHidden());
        QVERIFY(!r->rawNote()->isHidden());
        for (QLabel *note : {r->prettyNote(), r->rawNote()}) {
            QVERIFY2(note->text().contains(QLatin1String("Showing the first")),
                     qPrintable(note->text()));
            QVERIFY2(note->text().contains(total), qPrintable(note->text()));
            QVERIFY(note->text().contains(QLatin1String("Save Body")));
        }
        // "Save Body…" writes every byte.
        const QString saved = dir.filePath(QStringLiteral("body.json"));
        QString error;
        QVERIFY2(r->saveBody(saved, &error), qPrintable(error));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), qint64(body.size()));
        // The history keeps the body up to its cap.
        QCOMPARE(history.entries().first().bodySize, qint64(body.size()));
        QVERIFY(history.entries().first().bodyCut);
    }

    void tabOrderFollowsReadingOrder()
    {
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_serverEndpoint.get());
        view.resize(1400, 900);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        RequestBuilderWidget *b = view.builder();
        b->addSignal(QStringLiteral("c_interest"), QStringLiteral("golf"));
        QSignalSpy finished(&view, &ConsoleView::callFinished);
        view.send(); // so the response views have something and Tab reaches them
        QVERIFY(finished.wait(5000));
        QTRY_VERIFY(!view.response()->isBusy());

        QWidget *first = view.findChild<QComboBox *>();
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QList<QWidget *> visited{first};
        for (int step = 0; step < 80; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            if (!w || w == first)
                break;
            visited.append(w);
        }
        const auto at = [&visited](QWidget *w) {
            for (int i = 0; i < visited.size(); ++i) {
                // A tab widget's focus goes to its tab bar.
                if (visited.at(i) == w || visited.at(i)->parentWidget() == w)
                    return i;
            }
            return -1;
        };
        const QList<QWidget *> expected{view.urlField(),
                                        b->profileCombo(),
                                        b->regionCombo(),
                                        b->userIdEdit(),
                                        b->signalTable(),
                                        b->declaredIdTable(),
                                        b->previewEdit(),
                                        view.sendButton(),
                                        view.runAsBatchButton(),
                                        view.response()->tabs(),
                                        view.response()->decodedTree()};
        int previous = -1;
        for (QWidget *w : expected) {
            const int index = at(w);
            QVERIFY2(index > previous, qPrintable(QStringLiteral("%1 at %2, after %3")
                                                      .arg(w->accessibleName())
                                                      .arg(index)
                                                      .arg(previous)));
            previous = index;
        }
        // Every widget Tab reaches has a name for screen readers.
        for (QWidget *w : visited) {
            QWidget *named = qobject_cast<QTabBar *>(w) ? w->parentWidget() : w;
            QVERIFY2(!named->accessibleName().isEmpty(), named->metaObject()->className());
        }
    }

    void keyCompleterOffersDocumentedKeys()
    {
        QStandardItemModel *model = DcsKeyDelegate::createKeyModel(this);
        QAbstractItemModelTester tester(model);
        QStringList keys;
        for (int row = 0; row < model->rowCount(); ++row)
            keys.append(model->item(row)->text());
        // Every documented d_ key of the DCS API reference, with its meaning as a tooltip.
        for (const char *key :
             {"d_caller",   "d_cb",     "d_cid",   "d_cid_ic",     "d_coppa", "d_cts",
              "d_dpid",     "d_dpuuid", "d_dst",   "d_dst_filter", "d_jsonv", "d_mid",
              "d_nsid",     "d_ptfm",   "d_rs",    "d_rtbd",       "d_sid",   "d_tdpid",
              "d_tdpid_ic", "d_uuid",   "d_orgid", "d_country",    "d_zx",    "d_device_model",
              "d_event",    "d_rd"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(!model->item(row)->toolTip().isEmpty(), qPrintable(keys.at(row)));
        const int uuid = int(keys.indexOf(QStringLiteral("d_uuid")));
        QVERIFY(model->item(uuid)->toolTip().contains(QLatin1String("User ID")));
        delete model;

        // The signal table's key editor completes with them.
        HistoryStore history(m_dir.path());
        ConsoleView view(&m_document, &m_client, &history, m_serverEndpoint.get());
        view.show();
        QTableWidget *table = view.builder()->signalTable();
        view.builder()->addSignal(QStringLiteral("d_"), QString());
        table->setCurrentCell(0, 0);
        table->editItem(table->item(0, 0));
        auto *edit = table->findChild<QLineEdit *>();
        QVERIFY(edit);
        QVERIFY(edit->completer());
        edit->completer()->setCompletionPrefix(QStringLiteral("d_cid"));
        QCOMPARE(edit->completer()->completionCount(), 2); // d_cid, d_cid_ic
    }

    void runAsBatchHandsOverTheRequest()
    {
        QTemporaryDir dir;
        ConsoleServices services(&m_document);
        MainWindow window(&m_document);
        window.setSettingsEnabled(false);
        services.install(&window);
        window.show();
        ConsoleView *console = services.consoleView();
        window.showView(QStringLiteral("console"));
        console->builder()->addSignal(QStringLiteral("c_interest"), QStringLiteral("golf"));
        console->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        console->urlField()->setFocus();
        QTest::keyClick(console->urlField(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.currentViewId(), QStringLiteral("batch"));
        auto *batch = qobject_cast<BatchView *>(window.view(QStringLiteral("batch")));
        QVERIFY(batch);
        auto *templateCombo = batch->findChild<QComboBox *>(QStringLiteral("templateCombo"));
        QVERIFY(templateCombo);
        QCOMPARE(templateCombo->currentData().toString(), QStringLiteral("console"));
        QVERIFY(window.statusBar()->currentMessage().isEmpty());

        // A region picked in the console is not the batch's target: the window says so.
        window.showView(QStringLiteral("console"));
        console->builder()->setRegion(9);
        console->runAsBatch();
        QCOMPARE(window.currentViewId(), QStringLiteral("batch"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("not the region")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

private:
    QTemporaryDir m_dir;
    WorkspaceDocument m_document;
    DcsClient m_client;
    test::TestHttpServer m_server;
    std::unique_ptr<FixedSandboxEndpoint> m_serverEndpoint;
    std::unique_ptr<SandboxServiceEndpoint> m_endpoint;
    QByteArray m_bigBody;
};

QTEST_MAIN(TstConsoleView)
#include "tst_consoleview.moc"
