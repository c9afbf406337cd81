#include "dcs/aamcookies.h"
#include "dcs/amcvcookie.h"
#include "dcs/dcsrequest.h"
#include "testworkspace.h"

#include <QtTest>

using namespace dcsdesk;

namespace {

// domain.md §4.4: from @adobe-mcid/visitor-js-server's test (URL-encoded) and adobe/alloy's.
const QString kVisitorServer = QStringLiteral(
    "-179204249%7CMCIDTS%7C17043%7CMCMID%7C67165637736332133982173426459255729868%7CMCAAMLH-"
    "526748409%7C9%7CMCAAMB-2167743609%7CNRX38WO0n5BH8Th-nqAG_A%7CMCOPTOUT-1472486944s%7CNONE%"
    "7CMCAID%7C2BD9A36D85078621-6000010D20286FCF");
const QString kAlloy = QStringLiteral(
    "-1891778711|MCIDTS|18199|MCMID|83938241987308959172561495939786191343|MCAAMLH-1572973109|9|"
    "MCAAMB-1572973109|RKhpRz8krg2tLO6pguXWp5olkAcUniQYPHaMWWgdJ3xzPWQmdj0y|MCOPTOUT-"
    "1572375509s|NONE|MCAID|NONE|MCSYNCSOP|411-18188|vVersion|2.4.0");

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestCookies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void visitorServerExample();
    void alloyExample();
    void alloyExampleLater();
    void cookieNameGivesOrg();
    void inputForms_data();
    void inputForms();
    void legacyKeys();
    void oddTokensAndEmptyValue();
    void optOut();
    void invalid_data();
    void invalid();
    void fillRequest();

    void demdex();
    void dextp();
    void dst();
    void cookieHeader();
};

void TestCookies::visitorServerExample()
{
    const AmcvCookie c = AmcvCookie::parse(kVisitorServer, at("2026-01-01T00:00:00Z"));
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.settingsDigest, QStringLiteral("-179204249"));
    QCOMPARE(c.mcmid, QStringLiteral("67165637736332133982173426459255729868"));
    // MCAAMLH expired in 1986: no region, and it is said.
    QVERIFY(c.isExpired(QStringLiteral("MCAAMLH")));
    QCOMPARE(c.locationHint, -1);
    QCOMPARE(c.field(QStringLiteral("mcaamlh"))->value, QStringLiteral("9"));
    QVERIFY(c.notes.join('\n').contains(QStringLiteral("MCAAMLH")));
    // MCAAMB expires in 2038.
    QCOMPARE(c.aamBlob, QStringLiteral("NRX38WO0n5BH8Th-nqAG_A"));
    const AmcvCookie::Field *optOut = c.field(QStringLiteral("MCOPTOUT"));
    QVERIFY(optOut->sessionOnly);
    QVERIFY(optOut->expired);
    QCOMPARE(c.optOut, -1);
    QCOMPARE(c.analyticsId, QStringLiteral("2BD9A36D85078621-6000010D20286FCF"));
    QCOMPARE(c.idTimestamp, QDate(2016, 8, 30));
    QCOMPARE(c.fields.size(), 6);
}

void TestCookies::alloyExample()
{
    const AmcvCookie c = AmcvCookie::parse(kAlloy, at("2019-10-28T00:00:00Z"));
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.mcmid, QStringLiteral("83938241987308959172561495939786191343"));
    QCOMPARE(c.locationHint, 9);
    QCOMPARE(c.aamBlob, QStringLiteral("RKhpRz8krg2tLO6pguXWp5olkAcUniQYPHaMWWgdJ3xzPWQmdj0y"));
    QCOMPARE(c.optOut, 0);
    QVERIFY(c.analyticsId.isEmpty()); // NONE
    QCOMPARE(c.version, QStringLiteral("2.4.0"));
    QCOMPARE(c.field(QStringLiteral("MCSYNCSOP"))->listValues(),
             QStringList{QStringLiteral("411-18188")});
    const AmcvCookie::Field *hint = c.field(QStringLiteral("MCAAMLH"));
    QCOMPARE(hint->expiry, QDateTime::fromSecsSinceEpoch(1572973109, Qt::UTC));
    QVERIFY(!hint->expired);
    QVERIFY(!hint->sessionOnly);
    QCOMPARE(c.toJson()
                 .value(QStringLiteral("region"))
                 .toObject()
                 .value(QStringLiteral("host"))
                 .toString(),
             QStringLiteral("usw2.demdex.net"));
}

