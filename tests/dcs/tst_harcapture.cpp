#include "capture/harcapture.h"
#include "capture/harstreamreader.h"
#include "testworkspace.h"

#include <QTemporaryDir>
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

QString realHar(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har/") + QLatin1String(name);
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

    // Numbers no browser writes (fuzz_har found 3.2e34 as a status): read as "not known"
    // instead of an undefined cast.
    void numbersOutOfRangeAreNotKnown()
    {
        QByteArray har = chromeLikeHar();
        QVERIFY(har.contains("\"status\": 200"));
        har.replace("\"status\": 200", "\"status\": 3.2e34");
        har.replace("\"size\": 40", "\"size\": -1e300");
        HarCapture capture;
        const HarCapture::Result r = capture.read(har);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(capture.entries()[0].status, 0);
        QCOMPARE(capture.entries()[0].contentSize, qint64(-1));
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

    // The captures tools/make-captures.sh recorded with Chromium (tests/data/har/README.md says
    // what each holds and what a reader must show).
    void realChromiumCaptures()
    {
        HarCapture capture;
        HarCapture::Result r = capture.readFile(realHar("chromium-event-calls.har"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(capture.entries().size(), 25);
        QVector<HarEntry::Kind> kinds;
        QString uuid;
        for (const HarEntry &e : capture.entries()) {
            if (!e.audienceManager)
                continue;
            kinds.append(e.kind);
            if (e.kind == HarEntry::Kind::Event && e.method == QLatin1String("POST"))
                QVERIFY(e.postText.contains(QLatin1String("p_age=22")));
        }
        using K = HarEntry::Kind;
        QCOMPARE(kinds, (QVector<K>{K::IdService, K::IdSync, K::IdSync, K::Event, K::Event,
                                    K::Event, K::Event}));
        // The JSON /event answer: its uuid is the demdex cookie the call sent.
        for (const HarEntry &e : capture.entries()) {
            if (e.kind != K::Event || !e.mimeType.startsWith(QLatin1String("application/json")))
                continue;
            const QByteArray body = capture.responseBody(e);
            QVERIFY2(body.contains("\"uuid\""), body.constData());
            const auto cookie =
                std::find_if(e.requestCookies.begin(), e.requestCookies.end(),
                             [](const HarCookie &c) { return c.name == QLatin1String("demdex"); });
            QVERIFY(cookie != e.requestCookies.end());
            QVERIFY(body.contains(cookie->value.toLatin1()));
            uuid = cookie->value;
        }
        QVERIFY(!uuid.isEmpty());

        // The same capture with base64 bodies gives the same bodies; without bodies, none.
        HarCapture base64;
        QVERIFY(base64.readFile(realHar("base64-bodies.har")).ok);
        QCOMPARE(base64.entries().size(), capture.entries().size());
        for (int i = 0; i < capture.entries().size(); ++i)
            QCOMPARE(base64.responseBody(base64.entries()[i]),
                     capture.responseBody(capture.entries()[i]));
        HarCapture omit;
        QVERIFY(omit.readFile(realHar("chromium-event-calls-omit.har")).ok);
        QCOMPARE(omit.audienceManagerCount(), 7);
        for (const HarEntry &e : omit.entries())
            QVERIFY(omit.responseBody(e).isEmpty());

        HarCapture optOut;
        QVERIFY(optOut.readFile(realHar("chromium-optout.har")).ok);
        QCOMPARE(optOut.audienceManagerCount(), 6);
        QVERIFY(std::any_of(optOut.entries().begin(), optOut.entries().end(),
                            [](const HarEntry &e) { return e.kind == K::OptOut; }));

        HarCapture none;
        QVERIFY(none.readFile(realHar("chromium-no-aam.har")).ok);
        QCOMPARE(none.audienceManagerCount(), 0);
        QCOMPARE(none.hosts().size(), 4);
    }

    void realBadCaptures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "truncated.har"
                                   << "ends too early";
        QTest::newRow("invalid UTF-8") << "invalid-utf8.har"
                                       << "not valid UTF-8 text (line";
        QTest::newRow("not a HAR") << "not-a-har.json"
                                   << "not a HAR capture";
    }

    void realBadCaptures()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        HarCapture capture;
        const HarCapture::Result r = capture.readFile(realHar(qPrintable(file)));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(capture.entries().isEmpty());
    }

    void firebugHar11IsReadWithANote()
    {
        HarCapture capture;
        const HarCapture::Result r = capture.readFile(realHar("har-1.1.har"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("HAR 1.1")));
        QCOMPARE(capture.audienceManagerCount(), 2);
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

    // Issue 19 part 4: the reader goes entry by entry through pieces of any size; what it reads
    // does not depend on where the pieces end (inside a string, an escape, a UTF-8 sequence).
    void streamingGivesTheEntriesOfTheWholeFile_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"chromium-event-calls.har", "base64-bodies.har", "chromium-event-calls-omit.har",
              "chromium-optout.har", "chromium-no-aam.har", "har-1.1.har"})
            QTest::newRow(name) << realHar(name);
        QTest::newRow("chromium-shaped")
            << QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har-unit/chromium-shaped.har");
    }

    void streamingGivesTheEntriesOfTheWholeFile()
    {
        QFETCH(QString, file);
        HarCapture whole;
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const HarCapture::Result wholeRead = whole.read(bytes);
        QVERIFY2(wholeRead.ok, qPrintable(wholeRead.error));
        for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(4096)}) {
            HarStreamReader reader;
            reader.setChunkSize(chunk);
            QVector<HarEntry> entries;
            QByteArrayList bodies;
            const HarCapture::Result r = reader.readFile(file, [&](HarEntry &e) {
                bodies.append(reader.responseBody(e));
                entries.append(e);
                return true;
            });
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.notes, wholeRead.notes);
            QCOMPARE(reader.version(), whole.version());
            QCOMPARE(reader.creator(), whole.creator());
            QCOMPARE(entries.size(), whole.entries().size());
            for (int i = 0; i < entries.size(); ++i) {
                const HarEntry &a = entries[i];
                const HarEntry &b = whole.entries()[i];
                QCOMPARE(a.index, i);
                QCOMPARE(a.url, b.url);
                QCOMPARE(a.started, b.started);
                QCOMPARE(a.status, b.status);
                QCOMPARE(a.kind, b.kind);
                QCOMPARE(a.audienceManager, b.audienceManager);
                QCOMPARE(a.requestHeaders.size(), b.requestHeaders.size());
                QCOMPARE(a.responseCookies.size(), b.responseCookies.size());
                QCOMPARE(a.postText, b.postText);
                QCOMPARE(bodies[i], whole.responseBody(b));
            }
        }
        // readFile keeps the file open and reads the same bodies from it.
        HarCapture fromFile;
        QVERIFY(fromFile.readFile(file).ok);
        QCOMPARE(fromFile.entries().size(), whole.entries().size());
        for (int i = 0; i < whole.entries().size(); ++i)
            QCOMPARE(fromFile.responseBody(fromFile.entries()[i]),
                     whole.responseBody(whole.entries()[i]));
    }

    // The GUI reads on a worker: progress reaches the end, and false cancels with a clear result.
    void progressIsReportedAndCancelStops()
    {
        const QString file = realHar("chromium-event-calls.har");
        const qint64 size = QFileInfo(file).size();
        QVector<qint64> done;
        HarCapture capture;
        HarCapture::Result r = capture.readFile(file, {}, [&](qint64 at, qint64 total) {
            done.append(at);
            return total == size;
        });
        QVERIFY(r.ok);
        QVERIFY(!done.isEmpty());
        QCOMPARE(done.last(), size);
        QVERIFY(std::is_sorted(done.begin(), done.end()));

        HarStreamReader reader;
        reader.setChunkSize(1024);
        int calls = 0;
        reader.setProgress([&](qint64, qint64) { return ++calls < 3; });
        int entries = 0;
        r = reader.readFile(file, [&](HarEntry &) {
            ++entries;
            return true;
        });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY2(r.error.contains(QLatin1String("canceled")), qPrintable(r.error));
        QCOMPARE(calls, 3);
        QVERIFY(entries < 25);

        HarCapture cancelled;
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        r = cancelled.read(in.readAll(), {}, [](qint64, qint64) { return false; });
        QVERIFY(r.cancelled);
        QVERIFY(cancelled.entries().isEmpty());
    }

    // A capture whose size is an exact multiple of the page size and of the piece size, with a
    // byte order mark: nothing is read past its end, nothing is lost at a piece's end.
    void pageSizedFileWithByteOrderMark()
    {
        QFile in(realHar("chromium-optout.har"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = "\xEF\xBB\xBF" + in.readAll().trimmed();
        const qsizetype page = 4096;
        bytes.append(QByteArray(page - bytes.size() % page, ' '));
        QCOMPARE(bytes.size() % page, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paged.har"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        HarCapture reference;
        QVERIFY(reference.read(bytes).ok);
        for (const qsizetype chunk : {page, qsizetype(bytes.size()), qsizetype(3)}) {
            HarStreamReader reader;
            reader.setChunkSize(chunk);
            int entries = 0;
            const HarCapture::Result r = reader.readFile(path, [&](HarEntry &) {
                ++entries;
                return true;
            });
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(entries, reference.entries().size());
        }
        HarCapture capture;
        QVERIFY(capture.readFile(path).ok);
        QCOMPARE(capture.audienceManagerCount(), 6);
        for (int i = 0; i < capture.entries().size(); ++i)
            QCOMPARE(capture.responseBody(capture.entries()[i]),
                     reference.responseBody(reference.entries()[i]));
    }

    // A cut-off capture read entry by entry hands over the entries before the cut, then says
    // the file ends too early (the CLI lists those; HarCapture keeps none).
    void truncatedFileStreamsTheCompleteEntriesFirst()
    {
        HarStreamReader reader;
        reader.setChunkSize(512);
        int aam = 0;
        const HarCapture::Result r = reader.readFile(realHar("truncated.har"), [&](HarEntry &e) {
            aam += e.audienceManager ? 1 : 0;
            return true;
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("ends too early")), qPrintable(r.error));
        QCOMPARE(reader.entryCount(), 7);
        QCOMPARE(aam, 3);
    }
};

QTEST_GUILESS_MAIN(TestHarCapture)
#include "tst_harcapture.moc"
