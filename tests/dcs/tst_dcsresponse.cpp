#include "console/responseoutline.h"
#include "dcs/dcserrorcatalog.h"
#include "dcs/dcsresponsedecoder.h"
#include "domain/profile.h"
#include "domain/region.h"
#include "testworkspace.h"

#include <QFile>
#include <QtTest>

using namespace dcsdesk;

namespace {

using Expect = DcsResponseDecoder::Expectation;

DcsResponse decode(const QByteArray &body, int status = 200, const HeaderList &headers = {},
                   const Expect &expect = Expect())
{
    return DcsResponseDecoder::decode(status, headers, body, expect);
}

bool hasNote(const DcsResponse &r, const QString &code)
{
    for (const ResponseNote &n : r.notes) {
        if (n.code == code)
            return true;
    }
    return false;
}

QStringList noteCodes(const DcsResponse &r)
{
    QStringList out;
    for (const ResponseNote &n : r.notes)
        out << n.code;
    return out;
}

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(DCSDESK_SOURCE_DIR "/tests/dcs/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

// domain.md §2.2, §2.3 and §2.5, copied exactly into tests/dcs/data.
const QByteArray kBasic = sample("basic-response.json");
const QByteArray kWithCts = sample("cts-response.json");
const QByteArray kComposite = sample("composite-response.json");
const QByteArray kErrors = sample("error-response.json");

} // namespace

class TestDcsResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void basicExample();
    void ctsExample();
    void compositeExample();
    void errorExample();
    void xErrorMerged();
    void xErrorOnly();
    void optOut();
    void jsonp_data();
    void jsonp();
    void noData_data();
    void noData();
    void htmlErrorPage();
    void invalidJson();
    void unknownKeysKept();
    void uuidAsNumber();
    void idsThatAreNotWholeNumbers();
    void regionTable_data();
    void regionTable();
    void sandboxRegion();
    void rawBytesKept();
    void largeBody();
    void errorTableComplete();
    void errorExplanationsTranslatedText();
    void toJson();
    void idServiceAnswer();
    void idSyncAndOptOutAnswers();
};

void TestDcsResponse::basicExample()
{
    const DcsResponse r = decode(kBasic);
    QCOMPARE(r.format, DcsResponse::Format::Json);
    QVERIFY(r.parsed);
    QCOMPARE(r.uuid, QStringLiteral("22920112968019678612904394744954398990"));
    QCOMPARE(r.dcsRegion, 7);
    QVERIFY(r.region());
    QCOMPARE(r.region()->host, QStringLiteral("use.demdex.net"));
    QCOMPARE(r.region()->location(), QStringLiteral("US East (Virginia, USA)"));
    QCOMPARE(r.tid, QStringLiteral("31ZpxW5bQGc="));
    QVERIFY(r.stuff.isEmpty());
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.keyOrder, (QStringList{"stuff", "uuid", "dcs_region", "tid"}));
    QVERIFY2(!r.hasProblems(), qPrintable(noteCodes(r).join(',')));
    QVERIFY(!r.hasTraits);
}

void TestDcsResponse::ctsExample()
{
    const DcsResponse r = decode(kWithCts);
    QVERIFY(r.hasTraits && r.hasSegments);
    QCOMPARE(r.traits, (QVector<qint64>{420020, 5421506}));
    QCOMPARE(r.segments, (QVector<qint64>{984263, 985264}));
    QCOMPARE(r.tid, QStringLiteral("ss3OTqPiQp0="));
    QCOMPARE(r.keyOrder, (QStringList{"stuff", "uuid", "dcs_region", "traits", "segments", "tid"}));
}

void TestDcsResponse::compositeExample()
{
    const DcsResponse r = decode(kComposite);
    QCOMPARE(r.stuff.size(), 1);
    QCOMPARE(r.stuff.first().name, QStringLiteral("adobe"));
    QCOMPARE(r.stuff.first().value, QStringLiteral("k=123#456"));
    QCOMPARE(r.stuff.first().ttl.toInt(), 30);
    QCOMPARE(r.stuff.first().domain, QStringLiteral(".example.com"));
    QCOMPARE(r.dests.size(), 1);
    const UrlDestination d = r.dests.first();
    QCOMPARE(d.id, QStringLiteral("4034"));
    QCOMPARE(d.tag, QStringLiteral("img"));
    QCOMPARE(d.url, QStringLiteral("http://www.adobe.com/send?data=123,456"));
    QCOMPARE(d.secureUrl, QStringLiteral("https://www.adobe.com/send?data=123,456"));
    QCOMPARE(r.dcsRegion, 9);
    QCOMPARE(r.region()->host, QStringLiteral("usw2.demdex.net"));
}

