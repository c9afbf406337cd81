#include "calls/dcsencoding.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/dcsrequestchecker.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QtTest>
#include <functional>

using namespace dcsdesk;

namespace {

const QString kUuid = QStringLiteral("07955261652886032950143702505894272138");

Profile regionProfile(int region = 9, const QString &alias = QStringLiteral("foo"))
{
    Profile p;
    p.name = QStringLiteral("Test");
    p.alias = alias;
    p.regionId = region;
    return p;
}

DcsRequest basicRequest()
{
    DcsRequest r;
    r.userId = kUuid;
    return r;
}

bool hasCode(const PreparedRequest &p, const QString &code, bool *blocking = nullptr)
{
    for (const RequestFinding &f : p.findings) {
        if (f.code == code) {
            if (blocking)
                *blocking = f.blocking;
            return true;
        }
    }
    return false;
}

QStringList codes(const PreparedRequest &p)
{
    QStringList out;
    for (const RequestFinding &f : p.findings)
        out << f.code;
    return out;
}

using Mutator = std::function<void(Profile &, DcsRequest &)>;

} // namespace

Q_DECLARE_METATYPE(Mutator)

class TestDcsRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void encoding_data();
    void encoding();
    void badPercent();
    void splitDeclaredId();

    void basicGet();
    void basicPost();
    void declaredIdsEncodedOnce();
    void rawSignalSentAsTyped();
    void profileDefaults();
    void targets_data();
    void targets();

    void findings_data();
    void findings();
    void idSyncPairsFollowAColon();
    void cleanRequestHasNoWarnings();
    void headerInjectionNeverReachesHeaders();
    void disabledRowsNotSent();

    void jsonRoundTrip();
    void jsonErrors();
};

void TestDcsRequest::encoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("space") << "famous popstar" << QByteArray("famous%20popstar");
    QTest::newRow("percent") << "%esid!" << QByteArray("%25esid%21");
    QTest::newRow("comma") << "a,b" << QByteArray("a%2Cb");
    QTest::newRow("ampersand and equals") << "a&b=c" << QByteArray("a%26b%3Dc");
    QTest::newRow("quotes") << "\"41 to 55\"" << QByteArray("%2241%20to%2055%22");
    QTest::newRow("unreserved") << "A-z_0.9~" << QByteArray("A-z_0.9~");
    QTest::newRow("utf8") << QStringLiteral("café") << QByteArray("caf%C3%A9");
    QTest::newRow("plus") << "a+b" << QByteArray("a%2Bb");
    QTest::newRow("control") << QStringLiteral("\x01") << QByteArray("%01");
}

void TestDcsRequest::encoding()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(DcsEncoding::encode(text), encoded);
    QString back;
    QVERIFY(DcsEncoding::decode(encoded, &back, false));
    QCOMPARE(back, text);
}

void TestDcsRequest::badPercent()
{
    QCOMPARE(DcsEncoding::badPercentOffsets("a=%esid!"), QVector<qsizetype>{2});
    QCOMPARE(DcsEncoding::badPercentOffsets("a=100%"), QVector<qsizetype>{5});
    QVERIFY(DcsEncoding::badPercentOffsets("a=%25esid%21&b=%01").isEmpty());
    QString out;
    QVERIFY(!DcsEncoding::decode("%zz", &out));
    QVERIFY(!DcsEncoding::decode("%FF", &out)); // not UTF-8
    QVERIFY(DcsEncoding::decode("a+b", &out, true));
    QCOMPARE(out, QStringLiteral("a b"));
    QCOMPARE(DcsEncoding::unencodedCharacters("a b\"c"), QStringLiteral(" \""));
    QVERIFY(DcsEncoding::looksPercentEncoded(QStringLiteral("famous%20popstar")));
    QVERIFY(!DcsEncoding::looksPercentEncoded(QStringLiteral("100%")));
}

void TestDcsRequest::splitDeclaredId()
{
    QCOMPARE(DcsEncoding::splitDeclaredId("123%01456"), (QList<QByteArray>{"123", "456"}));
    QCOMPARE(DcsEncoding::splitDeclaredId("123%01sample_id%011"),
             (QList<QByteArray>{"123", "sample_id", "1"}));
    QCOMPARE(DcsEncoding::splitDeclaredId("abc"), QList<QByteArray>{"abc"});
}

