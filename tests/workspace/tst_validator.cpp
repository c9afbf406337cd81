#include "testworkspace.h"
#include "validation/validator.h"

#include <QtConcurrent>
#include <QtTest>

using namespace dcsdesk;

// Every rule of domain.md §5.7 plus the referential ones, one row each.
class TestValidator : public QObject
{
    Q_OBJECT

    static QStringList codes(const QVector<Finding> &findings)
    {
        QStringList out;
        for (const Finding &f : findings)
            out.append(f.code);
        return out;
    }

    static Destination validUrl()
    {
        Destination d;
        d.id = 1;
        d.name = QStringLiteral("Valid");
        d.type = Destination::Type::Url;
        d.serialized = true;
        d.urlFormat = QStringLiteral("http://x.example.com/?s=%ALIAS%");
        d.secureUrlFormat = QStringLiteral("https://x.example.com/?s=%alias%");
        d.delimiter = QStringLiteral(",");
        return d;
    }

    static Destination validCookie()
    {
        Destination d;
        d.id = 2;
        d.name = QStringLiteral("Cookie");
        d.type = Destination::Type::Cookie;
        d.platform = Destination::Platform::Browser;
        d.cookieName = QStringLiteral("aam");
        d.singleKey = QStringLiteral("k");
        return d;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void validDestinationsHaveNoFindings()
    {
        QVERIFY(Validator::validateDestination(validUrl()).isEmpty());
        QVERIFY(Validator::validateDestination(validCookie()).isEmpty());
    }

    void destinationRules_data()
    {
        QTest::addColumn<int>("which"); // 0 URL, 1 cookie
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("name required")
            << 0 << int(Destination::Name) << QVariant(QString()) << "destination.name-missing";
        QTest::newRow("name special chars")
            << 0 << int(Destination::Name) << QVariant(QStringLiteral("a<b>"))
            << "destination.name-special";
        QTest::newRow("id positive")
            << 0 << int(Destination::Id) << QVariant(0) << "destination.id";
        QTest::newRow("serialized needs base")
            << 0 << int(Destination::UrlFormat) << QVariant(QString()) << "url.base-missing";
        QTest::newRow("serialized needs secure") << 0 << int(Destination::SecureUrlFormat)
                                                 << QVariant(QString()) << "url.secure-missing";
        QTest::newRow("serialized needs delimiter")
            << 0 << int(Destination::Delimiter) << QVariant(QString()) << "url.delimiter-missing";
        QTest::newRow("base needs alias")
            << 0 << int(Destination::UrlFormat) << QVariant(QStringLiteral("http://x.example.com/"))
            << "url.alias-missing";
        QTest::newRow("secure needs alias")
            << 0 << int(Destination::SecureUrlFormat)
            << QVariant(QStringLiteral("https://x.example.com/")) << "url.alias-missing";
        QTest::newRow("url must parse")
            << 0 << int(Destination::UrlFormat) << QVariant(QStringLiteral("x.example.com/%ALIAS%"))
            << "url.invalid";
        QTest::newRow("secure should be https")
            << 0 << int(Destination::SecureUrlFormat)
            << QVariant(QStringLiteral("http://x.example.com/%ALIAS%")) << "url.secure-not-https";
        QTest::newRow("cookie name required")
            << 1 << int(Destination::CookieName) << QVariant(QString()) << "cookie.name-missing";
        QTest::newRow("cookie name token")
            << 1 << int(Destination::CookieName) << QVariant(QStringLiteral("a b"))
            << "cookie.name-invalid";
        QTest::newRow("single key required")
            << 1 << int(Destination::SingleKey) << QVariant(QString()) << "cookie.key-missing";
        QTest::newRow("domain without leading dot is Builder guidance")
            << 1 << int(Destination::CookieDomain) << QVariant(QStringLiteral("example.com"))
            << "cookie.domain-no-dot";
        QTest::newRow("domain wildcard")
            << 1 << int(Destination::CookieDomain) << QVariant(QStringLiteral(".*.example.com"))
            << "cookie.domain-invalid";
        QTest::newRow("domain scheme")
            << 1 << int(Destination::CookieDomain)
            << QVariant(QStringLiteral("https://www.example.com")) << "cookie.domain-invalid";
        QTest::newRow("domain two values")
            << 1 << int(Destination::CookieDomain) << QVariant(QStringLiteral(".a.com,.b.com"))
            << "cookie.domain-invalid";
        QTest::newRow("cookie browser only")
            << 1 << int(Destination::DestPlatform) << QVariant(int(Destination::Platform::Ios))
            << "cookie.platform";
        QTest::newRow("cookie max size")
            << 1 << int(Destination::MaxSize) << QVariant(0) << "cookie.max-size";
        QTest::newRow("cookie ttl")
            << 1 << int(Destination::TtlDays) << QVariant(-1) << "cookie.ttl";
        QTest::newRow("selected domains need sites")
            << 1 << int(Destination::Publish)
            << QVariant(int(Destination::PublishTo::SelectedDomains)) << "cookie.sites-missing";
    }

    void destinationRules()
    {
        QFETCH(int, which);
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(QString, code);
        Destination d = which == 0 ? validUrl() : validCookie();
        d.setField(field, value);
        const QVector<Finding> findings = Validator::validateDestination(d);
        QVERIFY2(codes(findings).contains(code),
                 qPrintable(codes(findings).join(QLatin1Char(' '))));
        for (const Finding &f : findings) {
            if (f.code == code) {
                QCOMPARE(f.kind, EntityKind::Destination);
                QVERIFY(!f.message.isEmpty());
            }
        }
    }

    void serializedCookieNeedsSeparator()
    {
        Destination d = validCookie();
        d.serialized = true;
        QVERIFY(codes(Validator::validateDestination(d))
                    .contains(QStringLiteral("cookie.serial-missing")));
        d.serializationSeparator = QStringLiteral("#");
        QVERIFY(Validator::validateDestination(d).isEmpty());
    }

    void validCookieDomains()
    {
        QVERIFY(Validator::isValidCookieDomain(QString()));
        QVERIFY(Validator::isValidCookieDomain(QStringLiteral(".sports.com")));
        QVERIFY(Validator::isValidCookieDomain(QStringLiteral(".golf.sports.com")));
        QVERIFY(!Validator::isValidCookieDomain(QStringLiteral(".sports.com/")));
        // Adobe's REST example "cnameDomain":"adobe.com": accepted, browsers ignore the dot.
        QVERIFY(Validator::isValidCookieDomain(QStringLiteral("adobe.com")));
        QVERIFY(!Validator::isValidCookieDomain(QStringLiteral("*.adobe.com")));
    }

    void cookieDomainFindingsSuggestTheFix_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("documented REST example") << "adobe.com"
                                                 << "warning"
                                                 << ".adobe.com";
        QTest::newRow("wildcard") << "*.acme.com"
                                  << "error"
                                  << ".acme.com";
        QTest::newRow("dot wildcard") << ".*.acme.com"
                                      << "error"
                                      << ".acme.com";
        QTest::newRow("scheme and www") << "https://www.acme.com/"
                                        << "error"
                                        << ".acme.com";
        QTest::newRow("two domains") << ".a.com,.b.com"
                                     << "error"
                                     << "";
        QTest::newRow("Builder form") << ".acme.com"
                                      << ""
                                      << "";
    }