void TestDcsResponse::errorExample()
{
    const DcsResponse r = decode(kErrors);
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors.at(0).code, 101);
    QCOMPARE(r.errors.at(0).serverMessage, QStringLiteral("Invalid Experience Cloud id passed in"));
    QVERIFY(r.errors.at(0).inBody);
    QVERIFY(!r.errors.at(0).inHeader);
    QVERIFY(r.errors.at(0).info());
    QCOMPARE(r.errors.at(1).code, 102);
    QVERIFY(r.hasProblems());
    QVERIFY(hasNote(r, QStringLiteral("response.no-uuid")));
}

void TestDcsResponse::xErrorMerged()
{
    const DcsResponse r = decode(kErrors, 200, {{"X-Error", "101,102"}, {"x-error", "311"}});
    QCOMPARE(r.errors.size(), 3);
    QVERIFY(r.errors.at(0).inBody && r.errors.at(0).inHeader);
    QVERIFY(r.errors.at(1).inBody && r.errors.at(1).inHeader);
    QCOMPARE(r.errors.at(2).code, 311);
    QVERIFY(!r.errors.at(2).inBody);
    QVERIFY(r.errors.at(2).inHeader);
    // Repeated codes (309 once per dropped ID) stay separate.
    const DcsResponse dup =
        decode("{\"errors\":[{\"code\":309,\"msg\":\"a\"},{\"code\":309,\"msg\":\"b\"}]}", 200,
               {{"X-Error", "309, 309, oops"}});
    QCOMPARE(dup.errors.size(), 2);
    QVERIFY(dup.errors.at(1).inHeader);
    QVERIFY(hasNote(dup, QStringLiteral("response.x-error-invalid")));
}

void TestDcsResponse::xErrorOnly()
{
    const DcsResponse r = decode(QByteArray(), 200, {{"X-Error", "311"}});
    QCOMPARE(r.format, DcsResponse::Format::Empty);
    QVERIFY(r.ignored);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().code, 311);
    QVERIFY(r.errors.first().explanation().contains(QStringLiteral("ignores the whole request")));
}

void TestDcsResponse::optOut()
{
    const DcsResponse r = decode("{\"errors\":[{\"code\":171,\"msg\":\"Encountered opt out tag for "
                                 "id 123\"}],\"tid\":\"x\"}");
    QVERIFY(r.optedOut);
    QVERIFY(hasNote(r, QStringLiteral("response.opted-out")));
    // With a uuid it is not an opt-out answer.
    const DcsResponse withUuid = decode("{\"uuid\":\"07955261652886032950143702505894272138\","
                                        "\"errors\":[{\"code\":171,\"msg\":\"\"}]}");
    QVERIFY(!withUuid.optedOut);
    // 171 in the header with an empty body.
    const DcsResponse header = decode(QByteArray(), 200, {{"X-Error", "171"}});
    QVERIFY(header.optedOut);
    // An empty object is mentioned as a possible opt-out.
    QVERIFY(hasNote(decode("{}"), QStringLiteral("response.empty-object")));
}

void TestDcsResponse::jsonp_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("callback");
    QTest::addColumn<QString>("note"); // empty: no note about the callback
    QTest::newRow("matching") << QByteArray("myCallback({\n   \"uuid\":\"abc123\"\n})")
                              << "myCallback"
                              << "myCallback"
                              << "";
    QTest::newRow("semicolon and spaces") << QByteArray("  cb ( {\"uuid\":\"a\"} ) ;\n") << "cb"
                                          << "cb"
                                          << "";
    QTest::newRow("comment prefix") << QByteArray("/**/ cb({\"uuid\":\"a\"});") << "cb"
                                    << "cb"
                                    << "";
    QTest::newRow("dotted name") << QByteArray("ns.cb({\"uuid\":\"a\"})") << "ns.cb"
                                 << "ns.cb"
                                 << "";
    QTest::newRow("mismatch") << QByteArray("other({\"uuid\":\"a\"})") << "mine"
                              << "other"
                              << "response.callback-mismatch";
    QTest::newRow("not requested") << QByteArray("cb({\"uuid\":\"a\"})") << ""
                                   << "cb"
                                   << "response.jsonp-unrequested";
    QTest::newRow("plain JSON but d_cb sent") << QByteArray("{\"uuid\":\"a\"}") << "cb"
                                              << ""
                                              << "response.callback-missing";
    QTest::newRow("truncated") << QByteArray("cb({\"uuid\":\"a\"}") << "cb"
                               << "cb"
                               << "response.jsonp-unclosed";
}

