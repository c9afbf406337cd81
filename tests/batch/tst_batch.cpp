// The batch runner against the loopback test server: input, concurrency, the one-call-per-user
// rule, retries, cancel, invalid rows, export, history and the CLI command.
#include "batch/batchexport.h"
#include "batch/batchhistory.h"
#include "batch/batchinput.h"
#include "batch/batchrunner.h"
#include "cli/batchcommand.h"
#include "cli/cliapp.h"
#include "dcs/retryafter.h"
#include "sandbox/sandboxservice.h"
#include "testhttpserver.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace dcsdesk;
using namespace dcsdesk::test;

namespace {

QByteArray answerFor(const QByteArray &uuid)
{
    return QByteArrayLiteral(
               "{\"stuff\":[{\"cn\":\"c\",\"cv\":\"v\",\"ttl\":30,\"dmn\":\".x.com\"}],"
               "\"dests\":[{\"id\":\"1\",\"y\":\"img\",\"c\":\"http://a/\"},"
               "{\"id\":\"2\",\"y\":\"img\",\"c\":\"http://b/\"}],"
               "\"uuid\":\"") +
           uuid + QByteArrayLiteral("\",\"dcs_region\":9,\"tid\":\"31ZpxW5bQGc=\"}");
}

QByteArray userOf(const TestHttpRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query()));
    return query.queryItemValue(QStringLiteral("d_uuid")).toLatin1();
}

QString uuid(int n)
{
    return QStringLiteral("%1").arg(n, 38, 10, QLatin1Char('0'));
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void csvInput();
    void retryAfterReadsSecondsAndDates();
    void csvFileErrors();
    void generatedUsers();
    void percentiles();

    void runsEveryUser();
    void aConsoleDeclaredIdIsNotSentForEveryUser();
    void keepsConnectionsToTheSandbox();
    void concurrencyNeverExceeded();
    void oneCallPerUserAtATime();
    void retries429WithRetryAfter();
    void retriesTransportErrors();
    void cancelLeavesConsistentResult();
    void pauseAndResume();
    void invalidRowsSkippedOrStop();
    void rateLimit();
    void liveTargetNeedsConfirmation();
    void exportAndHistory();

    void cliBatch();

private:
    BatchRunner *newRunner(const BatchInput &input, BatchRunner::Settings settings = {});
    TestHttpServer *m_server = nullptr;
    QTemporaryDir m_dir;
};