    void cookieDomainFindingsSuggestTheFix()
    {
        QFETCH(QString, domain);
        QFETCH(QString, severity);
        QFETCH(QString, suggestion);
        Destination d = validCookie();
        d.cookieDomain = domain;
        const QVector<Finding> findings = Validator::validateDestination(d);
        if (severity.isEmpty()) {
            QVERIFY(findings.isEmpty());
            return;
        }
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.severity, severity == QLatin1String("error") ? Finding::Severity::Error
                                                                : Finding::Severity::Warning);
        QCOMPARE(f.field, int(Destination::CookieDomain));
        if (!suggestion.isEmpty())
            QVERIFY2(f.message.contains(suggestion), qPrintable(f.message));
        QCOMPARE(Validator::suggestedCookieDomain(domain), suggestion);
    }

    // destination-macros.md: "%http_proto%://url-destination.com" is the page's own scheme.
    void httpProtoMacroIsAValidScheme()
    {
        Destination d = validUrl();
        d.urlFormat = QStringLiteral("%http_proto%://url-destination.com/?s=%ALIAS%");
        d.secureUrlFormat = QStringLiteral("%http_proto%://url-destination.com/?s=%ALIAS%");
        QVERIFY2(Validator::validateDestination(d).isEmpty(),
                 qPrintable(codes(Validator::validateDestination(d)).join(QLatin1Char(' '))));
        Workspace ws = test::smallWorkspace();
        ws.destinations[0].serialized = false;
        SegmentMapping m = ws.mappings[0];
        m.value = QStringLiteral("%http_proto%://url-destination.com");
        QVERIFY(Validator::validateMapping(m, ws, QDate(2026, 1, 1)).isEmpty());
    }

    void mappingRules_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown destination")
            << int(SegmentMapping::DestinationId) << QVariant(999) << "mapping.destination-unknown";
        QTest::newRow("unknown segment")
            << int(SegmentMapping::Sid) << QVariant(999) << "mapping.segment-unknown";
        QTest::newRow("start required")
            << int(SegmentMapping::StartDate) << QVariant(QDate()) << "mapping.start-missing";
        QTest::newRow("end before start")
            << int(SegmentMapping::EndDate) << QVariant(QDate(2024, 12, 31))
            << "mapping.end-before-start";
        QTest::newRow("expired") << int(SegmentMapping::EndDate) << QVariant(QDate(2025, 2, 1))
                                 << "mapping.expired";
        QTest::newRow("future") << int(SegmentMapping::StartDate) << QVariant(QDate(2030, 1, 1))
                                << "mapping.future";
        QTest::newRow("empty value")
            << int(SegmentMapping::Value) << QVariant(QString()) << "mapping.value-missing";
        QTest::newRow("too long value")
            << int(SegmentMapping::Value) << QVariant(QString(256, QLatin1Char('a')))
            << "mapping.value-too-long";
    }

    void mappingRules()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(QString, code);
        Workspace ws = test::smallWorkspace();
        SegmentMapping m = ws.mappings[0];
        QVERIFY(Validator::validateMapping(m, ws, QDate(2026, 1, 1)).isEmpty());
        m.setField(field, value);
        const auto found = codes(Validator::validateMapping(m, ws, QDate(2026, 1, 1)));
        QVERIFY2(found.contains(code), qPrintable(found.join(QLatin1Char(' '))));
    }

    void nonSerializedUrlNeedsValidUrl()
    {
        Workspace ws = test::smallWorkspace();
        ws.destinations[0].serialized = false;
        SegmentMapping m = ws.mappings[0];
        m.value = QStringLiteral("example.com/no-scheme");
        QVERIFY(codes(Validator::validateMapping(m, ws, QDate(2026, 1, 1)))
                    .contains(QStringLiteral("mapping.url-invalid")));
        m.value =
            QStringLiteral("https://example.com/px?r=%rnd%&s=") + QString(300, QLatin1Char('x'));
        QVERIFY(
            Validator::validateMapping(m, ws, QDate(2026, 1, 1)).isEmpty()); // URLs may exceed 255
    }

    void multiKeyCookieNeedsSecondValue()
    {
        Workspace ws = test::smallWorkspace();
        ws.destinations[1].cookieFormat = Destination::CookieFormat::MultiKey;
        SegmentMapping m = ws.mappings[3];
        QVERIFY(codes(Validator::validateMapping(m, ws, QDate(2026, 1, 1)))
                    .contains(QStringLiteral("mapping.second-missing")));
        m.secondValue = QStringLiteral("v");
        QVERIFY(Validator::validateMapping(m, ws, QDate(2026, 1, 1)).isEmpty());
    }

    void duplicatesAndOverlaps()
    {
        Workspace ws = test::smallWorkspace();
        SegmentMapping again = ws.mappings[0];
        again.id = 5000;
        again.startDate = QDate(2025, 6, 1);
        ws.mappings.append(again);
        ws.rebuildIndex();
        const auto found = codes(Validator::validate(ws, QDate(2026, 1, 1)));
        QCOMPARE(found.count(QStringLiteral("mapping.duplicate-segment")), 2);
        QCOMPARE(found.count(QStringLiteral("mapping.overlap")), 1);
        // Windows that follow one another do not overlap.
        ws.mappings[0].endDate = QDate(2025, 5, 31);
        QVERIFY(!codes(Validator::validate(ws, QDate(2026, 1, 1)))
                     .contains(QStringLiteral("mapping.overlap")));
    }

    void duplicateIds()
    {
        Workspace ws = test::smallWorkspace();
        ws.segments.append(ws.segments[0]);
        ws.destinations.append(ws.destinations[0]);
        ws.mappings.append(ws.mappings[0]);
        ws.rebuildIndex();
        const auto found = codes(Validator::validate(ws, QDate(2026, 1, 1)));
        QVERIFY(found.contains(QStringLiteral("segment.duplicate-id")));
        QVERIFY(found.contains(QStringLiteral("destination.duplicate-id")));
        QVERIFY(found.contains(QStringLiteral("mapping.duplicate-id")));
    }

    void segmentAndProfileRules()
    {
        Segment s;
        s.sid = 0;
        s.integrationCode = QString(256, QLatin1Char('c'));
        const auto found = codes(Validator::validateSegment(s));
        QVERIFY(found.contains(QStringLiteral("segment.sid")));
        QVERIFY(found.contains(QStringLiteral("segment.name-missing")));
        QVERIFY(found.contains(QStringLiteral("segment.code-too-long")));

        Profile p;
        QVERIFY(codes(Validator::validateProfile(p, 0))
                    .contains(QStringLiteral("profile.alias-missing")));
        p.name = QStringLiteral("p");
        p.alias = QStringLiteral("evil\r\nX-Injected: 1");
        QVERIFY(codes(Validator::validateProfile(p, 0))
                    .contains(QStringLiteral("profile.alias-invalid")));
        p.alias = QStringLiteral("my_domain");
        QVERIFY(Validator::validateProfile(p, 0).isEmpty());
    }

    void accountLimits()
    {
        Workspace ws;
        for (int i = 1; i <= 101; ++i) {
            Destination d;
            d.id = i;
            d.name = QStringLiteral("S2S %1").arg(i);
            d.type = Destination::Type::ServerToServer;
            ws.destinations.append(d);
        }
        ws.rebuildIndex();
        QVERIFY(codes(Validator::validate(ws, QDate(2026, 1, 1)))
                    .contains(QStringLiteral("account.s2s")));
    }

    void sampleHasExpectedFindings()
    {
        const Workspace ws = test::sampleWorkspace();
        const QVector<Finding> findings = Validator::validate(ws, QDate(2026, 11, 22));
        const QStringList found = codes(findings);
        QVERIFY(found.contains(QStringLiteral("mapping.expired")));
        QVERIFY(found.contains(QStringLiteral("mapping.future")));
        QCOMPARE(found.count(QStringLiteral("mapping.url-invalid")), 1); // the one invalid mapping
        QCOMPARE(FindingSummary::of(findings).errors, 1);
    }

    // The window validates an implicitly shared copy on a worker while the UI thread edits the
    // original: copies judged on several threads at once give the serial result, and edits to
    // the original (which detach) do not reach them.
    void validatesCopiesOnWorkerThreads()
    {
        Workspace original = test::sampleWorkspace();
        const QDate today(2026, 11, 22);
        const QStringList expected = codes(Validator::validate(original, today));
        QVector<Workspace> copies(4, original);
        QFuture<QStringList> results = QtConcurrent::mapped(
            copies, [today](const Workspace &ws) { return codes(Validator::validate(ws, today)); });
        for (Destination &d : original.destinations)
            d.name.clear();
        original.mappings.clear();
        results.waitForFinished();
        QCOMPARE(results.resultCount(), 4);
        for (const QStringList &found : results.results())
            QCOMPARE(found, expected);
        QVERIFY(codes(Validator::validate(original, today))
                    .contains(QStringLiteral("destination.name-missing")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
