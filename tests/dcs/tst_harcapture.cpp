#include "capture/harcapture.h"
#include "testworkspace.h"

#include <QtTest>

using namespace dcsdesk;

namespace {

// A HAR shaped as Chromium's "Save all as HAR" writes it (fields in its order, nulls where it has
// nothing); the real captures made by tools/make-captures.sh are tested beside it.
QByteArray chromeLikeHar()
{
    QFile file(QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har-unit/chromium-shaped.har"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The HAR reader on browser-shaped captures and on every kind of bad input.
class TestHarCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void readsEntriesAndMarksAudienceManagerCalls()
    {
        HarCapture capture;
        const HarCapture::Result r =
            capture.read(chromeLikeHar(), {QStringLiteral("metrics.acme.com")});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.notes.isEmpty());
        QCOMPARE(capture.version(), QStringLiteral("1.2"));
        QCOMPARE(capture.creator(), QStringLiteral("WebInspector 537.36"));
        QCOMPARE(capture.entries().size(), 4);
        QCOMPARE(capture.audienceManagerCount(), 3); // two demdex.net calls, one CNAME alias

        const HarEntry &event = capture.entries()[0];
        QCOMPARE(event.kind, HarEntry::Kind::Event);
        QVERIFY(event.audienceManager);
        QCOMPARE(event.started, QDateTime(QDate(2026, 12, 4), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(event.timeMs, 84.5);
        QCOMPARE(event.status, 200);
        QCOMPARE(event.host(), QStringLiteral("sample.demdex.net"));
        QCOMPARE(event.requestCookies.size(), 1);
        QCOMPARE(event.requestCookies.first().name, QStringLiteral("demdex"));
        QVERIFY(!event.requestCookies.first().expires.isValid()); // null: a session cookie
        QCOMPARE(event.responseCookies.first().expires,
                 QDateTime(QDate(2027, 6, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(capture.responseBody(event),
                 QByteArray("{\"stuff\":[],\"uuid\":\"12345\",\"note\":\"\xc3\xa9\\n\"}"));

        QCOMPARE(capture.entries()[1].kind, HarEntry::Kind::IdSync);
        QCOMPARE(capture.entries()[1].status, 302);
        QVERIFY(capture.responseBody(capture.entries()[1]).isEmpty());            // no text saved
        QCOMPARE(capture.responseBody(capture.entries()[2]), QByteArray("GIF8")); // base64
        QVERIFY(!capture.entries()[3].audienceManager);
        QCOMPARE(capture.entries()[3].status, 0); // no answer
    }

    void aCaptureWithoutAudienceManagerCallsListsItsHosts()
    {
        HarCapture capture;
        QVERIFY(capture.read(chromeLikeHar()).ok);
        const auto hosts = capture.hosts();
        QCOMPARE(hosts.size(), 4);
        QVERIFY(std::any_of(hosts.begin(), hosts.end(), [](const auto &h) {
            return h.first == QLatin1String("www.acme.com") && h.second == 1;
        }));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n") << "empty";
        QTest::newRow("cut short")
            << chromeLikeHar().left(chromeLikeHar().size() / 2) << "ends too early";
        QTest::newRow("not JSON") << QByteArray("<html>captured</html>") << "not valid JSON";
        QTest::newRow("JSON, not HAR")
            << QByteArray("{\"destinations\": []}") << "not a HAR capture";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not a HAR capture";
        QByteArray latin1 = chromeLikeHar();
        latin1.replace("\"WebInspector\"", "\"Web\xe9Inspector\"");
        QTest::newRow("invalid UTF-8") << latin1 << "not valid UTF-8";
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        HarCapture capture;
        const HarCapture::Result r = capture.read(bytes);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(capture.entries().isEmpty());
    }

    void olderVersionIsReadWithANote()
    {
        QByteArray har = chromeLikeHar();
        har.replace("\"version\": \"1.2\"", "\"version\": \"1.1\"");
        HarCapture capture;
        const HarCapture::Result r = capture.read(har);
        QVERIFY(r.ok);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.notes.first().contains(QLatin1String("HAR 1.1")));
        QCOMPARE(capture.entries().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestHarCapture)
#include "tst_harcapture.moc"