void TestBatch::initTestCase()
{
    initTestEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestBatch::init()
{
    delete m_server;
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_server->setHandler(
        [](const TestHttpRequest &r) { return TestHttpResponse::json(answerFor(userOf(r))); });
}

BatchRunner *TestBatch::newRunner(const BatchInput &input, BatchRunner::Settings settings)
{
    auto *runner = new BatchRunner(this);
    Profile profile;
    profile.alias = QStringLiteral("acme");
    profile.customBaseUrl = m_server->baseUrl().toString();
    runner->setTarget(profile);
    DcsRequest request;
    request.destinations = true;
    runner->setTemplate(request);
    runner->setInput(input);
    runner->setSettings(settings);
    return runner;
}

void TestBatch::csvInput()
{
    const QByteArray csv = "d_uuid,c_color,d_cid,region,email,d_rtbd\n"                // line 1
                           + uuid(1).toLatin1() + ",blue,123:abc,usw2,a@b,json\n"      // 2
                           + ",red,,,,\n"                                              // 3: no user
                           + uuid(3).toLatin1() + ",green,,mars,,\n"                   // 4: region
                           + uuid(4).toLatin1() + ",\"a,b\",,,,,extra\n"               // 5: fields
                           + uuid(5).toLatin1() + ",,nocolon,,,\n"                     // 6: cid
                           + uuid(6).toLatin1() + ",\"multi\nline\",99:x|98:y:1,9,,\n" // 7-8
                           + uuid(7).toLatin1() + ",,,,,\n";                           // 9
    const BatchInput input = BatchInput::fromCsv(csv);
    QVERIFY2(input.isValid(), qPrintable(input.error));
    QCOMPARE(input.rowCount, 7);
    QCOMPARE(input.users.size(), 3);
    QCOMPARE(input.problems.size(), 4);
    QCOMPARE(input.problems.at(0).line, 3);
    QCOMPARE(input.problems.at(1).line, 4);
    QVERIFY(input.problems.at(1).message.contains(QStringLiteral("mars")));
    QCOMPARE(input.problems.at(2).line, 5);
    QCOMPARE(input.problems.at(3).line, 6);
    QCOMPARE(input.notes.size(), 2); // email and d_rtbd are ignored, with a note

    const BatchUser &first = input.users.at(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.userId, uuid(1));
    QCOMPARE(first.regionId, 9);
    QCOMPARE(first.signalList.size(), 1);
    QCOMPARE(first.signalList.at(0).key, QStringLiteral("c_color"));
    QCOMPARE(first.declaredIds.size(), 1);
    QCOMPARE(first.declaredIds.at(0).ns, QStringLiteral("123"));

    const BatchUser &multi = input.users.at(1);
    QCOMPARE(multi.line, 7);
    QCOMPARE(multi.signalList.at(0).values, QStringList{QStringLiteral("multi\nline")});
    QCOMPARE(multi.declaredIds.size(), 2);
    QCOMPARE(multi.declaredIds.at(1).authState, int(DeclaredId::Authenticated));
    QCOMPARE(input.users.at(2).line, 9);
    QVERIFY(input.users.at(2).signalList.isEmpty()); // empty cells send nothing

    // Semicolons (a spreadsheet in a comma-decimal locale) and d_mid work too.
    const BatchInput mids = BatchInput::fromCsv("d_mid;d_orgid;c_a\n1;ORG@AdobeOrg;x,y\n");
    QVERIFY(mids.isValid());
    QCOMPARE(mids.users.size(), 1);
    QCOMPARE(mids.users.at(0).kind, Profile::IdKind::Mid);
    QCOMPARE(mids.users.at(0).orgId, QStringLiteral("ORG@AdobeOrg"));
    QCOMPARE(mids.users.at(0).signalList.at(0).values, (QStringList{"x", "y"}));
}

void TestBatch::csvFileErrors()
{
    QVERIFY(!BatchInput::fromCsv("").isValid());
    const BatchInput noUser = BatchInput::fromCsv("c_color,c_size\nblue,3\n");
    QVERIFY(!noUser.isValid());
    QVERIFY(noUser.error.contains(QStringLiteral("d_uuid")));
    QVERIFY(!BatchInput::fromCsv("d_uuid,d_mid\n1,2\n").isValid());
    QVERIFY(!BatchInput::fromCsv("d_uuid,c_a,c_a\n1,2,3\n").isValid());
    QVERIFY(!BatchInput::fromCsv("d_uuid\n").isValid());
    const BatchInput missing = BatchInput::fromCsvFile(m_dir.filePath(QStringLiteral("none.csv")));
    QVERIFY(!missing.isValid());
    QVERIFY(missing.error.contains(QStringLiteral("none.csv")));
}

void TestBatch::generatedUsers()
{
    const BatchInput a = BatchInput::generate(50, Profile::IdKind::Uuid, 7);
    const BatchInput b = BatchInput::generate(50, Profile::IdKind::Uuid, 7);
    QCOMPARE(a.users.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(a.users.at(i).userId, b.users.at(i).userId);
        QCOMPARE(a.users.at(i).userId.size(), 38);
    }
    QVERIFY(BatchInput::generate(50, Profile::IdKind::Uuid, 8).users.at(0).userId !=
            a.users.at(0).userId);
    QVERIFY(!BatchInput::generate(0).isValid());
}

void TestBatch::percentiles()
{
    BatchStats stats;
    stats.reset(100, 0);
    QCOMPARE(stats.percentile(50), -1.0);
    for (int i = 1; i <= 100; ++i)
        stats.addLatency(i);
    QCOMPARE(stats.percentile(50), 50.0);
    QCOMPARE(stats.percentile(95), 95.0);
    QCOMPARE(stats.percentile(99), 99.0);
    QCOMPARE(stats.percentile(100), 100.0);
    double width = 0;
    const QVector<int> bins = stats.histogram(10, &width);
    int sum = 0;
    for (int n : bins)
        sum += n;
    QCOMPARE(sum, 100);
    QCOMPARE(width, 10.0); // p99 99 ms in 10 bins: 9.9 rounds up to 10
    QCOMPARE(bins.size(), 10);
    QCOMPARE(bins.first(), 9);  // 1 to 9 ms
    QCOMPARE(bins.at(1), 10);   // 10 to 19 ms
    QCOMPARE(bins.last(), 11);  // 90 ms and slower

    // A sandbox run: sub-millisecond answers take bins of a round 0.1 ms, fewer than asked.
    BatchStats fast;
    fast.reset(84, 0);
    for (int i = 1; i <= 84; ++i)
        fast.addLatency(i / 100.0);
    const QVector<int> fastBins = fast.histogram(12, &width);
    QCOMPARE(width, 0.1);
    QCOMPARE(fastBins.size(), 9); // p99 0.84 ms
    QCOMPARE(fastBins.first(), 9); // 0.01 to 0.09 ms
    for (double least : {0.013, 0.07, 0.15, 0.3, 4.0, 7.0, 260.0}) {
        BatchStats one;
        one.reset(1, 0);
        one.addLatency(least * 12);
        one.histogram(12, &width);
        const double mantissa = width / std::pow(10, std::floor(std::log10(width) + 1e-9));
        QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) ||
                     qFuzzyCompare(mantissa, 5.0),
                 qPrintable(QString::number(width)));
        QVERIFY(width >= least * (1 - 1e-9) && width < least * 2.5);
    }
}