void TestDcsResponse::jsonp()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(QString, callback);
    QFETCH(QString, note);
    const DcsResponse r = decode(body, 200, {}, Expect{true, expected});
    QCOMPARE(r.callback, callback);
    QCOMPARE(r.format, callback.isEmpty() ? DcsResponse::Format::Json : DcsResponse::Format::Jsonp);
    for (const QString &code :
         {QStringLiteral("response.callback-mismatch"),
          QStringLiteral("response.jsonp-unrequested"), QStringLiteral("response.callback-missing"),
          QStringLiteral("response.jsonp-unclosed")})
        QCOMPARE(hasNote(r, code), code == note);
    if (note != QLatin1String("response.jsonp-unclosed")) {
        QVERIFY(r.parsed);
        QVERIFY(!r.uuid.isEmpty());
    }
}

void TestDcsResponse::noData_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expectJson");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("format");
    const QByteArray gif =
        QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    QTest::newRow("empty 200: ignored")
        << QByteArray() << 200 << true << "response.ignored" << int(DcsResponse::Format::Empty);
    QTest::newRow("whitespace 200: ignored")
        << QByteArray(" \r\n") << 200 << true << "response.ignored"
        << int(DcsResponse::Format::Empty);
    QTest::newRow("no d_rtbd: pixel")
        << QByteArray() << 200 << false << "response.pixel" << int(DcsResponse::Format::Empty);
    QTest::newRow("gif without d_rtbd")
        << gif << 200 << false << "response.pixel" << int(DcsResponse::Format::Pixel);
    QTest::newRow("gif although JSON asked")
        << gif << 200 << true << "response.pixel-unexpected" << int(DcsResponse::Format::Pixel);
    QTest::newRow("429") << QByteArray() << 429 << true << "response.rate-limited"
                         << int(DcsResponse::Format::Empty);
    QTest::newRow("302") << QByteArray() << 302 << true << "response.redirect"
                         << int(DcsResponse::Format::Empty);
    QTest::newRow("500") << QByteArray("oops") << 500 << true << "response.http-error"
                         << int(DcsResponse::Format::Text);
}

void TestDcsResponse::noData()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, expectJson);
    QFETCH(QString, note);
    QFETCH(int, format);
    const DcsResponse r =
        decode(body, status, {{"Location", "https://elsewhere/"}}, Expect{expectJson, {}});
    QVERIFY2(hasNote(r, note), qPrintable(noteCodes(r).join(',')));
    QCOMPARE(int(r.format), format);
    QCOMPARE(r.ignored, note == QLatin1String("response.ignored"));
    QCOMPARE(r.rateLimited, status == 429);
    if (status == 302)
        QVERIFY(r.notes.first().message.contains(QStringLiteral("https://elsewhere/")));
}

void TestDcsResponse::htmlErrorPage()
{
    const DcsResponse r = decode(
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
        502, {{"Content-Type", "text/html"}});
    QCOMPARE(r.format, DcsResponse::Format::Html);
    QVERIFY(hasNote(r, QStringLiteral("response.html")));
    QVERIFY(hasNote(r, QStringLiteral("response.http-error")));
    bool titled = false;
    for (const ResponseNote &n : r.notes)
        titled |= n.message.contains(QStringLiteral("502 Bad Gateway"));
    QVERIFY(titled);
}

void TestDcsResponse::invalidJson()
{
    const DcsResponse r = decode("{\n  \"uuid\": \"a\",\n  oops\n}");
    QCOMPARE(r.format, DcsResponse::Format::Text);
    QVERIFY(!r.parsed);
    QVERIFY(hasNote(r, QStringLiteral("response.not-json")));
    bool located = false;
    for (const ResponseNote &n : r.notes)
        located |= n.message.contains(QStringLiteral("line 3"));
    QVERIFY(located);
    const DcsResponse binary = decode(QByteArray("\x00\x01\x02garbage", 10));
    QCOMPARE(binary.format, DcsResponse::Format::Binary);
}