void TestDcsRequest::basicGet()
{
    DcsRequest r = basicRequest();
    r.signalList.append(DcsSignal{QStringLiteral("c_likes"), {QStringLiteral("famous popstar")}});
    r.signalList.append(DcsSignal{QStringLiteral("c_loves"), {QStringLiteral("famous actress")}});
    const PreparedRequest p = DcsRequestBuilder::prepare(regionProfile(), r);
    QVERIFY2(!p.isRefused(), qPrintable(codes(p).join(',')));
    QCOMPARE(p.method, QByteArray("GET"));
    QCOMPARE(p.urlText,
             QByteArray("https://usw2.demdex.net/event?d_rtbd=json&d_jsonv=1&d_uuid=" +
                        kUuid.toLatin1() + "&c_likes=famous%20popstar&c_loves=famous%20actress"));
    QCOMPARE(p.url.toEncoded(), p.urlText);
    QCOMPARE(p.headers.first(), qMakePair(QByteArray("Host"), QByteArray("foo.demdex.net")));
    QCOMPARE(p.header("User-Agent"), DcsRequestBuilder::defaultUserAgent());
    QVERIFY(p.body.isEmpty());
    QCOMPARE(p.params.size(), 5);
    QCOMPARE(p.params.at(3).value, QStringLiteral("famous popstar"));
    QCOMPARE(p.params.at(3).origin, RequestFinding::Part::Signal);
}

void TestDcsRequest::basicPost()
{
    DcsRequest r = basicRequest();
    r.method = DcsRequest::Method::Post;
    r.destinations = true;
    r.cts = 2;
    r.callback = QStringLiteral("myCallback");
    r.platform = QStringLiteral("browser");
    r.sid = QStringLiteral("1234,5678");
    r.tdpid = QStringLiteral("1");
    r.signalList.append(
        DcsSignal{QStringLiteral("c_x"), {QStringLiteral("a,b"), QStringLiteral("c")}});
    const PreparedRequest p = DcsRequestBuilder::prepare(regionProfile(7), r);
    QVERIFY(!p.isRefused());
    QCOMPARE(p.method, QByteArray("POST"));
    QCOMPARE(p.urlText, QByteArray("https://use.demdex.net/event"));
    QCOMPARE(p.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(p.body, QByteArray("d_rtbd=json&d_jsonv=1&d_uuid=" + kUuid.toLatin1() +
                                "&d_dst=1&d_cts=2&d_cb=myCallback&d_ptfm=browser"
                                "&d_sid=1234%2C5678&d_tdpid=1&c_x=a%2Cb,c"));
    QCOMPARE(p.countOf(Finding::Severity::Warning), 0);
}

void TestDcsRequest::declaredIdsEncodedOnce()
{
    DcsRequest r = basicRequest();
    r.declaredIds.append(DeclaredId{DeclaredId::Kind::DataSource, QStringLiteral("123"),
                                    QStringLiteral("a b%c"), DeclaredId::NoAuthState, true});
    r.declaredIds.append(DeclaredId{DeclaredId::Kind::DataSource, QStringLiteral("123"),
                                    QStringLiteral("sample_id"), DeclaredId::Authenticated, true});
    r.declaredIds.append(DeclaredId{DeclaredId::Kind::IntegrationCode, QStringLiteral("DSID_20915"),
                                    QStringLiteral("6D92078A-8246-4BA4-AE5B-76104861E7DC"),
                                    DeclaredId::LoggedOut, true});
    const PreparedRequest p = DcsRequestBuilder::prepare(regionProfile(), r);
    QVERIFY(p.urlText.contains("&d_cid=123%01a%20b%25c&"));
    QVERIFY(p.urlText.contains("&d_cid=123%01sample_id%011&"));
    QVERIFY(p.urlText.endsWith("&d_cid_ic=DSID_20915%016D92078A-8246-4BA4-AE5B-76104861E7DC%012"));
    QVERIFY(!p.urlText.contains("%2501"));
    QVERIFY2(p.countOf(Finding::Severity::Warning) == 0, qPrintable(codes(p).join(',')));
}

void TestDcsRequest::rawSignalSentAsTyped()
{
    DcsRequest r = basicRequest();
    DcsSignal s{QStringLiteral("c_likes"), {QStringLiteral("famous%20popstar")}};
    s.raw = true;
    r.signalList.append(s);
    const PreparedRequest p = DcsRequestBuilder::prepare(regionProfile(), r);
    QVERIFY(p.urlText.endsWith("&c_likes=famous%20popstar"));
    QVERIFY(!hasCode(p, QStringLiteral("encoding.double")));
}

void TestDcsRequest::profileDefaults()
{
    Profile profile = regionProfile();
    profile.defaultUserId = QStringLiteral("08382830887934830189014177072406221371");
    profile.idKind = Profile::IdKind::Mid;
    profile.orgId = QStringLiteral("5DC5123F5245B1D20A490D46@AdobeOrg");
    const PreparedRequest p = DcsRequestBuilder::prepare(profile, DcsRequest());
    QVERIFY(p.urlText.contains("&d_mid=08382830887934830189014177072406221371"
                               "&d_orgid=5DC5123F5245B1D20A490D46%40AdobeOrg"));
    QCOMPARE(p.request.userIdKind, Profile::IdKind::Mid);
    QVERIFY(!hasCode(p, QStringLiteral("userid.missing")));
    // The request's own ID wins over the profile's default.
    const PreparedRequest own = DcsRequestBuilder::prepare(profile, basicRequest());
    QVERIFY(own.urlText.contains("d_uuid=" + kUuid.toLatin1()));
    QVERIFY(!own.urlText.contains("d_orgid"));
}

void TestDcsRequest::targets_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("customBaseUrl");
    QTest::addColumn<QUrl>("sandbox");
    QTest::addColumn<QString>("urlStart"); // empty: refused
    QTest::addColumn<QString>("code");
    QTest::newRow("region 3") << 3 << QString() << QUrl() << "https://apse.demdex.net/event?"
                              << "";
    QTest::newRow("region 12") << 12 << QString() << QUrl() << "https://ind1.demdex.net/event?"
                               << "";
    QTest::newRow("undocumented region") << 5 << QString() << QUrl() << ""
                                         << "target.region";
    QTest::newRow("sandbox running")
        << int(Profile::SandboxRegion) << QString() << QUrl(QStringLiteral("http://127.0.0.1:4567"))
        << "http://127.0.0.1:4567/event?"
        << "";
    QTest::newRow("sandbox not running") << int(Profile::SandboxRegion) << QString() << QUrl() << ""
                                         << "target.sandbox";
    QTest::newRow("custom base") << 9 << "http://127.0.0.1:8080" << QUrl()
                                 << "http://127.0.0.1:8080/event?"
                                 << "";
    QTest::newRow("custom base with path")
        << 9 << "https://proxy.example.com/dcs/" << QUrl() << "https://proxy.example.com/dcs/event?"
        << "";
    QTest::newRow("custom base not http") << 9 << "ftp://x.example.com" << QUrl() << ""
                                          << "target.base-url";
    QTest::newRow("custom base garbage") << 9 << "not a url" << QUrl() << ""
                                         << "target.base-url";
}