void TestBatch::runsEveryUser()
{
    m_server->setHandler([](const TestHttpRequest &r) {
        TestHttpResponse response = TestHttpResponse::json(answerFor(userOf(r)));
        if (userOf(r).endsWith('3'))
            response.withHeader("X-Error", "102");
        return response;
    });
    BatchRunner *runner = newRunner(BatchInput::generate(30));
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(runner->state(), BatchRunner::State::Finished);
    const BatchStats &s = runner->stats();
    QCOMPARE(s.answered, 30);
    QCOMPARE(m_server->requestCount(), 30);
    QCOMPARE(s.statusCounts.value(200), 30);
    QCOMPARE(s.latencies().size(), 30);
    QVERIFY(s.percentile(99) >= s.percentile(50));
    int withError = 0;
    QSet<QString> users;
    for (const BatchRowResult &r : runner->results()) {
        QCOMPARE(r.state, BatchRowResult::State::Answered);
        QCOMPARE(r.cookieDestinations, 1);
        QCOMPARE(r.urlDestinations, 2);
        QCOMPARE(r.dcsRegion, 9);
        QCOMPARE(r.tid, QStringLiteral("31ZpxW5bQGc="));
        QCOMPARE(r.uuid, r.userId);
        users.insert(r.userId);
        if (r.userId.endsWith(QLatin1Char('3'))) {
            QCOMPARE(r.errorCodes, QVector<int>{102});
            ++withError;
        }
    }
    QCOMPARE(users.size(), 30);
    QCOMPARE(s.withErrors, withError);
    QCOMPARE(s.errorCounts.value(102), withError);
    // The Host header and the template reach the server.
    const TestHttpRequest first = m_server->requests().first();
    QCOMPARE(first.header("Host"), QByteArrayLiteral("acme.demdex.net"));
    QVERIFY(first.query().contains("d_dst=1"));
    QCOMPARE(runner->summary().value(QStringLiteral("answered")).toInt(), 30);
}

// Issue 16 (7): the console's d_cid (one person's CRM ID) must not go out with every generated
// user - against the live DCS that links them all to one profile. A user's own ID still goes.
void TestBatch::aConsoleDeclaredIdIsNotSentForEveryUser()
{
    const QByteArray csv =
        "d_uuid,d_cid\n" + uuid(1).toLatin1() + ",\n" + uuid(2).toLatin1() + ",777:own-id\n";
    const BatchInput input = BatchInput::fromCsv(csv);
    QVERIFY2(input.isValid(), qPrintable(input.error));
    BatchRunner *runner = newRunner(input);
    DcsRequest console;
    console.destinations = true;
    DeclaredId crm;
    crm.ns = QStringLiteral("20915");
    crm.id = QStringLiteral("ABC-123");
    console.declaredIds.append(crm);
    console.tdpid = QStringLiteral("20915");
    runner->setTemplate(console);
    QVERIFY2(runner->templateNote().contains(QStringLiteral("d_cid 20915:ABC-123")),
             qPrintable(runner->templateNote()));
    QVERIFY(runner->templateNote().contains(QStringLiteral("d_tdpid 20915")));
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server->requestCount(), 2);
    int withOwnId = 0;
    for (const TestHttpRequest &r : m_server->requests()) {
        QVERIFY2(!r.query().contains("ABC-123"), r.query().constData());
        QVERIFY2(!r.query().contains("d_tdpid"), r.query().constData());
        if (r.query().contains("d_cid=777%01own-id"))
            ++withOwnId;
    }
    QCOMPARE(withOwnId, 1);
    QVERIFY(runner->summary().value(QStringLiteral("answered")).toInt() == 2);
}