void TestDcsResponse::unknownKeysKept()
{
    const DcsResponse r =
        decode("{\"uuid\":\"1\",\"ibs\":[{\"id\":\"411\",\"url\":[\"https://"
               "x\"]}],\"dpcalls\":[],\"z_new\":{\"a\":1},\"stuff\":[{\"cn\":\"a\",\"cv\":\"b\","
               "\"dmn\":\"\",\"ttl\":\"\",\"type\":\"var\",\"extra\":1}]}");
    QVERIFY(r.ibs.isArray());
    QVERIFY(r.dpcalls.isArray());
    QCOMPARE(r.unknownKeys.keys(), QStringList{QStringLiteral("z_new")});
    QCOMPARE(r.stuff.first().type, QStringLiteral("var"));
    QCOMPARE(r.stuff.first().extra.value(QStringLiteral("extra")).toInt(), 1);
    QCOMPARE(r.keyOrder, (QStringList{"uuid", "ibs", "dpcalls", "z_new", "stuff"}));
}

void TestDcsResponse::uuidAsNumber()
{
    const DcsResponse r =
        decode("{\"uuid\":22920112968019678612904394744954398990,\"dcs_region\":\"9\"}");
    QCOMPARE(r.uuid, QStringLiteral("22920112968019678612904394744954398990"));
    QVERIFY(hasNote(r, QStringLiteral("response.uuid-number")));
    QCOMPARE(r.dcsRegion, 9);
    QVERIFY(hasNote(r, QStringLiteral("response.region-string")));
    // "u" is accepted for uuid.
    QCOMPARE(decode("{\"u\":\"abc\"}").uuid, QStringLiteral("abc"));
}

void TestDcsResponse::idsThatAreNotWholeNumbers()
{
    // Found by fuzz_dcsresponse: a 51-digit trait ID overflowed the conversion to qint64.
    const DcsResponse r = decode(
        "{\"traits\":[210010,542155555555555555555555555555555555555555555555506,1.5,"
        "\"77\",\"x7\",null],\"segments\":[-3]}");
    QCOMPARE(r.traits, (QVector<qint64>{210010, 77}));
    QCOMPARE(r.segments, (QVector<qint64>{-3}));
    QVERIFY(hasNote(r, QStringLiteral("response.ids-unreadable")));
    QString message;
    for (const ResponseNote &n : r.notes)
        if (n.code == QLatin1String("response.ids-unreadable"))
            message = n.message;
    QVERIFY2(message.contains(QLatin1String("1.5")) && message.contains(QLatin1String("\"x7\""))
                 && message.contains(QLatin1String("null")),
             qPrintable(message));
    QVERIFY(!hasNote(decode("{\"traits\":[1,2]}"), QStringLiteral("response.ids-unreadable")));
}

void TestDcsResponse::regionTable_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("location");
    QTest::newRow("3") << 3 << "apse.demdex.net"
                       << "Southeast Asia (Singapore)";
    QTest::newRow("4") << 4 << "sae.demdex.net"
                       << QStringLiteral("South America (São Paulo, Brazil)");
    QTest::newRow("6") << 6 << "irl1.demdex.net"
                       << "Europe (Dublin, Ireland)";
    QTest::newRow("7") << 7 << "use.demdex.net"
                       << "US East (Virginia, USA)";
    QTest::newRow("8") << 8 << "apse2.demdex.net"
                       << "South Pacific / Oceania (Sydney, Australia)";
    QTest::newRow("9") << 9 << "usw2.demdex.net"
                       << "US West (Oregon, USA)";
    QTest::newRow("11") << 11 << "tyo3.demdex.net"
                        << "Asia (Tokyo, Japan)";
    QTest::newRow("12") << 12 << "ind1.demdex.net"
                        << "India";
    QTest::newRow("0 (Inbound)") << 0 << ""
                                 << "";
    QTest::newRow("5 (unknown)") << 5 << ""
                                 << "";
}

void TestDcsResponse::regionTable()
{
    QFETCH(int, id);
    QFETCH(QString, host);
    QFETCH(QString, location);
    const DcsResponse r =
        decode(QStringLiteral("{\"uuid\":\"1\",\"dcs_region\":%1}").arg(id).toLatin1());
    QCOMPARE(r.dcsRegion, id);
    if (host.isEmpty()) {
        QVERIFY(!r.region());
        QVERIFY(hasNote(r, id == 0 ? QStringLiteral("response.region-zero")
                                   : QStringLiteral("response.region-unknown")));
    } else {
        QCOMPARE(r.region()->host, host);
        QCOMPARE(r.region()->location(), location);
    }
}