void TestDcsRequest::targets()
{
    QFETCH(int, region);
    QFETCH(QString, customBaseUrl);
    QFETCH(QUrl, sandbox);
    QFETCH(QString, urlStart);
    QFETCH(QString, code);
    Profile profile = regionProfile(region);
    profile.customBaseUrl = customBaseUrl;
    const PreparedRequest p = DcsRequestBuilder::prepare(profile, basicRequest(), sandbox);
    if (urlStart.isEmpty()) {
        bool blocking = false;
        QVERIFY2(hasCode(p, code, &blocking), qPrintable(codes(p).join(',')));
        QVERIFY(blocking);
        QVERIFY(p.isRefused());
        QVERIFY(!p.url.isValid());
        QVERIFY(p.urlText.contains("/event?d_rtbd=json")); // still shown
    } else {
        QVERIFY2(!p.isRefused(), qPrintable(codes(p).join(',')));
        QVERIFY2(p.urlText.startsWith(urlStart.toLatin1()), p.urlText.constData());
        QCOMPARE(p.header("Host"), QByteArray("foo.demdex.net"));
    }
}

void TestDcsRequest::findings_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("blocking");

    const auto signal = [](const QString &key, const QString &value, bool raw = false) {
        DcsSignal s{key, {value}};
        s.raw = raw;
        return s;
    };
    const auto cid = [](const QString &ns, const QString &id,
                        DeclaredId::Kind kind = DeclaredId::Kind::DataSource) {
        return DeclaredId{kind, ns, id, DeclaredId::NoAuthState, true};
    };

    QTest::newRow("GET over 8K") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("c_big"), QString(8200, QLatin1Char('x'))));
    }) << "size.get" << true << false;
    QTest::newRow("GET under 8K") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("c_big"), QString(7900, QLatin1Char('x'))));
    }) << "size.get" << false << false;
    QTest::newRow("POST over 32K") << Mutator([=](Profile &, DcsRequest &r) {
        r.method = DcsRequest::Method::Post;
        r.signalList.append(signal(QStringLiteral("c_big"), QString(33000, QLatin1Char('x'))));
    }) << "size.post" << true << false;
    QTest::newRow("POST of 20K is fine") << Mutator([=](Profile &, DcsRequest &r) {
        r.method = DcsRequest::Method::Post;
        r.signalList.append(signal(QStringLiteral("c_big"), QString(20000, QLatin1Char('x'))));
    }) << "size.post" << false << false;
    QTest::newRow("11 declared IDs") << Mutator([=](Profile &, DcsRequest &r) {
        for (int i = 0; i < 11; ++i)
            r.declaredIds.append(cid(QString::number(100 + i), QStringLiteral("id")));
    }) << "cid.too-many" << true << false;
    QTest::newRow("10 declared IDs") << Mutator([=](Profile &, DcsRequest &r) {
        for (int i = 0; i < 10; ++i)
            r.declaredIds.append(cid(QString::number(100 + i), QStringLiteral("id")));
    }) << "cid.too-many" << false << false;
    QTest::newRow("4 in one namespace") << Mutator([=](Profile &, DcsRequest &r) {
        for (int i = 0; i < 4; ++i)
            r.declaredIds.append(cid(QStringLiteral("123"), QStringLiteral("id%1").arg(i)));
    }) << "cid.namespace-limit" << true << false;
    QTest::newRow("3 in one namespace") << Mutator([=](Profile &, DcsRequest &r) {
        for (int i = 0; i < 3; ++i)
            r.declaredIds.append(cid(QStringLiteral("123"), QStringLiteral("id%1").arg(i)));
    }) << "cid.namespace-limit" << false << false;
    QTest::newRow("DSID_ code and DPID share a namespace") << Mutator([=](Profile &,
                                                                          DcsRequest &r) {
        for (int i = 0; i < 2; ++i)
            r.declaredIds.append(cid(QStringLiteral("20914"), QStringLiteral("a%1").arg(i)));
        for (int i = 0; i < 2; ++i)
            r.declaredIds.append(cid(QStringLiteral("DSID_20914"), QStringLiteral("b%1").arg(i),
                                     DeclaredId::Kind::IntegrationCode));
    }) << "cid.namespace-limit" << true << false;
    QTest::newRow("lower-case IDFA by DPID") << Mutator([=](Profile &, DcsRequest &r) {
        r.declaredIds.append(
            cid(QStringLiteral("20915"), QStringLiteral("6d92078a-8246-4ba4-ae5b-76104861e7dc")));
    }) << "cid.idfa-case" << true << false;
    QTest::newRow("lower-case IDFA by code") << Mutator([=](Profile &, DcsRequest &r) {
        r.declaredIds.append(cid(QStringLiteral("DSID_20915"),
                                 QStringLiteral("6d92078a-8246-4ba4-ae5b-76104861e7dc"),
                                 DeclaredId::Kind::IntegrationCode));
    }) << "cid.idfa-case" << true << false;
    QTest::newRow("upper-case IDFA") << Mutator([=](Profile &, DcsRequest &r) {
        r.declaredIds.append(cid(QStringLiteral("DSID_20915"),
                                 QStringLiteral("6D92078A-8246-4BA4-AE5B-76104861E7DC"),
                                 DeclaredId::Kind::IntegrationCode));
    }) << "cid.idfa-case" << false << false;
    QTest::newRow("IDFA not a UUID") << Mutator([=](Profile &, DcsRequest &r) {
        r.declaredIds.append(cid(QStringLiteral("20915"), QStringLiteral("ABC")));
    }) << "cid.idfa-format" << true << false;
    QTest::newRow("upper-case GAID") << Mutator([=](Profile &, DcsRequest &r) {
        r.declaredIds.append(
            cid(QStringLiteral("20914"), QStringLiteral("6D92078A-8246-4BA4-AE5B-76104861E7DC")));
    }) << "cid.lowercase" << true << false;
    QTest::newRow("declared ID without user ID") << Mutator([=](Profile &, DcsRequest &r) {
        r.declaredIds.append(cid(QStringLiteral("123"), QString()));
    }) << "cid.empty" << true << false;
    QTest::newRow("d_cid with a code") << Mutator([=](Profile &, DcsRequest &r) {
        r.declaredIds.append(cid(QStringLiteral("crm_code"), QStringLiteral("x")));
    }) << "cid.dpid" << true << false;
    QTest::newRow("raw % in GET (311)") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("c_x"), QStringLiteral("%esid!"), true));
    }) << "encoding.bad-percent" << true << true;
    QTest::newRow("raw % in POST (311)") << Mutator([=](Profile &, DcsRequest &r) {
        r.method = DcsRequest::Method::Post;
        r.signalList.append(signal(QStringLiteral("c_x"), QStringLiteral("%esid!"), true));
    }) << "encoding.bad-percent" << true << false;
    QTest::newRow("% in a typed value is encoded") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("c_x"), QStringLiteral("%esid!")));
    }) << "encoding.bad-percent" << false << false;
    QTest::newRow("raw value with a space") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("c_x"), QStringLiteral("a b"), true));
    }) << "encoding.unencoded" << true << false;
    QTest::newRow("value already encoded") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("c_x"), QStringLiteral("famous%20popstar")));
    }) << "encoding.double" << true << false;
    QTest::newRow("no user ID") << Mutator([](Profile &, DcsRequest &r) { r.userId.clear(); })
                                << "userid.missing" << true << false;
    QTest::newRow("bad uuid") << Mutator([](Profile &, DcsRequest &r) {
        r.userId = QStringLiteral("123456789");
    }) << "userid.uuid-format" << true
                              << false;
    QTest::newRow("bad mid") << Mutator([](Profile &, DcsRequest &r) {
        r.userIdKind = Profile::IdKind::Mid;
        r.userId = QStringLiteral("abc");
        r.orgId = QStringLiteral("X@AdobeOrg");
    }) << "userid.mid-format" << true
                             << false;
    QTest::newRow("d_mid without org")
        << Mutator([](Profile &, DcsRequest &r) { r.userIdKind = Profile::IdKind::Mid; })
        << "orgid.missing" << true << false;
    QTest::newRow("org without @AdobeOrg") << Mutator([](Profile &, DcsRequest &r) {
        r.orgId = QStringLiteral("5DC5123F5245B1D20A490D46");
    }) << "orgid.format" << true << false;
    QTest::newRow("no d_rtbd") << Mutator([](Profile &, DcsRequest &r) { r.rtbdJson = false; })
                               << "rtbd.missing" << true << false;
    QTest::newRow("d_jsonv=0") << Mutator([](Profile &, DcsRequest &r) {
        r.jsonVersion = QStringLiteral("0");
    }) << "jsonv.zero" << true << false;
    QTest::newRow("d_cts=3") << Mutator([](Profile &, DcsRequest &r) { r.cts = 3; }) << "cts.value"
                             << true << false;
    QTest::newRow("bad callback") << Mutator([](Profile &, DcsRequest &r) {
        r.callback = QStringLiteral("a b");
    }) << "callback.name" << true << false;
    QTest::newRow("bad platform") << Mutator([](Profile &, DcsRequest &r) {
        r.platform = QStringLiteral("tv");
    }) << "platform.value" << true << false;
    QTest::newRow("bad d_sid") << Mutator([](Profile &, DcsRequest &r) {
        r.sid = QStringLiteral("12;34");
    }) << "sid.value" << true << false;
    QTest::newRow("signal without key") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QString(), QStringLiteral("x")));
    }) << "signal.key-empty" << true << false;
    QTest::newRow("signal doubles a field") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("d_uuid"), QStringLiteral("1")));
    }) << "signal.field-key" << true << false;
    QTest::newRow("signal key not a trait key") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("price!123"), QStringLiteral("1")));
    }) << "signal.key-name" << true << false;
    QTest::newRow("numeric-prefixed key is fine") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("123price"), QStringLiteral("1")));
    }) << "signal.key-name" << false << false;
    QTest::newRow("deprecated d_dpid") << Mutator([=](Profile &, DcsRequest &r) {
        r.signalList.append(signal(QStringLiteral("d_dpid"), QStringLiteral("1")));
    }) << "signal.deprecated" << true << false;
    QTest::newRow("no alias") << Mutator([](Profile &p, DcsRequest &) { p.alias.clear(); })
                              << "alias.missing" << true << false;
    QTest::newRow("alias with CR LF")
        << Mutator([](Profile &p, DcsRequest &) { p.alias = QStringLiteral("foo\r\nX-Evil: 1"); })
        << "alias.invalid" << true << true;
    QTest::newRow("alias with a space")
        << Mutator([](Profile &p, DcsRequest &) { p.alias = QStringLiteral("my domain"); })
        << "alias.invalid" << true << true;
    QTest::newRow("alias is the whole host")
        << Mutator([](Profile &p, DcsRequest &) { p.alias = QStringLiteral("foo.demdex.net"); })
        << "alias.full-host" << true << true;
    QTest::newRow("header value with LF") << Mutator([](Profile &, DcsRequest &r) {
        r.headers.append(DcsHeader{QStringLiteral("X-Forwarded-For"),
                                   QStringLiteral("1.2.3.4\nHost: evil"), true});
    }) << "header.value" << true << true;
    QTest::newRow("header value with NUL") << Mutator([](Profile &, DcsRequest &r) {
        r.headers.append(DcsHeader{QStringLiteral("X-A"), QStringLiteral("a") + QChar(0), true});
    }) << "header.value" << true << true;
    QTest::newRow("header value beyond ASCII goes as UTF-8") << Mutator([](Profile &, DcsRequest &r) {
        r.headers.append(DcsHeader{QStringLiteral("X-A"), QStringLiteral("€"), true});
    }) << "header.utf8" << true << false;
    QTest::newRow("header name with a space") << Mutator([](Profile &, DcsRequest &r) {
        r.headers.append(DcsHeader{QStringLiteral("X A"), QStringLiteral("1"), true});
    }) << "header.name" << true << true;
    QTest::newRow("disabled bad header is ignored") << Mutator([](Profile &, DcsRequest &r) {
        r.headers.append(DcsHeader{QStringLiteral("X A"), QStringLiteral("\n"), false});
    }) << "header.name" << false << false;
    QTest::newRow("profile header with a line break") << Mutator([](Profile &p, DcsRequest &) {
        p.headers.append(DcsHeader{QStringLiteral("X-A"), QStringLiteral("1\r\nX-B: 2"), true});
    }) << "header.profile-invalid" << true << true;
    QTest::newRow("profile's disabled bad header is ignored") << Mutator([](Profile &p, DcsRequest &) {
        p.headers.append(DcsHeader{QStringLiteral("X A"), QStringLiteral("1"), false});
    }) << "header.profile-invalid" << false << false;
    QTest::newRow("profile's Host header") << Mutator([](Profile &p, DcsRequest &) {
        p.headers.append(DcsHeader{QStringLiteral("host"), QStringLiteral("x.demdex.net"), true});
    }) << "header.managed" << true << false;
    QTest::newRow("own Host header") << Mutator([](Profile &, DcsRequest &r) {
        r.headers.append(DcsHeader{QStringLiteral("Host"), QStringLiteral("bar.demdex.net"), true});
    }) << "header.managed" << true << false;
    QTest::newRow("path not a DCS endpoint")
        << Mutator([](Profile &, DcsRequest &r) { r.path = QStringLiteral("/segments"); })
        << "path.unknown" << true << false;
    QTest::newRow("opt-out by UUID")
        << Mutator([](Profile &, DcsRequest &r) { r.path = QStringLiteral("/demoptout.jpg"); })
        << "optout.no-id" << false << false;
    QTest::newRow("opt-out without an ID") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/demoptout.jpg");
        r.userId.clear();
    }) << "optout.no-id" << true << false;
    QTest::newRow("opt-out by declared ID") << Mutator([=](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/demoptout.jpg");
        r.userId.clear();
        r.declaredIds.append(cid(QStringLiteral("123"), QStringLiteral("crm")));
    }) << "optout.no-id" << false << false;
    QTest::newRow("opt-out with a signal") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/demoptout.jpg");
        r.signalList.append(DcsSignal{QStringLiteral("c_x"), {QStringLiteral("1")}});
    }) << "endpoint.event-key" << true << false;
    QTest::newRow("ID sync without dpuuid") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/ibs");
        r.signalList.append(DcsSignal{QStringLiteral("dpid"), {QStringLiteral("411")}});
    }) << "ibs.no-id" << true << false;
    QTest::newRow("ID sync with d_cid") << Mutator([=](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/ibs");
        r.declaredIds.append(cid(QStringLiteral("411"), QStringLiteral("v")));
    }) << "ibs.no-id" << false << false;
    QTest::newRow("ID sync redir without the macro") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/ibs");
        r.signalList.append(DcsSignal{QStringLiteral("dpid"), {QStringLiteral("411")}});
        r.signalList.append(DcsSignal{QStringLiteral("dpuuid"), {QStringLiteral("v")}});
        r.signalList.append(
            DcsSignal{QStringLiteral("redir"), {QStringLiteral("https://p.example/s")}});
    }) << "ibs.redir-macro" << true << false;
    QTest::newRow("ID sync redir with the macro, as typed")
        << Mutator([](Profile &, DcsRequest &r) {
               r.path = QStringLiteral("/ibs");
               r.signalList.append(DcsSignal{QStringLiteral("dpid"), {QStringLiteral("411")}});
               r.signalList.append(DcsSignal{QStringLiteral("dpuuid"), {QStringLiteral("v")}});
               r.signalList.append(
                   DcsSignal{QStringLiteral("redir"),
                             {QStringLiteral("https%3A%2F%2Fp.example%2Fs%3Fu%3D%24%7BDD_UUID%7D")},
                             true});
           })
        << "ibs.redir-macro" << false << false;
    QTest::newRow("ID sync as POST") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/ibs");
        r.method = DcsRequest::Method::Post;
    }) << "ibs.post" << true << true;
    QTest::newRow("d_dst on /id") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/id");
        r.destinations = true;
    }) << "endpoint.options-unsent"
                                  << true << false;
    QTest::newRow("c_ signal on /id") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/id");
        r.signalList.append(DcsSignal{QStringLiteral("c_x"), {QStringLiteral("1")}});
    }) << "endpoint.event-key" << true << false;
    QTest::newRow("no user ID on /id") << Mutator([](Profile &, DcsRequest &r) {
        r.path = QStringLiteral("/id");
        r.userId.clear();
    }) << "userid.missing" << false << false;
    QTest::newRow("path with a space")
        << Mutator([](Profile &, DcsRequest &r) { r.path = QStringLiteral("/ev ent"); })
        << "path.invalid" << true << true;
}

