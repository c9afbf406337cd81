#include "console/expectedvsactual.h"
#include "console/jsonpretty.h"
#include "console/savedrequests.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/dcsresponsedecoder.h"
#include "history/historylistmodel.h"
#include "history/historystore.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

class TstConsoleModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void prettyKeepsOrderAndNumbers()
    {
        const QByteArray json =
            R"({"uuid":"1","z":12345678901234567890123456789012345678,"a":[],"s":"x,{y}"})";
        const JsonPretty::Result r = JsonPretty::format(json);
        QVERIFY(!r.cut);
        QVERIFY(r.text.indexOf(QLatin1String("\"uuid\"")) < r.text.indexOf(QLatin1String("\"z\"")));
        QVERIFY(r.text.contains(QLatin1String("12345678901234567890123456789012345678")));
        QVERIFY(r.text.contains(QLatin1String("\"a\": []")));
        QVERIFY(r.text.contains(QLatin1String("\"s\": \"x,{y}\"")));
        const JsonPretty::Result cut = JsonPretty::format(json, 10);
        QVERIFY(cut.cut);
        QCOMPARE(cut.inputBytes, 10);
    }

    void breakLongLinesForDisplay()
    {
        bool broken = true;
        QCOMPARE(JsonPretty::breakLongLines(QStringLiteral("short\nlines"), 100, &broken),
                 QStringLiteral("short\nlines"));
        QVERIFY(!broken);
        QString line;
        for (int i = 0; i < 300; ++i)
            line += QStringLiteral("{\"cn\":\"c%1\"},").arg(i);
        const QString text = QStringLiteral("head\n") + line + QStringLiteral("\ntail");
        const QString out = JsonPretty::breakLongLines(text, 200, &broken);
        QVERIFY(broken);
        QString joined = out;
        joined.remove(QLatin1Char('\n'));
        QString original = text;
        original.remove(QLatin1Char('\n'));
        QCOMPARE(joined, original); // nothing lost or changed, only line breaks added
        const QStringList lines = out.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("head"));
        QCOMPARE(lines.last(), QStringLiteral("tail"));
        for (int i = 1; i < lines.size() - 1; ++i) {
            QVERIFY(lines.at(i).size() <= 200);
            if (i < lines.size() - 2)
                QVERIFY(lines.at(i).endsWith(QLatin1Char(','))); // broken after a comma
        }
        // No comma: a hard break at the limit.
        const QString digits(1000, QLatin1Char('7'));
        QCOMPARE(JsonPretty::breakLongLines(digits, 300).split(QLatin1Char('\n')).size(), 4);
    }

    static PreparedRequest sentTo(const Workspace &ws, const DcsRequest &request)
    {
        return DcsRequestBuilder::prepare(ws.profiles.value(0), request);
    }

    static const ExpectedVsActual::Row *rowOf(const ExpectedVsActual::Result &r,
                                              ExpectedVsActual::Kind kind, qint64 id)
    {
        for (const auto &row : r.rows) {
            const qint64 rowId =
                kind == ExpectedVsActual::Kind::Segment ? row.sids.value(0) : row.destinationId;
            if (row.kind == kind && rowId == id)
                return &row;
        }
        return nullptr;
    }

    void expectedVsActual()
    {
        const Workspace ws = test::sampleWorkspace();
        DcsRequest request;
        request.destinations = true;
        request.cts = 2;
        request.signalList.append({QStringLiteral("c_interest"), {QStringLiteral("golf")}});
        // The answer has the GPT cookie, an unknown cookie, and no URL destination.
        const QByteArray body =
            R"({"stuff":[{"cn":"aam_gpt","cv":"x","ttl":30,"dmn":""},{"cn":"other","cv":"1"}],)"
            R"("dests":[],"uuid":"1","dcs_region":7,"segments":[1001]})";
        const DcsResponse response =
            DcsResponseDecoder::decode(200, {}, body, DcsResponseDecoder::expectationFor(request));
        const ExpectedVsActual::Result r =
            ExpectedVsActual::compare(ws, sentTo(ws, request), response);
        QVERIFY(r.answerSegments);
        QCOMPARE(r.segments, QVector<qint64>{1001}); // from the rule c_interest == "golf"
        QCOMPARE(rowOf(r, ExpectedVsActual::Kind::Segment, 1001)->status,
                 ExpectedVsActual::Status::Match);
        QCOMPARE(r.count(ExpectedVsActual::Status::Unexpected), 1);
        QVERIFY(r.count(ExpectedVsActual::Status::Missing) >= 2); // 2001 URL, 2008 cookie
        QCOMPARE(rowOf(r, ExpectedVsActual::Kind::Cookie, 2006)->status,
                 ExpectedVsActual::Status::Different);
        for (const auto &row : r.rows) {
            if (row.status == ExpectedVsActual::Status::Missing)
                QVERIFY2(row.reason.contains(QLatin1String("c_interest == \"golf\"")),
                         qPrintable(row.reason));
        }

        // An expired mapping is "not expected", with the reason.
        Workspace expired = ws;
        for (SegmentMapping &m : expired.mappings) {
            if (m.sid == 1001 && m.destinationId == 2008)
                m.endDate = QDate(2025, 6, 1);
        }
        expired.rebuildIndex();
        const auto r2 = ExpectedVsActual::compare(expired, sentTo(expired, request), response);
        const auto *row2008 = rowOf(r2, ExpectedVsActual::Kind::Cookie, 2008);
        QVERIFY(row2008);
        QCOMPARE(row2008->status, ExpectedVsActual::Status::NotExpected);
        QVERIFY(row2008->reason.contains(QLatin1String("expired")));

        // Without segments in the answer, d_sid still qualifies; a note says how to compare them.
        request.signalList.clear();
        request.sid = QStringLiteral("1001");
        const DcsResponse noSegments = DcsResponseDecoder::decode(
            200, {}, R"({"stuff":[],"uuid":"1"})", DcsResponseDecoder::expectationFor(request));
        const auto bySid = ExpectedVsActual::compare(ws, sentTo(ws, request), noSegments);
        QCOMPARE(bySid.segments, QVector<qint64>{1001});
        QVERIFY(!bySid.answerSegments);
        QVERIFY(bySid.note.contains(QLatin1String("d_cts=2")));
        request.sid.clear();
        QVERIFY(ExpectedVsActual::compare(ws, sentTo(ws, request), noSegments).segments.isEmpty());
    }

    // The expectation comes from the workspace's rules, never from the segments the answer lists:
    // a segment the DCS lists whose rule is false for the call is unexpected, and so is its
    // destination, each naming the rule.
    void aSegmentTheRulesDoNotQualifyIsUnexpected()
    {
        const Workspace ws = test::sampleWorkspace();
        DcsRequest request;
        request.cts = 2;
        request.signalList.append({QStringLiteral("c_interest"), {QStringLiteral("golf")}});
        const QByteArray body =
            R"({"stuff":[{"cn":"aam_gpt","cv":"aamsegs=1001,1002","ttl":30,"dmn":""}],)"
            R"("uuid":"1","segments":[1001,1002]})";
        const DcsResponse response =
            DcsResponseDecoder::decode(200, {}, body, DcsResponseDecoder::expectationFor(request));
        const auto r =
            ExpectedVsActual::compare(ws, sentTo(ws, request), response, QDate(2026, 6, 1));
        const auto *tennis = rowOf(r, ExpectedVsActual::Kind::Segment, 1002);
        QVERIFY(tennis);
        QCOMPARE(tennis->status, ExpectedVsActual::Status::Unexpected);
        QVERIFY2(tennis->reason.contains(QLatin1String("c_interest == \"tennis\" is false")),
                 qPrintable(tennis->reason));
        QCOMPARE(tennis->destinationName, QStringLiteral("Tennis enthusiasts"));
        // The cookie holds 1002 too: another value than the workspace predicts for this call.
        const auto *gpt = rowOf(r, ExpectedVsActual::Kind::Cookie, 2006);
        QCOMPARE(gpt->status, ExpectedVsActual::Status::Different);
        QVERIFY2(gpt->reason.startsWith(QLatin1String("The answer also has 1002,")),
                 qPrintable(gpt->reason));

        // Both qualify when the call sends both values (a serialized signal).
        request.signalList[0].values = {QStringLiteral("golf"), QStringLiteral("tennis")};
        const auto both =
            ExpectedVsActual::compare(ws, sentTo(ws, request), response, QDate(2026, 6, 1));
        QCOMPARE(both.segments, (QVector<qint64>{1001, 1002}));
        QCOMPARE(both.count(ExpectedVsActual::Status::Unexpected), 0);
        QCOMPARE(rowOf(both, ExpectedVsActual::Kind::Cookie, 2006)->status,
                 ExpectedVsActual::Status::Match);
    }

    // An ID sync, /id or opt-out answer has no segments or destinations: nothing is "missing".
    void otherEndpointsAreNotCompared()
    {
        const Workspace ws = test::sampleWorkspace();
        DcsRequest request;
        request.path = QStringLiteral("/demoptout.jpg");
        request.signalList.append({QStringLiteral("c_interest"), {QStringLiteral("golf")}});
        const DcsResponse response = DcsResponseDecoder::decode(
            200, {{"Content-Type", "image/jpeg"}}, QByteArray("\xFF\xD8\xFF", 3),
            DcsResponseDecoder::expectationFor(request));
        const auto r = ExpectedVsActual::compare(ws, sentTo(ws, request), response);
        QVERIFY(r.rows.isEmpty());
        QVERIFY(!r.compared);
        QVERIFY2(r.note.contains(QLatin1String("/demoptout.jpg")), qPrintable(r.note));

        // An opted-out user (171) gets nothing: not "missing" destinations.
        DcsRequest event;
        event.cts = 2;
        event.signalList.append({QStringLiteral("c_interest"), {QStringLiteral("golf")}});
        const DcsResponse optedOut = DcsResponseDecoder::decode(
            200, {}, R"({"stuff":[],"errors":[{"code":171,"msg":"Encountered opt out tag"}]})",
            DcsResponseDecoder::expectationFor(event));
        QVERIFY(optedOut.optedOut);
        const auto none = ExpectedVsActual::compare(ws, sentTo(ws, event), optedOut);
        QVERIFY(none.rows.isEmpty());
        QVERIFY2(none.note.contains(QLatin1String("171")), qPrintable(none.note));
        QVERIFY2(r.note.contains(QLatin1String("/demoptout.jpg")), qPrintable(r.note));
    }

    // Headers are signals too (h_accept-language), the same ones the sandbox reads.
    void aHeaderRuleQualifiesFromTheHeadersSent()
    {
        Workspace ws = test::sampleWorkspace();
        Segment german;
        german.sid = 1999;
        german.name = QStringLiteral("German speakers");
        german.rule = QStringLiteral("h_accept-language startswith \"de\"");
        ws.segments.append(german);
        ws.rebuildIndex();
        DcsRequest request;
        request.cts = 2;
        const DcsResponse response = DcsResponseDecoder::decode(
            200, {}, R"({"stuff":[],"uuid":"1","segments":[]})",
            DcsResponseDecoder::expectationFor(request));
        QVERIFY(ExpectedVsActual::compare(ws, sentTo(ws, request), response).segments.isEmpty());
        request.headers.append({QStringLiteral("Accept-Language"), QStringLiteral("de-DE")});
        const auto r = ExpectedVsActual::compare(ws, sentTo(ws, request), response);
        QCOMPARE(r.segments, QVector<qint64>{1999});
        QCOMPARE(rowOf(r, ExpectedVsActual::Kind::Segment, 1999)->status,
                 ExpectedVsActual::Status::Missing);
    }

    // A destination for another platform than the call's d_ptfm is not expected, and says so.
    void anotherPlatformIsNotExpected()
    {
        Workspace ws = test::sampleWorkspace();
        for (Destination &d : ws.destinations) {
            if (d.id == 2001)
                d.platform = Destination::Platform::Browser;
        }
        ws.rebuildIndex();
        DcsRequest request;
        request.destinations = true;
        request.sid = QStringLiteral("1001");
        request.platform = QStringLiteral("ios");
        const DcsResponse response = DcsResponseDecoder::decode(
            200, {}, R"({"stuff":[],"dests":[],"uuid":"1"})",
            DcsResponseDecoder::expectationFor(request));
        const auto r =
            ExpectedVsActual::compare(ws, sentTo(ws, request), response, QDate(2026, 6, 1));
        const auto *url = rowOf(r, ExpectedVsActual::Kind::Url, 2001);
        QVERIFY(url);
        QCOMPARE(url->status, ExpectedVsActual::Status::NotExpected);
        QVERIFY2(url->reason.contains(QLatin1String("d_ptfm=ios")), qPrintable(url->reason));
    }

    void savedRequestsUndo()
    {
        WorkspaceDocument doc;
        Workspace ws = test::sampleWorkspace();
        ws.savedRequests = QJsonArray(); // the sample ships saved requests with checks
        doc.reset(ws);
        DcsRequest r;
        r.name = QStringLiteral("golf");
        r.signalList.append({QStringLiteral("c_interest"), {QStringLiteral("golf")}});
        doc.apply(SavedRequests::save(doc.workspace(), r), QStringLiteral("save"));
        QCOMPARE(SavedRequests::list(doc.workspace()).size(), 1);
        QCOMPARE(SavedRequests::list(doc.workspace()).first(), r);
        r.sid = QStringLiteral("1");
        doc.apply(SavedRequests::save(doc.workspace(), r), QStringLiteral("save again"));
        QCOMPARE(SavedRequests::list(doc.workspace()).size(), 1); // replaced by name
        doc.undo();
        QVERIFY(SavedRequests::list(doc.workspace()).first().sid.isEmpty());
        doc.undo();
        QVERIFY(SavedRequests::list(doc.workspace()).isEmpty());
        doc.redo();
        QCOMPARE(SavedRequests::list(doc.workspace()).size(), 1);
        doc.apply(SavedRequests::remove(doc.workspace(), QStringLiteral("golf")),
                  QStringLiteral("delete"));
        QVERIFY(SavedRequests::list(doc.workspace()).isEmpty());
    }

    void historyPersistsMasksSearchesPrunes()
    {
        QTemporaryDir dir;
        Profile profile;
        profile.name = QStringLiteral("Sample");
        profile.alias = QStringLiteral("sample");
        profile.customBaseUrl = QStringLiteral("http://127.0.0.1:1");
        DcsRequest request;
        request.userId = QStringLiteral("12345678901234567890123456789012345678");
        request.signalList.append({QStringLiteral("p_age"), {QStringLiteral("23")}});
        request.signalList.append({QStringLiteral("c_interest"), {QStringLiteral("golf")}});
        DcsResult result;
        result.outcome = DcsResult::Outcome::Response;
        result.request = DcsRequestBuilder::prepare(profile, request);
        result.httpStatus = 200;
        result.hasResponse = true;
        result.body = R"({"uuid":"777","errors":[{"code":171,"msg":"opt out"}]})";
        result.response = DcsResponseDecoder::decode(200, {}, result.body, {});
        QVERIFY(result.request.urlText.contains("p_age=23"));
        {
            HistoryStore store(dir.path());
            QVERIFY(store.load());
            QVERIFY(store.record(profile, result));
            DcsResult failed = result;
            failed.outcome = DcsResult::Outcome::NetworkError;
            failed.hasResponse = false;
            failed.httpStatus = 0;
            failed.body.clear();
            failed.networkError = QStringLiteral("Connection refused");
            QVERIFY(store.record(profile, failed));
        }
        HistoryStore store(dir.path());
        QVERIFY(store.load());
        QCOMPARE(store.entries().size(), 2);
        const HistoryEntry &e = store.entries().first();
        QVERIFY(e.privateMasked);
        QVERIFY(!e.url.contains(QLatin1String("p_age=23")));
        QVERIFY(e.url.contains(QLatin1String("c_interest=golf")));
        QCOMPARE(e.request.signalList.first().values,
                 QStringList{QString::fromLatin1(HistoryEntry::PrivateMask)});
        QCOMPARE(e.body, result.body);
        QCOMPARE(e.errorCodes, QVector<int>{171});
        QCOMPARE(store.entries().last().outcome, QStringLiteral("network-error"));
        QVERIFY(!store.entries().last().error.isEmpty());

        HistoryListModel model(&store);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 2);
        model.setQuery(QStringLiteral("error:171"));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("uuid:777 alias:sample"));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("status:200"));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("golf"));
        QCOMPARE(model.rowCount(), 2);
        model.setQuery(QStringLiteral("nothing-like-this"));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QString());

        // Opt-in keeps p_ values.
        HistoryStore::Options options = store.options();
        options.keepPrivateValues = true;
        options.maxEntries = 3;
        store.setOptions(options);
        QVERIFY(store.record(profile, result));
        QVERIFY(store.entries().last().url.contains(QLatin1String("p_age=23")));
        QCOMPARE(model.rowCount(), 3);
        // Pruning past the limit keeps the newest.
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.record(profile, result));
        QVERIFY(store.entries().size() <= 4);
        const QString newest = store.entries().last().id;
        QVERIFY(store.remove(newest));
        QCOMPARE(store.indexOf(newest), -1);
        HistoryStore again(dir.path());
        QVERIFY(again.load());
        QCOMPARE(again.entries().size(), store.entries().size());
        QVERIFY(store.clear());
        QCOMPARE(model.rowCount(), 0);
        HistoryStore cleared(dir.path());
        QVERIFY(cleared.load());
        QVERIFY(cleared.entries().isEmpty());
    }

    // Issue 15 (8): credentials never reach the history file, which only its user can read.
    void historyKeepsNoCredentialsAndIsPrivate()
    {
        QTemporaryDir dir;
        Profile profile;
        profile.name = QStringLiteral("Staging");
        profile.alias = QStringLiteral("sample");
        profile.customBaseUrl = QStringLiteral("http://ops:hunter2@127.0.0.1:1");
        DcsRequest request;
        request.userId = QStringLiteral("12345678901234567890123456789012345678");
        request.headers.append({QStringLiteral("Cookie"), QStringLiteral("demdex=SECRETCOOKIE")});
        request.headers.append({QStringLiteral("authorization"), QStringLiteral("Bearer SECRETTOKEN")});
        request.headers.append({QStringLiteral("Proxy-Authorization"), QStringLiteral("Basic SECRETPROXY")});
        request.headers.append({QStringLiteral("X-Trace"), QStringLiteral("kept")});
        DcsResult result;
        result.outcome = DcsResult::Outcome::Response;
        result.request = DcsRequestBuilder::prepare(profile, request);
        result.httpStatus = 204;
        {
            HistoryStore store(dir.path());
            QVERIFY(store.load());
            QVERIFY(store.record(profile, result));
        }
        QFile file(dir.filePath(QStringLiteral("history.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        for (const char *secret : {"SECRETCOOKIE", "SECRETTOKEN", "SECRETPROXY", "hunter2"})
            QVERIFY2(!stored.contains(secret), secret);
        QVERIFY(stored.contains("X-Trace"));
        QVERIFY(stored.contains("kept"));
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QFileDevice::Permissions folder = QFileInfo(dir.path()).permissions();
        QVERIFY(!(folder & (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup)));

        HistoryStore store(dir.path());
        QVERIFY(store.load());
        const HistoryEntry &e = store.entries().first();
        QCOMPARE(e.maskedSecrets, QStringList({"Cookie", "Authorization", "Proxy-Authorization",
                                               "URL password"}));
        QCOMPARE(e.profile().customBaseUrl, QStringLiteral("http://ops@127.0.0.1:1"));
        QCOMPARE(e.request.headers.at(3).value, QStringLiteral("kept"));
        QCOMPARE(e.request.headers.at(0).value, QString::fromLatin1(HistoryEntry::SecretMask));
    }

    void historySkipsBrokenLines()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("history.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"id\":\"a\",\"time\":\"2026-01-01T00:00:00.000Z\",\"status\":200,"
                "\"outcome\":\"response\"}\n{broken\n");
        f.close();
        HistoryStore store(dir.path());
        QVERIFY(store.load());
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(store.skippedLines(), 1);
        QVERIFY(store.clear());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("history.jsonl.bak"))));
    }
};

QTEST_GUILESS_MAIN(TstConsoleModels)
#include "tst_consolemodels.moc"