// The sandbox keeps connections alive, unlike the test server: the batch (through CurlTransport
// for a local target) sends many calls per connection and every answer is the sandbox's own.
void TestBatch::keepsConnectionsToTheSandbox()
{
    SandboxService service;
    service.setWorkspace(test::sampleWorkspace());
    QString error;
    QVERIFY2(service.start(&error), qPrintable(error));
    auto *runner = new BatchRunner(this);
    Profile profile;
    profile.alias = QStringLiteral("sample");
    profile.regionId = Profile::SandboxRegion;
    runner->setTarget(profile, service.baseUrl());
    QVERIFY(BatchRunner::isLocalTarget(profile, service.baseUrl()));
    DcsRequest request;
    request.signalList.append(DcsSignal{QStringLiteral("c_interest"), {QStringLiteral("golf")}});
    runner->setTemplate(request);
    runner->setInput(BatchInput::generate(300, Profile::IdKind::Uuid, 11));
    BatchRunner::Settings settings;
    settings.concurrency = 4;
    runner->setSettings(settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(30000));
    const BatchStats &s = runner->stats();
    QCOMPARE(s.answered, 300);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.statusCounts.value(200), 300);
    QVERIFY(runner->maxInFlightSeen() <= 4);
    for (const BatchRowResult &r : runner->results()) {
        QCOMPARE(r.state, BatchRowResult::State::Answered);
        QCOMPARE(r.uuid, r.userId);
        QVERIFY(r.cookieDestinations > 0); // the sample's golf segment fires its cookie mappings
    }
}

void TestBatch::concurrencyNeverExceeded()
{
    // The server holds every answer for a while and counts how many it holds at once.
    int holding = 0;
    int maxHolding = 0;
    m_server->setHandler([&](const TestHttpRequest &r) {
        ++holding;
        maxHolding = qMax(maxHolding, holding);
        QTimer::singleShot(25, this, [&holding] { --holding; });
        TestHttpResponse response = TestHttpResponse::json(answerFor(userOf(r)));
        response.delayMs = 30;
        return response;
    });
    BatchRunner::Settings settings;
    settings.concurrency = 3;
    BatchRunner *runner = newRunner(BatchInput::generate(40), settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner->stats().answered, 40);
    QCOMPARE(runner->maxInFlightSeen(), 3); // used, and never more
    QVERIFY2(maxHolding <= 3, qPrintable(QString::number(maxHolding)));
    QVERIFY(maxHolding >= 2);
}

void TestBatch::oneCallPerUserAtATime()
{
    // Three users, each on many rows: the server sees a user's next call only after it answered
    // the previous one, and the rows of a user in file order.
    QByteArray csv = "d_uuid,c_row\n";
    for (int i = 0; i < 24; ++i)
        csv += uuid(i % 3 + 1).toLatin1() + ',' + QByteArray::number(i) + '\n';
    QHash<QByteArray, int> inFlight;
    QHash<QByteArray, QList<int>> order;
    bool overlap = false;
    m_server->setHandler([&](const TestHttpRequest &r) {
        const QByteArray user = userOf(r);
        if (++inFlight[user] > 1)
            overlap = true;
        const QUrlQuery query(QString::fromLatin1(r.query()));
        order[user].append(query.queryItemValue(QStringLiteral("c_row")).toInt());
        // The answer leaves after 20 ms; the client can only have it after that.
        QTimer::singleShot(15, this, [&inFlight, user] { --inFlight[user]; });
        TestHttpResponse response = TestHttpResponse::json(answerFor(user));
        response.delayMs = 20;
        return response;
    });
    BatchRunner::Settings settings;
    settings.concurrency = 6;
    BatchRunner *runner = newRunner(BatchInput::fromCsv(csv), settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner->stats().answered, 24);
    QVERIFY(!overlap);
    QCOMPARE(runner->maxInFlightSeen(), 3); // three users: never more than three calls
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        QList<int> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(it.value(), sorted);
        QCOMPARE(it.value().size(), 8);
    }
}