void TestDcsRequest::findings()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, code);
    QFETCH(bool, present);
    QFETCH(bool, blocking);
    Profile profile = regionProfile();
    DcsRequest request = basicRequest();
    mutate(profile, request);
    const PreparedRequest p = DcsRequestBuilder::prepare(profile, request);
    bool isBlocking = false;
    QVERIFY2(hasCode(p, code, &isBlocking) == present, qPrintable(codes(p).join(',')));
    if (present) {
        QCOMPARE(isBlocking, blocking);
        QCOMPARE(p.isRefused(), blocking);
        for (const RequestFinding &f : p.findings)
            QVERIFY(!f.message.isEmpty());
    }
}

// id-sync-http.md: the pairs follow a colon, /ibs:dpid=...; what is shown is what is sent.
void TestDcsRequest::idSyncPairsFollowAColon()
{
    Profile profile = regionProfile();
    profile.customBaseUrl = QStringLiteral("https://dpm.demdex.net");
    DcsRequest r;
    r.path = QStringLiteral("/ibs");
    r.destinations = true; // an /event option: not sent
    r.signalList.append(DcsSignal{QStringLiteral("dpid"), {QStringLiteral("411")}});
    r.signalList.append(DcsSignal{QStringLiteral("dpuuid"), {QStringLiteral("vendor 42")}});
    r.signalList.append(
        DcsSignal{QStringLiteral("redir"), {QStringLiteral("https://p.example/s?u=${DD_UUID}")}});
    const PreparedRequest p = DcsRequestBuilder::prepare(profile, r);
    QVERIFY2(!p.isRefused(), qPrintable(codes(p).join(',')));
    const QByteArray expected = "https://dpm.demdex.net/ibs:dpid=411&dpuuid=vendor%2042&redir="
                                "https%3A%2F%2Fp.example%2Fs%3Fu%3D%24%7BDD_UUID%7D";
    QCOMPARE(p.urlText, expected);
    QCOMPARE(p.url.toEncoded(), expected);
    QVERIFY(!p.url.hasQuery());
    QVERIFY(p.toCurl().contains(QString::fromLatin1(expected)));
    QVERIFY(!hasCode(p, QStringLiteral("ibs.no-id")));
    QVERIFY(!hasCode(p, QStringLiteral("signal.deprecated")));

    // The /id call keeps d_rtbd and d_cb, and drops the /event-only options.
    r = basicRequest();
    r.path = QStringLiteral("/id");
    r.userIdKind = Profile::IdKind::Mid;
    r.orgId = QStringLiteral("5DC5123F5245B1D20A490D46@AdobeOrg");
    r.callback = QStringLiteral("cb");
    r.cts = 2;
    const PreparedRequest id = DcsRequestBuilder::prepare(regionProfile(), r);
    QCOMPARE(id.urlText, "https://usw2.demdex.net/id?d_rtbd=json&d_mid=" + kUuid.toLatin1() +
                             "&d_orgid=5DC5123F5245B1D20A490D46%40AdobeOrg&d_cb=cb");
    QVERIFY(id.expectsJson());

    r = basicRequest();
    r.path = QStringLiteral("/demoptout.jpg");
    const PreparedRequest optOut = DcsRequestBuilder::prepare(regionProfile(), r);
    QCOMPARE(optOut.urlText, "https://usw2.demdex.net/demoptout.jpg?d_uuid=" + kUuid.toLatin1());
    QVERIFY(!optOut.expectsJson());
    // Only the note that the request's d_rtbd and d_jsonv are not sent there.
    QCOMPARE(codes(optOut), QStringList{QStringLiteral("endpoint.options-unsent")});
    QVERIFY(optOut.findings.first().message.contains(QStringLiteral("d_rtbd, d_jsonv")));
}

