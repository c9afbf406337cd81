#include "aam/aamrestreader.h"
#include "firing/destinationfiring.h"
#include "sandbox/sandboxengine.h"
#include "testworkspace.h"
#include "validation/validator.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent>
#include <numeric>

using namespace dcsdesk;

namespace {

const QString SampleUuid = QStringLiteral("12345678901234567890123456789012345678");
const QString OptedOut = QStringLiteral("99999999999999999999999999999999999999");

struct Reply
{
    HttpResponse http;
    QJsonObject json;
    QByteArray raw;

    QList<int> errorCodes() const
    {
        QList<int> out;
        for (const QJsonValue &e : json.value(QLatin1String("errors")).toArray())
            out.append(e.toObject().value(QLatin1String("code")).toInt());
        return out;
    }
    QList<int> xErrors() const
    {
        QList<int> out;
        const QByteArray header = http.header("X-Error");
        for (const QByteArray &code : header.split(','))
            if (!code.isEmpty())
                out.append(code.toInt());
        return out;
    }
    QString errorMessage(int code) const
    {
        for (const QJsonValue &e : json.value(QLatin1String("errors")).toArray())
            if (e.toObject().value(QLatin1String("code")).toInt() == code)
                return e.toObject().value(QLatin1String("msg")).toString();
        return {};
    }
    QStringList cookies() const // "cn|cv"
    {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String("stuff")).toArray())
            out.append(v.toObject().value(QLatin1String("cn")).toString() + QLatin1Char('|') +
                       v.toObject().value(QLatin1String("cv")).toString());
        return out;
    }
    QJsonObject cookie(const QString &name) const
    {
        for (const QJsonValue &v : json.value(QLatin1String("stuff")).toArray())
            if (v.toObject().value(QLatin1String("cn")).toString() == name)
                return v.toObject();
        return {};
    }
    QStringList pixels(const QString &destinationId) const // "c" URLs
    {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String("dests")).toArray())
            if (v.toObject().value(QLatin1String("id")).toString() == destinationId)
                out.append(v.toObject().value(QLatin1String("c")).toString());
        return out;
    }
    QList<qint64> ids(const char *key) const
    {
        QList<qint64> out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            out.append(qint64(v.toDouble()));
        return out;
    }
    QString uuid() const { return json.value(QLatin1String("uuid")).toString(); }
};

bool is38Digits(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{38}$"));
    return re.match(s).hasMatch();
}

} // namespace