void TestBatch::retries429WithRetryAfter()
{
    QHash<QByteArray, int> seen;
    QHash<QByteArray, QElapsedTimer> firstSeen;
    qint64 retryGapMs = -1;
    const QByteArray limited = uuid(2).toLatin1();
    m_server->setHandler([&](const TestHttpRequest &r) {
        const QByteArray user = userOf(r);
        if (++seen[user] == 1 && user == limited) {
            firstSeen[user].start();
            return TestHttpResponse::json("{}", 429).withHeader("Retry-After", "1");
        }
        if (user == limited)
            retryGapMs = firstSeen[user].elapsed();
        return TestHttpResponse::json(answerFor(user));
    });
    QByteArray csv = "d_uuid\n";
    for (int i = 1; i <= 4; ++i)
        csv += uuid(i).toLatin1() + '\n';
    BatchRunner *runner = newRunner(BatchInput::fromCsv(csv));
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(20000));
    const BatchStats &s = runner->stats();
    QCOMPARE(s.answered, 4);
    QCOMPARE(s.statusCounts.value(200), 4); // the final answer counts, not the 429
    QCOMPARE(s.rateLimited, 1);
    QCOMPARE(s.retries, 1);
    QCOMPARE(s.calls, 5);
    QCOMPARE(seen.value(limited), 2);
    QCOMPARE(runner->results().at(1).attempts, 2);
    QVERIFY2(retryGapMs >= 950, qPrintable(QString::number(retryGapMs))); // Retry-After: 1

    // Without retries left the 429 is the answer.
    init();
    m_server->setHandler([](const TestHttpRequest &) { return TestHttpResponse::json("{}", 429); });
    BatchRunner::Settings settings;
    settings.maxRetries = 1;
    settings.backoffMs = 5;
    runner = newRunner(BatchInput::generate(2), settings);
    QSignalSpy finished2(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished2.wait(20000));
    QCOMPARE(runner->stats().statusCounts.value(429), 2);
    QCOMPARE(runner->stats().withProblems, 2);
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(BatchCommand::exitCodeFor(*runner), int(ExitFindings));
}

void TestBatch::retriesTransportErrors()
{
    QHash<QByteArray, int> seen;
    m_server->setHandler([&](const TestHttpRequest &r) {
        TestHttpResponse response = TestHttpResponse::json(answerFor(userOf(r)));
        if (++seen[userOf(r)] <= 2)
            response.closeWithoutAnswer = true;
        return response;
    });
    BatchRunner::Settings settings;
    settings.backoffMs = 5;
    BatchRunner *runner = newRunner(BatchInput::generate(5), settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(20000));
    // Qt resends a request once by itself when the connection closes before an answer, so a
    // call of ours may have met one or two closed connections.
    QCOMPARE(runner->stats().answered, 5);
    QCOMPARE(m_server->requestCount(), 15);
    QVERIFY(runner->stats().retries >= 5);
    for (const BatchRowResult &r : runner->results())
        QVERIFY(r.attempts >= 2);

    // A refused connection is retried and then reported as failed.
    Profile profile;
    profile.alias = QStringLiteral("acme");
    profile.customBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(TestHttpServer::unusedPort());
    settings.maxRetries = 2;
    runner = newRunner(BatchInput::generate(3), settings);
    runner->setTarget(profile);
    QSignalSpy finished2(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished2.wait(20000));
    QCOMPARE(runner->stats().failed, 3);
    QCOMPARE(runner->stats().calls, 9); // the first call and two retries each
    QVERIFY(!runner->results().at(0).message.isEmpty());
    QCOMPARE(BatchCommand::exitCodeFor(*runner), int(ExitNetworkFailure));
}