void TestDcsRequest::cleanRequestHasNoWarnings()
{
    const PreparedRequest p = DcsRequestBuilder::prepare(regionProfile(), basicRequest());
    QVERIFY2(p.findings.isEmpty(), qPrintable(codes(p).join(',')));
}

void TestDcsRequest::headerInjectionNeverReachesHeaders()
{
    Profile profile = regionProfile();
    DcsRequest r = basicRequest();
    r.headers.append(
        DcsHeader{QStringLiteral("X-Forwarded-For"), QStringLiteral("1\r\nX: y"), true});
    r.headers.append(DcsHeader{QStringLiteral("Accept-Language"), QStringLiteral("de"), true});
    PreparedRequest p = DcsRequestBuilder::prepare(profile, r);
    QVERIFY(p.isRefused());
    for (const auto &h : p.headers) {
        QVERIFY(!h.second.contains('\n'));
        QVERIFY(!h.second.contains('\r'));
    }
    QCOMPARE(p.header("Accept-Language"), QByteArray("de"));
    QVERIFY(p.header("X-Forwarded-For").isEmpty());

    profile.alias = QStringLiteral("foo\nbar");
    p = DcsRequestBuilder::prepare(profile, basicRequest());
    QVERIFY(p.isRefused());
    QVERIFY(!p.url.isValid());
    QVERIFY(p.header("Host").isEmpty());
    profile.alias = QStringLiteral("foo") + QChar(0) + QStringLiteral("bar");
    p = DcsRequestBuilder::prepare(profile, basicRequest());
    QVERIFY(p.isRefused());
    QVERIFY(p.header("Host").isEmpty());
}