void TestCookies::alloyExampleLater()
{
    // After 2019-11-05 the location hint and the blob have expired; the ECID has no expiry.
    const AmcvCookie c = AmcvCookie::parse(kAlloy, at("2020-01-01T00:00:00Z"));
    QCOMPARE(c.mcmid, QStringLiteral("83938241987308959172561495939786191343"));
    QCOMPARE(c.locationHint, -1);
    QVERIFY(c.aamBlob.isEmpty());
    QVERIFY(c.toJson()
                .value(QStringLiteral("fields"))
                .toArray()
                .at(3)
                .toObject()
                .value(QStringLiteral("expired"))
                .toBool());
}

void TestCookies::cookieNameGivesOrg()
{
    const AmcvCookie c = AmcvCookie::parse(
        QStringLiteral("AMCV_1FD6776A524453CC0A490D44%40AdobeOrg=") + kVisitorServer);
    QVERIFY(c.ok);
    QCOMPARE(c.cookieName, QStringLiteral("AMCV_1FD6776A524453CC0A490D44@AdobeOrg"));
    QCOMPARE(c.orgId, QStringLiteral("1FD6776A524453CC0A490D44@AdobeOrg"));
}

void TestCookies::inputForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("raw") << kAlloy;
    QTest::newRow("encoded") << QString::fromLatin1(QUrl::toPercentEncoding(kAlloy));
    QTest::newRow("double encoded") << QString::fromLatin1(
        QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(kAlloy))));
    QTest::newRow("quoted") << QLatin1Char('"') + kAlloy + QLatin1Char('"');
    QTest::newRow("Cookie header")
        << QStringLiteral("Cookie: s_cc=true; AMCVS_X%40AdobeOrg=1; AMCV_X%40AdobeOrg=") + kAlloy +
               QStringLiteral("; other=1");
}

void TestCookies::inputForms()
{
    QFETCH(QString, input);
    const AmcvCookie c = AmcvCookie::parse(input, at("2019-10-28T00:00:00Z"));
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.mcmid, QStringLiteral("83938241987308959172561495939786191343"));
    QCOMPARE(c.locationHint, 9);
}

void TestCookies::legacyKeys()
{
    AmcvCookie c =
        AmcvCookie::parse(QStringLiteral("mid=08382830887934830189014177072406221371&aamlh=7"));
    QVERIFY2(c.ok, qPrintable(c.error));
    QVERIFY(c.legacy);
    QCOMPARE(c.mcmid, QStringLiteral("08382830887934830189014177072406221371"));
    QCOMPARE(c.locationHint, 7);
    c = AmcvCookie::parse(QStringLiteral("mid|123|aamlh|6"));
    QVERIFY(c.legacy);
    QCOMPARE(c.mcmid, QStringLiteral("123"));
    QCOMPARE(c.locationHint, 6);
}

void TestCookies::oddTokensAndEmptyValue()
{
    const AmcvCookie c = AmcvCookie::parse(QStringLiteral("123|MCMID|42|MCAID|T|vVersion"));
    QVERIFY(c.ok);
    QCOMPARE(c.settingsDigest, QStringLiteral("123"));
    QCOMPARE(c.fields.size(), 2);
    QVERIFY(c.field(QStringLiteral("MCAID"))->value.isEmpty());
    QVERIFY(c.notes.join('\n').contains(QStringLiteral("vVersion")));
}

void TestCookies::optOut()
{
    const AmcvCookie c = AmcvCookie::parse(QStringLiteral("1|MCMID|42|MCOPTOUT|isoptedout-true"));
    QCOMPARE(c.optOut, 1);
    QVERIFY(c.notes.join('\n').contains(QStringLiteral("171")));
    QCOMPARE(AmcvCookie::parse(QStringLiteral("1|MCMID|42|MCOPTOUT|isoptedout-false")).optOut, 0);
}

void TestCookies::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("just text") << QStringLiteral("hello");
    QTest::newRow("session cookie only") << QStringLiteral("AMCVS_X%40AdobeOrg=1");
    QTest::newRow("digest only") << QStringLiteral("-123|");
}

void TestCookies::invalid()
{
    QFETCH(QString, input);
    const AmcvCookie c = AmcvCookie::parse(input);
    QVERIFY(!c.ok);
    QVERIFY(!c.error.isEmpty());
}

void TestCookies::fillRequest()
{
    const AmcvCookie c =
        AmcvCookie::parse(QStringLiteral("AMCV_1FD6776A524453CC0A490D44%40AdobeOrg=") + kAlloy,
                          at("2019-10-28T00:00:00Z"));
    DcsRequest r;
    QCOMPARE(c.fillRequest(r), 9);
    QCOMPARE(r.userIdKind, Profile::IdKind::Mid);
    QCOMPARE(r.userId, QStringLiteral("83938241987308959172561495939786191343"));
    QCOMPARE(r.orgId, QStringLiteral("1FD6776A524453CC0A490D44@AdobeOrg"));
}