void TestBatch::cancelLeavesConsistentResult()
{
    m_server->setHandler([](const TestHttpRequest &r) {
        TestHttpResponse response = TestHttpResponse::json(answerFor(userOf(r)));
        response.delayMs = 20;
        return response;
    });
    BatchRunner::Settings settings;
    settings.concurrency = 4;
    BatchRunner *runner = newRunner(BatchInput::generate(200), settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QTRY_VERIFY(runner->stats().answered >= 10);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(runner->wasCancelled());
    const BatchStats &s = runner->stats();
    QCOMPARE(s.answered + s.cancelled + s.notSent + s.failed, 200);
    QVERIFY(s.notSent > 0);
    QVERIFY(s.cancelled <= 4);
    QVERIFY(m_server->requestCount() >= s.answered);
    QVERIFY(m_server->requestCount() <= s.answered + s.cancelled);
    int answered = 0;
    for (const BatchRowResult &r : runner->results()) {
        QVERIFY(r.isFinal());
        if (r.state == BatchRowResult::State::Answered) {
            ++answered;
            QCOMPARE(r.httpStatus, 200);
        } else {
            QVERIFY(!r.message.isEmpty());
        }
    }
    QCOMPARE(answered, s.answered);
    QCOMPARE(BatchCommand::exitCodeFor(*runner), int(ExitInterrupted));
    // The export holds every row.
    const QList<QByteArray> lines = BatchExport::toJsonLines(runner->results()).split('\n');
    QCOMPARE(lines.size(), 201); // plus the empty piece after the last newline
}

void TestBatch::pauseAndResume()
{
    m_server->setHandler([](const TestHttpRequest &r) {
        TestHttpResponse response = TestHttpResponse::json(answerFor(userOf(r)));
        response.delayMs = 10;
        return response;
    });
    BatchRunner::Settings settings;
    settings.concurrency = 2;
    BatchRunner *runner = newRunner(BatchInput::generate(40), settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    // Paused from the fourth answer on, as a click would, whatever the machine's load: a poll
    // could come after the last answer.
    bool paused = false;
    const QMetaObject::Connection pauser =
        connect(runner, &BatchRunner::rowChanged, this, [runner, &paused]() {
            if (!paused && runner->stats().answered >= 4) {
                paused = true;
                runner->pause();
            }
        });
    QVERIFY(runner->start());
    QTRY_COMPARE(runner->state(), BatchRunner::State::Paused);
    disconnect(pauser);
    QVERIFY(runner->stats().answered < 40);
    QTRY_COMPARE(runner->stats().inFlight, 0);
    const int sent = m_server->requestCount();
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), sent); // nothing new while paused
    QVERIFY(finished.isEmpty());
    runner->resume();
    QVERIFY(finished.wait(20000));
    QCOMPARE(runner->stats().answered, 40);
    QCOMPARE(m_server->requestCount(), 40);
}