void TestDcsRequest::disabledRowsNotSent()
{
    DcsRequest r = basicRequest();
    DcsSignal s{QStringLiteral("c_off"), {QStringLiteral("1")}};
    s.enabled = false;
    r.signalList.append(s);
    r.declaredIds.append(DeclaredId{DeclaredId::Kind::DataSource, QStringLiteral("1"),
                                    QStringLiteral("x"), DeclaredId::NoAuthState, false});
    const PreparedRequest p = DcsRequestBuilder::prepare(regionProfile(), r);
    QVERIFY(!p.urlText.contains("c_off"));
    QVERIFY(!p.urlText.contains("d_cid"));
}

void TestDcsRequest::jsonRoundTrip()
{
    DcsRequest r = basicRequest();
    r.name = QStringLiteral("Saved");
    r.method = DcsRequest::Method::Post;
    r.userIdKind = Profile::IdKind::Mid;
    r.orgId = QStringLiteral("X@AdobeOrg");
    r.rtbdJson = false;
    r.jsonVersion = QStringLiteral("0");
    r.destinations = true;
    r.cts = 1;
    r.callback = QStringLiteral("cb");
    r.platform = QStringLiteral("ios");
    r.sid = QStringLiteral("1,2");
    r.tdpid = QStringLiteral("3");
    DcsSignal s{QStringLiteral("c_x"), {QStringLiteral("a"), QStringLiteral("b")}};
    s.raw = true;
    s.enabled = false;
    r.signalList.append(s);
    r.declaredIds.append(DeclaredId{DeclaredId::Kind::IntegrationCode, QStringLiteral("code"),
                                    QStringLiteral("id"), DeclaredId::LoggedOut, true});
    r.declaredIds.append(DeclaredId{DeclaredId::Kind::DataSource, QStringLiteral("1"),
                                    QStringLiteral("id"), DeclaredId::NoAuthState, false});
    r.headers.append(DcsHeader{QStringLiteral("User-Agent"), QStringLiteral("ua"), true});
    r.unknownKeys.insert(QStringLiteral("futureKey"), 42);

    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    QString error;
    const DcsRequest back = DcsRequest::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back, r);
    QCOMPARE(back.unknownKeys.value(QStringLiteral("futureKey")).toInt(), 42);

    // Defaults for an empty object.
    const DcsRequest empty = DcsRequest::fromJson(QJsonObject(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(empty, DcsRequest());
}

void TestDcsRequest::jsonErrors()
{
    QString error;
    DcsRequest::fromJson(QJsonObject{{QStringLiteral("signals"), 3}}, &error);
    QVERIFY(error.contains(QStringLiteral("signals")));
    DcsRequest::fromJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")}}, &error);
    QVERIFY(error.contains(QStringLiteral("PUT")));
    DcsRequest::fromJson(QJsonObject{{QStringLiteral("declaredIds"),
                                      QJsonArray{QJsonObject{{QStringLiteral("authState"), 7}}}}},
                         &error);
    QVERIFY(!error.isEmpty());
    DcsRequest::fromJson(QJsonObject{{QStringLiteral("rtbd"), QStringLiteral("yes")}}, &error);
    QVERIFY(error.contains(QStringLiteral("rtbd")));
}

QTEST_GUILESS_MAIN(TestDcsRequest)
#include "tst_dcsrequest.moc"