class TestSandboxEngine : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    Workspace m_sample;

    void useSettings(SandboxEngine &engine, const QJsonObject &settings)
    {
        Workspace ws = m_sample;
        ws.sandboxSettings = settings;
        engine.setWorkspace(ws);
    }

    void prepare(SandboxEngine &engine)
    {
        engine.setClock([this] { return m_now; });
        engine.setWorkspace(m_sample);
    }

    Reply send(SandboxEngine &engine, const QByteArray &target,
               const QByteArray &host = "sample.demdex.net", const QByteArray &method = "GET",
               const QByteArray &body = QByteArray(),
               const QByteArray &contentType = "application/x-www-form-urlencoded",
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        HttpRequest request;
        request.method = method;
        request.target = target;
        if (!host.isNull())
            request.headers.append({"Host", host});
        if (!body.isEmpty())
            request.headers.append({"Content-Type", contentType});
        request.headers += extraHeaders;
        request.body = body;
        Reply r;
        r.http = engine.handle(request);
        r.raw = r.http.body;
        QByteArray json = r.raw;
        const QByteArray type = r.http.header("Content-Type");
        if (type.startsWith("application/javascript")) {
            json = json.mid(json.indexOf('(') + 1);
            json.chop(1);
        }
        if (type.startsWith("application/")) {
            QJsonParseError error;
            r.json = QJsonDocument::fromJson(json, &error).object();
            if (error.error != QJsonParseError::NoError)
                qWarning() << "bad JSON" << error.errorString() << r.raw;
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_sample = test::sampleWorkspace();
        QVERIFY(!m_sample.segments.isEmpty());
        m_now = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    // §1.1: no Host header -> 100; an alias no profile declares -> 1.
    void hostRules_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("code");
        QTest::newRow("missing") << QByteArray() << 100;
        QTest::newRow("empty") << QByteArray("") << 100;
        QTest::newRow("unknown alias") << QByteArray("other.demdex.net") << 1;
        QTest::newRow("regional host") << QByteArray("usw2.demdex.net") << 1;
        QTest::newRow("not demdex") << QByteArray("127.0.0.1:8080") << 1;
        QTest::newRow("declared alias") << QByteArray("sample.demdex.net") << 0;
        QTest::newRow("other profile's alias") << QByteArray("mycompany.demdex.net") << 0;
        QTest::newRow("alias with port, any case") << QByteArray("Sample.DemDex.net:443") << 0;
    }
    void hostRules()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, code);
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_rtbd=json&c_interest=golf", host);
        QCOMPARE(r.http.status, 200);
        if (code == 0) {
            QVERIFY(r.errorCodes().isEmpty());
            QVERIFY(is38Digits(r.uuid()));
            return;
        }
        QCOMPARE(r.errorCodes(), QList<int>{code});
        QCOMPARE(r.xErrors(), QList<int>{code});
        QVERIFY(!r.json.contains(QLatin1String("uuid")));
        QVERIFY(!r.json.contains(QLatin1String("stuff")));
        QCOMPARE(r.json.value(QLatin1String("tid")).toString().size(), 12);
        if (code == 1)
            QVERIFY(r.errorMessage(1).endsWith(QString::fromLatin1(host)));
    }

    // §1.4, §2.1: pixel without d_rtbd=json, JSON with it, JSONP with d_cb.
    void responseForms_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("pixel") << QByteArray("c_interest=golf") << QByteArray("image/gif")
                               << QByteArray("GIF89a");
        QTest::newRow("rtbd other")
            << QByteArray("d_rtbd=xml") << QByteArray("image/gif") << QByteArray("GIF89a");
        QTest::newRow("json") << QByteArray("d_rtbd=json") << QByteArray("application/json")
                              << QByteArray("{\"stuff\":[");
        QTest::newRow("jsonp") << QByteArray("d_rtbd=json&d_cb=myCallback")
                               << QByteArray("application/javascript")
                               << QByteArray("myCallback({\"stuff\":");
        QTest::newRow("jsonp dotted")
            << QByteArray("d_rtbd=json&d_cb=ns.cb_1") << QByteArray("application/javascript")
            << QByteArray("ns.cb_1({");
        QTest::newRow("hostile callback ignored")
            << QByteArray("d_rtbd=json&d_cb=alert(1)%3B//") << QByteArray("application/json")
            << QByteArray("{\"stuff\"");
        QTest::newRow("cb without rtbd is a pixel")
            << QByteArray("d_cb=cb") << QByteArray("image/gif") << QByteArray("GIF89a");
    }
    void responseForms()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, prefix);
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?" + query);
        QCOMPARE(r.http.status, 200);
        QVERIFY2(r.http.header("Content-Type").startsWith(contentType),
                 r.http.header("Content-Type"));
        QVERIFY2(r.raw.startsWith(prefix), r.raw);
        if (contentType == "image/gif") {
            QCOMPARE(r.raw, SandboxEngine::transparentGif());
            QCOMPARE(r.raw.size(), 43);
        } else {
            QVERIFY(r.raw.endsWith(contentType == "application/json" ? "}" : "})"));
            QVERIFY(is38Digits(r.uuid()));
            QCOMPARE(r.json.value(QLatin1String("dcs_region")).toInt(), -1);
        }
    }

    void pixelStillCarriesErrorsAndRecordsTheUser()
    {
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_uuid=123&c_interest=golf");
        QCOMPARE(r.http.header("Content-Type"), QByteArray("image/gif"));
        QCOMPARE(r.xErrors(), QList<int>{102});
        send(engine, "/event?c_interest=golf&d_uuid=" + SampleUuid.toLatin1());
        QCOMPARE(engine.profiles().segmentsOf(SampleUuid), QVector<qint64>{1001});
    }

    // §1.6: a badly encoded parameter voids the whole request (311).
    void badEncoding_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("bare percent")
            << QByteArray("GET") << QByteArray("c_x=%esid!") << QByteArray();
        QTest::newRow("truncated escape")
            << QByteArray("GET") << QByteArray("c_x=ab%4") << QByteArray();
        QTest::newRow("percent at end") << QByteArray("GET") << QByteArray("c_x=%") << QByteArray();
        QTest::newRow("bad hex") << QByteArray("GET") << QByteArray("c_x=%zz") << QByteArray();
        QTest::newRow("bad key") << QByteArray("GET") << QByteArray("c_%G1=2") << QByteArray();
        QTest::newRow("in POST body")
            << QByteArray("POST") << QByteArray() << QByteArray("c_interest=golf&c_x=%Q1");
    }
    void badEncoding()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        SandboxEngine engine;
        prepare(engine);
        const QByteArray common = "d_rtbd=json&c_interest=golf&d_uuid=" + SampleUuid.toLatin1();
        const Reply r = method == "GET"
                            ? send(engine, "/event?" + common + '&' + query)
                            : send(engine, "/event?" + common, "sample.demdex.net", "POST", body);
        QCOMPARE(r.http.status, 200);
        QCOMPARE(r.errorCodes(), QList<int>{311});
        QCOMPARE(r.xErrors(), QList<int>{311});
        QCOMPARE(r.errorMessage(311), QStringLiteral("Request contains invalid parameters"));
        QVERIFY(!r.json.contains(QLatin1String("uuid")));
        QVERIFY(!r.json.contains(QLatin1String("stuff")));
        QVERIFY(!r.http.header("X-Sandbox-Detail").isEmpty());
        // Ignored entirely: the user's profile did not change.
        QVERIFY(engine.profiles().segmentsOf(SampleUuid).isEmpty());
        // Correct encoding of the same characters is fine, also of bytes that are not UTF-8.
        const Reply ok = send(engine, "/event?" + common + "&c_x=%25esid!&c_y=a+b%20c&c_z=%FF");
        QVERIFY(ok.errorCodes().isEmpty());
    }

    // §1.4, §4.2, §2.5: user IDs.
    void userIds_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<bool>("keepsUuid");
        const QByteArray good = SampleUuid.toLatin1();
        QTest::newRow("valid d_uuid") << "d_uuid=" + good << QList<int>{} << true;
        QTest::newRow("d_uuid letters") << QByteArray("d_uuid=abc") << QList<int>{102} << false;
        QTest::newRow("d_uuid 37 digits") << "d_uuid=" + good.left(37) << QList<int>{102} << false;
        QTest::newRow("d_uuid 39 digits") << "d_uuid=" + good + '1' << QList<int>{102} << false;
        QTest::newRow("d_mid invalid") << QByteArray("d_mid=12ab") << QList<int>{101} << false;
        QTest::newRow("both invalid")
            << QByteArray("d_uuid=x&d_mid=y") << QList<int>{102, 101} << false;
        QTest::newRow("valid d_mid") << "d_mid=" + good << QList<int>{} << false;
        QTest::newRow("no user ID") << QByteArray("c_a=1") << QList<int>{} << false;
        QTest::newRow("unknown d_orgid")
            << QByteArray("d_orgid=NOPE@AdobeOrg") << QList<int>{2} << false;
        QTest::newRow("declared d_orgid")
            << QByteArray("d_orgid=5DC5123F5245B1D20A490D46@AdobeOrg") << QList<int>{} << false;
    }
    void userIds()
    {
        QFETCH(QByteArray, query);
        QFETCH(QList<int>, codes);
        QFETCH(bool, keepsUuid);
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_rtbd=json&" + query);
        QCOMPARE(r.errorCodes(), codes);
        QCOMPARE(r.xErrors(), codes);
        QVERIFY(is38Digits(r.uuid()));
        QCOMPARE(r.uuid() == SampleUuid, keepsUuid);
        if (codes.contains(102))
            QVERIFY(
                r.errorMessage(102).startsWith(QLatin1String("Invalid AAM ID passed in request")));
    }

    void newUuidEachAnonymousCall()
    {
        SandboxEngine engine;
        prepare(engine);
        const QString a = send(engine, "/event?d_rtbd=json").uuid();
        const QString b = send(engine, "/event?d_rtbd=json").uuid();
        QVERIFY(is38Digits(a) && is38Digits(b));
        QVERIFY(a != b);
    }

    void idsLeadBackToTheSameUser()
    {
        SandboxEngine engine;
        prepare(engine);
        const QByteArray mid = "d_mid=" + QByteArray(38, '7');
        const Reply first = send(engine, "/event?d_rtbd=json&c_interest=golf&" + mid);
        const Reply second = send(engine, "/event?d_rtbd=json&d_cts=2&" + mid);
        QCOMPARE(second.uuid(), first.uuid());
        QCOMPARE(second.ids("segments"), QList<qint64>{1001});
        const Reply declared = send(engine, "/event?d_rtbd=json&c_loyalty=gold&d_cid=123%01abc");
        const Reply again = send(engine, "/event?d_rtbd=json&d_cts=2&d_cid=123%01abc");
        QCOMPARE(again.uuid(), declared.uuid());
        QCOMPARE(again.ids("segments"), QList<qint64>{1008});
    }

    // §1.6: declared ID limits and formats.
    void declaredIds_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QList<int>>("codes");
        const auto cids = [](int count, bool sameNamespace) {
            QByteArray q;
            for (int i = 0; i < count; ++i)
                q += "&d_cid=" + QByteArray::number(sameNamespace ? 1 : 100 + i) + "%01user" +
                     QByteArray::number(i);
            return q.mid(1);
        };
        QTest::newRow("one") << QByteArray("d_cid=123%01abc") << QList<int>{};
        QTest::newRow("with auth state") << QByteArray("d_cid=123%01abc%011") << QList<int>{};
        QTest::newRow("integration code") << QByteArray("d_cid_ic=crm%01abc") << QList<int>{};
        QTest::newRow("ten") << cids(10, false) << QList<int>{};
        QTest::newRow("eleven") << cids(11, false) << QList<int>{301, 309};
        QTest::newRow("twelve") << cids(12, false) << QList<int>{301, 309, 309};
        QTest::newRow("three per namespace") << cids(3, true) << QList<int>{};
        QTest::newRow("four per namespace") << cids(4, true) << QList<int>{310};
        QTest::newRow("five per namespace") << cids(5, true) << QList<int>{310, 310};
        QTest::newRow("no separator") << QByteArray("d_cid=abc") << QList<int>{300, 104};
        QTest::newRow("non-numeric data source")
            << QByteArray("d_cid=x%01abc") << QList<int>{300, 104};
        QTest::newRow("one of two invalid") << QByteArray("d_cid=x&d_cid=1%01a") << QList<int>{300};
        QTest::newRow("legacy pair") << QByteArray("d_dpid=5678&d_dpuuid=1234") << QList<int>{};
        QTest::newRow("legacy half") << QByteArray("d_dpid=5678") << QList<int>{300, 104};
        QTest::newRow("IDFA upper")
            << QByteArray("d_cid=20915%016D92078A-8246-4BA4-AE5B-76104861E7DC") << QList<int>{};
        QTest::newRow("IDFA lower")
            << QByteArray("d_cid=20915%016d92078a-8246-4ba4-ae5b-76104861e7dc")
            << QList<int>{312, 104};
        QTest::newRow("IDFA by code lower")
            << QByteArray("d_cid_ic=DSID_20915%016d92078a-8246-4ba4-ae5b-76104861e7dc")
            << QList<int>{312, 104};
        QTest::newRow("GAID upper")
            << QByteArray("d_cid=20914%0138400000-8CF0-11BD-B23E-10B96E40000D")
            << QList<int>{312, 104};
        QTest::newRow("GAID lower")
            << QByteArray("d_cid=20914%0138400000-8cf0-11bd-b23e-10b96e40000d") << QList<int>{};
    }
    void declaredIds()
    {
        QFETCH(QByteArray, query);
        QFETCH(QList<int>, codes);
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_rtbd=json&" + query);
        QCOMPARE(r.http.status, 200);
        QCOMPARE(r.errorCodes(), codes);
        QCOMPARE(r.xErrors(), codes);
        QVERIFY(is38Digits(r.uuid()));
        if (codes.contains(301))
            QVERIFY(r.errorMessage(301).contains(QLatin1String("Maximum allowed is 10")));
        if (codes.contains(310))
            QVERIFY(r.errorMessage(310).contains(QLatin1String("Namespace id is 1")));
    }

    // §2.4: opted-out IDs answer 171 instead of the UUID and stop processing.
    void optOut_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("d_uuid") << "d_uuid=" + OptedOut.toLatin1();
        QTest::newRow("d_mid") << "d_mid=" + OptedOut.toLatin1();
        QTest::newRow("declared") << "d_cid=42%01" + OptedOut.toLatin1();
    }
    void optOut()
    {
        QFETCH(QByteArray, query);
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_rtbd=json&d_dst=1&d_cts=2&c_interest=golf&" + query);
        QCOMPARE(r.http.status, 200);
        QCOMPARE(r.errorCodes(), QList<int>{171});
        QCOMPARE(r.xErrors(), QList<int>{171});
        QVERIFY(r.errorMessage(171).endsWith(OptedOut));
        QVERIFY(!r.json.contains(QLatin1String("uuid")));
        QVERIFY(!r.json.contains(QLatin1String("segments")));
        QVERIFY(r.json.value(QLatin1String("stuff")).toArray().isEmpty());
        QVERIFY(r.json.value(QLatin1String("dests")).toArray().isEmpty());
        QCOMPARE(engine.profiles().size(), 0);
    }

    // §9 + §6: the sample's golf rule fires its cookie and URL destinations.
    void qualificationAndFiring()
    {
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_rtbd=json&d_dst=1&d_cts=2&c_interest=golf&d_uuid=" +
                                         SampleUuid.toLatin1());
        QVERIFY(r.errorCodes().isEmpty());
        QCOMPARE(r.uuid(), SampleUuid);
        QCOMPARE(r.ids("segments"), QList<qint64>{1001});
        QCOMPARE(r.ids("traits"), QList<qint64>{1001});
        // GPT cookie (single key, serialized with ","), legacy cookie (single key "k", "#").
        QCOMPARE(r.cookies(), QStringList({QStringLiteral("aam_gpt|aamsegs=1001"),
                                           QStringLiteral("adobe|k=1001")}));
        const QJsonObject gpt = r.cookie(QStringLiteral("aam_gpt"));
        QCOMPARE(gpt.value(QLatin1String("ttl")).toInt(), 30);
        QCOMPARE(gpt.value(QLatin1String("dmn")).toString(), QString());
        QCOMPARE(r.cookie(QStringLiteral("adobe")).value(QLatin1String("dmn")).toString(),
                 QStringLiteral(".shop.example.com"));
        // Serialized URL destination 2001: %ALIAS% = 1001, %rnd% expanded.
        const QStringList pixels = r.pixels(QStringLiteral("2001"));
        QCOMPARE(pixels.size(), 1);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^http://ads\\.example\\.com/seg\\?s=1001&r=[0-9]+$"))
                .match(pixels.first())
                .hasMatch(),
            qPrintable(pixels.first()));
        const QJsonObject dest = r.json.value(QLatin1String("dests")).toArray().first().toObject();
        QCOMPARE(dest.value(QLatin1String("y")).toString(), QStringLiteral("img"));
        // One %rnd% per call: the secure URL carries the same number.
        const QString rnd = pixels.first().mid(pixels.first().lastIndexOf(QLatin1Char('=')) + 1);
        QCOMPARE(dest.value(QLatin1String("e")).toString(),
                 QStringLiteral("https://ads.example.com/seg?s=1001&r=") + rnd);
        // Key order follows the documented samples.
        QVERIFY(r.raw.indexOf("\"stuff\"") < r.raw.indexOf("\"dests\""));
        QVERIFY(r.raw.indexOf("\"dests\"") < r.raw.indexOf("\"uuid\""));
        QVERIFY(r.raw.indexOf("\"uuid\"") < r.raw.indexOf("\"dcs_region\""));
        QVERIFY(r.raw.indexOf("\"segments\"") < r.raw.indexOf("\"tid\""));
    }

    void destsNeedDst()
    {
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_rtbd=json&c_interest=golf");
        QVERIFY(!r.json.contains(QLatin1String("dests")));
        QVERIFY(!r.json.contains(QLatin1String("segments")));
        QVERIFY(!r.json.contains(QLatin1String("traits")));
        QCOMPARE(r.cookies().size(), 2);
    }

    void onlyMappingsActiveToday()
    {
        SandboxEngine engine;
        prepare(engine);
        // 1005 is mapped to 2001 until 2020 (expired) and to 2002 since 2025.
        const Reply r = send(engine, "/event?d_rtbd=json&d_dst=1&c_event=cart_abandon");
        QVERIFY(r.pixels(QStringLiteral("2001")).isEmpty());
        QCOMPARE(r.pixels(QStringLiteral("2002")).size(), 1);
        QVERIFY(r.pixels(QStringLiteral("2002"))
                    .first()
                    .startsWith(QLatin1String("https://retarget.example.com/px?seg=1005&r=")));
        // 1037 is mapped to 2001 from 2090 on.
        const Reply future = send(engine, "/event?d_rtbd=json&d_dst=1&c_event=ticket_purchase");
        QVERIFY(future.pixels(QStringLiteral("2001")).isEmpty());
        m_now = QDateTime(QDate(2090, 1, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const Reply later = send(engine, "/event?d_rtbd=json&d_dst=1&c_event=ticket_purchase");
        m_now = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(later.pixels(QStringLiteral("2001")).size(), 1);
    }

    // d_ptfm: a destination for one platform fires only for calls from it (or without d_ptfm),
    // as the console's expected-vs-actual predicts it.
    void aDestinationFiresOnlyOnItsPlatform()
    {
        SandboxEngine engine;
        prepare(engine);
        const auto gpt = [&](const QByteArray &platform) {
            const Reply r = send(engine, "/event?d_rtbd=json&d_dst=1&c_interest=golf" + platform);
            return !r.cookie(QStringLiteral("aam_gpt")).isEmpty(); // 2006 is for Browser
        };
        QVERIFY(gpt(""));
        QVERIFY(gpt("&d_ptfm=browser"));
        QVERIFY(gpt("&d_ptfm=all"));
        QVERIFY(!gpt("&d_ptfm=ios"));
        QVERIFY(!send(engine, "/event?d_rtbd=json&d_dst=1&c_interest=golf&d_ptfm=ios")
                     .pixels(QStringLiteral("2001"))
                     .isEmpty()); // 2001 is for all platforms
    }

    // Adobe's documented REST cookie destination ("cnameDomain":"adobe.com", no leading dot)
    // and the documented %http_proto%://url-destination.com: validation accepts both, the
    // sandbox fires both, and the fire preview shows exactly what the sandbox answers.
    void documentedExamplesFireAsPreviewed()
    {
        const AamRestReader::Result doc = AamRestReader::readFile(QStringLiteral(
            DCSDESK_SOURCE_DIR "/tests/data/aam-rest/cookie-single-key-request.json"));
        QVERIFY2(doc.ok, qPrintable(doc.error));
        Workspace ws = m_sample;
        ws.destinations.clear();
        ws.mappings.clear();
        Destination cookie = doc.items.first().destination;
        cookie.id = 4035; // the documented response's destinationId
        Destination url;
        url.id = 4036;
        url.name = QStringLiteral("Macro URL");
        url.type = Destination::Type::Url;
        url.urlFormat = QStringLiteral("%http_proto%://url-destination.com/px?s=%ALIAS%");
        url.secureUrlFormat = url.urlFormat;
        ws.destinations = {cookie, url};
        const auto mapping = [](qint64 id, qint64 destination, const QString &value) {
            SegmentMapping m;
            m.id = id;
            m.destinationId = destination;
            m.sid = 1001;
            m.value = value;
            m.startDate = QDate(2026, 1, 1);
            return m;
        };
        ws.mappings = {mapping(1, 4035, QStringLiteral("golf")),
                       mapping(2, 4036, QStringLiteral("%http_proto%://url-destination.com"))};
        ws.rebuildIndex();
        for (const Finding &f : Validator::validate(ws, QDate(2026, 6, 15)))
            QVERIFY2(f.severity != Finding::Severity::Error, qPrintable(f.message));

        SandboxEngine engine;
        engine.setClock([this] { return m_now; });
        engine.setWorkspace(ws);
        const Reply r = send(engine, "/event?d_rtbd=json&d_dst=1&c_interest=golf");
        QCOMPARE(engine.index()->skippedMappings, 0);
        const QJsonObject set = r.cookie(QStringLiteral("adobe"));
        QCOMPARE(set.value(QLatin1String("cv")).toString(), QStringLiteral("key=golf"));
        QCOMPARE(set.value(QLatin1String("dmn")).toString(), QStringLiteral("adobe.com"));
        // "c" is the page-protocol http URL, "e" the secure one.
        QCOMPARE(r.pixels(QStringLiteral("4036")),
                 QStringList{QStringLiteral("http://url-destination.com")});

        const FireResult preview = DestinationFiring::fire(
            cookie, DestinationFiring::activeMappings(ws, 4035, {1001}, QDate(2026, 6, 15)),
            FireContext());
        QVERIFY(preview.cookie.has_value());
        QCOMPARE(preview.cookie->value, set.value(QLatin1String("cv")).toString());
        QCOMPARE(preview.cookie->domain, set.value(QLatin1String("dmn")).toString());
    }

    void brokenMappingsAreSkipped()
    {
        SandboxEngine engine;
        prepare(engine);
        // 1036's mapping to 2002 has no scheme: the validator marks it as an error.
        const Reply r = send(engine, "/event?d_rtbd=json&d_dst=1&c_sort=price_asc");
        QVERIFY(r.pixels(QStringLiteral("2002")).isEmpty());
        QVERIFY(engine.index()->skippedMappings >= 1);
    }

    void cookieFormats()
    {
        SandboxEngine engine;
        prepare(engine);
        // Multi-key not serialized (2007), multi-key serialized (2009), priorities.
        const Reply r = send(engine, "/event?d_rtbd=json&c_loyalty=gold&c_occupation=student"
                                     "&c_section=travel&c_search=hotel");
        const QJsonObject perso = r.cookie(QStringLiteral("perso"));
        QCOMPARE(perso.value(QLatin1String("cv")).toString(),
                 QStringLiteral("tier=gold,audience=student"));
        QCOMPARE(perso.value(QLatin1String("dmn")).toString(), QStringLiteral(".example.com"));
        QCOMPARE(perso.value(QLatin1String("ttl")).toInt(), 14);
        QCOMPARE(r.cookie(QStringLiteral("segkv")).value(QLatin1String("cv")).toString(),
                 QStringLiteral("travel=planner;hotel"));
    }

    // §6.1 macros from the call.
    void macros()
    {
        SandboxEngine engine;
        prepare(engine);
        useSettings(engine, QJsonObject{{QStringLiteral("dcsRegion"), 9}});
        const QByteArray mid = QByteArray(38, '5');
        Reply r = send(engine, "/event?d_rtbd=json&d_dst=1&c_make=A&c_model=B&d_mid=" + mid +
                                   "&d_uuid=" + SampleUuid.toLatin1());
        QCOMPARE(r.json.value(QLatin1String("dcs_region")).toInt(), 9);
        const QStringList dsp = r.pixels(QStringLiteral("2003"));
        QCOMPARE(dsp.size(), 1);
        const qint64 ts = m_now / 1000;
        QCOMPARE(
            dsp.first(),
            QStringLiteral("http://dsp.example.net/aud?uid=%1&segs=car_a;car_any&region=9&ts=%2")
                .arg(SampleUuid)
                .arg(ts));

        r = send(engine,
                 "/event?d_rtbd=json&d_dst=1&d_country=ESP&gdpr=1&gdpr_consent=CO-abc_1&d_mid=" +
                     mid);
        QCOMPARE(
            r.pixels(QStringLiteral("2004")),
            QStringList(
                QStringLiteral(
                    "http://exchange.example.org/sync?gdpr=1&gdpr_consent=CO-abc_1&s=1016&mcid=") +
                QString::fromLatin1(mid)));

        r = send(engine, "/event?d_rtbd=json&d_dst=1&c_newsletter=yes&d_cid=12345%01CRM42");
        QCOMPARE(r.pixels(QStringLiteral("2005")),
                 QStringList(QStringLiteral("https://crm.example.com/match?id=CRM42&seg=1020")));
    }

    // §7: qualified segments stay for later calls of the same user; optional TTL.
    void profilePersistsAndExpires()
    {
        SandboxEngine engine;
        prepare(engine);
        const QByteArray user = "&d_uuid=" + SampleUuid.toLatin1();
        send(engine, "/event?d_rtbd=json&c_interest=golf" + user);
        Reply r = send(engine, "/event?d_rtbd=json&d_cts=1&c_loyalty=gold" + user);
        QCOMPARE(r.ids("segments"), QList<qint64>({1001, 1008}));
        QCOMPARE(r.ids("traits"), QList<qint64>{1008});
        QVERIFY(r.cookies().contains(QStringLiteral("perso|tier=gold")));
        QVERIFY(r.cookies().contains(QStringLiteral("aam_gpt|aamsegs=1001")));

        useSettings(engine, QJsonObject{{QStringLiteral("profileTtlSeconds"), 60}});
        m_now += 30 * 1000;
        r = send(engine, "/event?d_rtbd=json&d_cts=2" + user);
        QCOMPARE(r.ids("segments"), QList<qint64>({1001, 1008}));
        m_now += 61 * 1000;
        r = send(engine, "/event?d_rtbd=json&d_cts=2&c_interest=tennis" + user);
        QCOMPARE(r.ids("segments"), QList<qint64>{1002});
        m_now -= 91 * 1000;
    }

    // §1.3: p_ values evaluate but are never stored, logged or echoed.
    void privateValues()
    {
        SandboxEngine engine;
        prepare(engine);
        QList<SandboxEngine::CallSummary> log;
        engine.setObserver([&](const SandboxEngine::CallSummary &s) { log.append(s); });
        const Reply r =
            send(engine, "/event?d_rtbd=json&d_cts=2&d_dst=1&p_age=21&p_secret=XYZZY42&d_uuid=" +
                             SampleUuid.toLatin1());
        QCOMPARE(r.ids("segments"), QList<qint64>{1010});
        QVERIFY(!r.raw.contains("XYZZY42"));
        QVERIFY(!r.raw.contains("p_age"));
        QCOMPARE(log.size(), 1);
        QVERIFY(!log.first().target.contains(QLatin1String("XYZZY42")));
        QVERIFY(!log.first().target.contains(QLatin1String("=21")));
        QVERIFY(log.first().target.contains(QLatin1String("p_secret=[private]")));
        QCOMPARE(engine.profiles().segmentsOf(SampleUuid), QVector<qint64>{1010});
        QCOMPARE(SandboxEngine::redactedTarget("/event?p%5Fx=1&c_y=2"),
                 QStringLiteral("/event?p%5Fx=[private]&c_y=2"));
    }

    void dSid()
    {
        SandboxEngine engine;
        prepare(engine);
        const Reply r = send(engine, "/event?d_rtbd=json&d_cts=2&d_sid=1023,1024&d_sid=777");
        QCOMPARE(r.ids("segments"), QList<qint64>({1023, 1024}));
        QCOMPARE(r.ids("traits"), QList<qint64>({777, 1023, 1024}));
        QCOMPARE(r.cookie(QStringLiteral("aam_gpt")).value(QLatin1String("cv")).toString(),
                 QStringLiteral("aamsegs=1023,1024"));
    }

    void headerSignals()
    {
        Workspace ws = m_sample;
        Segment s;
        s.sid = 4242;
        s.name = QStringLiteral("Firefox");
        s.rule =
            QStringLiteral("h_user-agent contains \"Firefox\" AND h_host startswith \"sample\"");
        ws.segments.append(s);
        ws.rebuildIndex();
        SandboxEngine engine;
        engine.setClock([this] { return m_now; });
        engine.setWorkspace(ws);
        Reply r = send(engine, "/event?d_rtbd=json&d_cts=2", "sample.demdex.net", "GET", {}, {},
                       {{"User-Agent", "Mozilla/5.0 Firefox/128.0"}});
        QCOMPARE(r.ids("segments"), QList<qint64>{4242});
        // Field names are case-insensitive (RFC 9110 §5.1).
        r = send(engine, "/event?d_rtbd=json&d_cts=2", "sample.demdex.net", "GET", {}, {},
                 {{"user-agent", "Mozilla/5.0 Firefox/128.0"}});
        QCOMPARE(r.ids("segments"), QList<qint64>{4242});
        // Another browser, or no User-Agent at all, does not qualify.
        r = send(engine, "/event?d_rtbd=json&d_cts=2", "sample.demdex.net", "GET", {}, {},
                 {{"User-Agent", "Mozilla/5.0 Chrome/131.0"}});
        QVERIFY(r.errorCodes().isEmpty());
        QVERIFY(!r.ids("segments").contains(4242));
        r = send(engine, "/event?d_rtbd=json&d_cts=2", "sample.demdex.net");
        QVERIFY(r.errorCodes().isEmpty());
        QVERIFY(!r.ids("segments").contains(4242));
    }

    void postForm()
    {
        SandboxEngine engine;
        prepare(engine);
        Reply r = send(engine, "/event", "sample.demdex.net", "POST",
                       "d_rtbd=json&d_cts=2&c_interest=golf&d_uuid=" + SampleUuid.toLatin1());
        QCOMPARE(r.uuid(), SampleUuid);
        QCOMPARE(r.ids("segments"), QList<qint64>{1001});
        r = send(engine, "/event?d_rtbd=json", "sample.demdex.net", "POST", "c_interest=golf",
                 "application/x-www-form-urlencoded; charset=UTF-8");
        QVERIFY(r.errorCodes().isEmpty());
        r = send(engine, "/event?d_rtbd=json", "sample.demdex.net", "POST", "{\"a\":1}",
                 "application/json");
        QCOMPARE(r.errorCodes(), QList<int>{311});
    }

    // §2.4: too many calls of one user in a short time -> 429.
    void rateLimit()
    {
        SandboxEngine engine;
        prepare(engine);
        useSettings(engine, QJsonObject{{QStringLiteral("rateLimit"),
                                         QJsonObject{{QStringLiteral("calls"), 3},
                                                     {QStringLiteral("perSeconds"), 10}}}});
        const QByteArray call = "/event?d_rtbd=json&d_uuid=" + SampleUuid.toLatin1();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(send(engine, call).http.status, 200);
            m_now += 1000;
        }
        Reply limited = send(engine, call);
        QCOMPARE(limited.http.status, 429);
        QCOMPARE(limited.http.header("Retry-After"), QByteArray("7"));
        // Another user is not affected.
        QCOMPARE(send(engine, "/event?d_rtbd=json").http.status, 200);
        m_now += 7000;
        QCOMPARE(send(engine, call).http.status, 200);
        // calls 0 turns the limit off.
        useSettings(engine, QJsonObject{{QStringLiteral("rateLimit"),
                                         QJsonObject{{QStringLiteral("calls"), 0}}}});
        for (int i = 0; i < 50; ++i)
            QCOMPARE(send(engine, call).http.status, 200);
        m_now -= 10000;
    }

    void defaultRateLimitFromSample()
    {
        SandboxEngine engine;
        prepare(engine);
        QCOMPARE(engine.index()->settings.rateCalls, 20);
        const QByteArray call = "/event?d_uuid=" + SampleUuid.toLatin1();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(send(engine, call).http.status, 200);
        QCOMPARE(send(engine, call).http.status, 429);
    }

    void brokenRuleGivesError10()
    {
        Workspace ws = m_sample;
        ws.segments[0].rule = QStringLiteral("c_interest = \"golf\"");
        SandboxEngine engine;
        engine.setClock([this] { return m_now; });
        engine.setWorkspace(ws);
        const Reply r = send(engine, "/event?d_rtbd=json&d_cts=2&c_interest=golf&c_loyalty=gold");
        QCOMPARE(r.errorCodes(), QList<int>{10});
        QCOMPARE(r.ids("segments"), QList<qint64>{1008}); // the other rules still work
    }

    void otherPathsAndMethods()
    {
        SandboxEngine engine;
        prepare(engine);
        // /ibs, /id and /demoptout.jpg have their own test (tst_sandboxidcalls).
        QCOMPARE(send(engine, "/ibs:dpid=1").http.status, 400);
        QCOMPARE(send(engine, "/segments").http.status, 404);
        QCOMPARE(send(engine, "/").http.status, 200);
        const Reply put = send(engine, "/event?d_rtbd=json", "sample.demdex.net", "PUT");
        QCOMPARE(put.http.status, 405);
        QCOMPARE(put.http.header("Allow"), QByteArray("GET, POST, HEAD"));
    }

    void inactiveSegmentsDoNotQualify()
    {
        Workspace ws = m_sample;
        ws.segments[0].active = false; // 1001 golf
        SandboxEngine engine;
        engine.setClock([this] { return m_now; });
        engine.setWorkspace(ws);
        const Reply r = send(engine, "/event?d_rtbd=json&d_cts=2&c_interest=golf&d_sid=1001");
        QVERIFY(r.ids("segments").isEmpty());
        QVERIFY(r.cookies().isEmpty());
    }

    void rulesParsedOnceAcrossReloads()
    {
        SandboxEngine engine;
        prepare(engine);
        const auto before = engine.index();
        engine.setWorkspace(m_sample);
        const auto after = engine.index();
        QVERIFY(before.get() != after.get());
        QCOMPARE(after->ruleSegments.size(), before->ruleSegments.size());
        for (int i = 0; i < after->ruleSegments.size(); ++i)
            QCOMPARE(after->ruleSegments[i].rule.get(), before->ruleSegments[i].rule.get());
    }

    void settingsWarnings()
    {
        QStringList warnings;
        const SandboxSettings s = SandboxSettings::fromJson(
            QJsonObject{{QStringLiteral("rateLimit"), QJsonObject{{QStringLiteral("calls"), -1}}},
                        {QStringLiteral("profileTtlSeconds"), QStringLiteral("x")},
                        {QStringLiteral("dcsRegion"), 7}},
            &warnings);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(s.rateCalls, SandboxSettings::DefaultRateCalls);
        QCOMPARE(s.profileTtlSeconds, 0);
        QCOMPARE(s.dcsRegion, 7);
        QCOMPARE(SandboxSettings::fromJson(s.toJson()), s);
    }

    void concurrentCalls()
    {
        SandboxEngine engine;
        engine.setWorkspace(m_sample); // real clock
        QVector<int> work(4000);
        std::iota(work.begin(), work.end(), 0);
        QAtomicInt ok = 0;
        QtConcurrent::blockingMap(work, [&](int i) {
            HttpRequest request;
            request.method = "GET";
            request.target =
                "/event?d_rtbd=json&d_dst=1&c_interest=golf&c_n=" + QByteArray::number(i);
            request.headers.append(qMakePair(QByteArray("Host"), QByteArray("sample.demdex.net")));
            const HttpResponse r = engine.handle(request);
            if (r.status == 200 && r.body.contains("aamsegs=1001"))
                ok.fetchAndAddRelaxed(1);
            if (i % 100 == 0)
                engine.setWorkspace(m_sample); // swaps while others answer
        });
        QCOMPARE(ok.loadRelaxed(), 4000);
        QCOMPARE(engine.callCount(), quint64(4000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxEngine)
#include "tst_sandboxengine.moc"