void TestDcsResponse::rawBytesKept()
{
    const QByteArray body = "  cb({\"z\":1,\"a\":2, \"uuid\" : \"x\"});\n";
    const DcsResponse r = decode(body, 200, {{"X-Other", "1"}, {"Content-Type", "text/javascript"}},
                                 Expect{true, QStringLiteral("cb")});
    QCOMPARE(r.raw, body);
    QCOMPARE(r.jsonText(), QByteArray("{\"z\":1,\"a\":2, \"uuid\" : \"x\"}"));
    QCOMPARE(r.keyOrder, (QStringList{"z", "a", "uuid"}));
    QCOMPARE(r.headers.first().first, QByteArray("X-Other"));
    QCOMPARE(r.contentType, QStringLiteral("text/javascript"));
}

void TestDcsResponse::largeBody()
{
    // About 6 MB of cookie destinations: decoded in one pass, nothing lost.
    QByteArray body = "{\"uuid\":\"07955261652886032950143702505894272138\",\"stuff\":[";
    const int count = 60000;
    for (int i = 0; i < count; ++i) {
        if (i)
            body += ',';
        body += "{\"cn\":\"cookie" + QByteArray::number(i) +
                "\",\"cv\":\"k=" + QByteArray(50, 'v') + "\",\"ttl\":30,\"dmn\":\".example.com\"}";
    }
    body += "],\"dcs_region\":9,\"tid\":\"t\"}";
    QVERIFY(body.size() > 5 * 1024 * 1024);
    const DcsResponse r = decode(body);
    QVERIFY(r.parsed);
    QCOMPARE(r.stuff.size(), count);
    QCOMPARE(r.stuff.last().name, QStringLiteral("cookie%1").arg(count - 1));
    QCOMPARE(r.keyOrder, (QStringList{"uuid", "stuff", "dcs_region", "tid"}));
    QCOMPARE(r.raw.size(), body.size());
}

void TestDcsResponse::errorTableComplete()
{
    // Every row of domain.md §2.5.
    const QVector<int> documented = {0,   1,   2,   10,  100, 101, 102, 104, 109, 111, 171, 172,
                                     173, 198, 199, 200, 201, 202, 203, 204, 205, 300, 301, 302,
                                     303, 304, 306, 307, 309, 310, 311, 312, 313, 314, 315};
    QCOMPARE(DcsErrorCatalog::all().size(), documented.size());
    for (int code : documented) {
        const DcsErrorInfo *info = DcsErrorCatalog::find(code);
        QVERIFY2(info, qPrintable(QString::number(code)));
        QVERIFY(!info->message().isEmpty());
        QVERIFY(!info->meaning().isEmpty());
        QVERIFY(DcsErrorCatalog::groupOf(code) != DcsErrorCatalog::Group::Unknown);
    }
    QCOMPARE(DcsErrorCatalog::groupOf(0), DcsErrorCatalog::Group::System);
    QCOMPARE(DcsErrorCatalog::groupOf(111), DcsErrorCatalog::Group::Integration);
    QCOMPARE(DcsErrorCatalog::groupOf(171), DcsErrorCatalog::Group::OptOut);
    QCOMPARE(DcsErrorCatalog::groupOf(205), DcsErrorCatalog::Group::ProfileRetrieval);
    QCOMPARE(DcsErrorCatalog::groupOf(315), DcsErrorCatalog::Group::IntegrationWarning);
    QVERIFY(!DcsErrorCatalog::find(999));
    QVERIFY(DcsErrorCatalog::explain(999).contains(QStringLiteral("999")));
    QCOMPARE(DcsErrorCatalog::find(1)->message(),
             QStringLiteral("Could not find config for hostname: <hostname>"));
}

void TestDcsResponse::errorExplanationsTranslatedText()
{
    QVERIFY(DcsErrorCatalog::explain(311).startsWith(
        QStringLiteral("311 Request contains invalid parameters")));
    QVERIFY(DcsErrorCatalog::explain(100).contains(QStringLiteral("Host header")));
}