void TestCookies::demdex()
{
    AamCookies::Demdex d =
        AamCookies::decodeDemdex(QStringLiteral("06151304227769720433039235178204449977"));
    QCOMPARE(d.uuid, QStringLiteral("06151304227769720433039235178204449977"));
    QVERIFY(!d.optedOut);
    QVERIFY(d.notes.isEmpty());
    d = AamCookies::decodeDemdex(QStringLiteral("NOTARGET"));
    QVERIFY(d.optedOut);
    d = AamCookies::decodeDemdex(QStringLiteral("123"));
    QVERIFY(!d.notes.isEmpty());
}

void TestCookies::dextp()
{
    const AamCookies::Dextp d = AamCookies::decodeDextp(QStringLiteral(
        "21-1-1490307821616|544-1-1490307821793|3-1-1490307821852|420-1-1490307822038|"));
    QCOMPARE(d.entries.size(), 4);
    QCOMPARE(d.entries.at(1).dataSource, QStringLiteral("544"));
    QCOMPARE(d.entries.at(1).syncType, 1);
    QCOMPARE(d.entries.at(0).time, QDateTime::fromMSecsSinceEpoch(1490307821616, Qt::UTC));
    QVERIFY(d.notes.isEmpty());
    const AamCookies::Dextp old =
        AamCookies::decodeDextp(QStringLiteral("provider-x-1490307821616"));
    QCOMPARE(old.entries.first().dataSource, QStringLiteral("provider-x"));
    QCOMPARE(old.entries.first().syncType, 0);
    QVERIFY(AamCookies::decodeDextp(QStringLiteral("NOTARGET")).optedOut);
}

void TestCookies::dst()
{
    const AamCookies::Dst d = AamCookies::decodeDst(
        QStringLiteral("067797-1490349684|1010788-1490349692|1067797-1490349692"));
    QCOMPARE(d.entries.size(), 3);
    QCOMPARE(d.entries.at(0).destinationId, QStringLiteral("067797"));
    QCOMPARE(d.entries.at(2).time, QDateTime::fromSecsSinceEpoch(1490349692, Qt::UTC));
}

void TestCookies::cookieHeader()
{
    // domain.md §4.3 global opt-out example.
    const QVector<AamCookies::Decoded> cookies = AamCookies::decodeCookieHeader(
        QStringLiteral("demdex=12345678901234567890123456789012345678;dextp=12;DST=12"));
    QCOMPARE(cookies.size(), 3);
    QCOMPARE(cookies.at(0).kind, AamCookies::Kind::Demdex);
    QCOMPARE(cookies.at(0).demdex.uuid, QStringLiteral("12345678901234567890123456789012345678"));
    QCOMPARE(cookies.at(1).kind, AamCookies::Kind::Dextp);
    QVERIFY(!cookies.at(1).dextp.notes.isEmpty());
    QCOMPARE(cookies.at(2).kind, AamCookies::Kind::Dst);
    QVERIFY(!cookies.at(2).dst.notes.isEmpty());

    const QVector<AamCookies::Decoded> mixed = AamCookies::decodeCookieHeader(
        QStringLiteral("Cookie: AMCV_X%40AdobeOrg=") + kAlloy +
            QStringLiteral("; AMCVS_X%40AdobeOrg=1; _dp=1; aam_uuid=1; s_cc=true"),
        at("2019-10-28T00:00:00Z"));
    QCOMPARE(mixed.size(), 5);
    QCOMPARE(mixed.at(0).kind, AamCookies::Kind::Amcv);
    QCOMPARE(mixed.at(0).amcv.orgId, QStringLiteral("X@AdobeOrg"));
    QCOMPARE(mixed.at(0).amcv.locationHint, 9);
    QCOMPARE(mixed.at(1).kind, AamCookies::Kind::AmcvSession);
    QCOMPARE(mixed.at(2).kind, AamCookies::Kind::DpTest);
    QCOMPARE(mixed.at(3).kind, AamCookies::Kind::FirstPartyUuid);
    QCOMPARE(mixed.at(4).kind, AamCookies::Kind::Other);
    QCOMPARE(AamCookies::toJson(mixed.at(0)).value(QStringLiteral("kind")).toString(),
             QStringLiteral("amcv"));
}

QTEST_GUILESS_MAIN(TestCookies)
#include "tst_cookies.moc"