void TestBatch::invalidRowsSkippedOrStop()
{
    const QByteArray csv = "d_uuid,region\n" + uuid(1).toLatin1() + ",9\n" + ",9\n" +
                           uuid(3).toLatin1() + ",nowhere\n" + uuid(4).toLatin1() + ",\n";
    // Skip: the good rows go, the bad ones are listed with their lines and nothing is sent.
    BatchRunner *runner = newRunner(BatchInput::fromCsv(csv));
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(runner->stats().invalid, 2);
    QCOMPARE(runner->results().size(), 4);
    QCOMPARE(runner->results().at(1).state, BatchRowResult::State::Invalid);
    QCOMPARE(runner->results().at(1).line, 3);
    QCOMPARE(runner->results().at(2).line, 4);
    QCOMPARE(runner->problems().size(), 2);
    QCOMPARE(BatchCommand::exitCodeFor(*runner), int(ExitFindings));

    // Stop: nothing at all is sent.
    m_server->clearRequests();
    BatchRunner::Settings settings;
    settings.stopOnInvalidRow = true;
    runner = newRunner(BatchInput::fromCsv(csv), settings);
    QString error;
    QVERIFY(!runner->start(&error));
    QVERIFY(error.contains(QStringLiteral("line 3")));
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);

    // A request the builder refuses (a header with a line break) is an invalid row as well.
    runner = newRunner(BatchInput::generate(3));
    DcsRequest bad;
    bad.headers.append(DcsHeader{QStringLiteral("X-Test"), QStringLiteral("a\nb"), true});
    runner->setTemplate(bad);
    QVERIFY(!runner->start(&error));
    QVERIFY(error.contains(QStringLiteral("X-Test")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestBatch::rateLimit()
{
    QVector<qint64> times;
    QElapsedTimer clock;
    clock.start();
    m_server->setHandler([&](const TestHttpRequest &r) {
        times.append(clock.elapsed());
        return TestHttpResponse::json(answerFor(userOf(r)));
    });
    BatchRunner::Settings settings;
    settings.ratePerSecond = 40; // one call every 25 ms
    BatchRunner *runner = newRunner(BatchInput::generate(9), settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(times.size(), 9);
    // Eight intervals of 25 ms at least between the first and the last call.
    QVERIFY2(times.last() - times.first() >= 8 * 25 - 10,
             qPrintable(QString::number(times.last() - times.first())));
}

void TestBatch::liveTargetNeedsConfirmation()
{
    Profile live;
    live.alias = QStringLiteral("acme");
    live.regionId = 9;
    QVERIFY(!BatchRunner::isLocalTarget(live, QUrl()));
    Profile sandbox;
    QVERIFY(BatchRunner::isLocalTarget(sandbox, QUrl(QStringLiteral("http://127.0.0.1:1"))));
    Profile loopback;
    loopback.customBaseUrl = QStringLiteral("http://localhost:8080");
    QVERIFY(BatchRunner::isLocalTarget(loopback, QUrl()));
    loopback.customBaseUrl = QStringLiteral("https://proxy.example.com");
    QVERIFY(!BatchRunner::isLocalTarget(loopback, QUrl()));

    BatchRunner runner;
    runner.setTarget(live);
    runner.setInput(BatchInput::generate(BatchRunner::LiveConfirmThreshold));
    QVERIFY(!runner.needsLiveConfirmation());
    runner.setInput(BatchInput::generate(BatchRunner::LiveConfirmThreshold + 1));
    QVERIFY(runner.needsLiveConfirmation());
}

void TestBatch::exportAndHistory()
{
    m_server->setHandler([](const TestHttpRequest &r) {
        return TestHttpResponse::json(answerFor(userOf(r))).withHeader("X-Error", "101,102");
    });
    BatchRunner *runner =
        newRunner(BatchInput::fromCsv("d_uuid\n" + uuid(1).toLatin1() + "\n\"=cmd\"\n" + ",\n"));
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(20000));

    const QString csvPath = m_dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(BatchExport::write(csvPath, runner->results(), &error), qPrintable(error));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csv = csvFile.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFrow,line,user,"));
    QVERIFY(csv.contains("101 102"));
    QVERIFY(csv.contains("'=cmd")); // a formula-looking user ID is defused for spreadsheets

    // dcs_region -1 (the local sandbox) stays a number; without a BOM on request.
    QVector<BatchRowResult> sandboxRows = runner->results();
    sandboxRows[0].dcsRegion = -1;
    const QByteArray plain = BatchExport::toCsv(sandboxRows, false);
    QVERIFY(plain.startsWith("row,line,user,"));
    const QList<QByteArray> plainLines = plain.split('\n');
    QVERIFY2(plainLines.at(1).contains(",-1,"), plainLines.at(1).constData());
    QVERIFY(!plain.contains("'-1"));

    const QString jsonlPath = m_dir.filePath(QStringLiteral("out.jsonl"));
    QVERIFY(BatchExport::write(jsonlPath, runner->results(), &error));
    QFile jsonlFile(jsonlPath);
    QVERIFY(jsonlFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = jsonlFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the blank row is dropped by the CSV reader
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(QStringLiteral("user")).toString(), uuid(1));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(first.value(QStringLiteral("errors")).toArray().size(), 2);
    QCOMPARE(first.value(QStringLiteral("urlDestinations")).toInt(), 2);
    QVERIFY(!BatchExport::write(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")),
                                runner->results(), &error));
    QVERIFY(error.contains(QStringLiteral("x.csv")));

    BatchHistory history(m_dir.filePath(QStringLiteral("history/batch-history.jsonl")));
    QVERIFY(history.append(runner->summary()));
    QVERIFY(history.append(runner->summary()));
    const QVector<QJsonObject> entries = history.load();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).value(QStringLiteral("answered")).toInt(), 2);
}