void TestDcsResponse::toJson()
{
    const DcsResponse r = decode(kComposite, 200, {{"X-Error", "312"}});
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QStringLiteral("uuid")).toString(),
             QStringLiteral("22920112968019678612904394744954398990"));
    QCOMPARE(o.value(QStringLiteral("region")).toObject().value(QStringLiteral("host")).toString(),
             QStringLiteral("usw2.demdex.net"));
    QCOMPARE(o.value(QStringLiteral("stuff"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("cv"))
                 .toString(),
             QStringLiteral("k=123#456"));
    const QJsonObject e = o.value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toInt(), 312);
    QCOMPARE(e.value(QStringLiteral("group")).toString(), QStringLiteral("integration-warning"));
    QVERIFY(e.value(QStringLiteral("inHeader")).toBool());
}

// The local sandbox answers dcs_region -1, its own region: present, not "missing".
void TestDcsResponse::sandboxRegion()
{
    const DcsResponse sandbox = decode("{\"uuid\":\"1\",\"dcs_region\":-1}");
    QVERIFY(sandbox.hasRegion());
    QCOMPARE(sandbox.dcsRegion, -1);
    QVERIFY(sandbox.region());
    QCOMPARE(sandbox.region()->id, int(Profile::SandboxRegion));
    QVERIFY(!hasNote(sandbox, QStringLiteral("response.region-unknown")));
    QCOMPARE(sandbox.toJson().value(QStringLiteral("dcs_region")).toInt(), -1);
    const DcsResponse none = decode("{\"uuid\":\"1\"}");
    QVERIFY(!none.hasRegion());
    QVERIFY(!none.region());
    QVERIFY(none.toJson().value(QStringLiteral("dcs_region")).isNull());
    QVERIFY(hasNote(decode("{\"dcs_region\":-7}"), QStringLiteral("response.region-unknown")));
}

// An /id answer (domain.md §2.3, the fields visitorapi reads): decoded into its own fields and
// shown in the outline's User section, with unknown keys still kept as raw JSON.
void TestDcsResponse::idServiceAnswer()
{
    Expect expect;
    expect.path = QStringLiteral("/id");
    const QByteArray body =
        R"({"d_mid":"08382830887934830189014177072406221371","id_sync_ttl":604800,)"
        R"("d_blob":"RKhpRz8krg2tLO6pguXWp5olkAcUniQYPHaMWWgdJ3xzPWQmdj0y","dcs_region":9,)"
        R"("subdomain":"sample","d_ottl":7200,"ibs":[{"id":"411","tag":"img",)"
        R"("url":["https://p.example/s?u=1"],"ttl":10080,"fireURLSync":1}],"x_new":[1,2]})";
    const DcsResponse r = decode(body, 200, {}, expect);
    QVERIFY(r.parsed);
    QVERIFY(r.idService.present);
    QCOMPARE(r.idService.mid, QStringLiteral("08382830887934830189014177072406221371"));
    QCOMPARE(r.idService.blob.size(), 52);
    QCOMPARE(r.idService.idSyncTtl.toInt(), 604800);
    QCOMPARE(r.idService.optOutTtl.toInt(), 7200);
    QCOMPARE(r.idService.subdomain, QStringLiteral("sample"));
    QCOMPARE(r.dcsRegion, 9);
    QVERIFY(r.ibs.isArray());
    QCOMPARE(r.unknownKeys.keys(), QStringList{QStringLiteral("x_new")});
    QVERIFY(!hasNote(r, QStringLiteral("response.no-uuid")));
    QVERIFY(!hasNote(r, QStringLiteral("response.no-mid")));
    QCOMPARE(r.toJson().value(QLatin1String("idService")).toObject().value(QLatin1String("d_mid")),
             QJsonValue(r.idService.mid));

    const QVector<OutlineNode> outline = ResponseOutline::build(r);
    const OutlineNode &user = outline.at(ResponseOutline::User);
    QCOMPARE(user.value, r.idService.mid);
    bool shown = false;
    for (const OutlineNode &child : user.children) {
        if (child.value != r.idService.mid || child.children.isEmpty())
            continue;
        shown = true;
        QStringList labels;
        for (const OutlineNode &field : child.children)
            labels << field.label;
        for (const char *key : {"d_mid", "d_blob", "id_sync_ttl", "d_ottl", "subdomain"})
            QVERIFY2(labels.contains(QLatin1String(key)), key);
        QCOMPARE(child.children.last().children.size(), 1); // the one ID sync
    }
    QVERIFY(shown);
    const OutlineNode &unknown = outline.last(); // no destination sections in an /id answer
    QCOMPARE(outline.size(), 4);
    QCOMPARE(unknown.label, QStringLiteral("Unknown fields"));
    QCOMPARE(unknown.children.size(), 1);
    QCOMPARE(unknown.children.first().label, QStringLiteral("x_new"));
    QCOMPARE(unknown.children.first().value, QStringLiteral("[1,2]"));

    // An /id answer without d_mid says so; an opted-out one says that instead.
    QVERIFY(hasNote(decode(R"({"dcs_region":9,"subdomain":"s"})", 200, {}, expect),
                    QStringLiteral("response.no-mid")));
    const DcsResponse out =
        decode(R"({"d_optout":"partner","d_ottl":7200,"errors":[{"code":171,"msg":"x"}]})", 200, {},
               expect);
    QVERIFY(out.optedOut);
    QVERIFY(!hasNote(out, QStringLiteral("response.no-mid")));
}

