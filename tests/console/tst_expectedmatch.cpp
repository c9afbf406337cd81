#include "dcs/dcsrequest.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/dcsresponsedecoder.h"
#include "console/expectedvsactual.h"
#include "console/responseoutline.h"
#include "firing/firedurlmatch.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QtTest>

using namespace dcsdesk;
using Status = ExpectedVsActual::Status;

// Issue 16 (1): "Match" means match. A URL destination in the answer is compared with the URL
// the destination's template gives, by content: the cache-busting value may differ and a
// serialized list may come in another order, but another segment list, a missing or extra
// parameter or another address is a difference, and the difference is named. The template and
// values are Adobe's documented serialized example (destination-macros, "How URL destinations
// fire") and the issue's report.
class TestExpectedMatch : public QObject
{
    Q_OBJECT

    static FiredUrlMatch::Expected serialized()
    {
        FiredUrlMatch::Expected e;
        e.urlTemplate = QStringLiteral("https://www.myCompany.com/seg?s=%ALIAS%&r=%rnd%");
        e.aliases = QStringList{QStringLiteral("123"), QStringLiteral("456")};
        e.delimiter = QStringLiteral(",");
        e.context.rnd = QStringLiteral("0");
        return e;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void urlsMatchByContent_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("difference"); // empty: a match
        QTest::newRow("Adobe's example") << "https://www.myCompany.com/seg?s=123,456&r=8823417" << "";
        QTest::newRow("another order") << "https://www.myCompany.com/seg?s=456,123&r=1" << "";
        QTest::newRow("encoded comma") << "https://www.myCompany.com/seg?s=123%2C456&r=1" << "";
        QTest::newRow("parameters in another order")
            << "https://www.myCompany.com/seg?r=5&s=123,456" << "";
        QTest::newRow("other segments")
            << "https://www.myCompany.com/seg?s=7777&r=42"
            << "Parameter s: the segment values should be 123, 456, the answer has 7777.";
        QTest::newRow("one segment short")
            << "https://www.myCompany.com/seg?s=123&r=42"
            << "Parameter s: the segment values should be 123, 456, the answer has 123.";
        QTest::newRow("no cache buster") << "https://www.myCompany.com/seg?s=123,456"
                                         << "Parameter r is missing.";
        QTest::newRow("extra parameter")
            << "https://www.myCompany.com/seg?s=123,456&r=1&debug=1"
            << "Parameter debug is not in the destination's URL.";
        QTest::newRow("other host")
            << "https://www.other.example/seg?s=123,456&r=1"
            << "Address: expected \u201Chttps://www.myCompany.com/seg\u201D, the answer has "
               "\u201Chttps://www.other.example/seg\u201D.";
    }
    void urlsMatchByContent()
    {
        QFETCH(QString, actual);
        QFETCH(QString, difference);
        const QStringList differences = FiredUrlMatch::differences(serialized(), actual);
        if (difference.isEmpty())
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('|'))));
        else
            QCOMPARE(differences, QStringList{difference});
    }

    void otherMacrosMustHaveTheirValues()
    {
        FiredUrlMatch::Expected e;
        e.urlTemplate = QStringLiteral("%http_proto%://px.example.com/p/%ALIAS%?uid=%did%&"
                                       "ts=%timestamp%&crm=%dpid_1234%&g=${GDPR}");
        e.aliases = QStringList{QStringLiteral("1005")};
        e.context.uuid = QStringLiteral("07270592370417651280426012736478612345");
        e.context.declaredIds.insert(QStringLiteral("1234"), QStringLiteral("CustomerABC"));
        const QString good = QStringLiteral("http://px.example.com/p/1005?uid="
                                            "07270592370417651280426012736478612345&ts=1764806400"
                                            "&crm=CustomerABC&g=1");
        QVERIFY2(FiredUrlMatch::differences(e, good).isEmpty(),
                 qPrintable(FiredUrlMatch::differences(e, good).join(QLatin1Char('|'))));
        QString wrong = good;
        wrong.replace(QStringLiteral("CustomerABC"), QStringLiteral("Someone"));
        wrong.replace(QStringLiteral("/p/1005"), QStringLiteral("/p/1006"));
        const QStringList differences = FiredUrlMatch::differences(e, wrong);
        QCOMPARE(differences.size(), 2);
        QVERIFY(differences[0].startsWith(QStringLiteral("Address:")));
        QVERIFY(differences[1].contains(QStringLiteral("CustomerABC")));
    }

    // The report: expected ...?s=1001,1002&r=0, answered ...?s=7777&r=42, shown "Match".
    void theConsoleNoLongerCallsAnotherUrlAMatch()
    {
        const Workspace ws = test::sampleWorkspace();
        DcsRequest request;
        request.destinations = true;
        request.cts = 2;
        request.sid = QStringLiteral("1001,1002");
        const auto answer = [&](const QString &query) {
            const QByteArray body = QStringLiteral(
                "{\"stuff\":[],\"dests\":[{\"id\":\"2001\",\"c\":\"http://ads.example.com/seg?%1\","
                "\"e\":\"https://ads.example.com/seg?%1\"}],\"uuid\":\"1\",\"dcs_region\":7,"
                "\"segments\":[1001,1002]}").arg(query).toUtf8();
            const DcsResponse response = DcsResponseDecoder::decode(
                200, {}, body, DcsResponseDecoder::expectationFor(request));
            for (const ExpectedVsActual::Row &row :
                 ExpectedVsActual::compare(ws, DcsRequestBuilder::prepare(ws.profiles.value(0),
                                                                          request),
                                           response, QDate(2026, 6, 1))
                     .rows) {
                if (row.destinationId == 2001)
                    return row;
            }
            return ExpectedVsActual::Row();
        };
        ExpectedVsActual::Row row = answer(QStringLiteral("s=7777&r=42"));
        QCOMPARE(row.status, Status::Different);
        QVERIFY2(row.reason.contains(QStringLiteral("1001, 1002, the answer has 7777")),
                 qPrintable(row.reason));
        row = answer(QStringLiteral("s=1002,1001&r=42"));
        QCOMPARE(row.status, Status::Match);
        QVERIFY2(row.reason.contains(QStringLiteral("%rnd%")), qPrintable(row.reason));
    }

    // Issue 16 (8): "Errors: 0" in green on a 503 said the call went well.
    void noErrorCodeOnAFailedCallIsNotGoodNews()
    {
        const auto errorsNode = [](int status) {
            DcsRequest request;
            const DcsResponse response = DcsResponseDecoder::decode(
                status, {}, "{}", DcsResponseDecoder::expectationFor(request));
            for (const OutlineNode &node : ResponseOutline::build(response, nullptr, 100)) {
                if (node.label == QStringLiteral("Errors"))
                    return node;
            }
            return OutlineNode();
        };
        QCOMPARE(errorsNode(200).tone, OutlineNode::Tone::Good);
        const OutlineNode failed = errorsNode(503);
        QCOMPARE(failed.tone, OutlineNode::Tone::Warning);
        QVERIFY2(failed.detail.contains(QStringLiteral("503")), qPrintable(failed.detail));
    }

    // Issue 16 (8): "Unknown fields: 0" stood next to a listed ibs.
    void theUnknownFieldsCountWhatTheyList()
    {
        DcsRequest request;
        const DcsResponse response = DcsResponseDecoder::decode(
            200, {}, "{\"uuid\":\"1\",\"ibs\":[{\"id\":\"x\"}],\"extra\":1}",
            DcsResponseDecoder::expectationFor(request));
        for (const OutlineNode &node : ResponseOutline::build(response, nullptr, 100)) {
            if (node.label == QStringLiteral("Unknown fields")) {
                QCOMPARE(node.children.size(), 2);
                QVERIFY2(node.value.startsWith(QStringLiteral("2 ")), qPrintable(node.value));
                return;
            }
        }
        QFAIL("no Unknown fields node");
    }

    void aSerializedCookieInAnotherOrderMatches()
    {
        const Workspace ws = test::sampleWorkspace();
        DcsRequest request;
        request.cts = 2;
        request.sid = QStringLiteral("1001,1002");
        const auto rowFor = [&](const QString &value) {
            const QByteArray body =
                QStringLiteral("{\"stuff\":[{\"cn\":\"aam_gpt\",\"cv\":\"%1\",\"ttl\":30,"
                               "\"dmn\":\"\"}],\"uuid\":\"1\",\"segments\":[1001,1002]}")
                    .arg(value)
                    .toUtf8();
            const DcsResponse response = DcsResponseDecoder::decode(
                200, {}, body, DcsResponseDecoder::expectationFor(request));
            for (const ExpectedVsActual::Row &row :
                 ExpectedVsActual::compare(ws, DcsRequestBuilder::prepare(ws.profiles.value(0),
                                                                          request),
                                           response, QDate(2026, 6, 1))
                     .rows) {
                if (row.destinationId == 2006)
                    return row;
            }
            return ExpectedVsActual::Row();
        };
        QCOMPARE(rowFor(QStringLiteral("aamsegs=1001,1002")).status, Status::Match);
        QCOMPARE(rowFor(QStringLiteral("aamsegs=1002,1001")).status, Status::Match);
        QCOMPARE(rowFor(QStringLiteral("aamsegs=1001")).status, Status::Different);
        QCOMPARE(rowFor(QStringLiteral("other=1001,1002")).status, Status::Different);
    }
};

QTEST_GUILESS_MAIN(TestExpectedMatch)
#include "tst_expectedmatch.moc"