void TestBatch::cliBatch()
{
    const std::unique_ptr<CliRegistry> registry = CliApp::defaultRegistry();
    const auto run = [&registry](const QStringList &args, QString *out, QString *err,
                                 const QByteArray &stdinData = QByteArray()) {
        QTextStream o(out);
        QTextStream e(err);
        CliIo io(o, e, [stdinData] { return stdinData; });
        const int code =
            CliApp::run(QStringList{QStringLiteral("dcsdesk-cli")} + args, io, *registry);
        o.flush();
        e.flush();
        return code;
    };
    const QString base = m_server->baseUrl().toString();
    const QString outPath = m_dir.filePath(QStringLiteral("cli.jsonl"));
    QString out, err;
    int code = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("batch"),
                    QStringLiteral("--base-url"), base, QStringLiteral("--alias"),
                    QStringLiteral("acme"), QStringLiteral("--generate"), QStringLiteral("25"),
                    QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("--out"),
                    outPath, QStringLiteral("--signal"), QStringLiteral("c_x=1")},
                   &out, &err);
    QVERIFY2(code == 0, qPrintable(out + err));
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("answered")).toInt(), 25);
    QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("settings")).toObject().value("concurrency").toInt(), 4);
    QVERIFY(err.contains(QStringLiteral("25 answered")));
    QVERIFY(!err.contains(QLatin1Char('\r'))); // no progress line: stderr is not a terminal
    QFile file(outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 25);
    QVERIFY(m_server->lastRequest().query().contains("c_x=1"));

    // CSV on stdin with a bad row; --json puts nothing but the summary out.
    out.clear();
    err.clear();
    const QByteArray csv = "d_uuid,c_color\n" + uuid(1).toLatin1() + ",red\n,blue\n";
    code = run({QStringLiteral("batch"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                base, QStringLiteral("--input"), QStringLiteral("-")},
               &out, &err, csv);
    QCOMPARE(code, int(ExitFindings));
    const QJsonObject s2 = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(s2.value(QStringLiteral("answered")).toInt(), 1);
    QCOMPARE(s2.value(QStringLiteral("invalid")).toInt(), 1);
    QCOMPARE(
        s2.value(QStringLiteral("invalidRows")).toArray().at(0).toObject().value("line").toInt(),
        3);
    code =
        run({QStringLiteral("batch"), QStringLiteral("--base-url"), base, QStringLiteral("--input"),
             QStringLiteral("-"), QStringLiteral("--on-invalid"), QStringLiteral("stop")},
            &out, &err, csv);
    QCOMPARE(code, int(ExitBadInput));

    // The live DCS over the threshold needs --yes; nothing is sent without it.
    out.clear();
    err.clear();
    code = run({QStringLiteral("batch"), QStringLiteral("--region"), QStringLiteral("usw2"),
                QStringLiteral("--alias"), QStringLiteral("acme"), QStringLiteral("--generate"),
                QStringLiteral("500")},
               &out, &err);
    QCOMPARE(code, int(ExitBadInput));
    QVERIFY(err.contains(QStringLiteral("--yes")));

    // Bad options.
    QCOMPARE(run({QStringLiteral("batch"), QStringLiteral("--base-url"), base}, &out, &err),
             int(ExitBadInput));
    QCOMPARE(run({QStringLiteral("batch"), QStringLiteral("--base-url"), base,
                  QStringLiteral("--generate"), QStringLiteral("3"), QStringLiteral("--uuid"),
                  QStringLiteral("1")},
                 &out, &err),
             int(ExitBadInput));
    QCOMPARE(run({QStringLiteral("batch"), QStringLiteral("--base-url"), base,
                  QStringLiteral("--generate"), QStringLiteral("3"),
                  QStringLiteral("--concurrency"), QStringLiteral("0")},
                 &out, &err),
             int(ExitBadInput));

    // Messages follow --lang.
    err.clear();
    QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("batch"),
                  QStringLiteral("--base-url"), base, QStringLiteral("--generate"),
                  QStringLiteral("3"), QStringLiteral("--concurrency"), QStringLiteral("x")},
                 &out, &err),
             int(ExitBadInput));
    QVERIFY2(err.contains(QStringLiteral("--concurrency erwartet eine Zahl von 1 bis 64")),
             qPrintable(err));

    // The progress line, when asked for.
    BatchCommand::setForceProgress(true);
    err.clear();
    out.clear();
    code = run({QStringLiteral("batch"), QStringLiteral("--base-url"), base,
                QStringLiteral("--generate"), QStringLiteral("5")},
               &out, &err);
    BatchCommand::setForceProgress(false);
    QCOMPARE(code, 0);
    QVERIFY(err.contains(QStringLiteral("5/5 (100%)")));
}

QTEST_MAIN(TestBatch)
// Retry-After as RFC 9110 allows it: delay-seconds or an HTTP date; anything else is not a wait.
void TestBatch::retryAfterReadsSecondsAndDates()
{
    const QDateTime now(QDate(2026, 12, 5), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(retryAfterMs(" 120 ", now), std::optional<qint64>(120000));
    QCOMPARE(retryAfterMs("0", now), std::optional<qint64>(0));
    QCOMPARE(retryAfterMs("Sat, 05 Dec 2026 10:00:30 GMT", now), std::optional<qint64>(30000));
    QCOMPARE(retryAfterMs("Sat, 05 Dec 2026 09:59:00 GMT", now), std::optional<qint64>(0));
    QVERIFY(!retryAfterMs("", now));
    QVERIFY(!retryAfterMs("-5", now));
    QVERIFY(!retryAfterMs("soon", now));
}

#include "tst_batch.moc"