void TestDcsResponse::idSyncAndOptOutAnswers()
{
    DcsRequest ibs;
    ibs.path = QStringLiteral("/ibs");
    const Expect syncExpect = DcsResponseDecoder::expectationFor(ibs);
    QVERIFY(!syncExpect.json);
    const DcsResponse redirect =
        decode(QByteArray(), 302, {{"Location", "https://p.example/s?u=123"}}, syncExpect);
    QVERIFY(hasNote(redirect, QStringLiteral("response.id-sync-redirect")));
    QVERIFY(!hasNote(redirect, QStringLiteral("response.redirect")));
    QVERIFY(!redirect.hasProblems());

    DcsRequest optOut;
    optOut.path = QStringLiteral("/demoptout.jpg");
    const DcsResponse image =
        decode(QByteArray("\xFF\xD8\xFF\xE0 jpeg", 10), 200, {{"Content-Type", "image/jpeg"}},
               DcsResponseDecoder::expectationFor(optOut));
    QVERIFY(image.pixel);
    QVERIFY(hasNote(image, QStringLiteral("response.endpoint-image")));
    QVERIFY(!image.hasProblems());

    // A server's message in words is text, not broken JSON.
    const DcsResponse message = decode(QByteArray("No ID to sync. Send /ibs:dpid=..."), 400,
                                       {{"Content-Type", "text/plain; charset=utf-8"}}, syncExpect);
    QCOMPARE(message.format, DcsResponse::Format::Text);
    QVERIFY(hasNote(message, QStringLiteral("response.text")));
    QVERIFY(!hasNote(message, QStringLiteral("response.not-json")));

    // Their outline is the HTTP answer (redirect, cookies set), not empty /event sections.
    const auto labels = [](const QVector<OutlineNode> &nodes) {
        QStringList out;
        for (const OutlineNode &n : nodes)
            out.append(n.label);
        return out;
    };
    const QVector<OutlineNode> syncOutline = ResponseOutline::build(redirect, nullptr, 100);
    QCOMPARE(labels(syncOutline),
             (QStringList{"ID sync answer", "Errors", "Notes", "Unknown fields"}));
    QCOMPARE(syncOutline.first().value, QStringLiteral("HTTP 302"));
    QCOMPARE(syncOutline.at(1).tone, OutlineNode::Tone::Good); // no error: the redirect is the answer
    QVERIFY(labels(syncOutline.first().children).contains(QStringLiteral("Redirect to")));
    const DcsResponse withCookie =
        decode(QByteArray("\xFF\xD8\xFF\xE0 jpeg", 10), 200,
               {{"Content-Type", "image/jpeg"}, {"Set-Cookie", "demdex=NOTARGET; Path=/"}},
               DcsResponseDecoder::expectationFor(optOut));
    const QVector<OutlineNode> optOutline = ResponseOutline::build(withCookie, nullptr, 100);
    QCOMPARE(optOutline.first().label, QStringLiteral("Opt-out answer"));
    bool cookieShown = false;
    for (const OutlineNode &n : optOutline.first().children)
        cookieShown |= n.label == QLatin1String("Cookie set") &&
                       n.value == QLatin1String("demdex=NOTARGET; Path=/");
    QVERIFY(cookieShown);
    QVERIFY(!labels(optOutline).contains(QStringLiteral("Cookie destinations (stuff)")));
}

QTEST_GUILESS_MAIN(TestDcsResponse)
#include "tst_dcsresponse.moc"
