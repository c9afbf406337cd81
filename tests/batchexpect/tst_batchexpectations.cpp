// Data-driven expectations in a batch CSV (expect_segments, expect_not_segments,
// expect_destinations): reading the cells, judging each row's answer from the sample sandbox,
// the rows without an answer, the CLI's output and exit code, and the batch view's counts.
#include "batch/batchexpectations.h"
#include "batch/batchexport.h"
#include "batch/batchinput.h"
#include "batch/batchresultfilter.h"
#include "batch/batchresultmodel.h"
#include "batch/batchrunner.h"
#include "batch/batchview.h"
#include "cli/cliapp.h"
#include "sandbox/sandboxservice.h"
#include "testhttpserver.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dcsdesk;
using namespace dcsdesk::test;

namespace {

QByteArray user(int n)
{
    return QByteArray("1") + QByteArray::number(n).rightJustified(37, '0');
}

// Two rows that pass, one failing row per column; lines 2 to 6.
QByteArray mixedCsv()
{
    return "d_uuid,c_interest,expect_segments,expect_not_segments,expect_destinations\n" + user(1) +
           ",golf,1001,1002,aam_gpt=1001;2001\n" + // 2: passes
           user(2) + ",tennis,1002,1001,GPT targeting cookie==aamsegs=1002;!aam_gpt=1001\n" + // 3
           user(3) + ",golf,1002,,\n" +        // 4: segments
           user(4) + ",golf,,1001,\n" +        // 5: not
           user(5) + ",golf,,,aam_gpt=9999\n"; // 6: dest
}

QString sampleCsvPath()
{
    return QFileInfo(samplePath()).dir().filePath(QStringLiteral("sample-batch-expectations.csv"));
}

} // namespace

class TestBatchExpectations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheColumns();
    void badValuesAreReportedPerRow();
    void unknownExpectColumnIsRefused();
    void passingAndFailingRows();
    void rowsWithoutAnAnswerAreNotChecked();
    void templateWithoutSegmentIds();
    void cliExitCodeAndOutput();
    void batchViewShowsTheCounts();

private:
    BatchRunner *sandboxRunner(const BatchInput &input, int cts = 2);
    int runCli(const QStringList &args, QString *out, QString *err);
    SandboxService m_sandbox;
    Workspace m_workspace;
    QTemporaryDir m_dir;
};

void TestBatchExpectations::initTestCase()
{
    initTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_workspace = sampleWorkspace();
    m_sandbox.setWorkspace(m_workspace);
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

BatchRunner *TestBatchExpectations::sandboxRunner(const BatchInput &input, int cts)
{
    auto *runner = new BatchRunner(this);
    Profile profile;
    profile.alias = QStringLiteral("sample");
    profile.regionId = Profile::SandboxRegion;
    runner->setTarget(profile, m_sandbox.baseUrl());
    DcsRequest request;
    request.destinations = true;
    request.cts = cts;
    runner->setTemplate(request);
    runner->setInput(input);
    BatchRunner::Settings settings;
    settings.concurrency = 2;
    runner->setSettings(settings);
    return runner;
}

int TestBatchExpectations::runCli(const QStringList &args, QString *out, QString *err)
{
    out->clear();
    err->clear();
    const std::unique_ptr<CliRegistry> registry = CliApp::defaultRegistry();
    QTextStream o(out);
    QTextStream e(err);
    CliIo io(o, e, [] { return QByteArray(); });
    const int code = CliApp::run(QStringList{QStringLiteral("dcsdesk-cli")} + args, io, *registry);
    o.flush();
    e.flush();
    return code;
}

void TestBatchExpectations::readsTheColumns()
{
    const BatchInput input = BatchInput::fromCsv(mixedCsv(), &m_workspace.destinations);
    QVERIFY2(input.isValid(), qPrintable(input.error));
    QVERIFY(input.problems.isEmpty());
    QCOMPARE(input.users.size(), 5);
    QCOMPARE(input.expectationRows(), 5);
    QVERIFY(input.notes.isEmpty()); // expect_ columns are not "ignored"
    const BatchUser &first = input.users.at(0);
    QCOMPARE(first.signalList.size(), 1); // c_interest only: expectations are never sent
    QCOMPARE(first.signalList.first().key, QStringLiteral("c_interest"));
    QCOMPARE(first.expectations.size(), 4);
    QCOMPARE(first.expectations.at(0).kind, Check::Kind::SegmentsQualified);
    QCOMPARE(first.expectations.at(0).ids, QVector<qint64>{1001});
    QCOMPARE(first.expectations.at(1).kind, Check::Kind::SegmentsNotQualified);
    const Check &cookie = first.expectations.at(2);
    QCOMPARE(cookie.kind, Check::Kind::CookieDestination);
    QCOMPARE(cookie.name, QStringLiteral("aam_gpt"));
    QCOMPARE(cookie.match, Check::Match::Contains);
    QCOMPARE(cookie.value, QStringLiteral("1001"));
    const Check &url = first.expectations.at(3); // destination 2001 by its ID: its URL's stem
    QCOMPARE(url.kind, Check::Kind::UrlDestination);
    QCOMPARE(url.value, QStringLiteral("ads.example.com/seg"));
    const BatchUser &second = input.users.at(1);
    QCOMPARE(second.expectations.at(2).name, QStringLiteral("aam_gpt")); // by its name
    QCOMPARE(second.expectations.at(2).match, Check::Match::Equals);
    QVERIFY(!second.expectations.at(3).fired);

    // Several segment IDs, a regex, "url" and a row without expectations.
    const BatchInput more = BatchInput::fromCsv(
        "d_uuid;expect_segments;expect_destinations\n1;1001; 1002 ;url~^https?://;aam_gpt\n2;;\n");
    QVERIFY2(more.isValid(), qPrintable(more.error));
    QCOMPARE(more.users.size(),
             1); // a ; in an unquoted cell of a ;-separated file: too many fields
    QCOMPARE(more.problems.size(), 1);
    const BatchInput quoted = BatchInput::fromCsv(
        "d_uuid,expect_segments,expect_destinations\n1,1001; 1002 ,url~^https?://;aam_gpt\n2,,\n");
    QCOMPARE(quoted.users.size(), 2);
    QCOMPARE(quoted.users.at(0).expectations.at(0).ids, (QVector<qint64>{1001, 1002}));
    QCOMPARE(quoted.users.at(0).expectations.at(1).match, Check::Match::Regex);
    QCOMPARE(quoted.users.at(0).expectations.at(2).name, QStringLiteral("aam_gpt"));
    QVERIFY(quoted.users.at(1).expectations.isEmpty());
    QCOMPARE(quoted.expectationRows(), 1);
}

void TestBatchExpectations::badValuesAreReportedPerRow()
{
    const QByteArray csv = "d_uuid,expect_segments,expect_not_segments,expect_destinations\n"
                           "1,1001 1002,,\n"          // 2: space instead of ;
                           "2,,abc,\n"                // 3
                           "3,,,2099\n"               // 4: no such destination
                           "4,,,aam_gpt~(\n"          // 5: bad regex
                           "5,,,2011\n"               // 6: server-to-server
                           "6,,,=1001\n"              // 7: no name
                           "7,1001,1002,aam_gpt=1\n"; // 8: fine
    const BatchInput input = BatchInput::fromCsv(csv, &m_workspace.destinations);
    QVERIFY(input.isValid());
    QCOMPARE(input.users.size(), 1);
    QCOMPARE(input.problems.size(), 6);
    const auto problemOf = [&input](int line) {
        for (const BatchInputProblem &p : input.problems) {
            if (p.line == line)
                return p.message;
        }
        return QString();
    };
    QVERIFY2(problemOf(2).contains(QStringLiteral("1001 1002")) &&
                 problemOf(2).contains(QStringLiteral("1001;1002")),
             qPrintable(problemOf(2)));
    QVERIFY(problemOf(3).contains(QStringLiteral("expect_not_segments")));
    QVERIFY2(problemOf(4).contains(QStringLiteral("2099")), qPrintable(problemOf(4)));
    QVERIFY(problemOf(4).contains(QStringLiteral("url=")));
    QVERIFY(problemOf(5).contains(QStringLiteral("regular expression")));
    QVERIFY(problemOf(6).contains(QStringLiteral("server-to-server")));
    QVERIFY(!problemOf(7).isEmpty());

    // Without a workspace a destination ID cannot be looked up: said, with what to write.
    const BatchInput noWorkspace = BatchInput::fromCsv("d_uuid,expect_destinations\n1,2006\n");
    QCOMPARE(noWorkspace.problems.size(), 1);
    QVERIFY(noWorkspace.problems.first().message.contains(QStringLiteral("workspace")));
    QVERIFY(noWorkspace.problems.first().message.contains(QStringLiteral("aam_gpt")));
}

void TestBatchExpectations::unknownExpectColumnIsRefused()
{
    const BatchInput input = BatchInput::fromCsv("d_uuid,expect_segment\n1,1001\n");
    QVERIFY(!input.isValid());
    QVERIFY2(input.error.contains(QStringLiteral("expect_segment")) &&
                 input.error.contains(QStringLiteral("expect_segments")),
             qPrintable(input.error));
}

void TestBatchExpectations::passingAndFailingRows()
{
    BatchRunner *runner = sandboxRunner(BatchInput::fromCsv(mixedCsv(), &m_workspace.destinations));
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(30000));
    const QVector<BatchRowResult> &rows = runner->results();
    QCOMPARE(rows.size(), 5);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(rows.at(i).expectation == BatchRowResult::Expectation::Passed,
                 qPrintable(rows.at(i).expectationFailures.join(QLatin1Char('\n'))));
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(rows.at(i).expectation, BatchRowResult::Expectation::Failed);
        QCOMPARE(rows.at(i).expectationFailures.size(), 1);
    }
    // Which expectation broke, and what the answer had instead.
    QVERIFY2(rows.at(2).expectationFailures.first().contains(QStringLiteral("1002")) &&
                 rows.at(2).expectationFailures.first().contains(QStringLiteral("1001")),
             qPrintable(rows.at(2).expectationFailures.first()));
    QVERIFY(rows.at(3).expectationFailures.first().contains(QStringLiteral("1001")));
    QVERIFY2(rows.at(4).expectationFailures.first().contains(QStringLiteral("9999")) &&
                 rows.at(4).expectationFailures.first().contains(QStringLiteral("aam_gpt")),
             qPrintable(rows.at(4).expectationFailures.first()));
    const BatchStats &s = runner->stats();
    QCOMPARE(s.expectationsPassed, 2);
    QCOMPARE(s.expectationsFailed, 3);
    QCOMPARE(s.expectationsNotChecked, 0);
    QVERIFY(BatchExpectations::summaryLine(s).contains(QStringLiteral("failed")));
    QVERIFY(runner->templateNote().isEmpty());
    const QJsonObject summary = runner->summary();
    QCOMPARE(summary.value(QStringLiteral("expectations")).toObject().value("failed").toInt(), 3);

    // The export carries the outcome; the JSON lines too.
    const QByteArray csv = BatchExport::toCsv(rows);
    QVERIFY(csv.contains("expectations,expectation_failures"));
    QVERIFY(csv.contains(",passed,"));
    QCOMPARE(csv.count(",failed,"), 3);
    const QList<QByteArray> lines = BatchExport::toJsonLines(rows).trimmed().split('\n');
    const QJsonObject failedRow = QJsonDocument::fromJson(lines.at(4)).object();
    QCOMPARE(failedRow.value(QStringLiteral("expectations")).toString(), QStringLiteral("failed"));
    QCOMPARE(failedRow.value(QStringLiteral("expectationFailures")).toArray().size(), 1);
    const QJsonArray listed = BatchExpectations::failuresJson(rows, 2);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
}

void TestBatchExpectations::rowsWithoutAnAnswerAreNotChecked()
{
    // A loopback port nobody listens on: every call fails, no expectation can be judged.
    QUrl dead;
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        dead = server.baseUrl();
    }
    auto *runner = new BatchRunner(this);
    Profile profile;
    profile.alias = QStringLiteral("acme");
    profile.customBaseUrl = dead.toString();
    runner->setTarget(profile);
    DcsRequest request;
    request.cts = 2;
    runner->setTemplate(request);
    runner->setInput(
        BatchInput::fromCsv("d_uuid,expect_segments\n" + user(1) + ",1001\n" + user(2) + ",\n"));
    BatchRunner::Settings settings;
    settings.maxRetries = 0;
    runner->setSettings(settings);
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(30000));
    const BatchRowResult &r = runner->results().at(0);
    QCOMPARE(r.state, BatchRowResult::State::Failed);
    QCOMPARE(r.expectation, BatchRowResult::Expectation::NotChecked);
    QVERIFY(r.expectationFailures.first().contains(QStringLiteral("no answer")));
    QCOMPARE(runner->results().at(1).expectation, BatchRowResult::Expectation::None);
    QCOMPARE(runner->stats().expectationsNotChecked, 1);
    QCOMPARE(runner->stats().withExpectations(), 1);
}

void TestBatchExpectations::templateWithoutSegmentIds()
{
    BatchRunner *runner =
        sandboxRunner(BatchInput::fromCsv(mixedCsv(), &m_workspace.destinations), 0);
    QVERIFY(runner->templateNote().contains(QStringLiteral("d_cts=2")));
    QSignalSpy finished(runner, &BatchRunner::finished);
    QVERIFY(runner->start());
    QVERIFY(finished.wait(30000));
    // Row 2 has segment expectations only, so it is not checked rather than failed.
    const BatchRowResult &r = runner->results().at(3);
    QCOMPARE(r.expectation, BatchRowResult::Expectation::NotChecked);
    QVERIFY(r.expectationFailures.first().contains(QStringLiteral("d_cts=2")));
}

void TestBatchExpectations::cliExitCodeAndOutput()
{
    QVERIFY(QFile::exists(sampleCsvPath()));
    QString out, err;
    // The sample passes against the sandbox.
    int code = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("batch"),
                       QStringLiteral("--sandbox"), samplePath(), QStringLiteral("--dst"),
                       QStringLiteral("--cts"), QStringLiteral("2"), QStringLiteral("--input"),
                       sampleCsvPath()},
                      &out, &err);
    QVERIFY2(code == 0, qPrintable(out + err));
    QVERIFY2(err.contains(QStringLiteral("0 of 4 rows failed their expectations")),
             qPrintable(err));

    const QString csvPath = m_dir.filePath(QStringLiteral("mixed.csv"));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mixedCsv());
    file.close();
    const QStringList args{QStringLiteral("--lang"),
                           QStringLiteral("en"),
                           QStringLiteral("batch"),
                           QStringLiteral("--sandbox"),
                           samplePath(),
                           QStringLiteral("--dst"),
                           QStringLiteral("--cts"),
                           QStringLiteral("2"),
                           QStringLiteral("--input"),
                           csvPath};
    code = runCli(args, &out, &err);
    QCOMPARE(code, int(ExitFindings));
    QVERIFY2(err.contains(QStringLiteral("line 4, user ") + QString::fromLatin1(user(3)) +
                          QStringLiteral(": FAILED")),
             qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("line 6, user ")));
    QVERIFY(!err.contains(QStringLiteral("line 2, user ")));
    QVERIFY(err.contains(QStringLiteral("3 of 5 rows failed their expectations; 2 passed, 0 not "
                                        "checked.")));

    code = runCli(QStringList{QStringLiteral("--json")} + args, &out, &err);
    QCOMPARE(code, int(ExitFindings));
    QVERIFY(err.isEmpty());
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), int(ExitFindings));
    const QJsonObject counts = summary.value(QStringLiteral("expectations")).toObject();
    QCOMPARE(counts.value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 3);
    const QJsonArray failures = summary.value(QStringLiteral("expectationFailures")).toArray();
    QCOMPARE(failures.size(), 3);
    QCOMPARE(failures.at(2).toObject().value(QStringLiteral("line")).toInt(), 6);
    QVERIFY(!failures.at(2).toObject().value(QStringLiteral("failures")).toArray().isEmpty());

    // An unknown expect_ column is bad input.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("d_uuid,expect_destination\n1,aam_gpt\n");
    file.close();
    QCOMPARE(runCli(args, &out, &err), int(ExitBadInput));
    QVERIFY(err.contains(QStringLiteral("expect_destinations")));
}

void TestBatchExpectations::batchViewShowsTheCounts()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("view.csv"));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mixedCsv());
    file.close();
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.load(samplePath(), &error), qPrintable(error));
    BatchView view(&document);
    view.resize(1200, 800);
    view.show();
    view.setSandboxBaseUrl(m_sandbox.baseUrl());
    view.setProfileName(QStringLiteral("Sample (local sandbox)"));
    QVERIFY(view.loadCsv(csvPath));
    view.findChild<QComboBox *>(QStringLiteral("ctsCombo"))->setCurrentIndex(2);
    QSignalSpy finished(&view, &BatchView::runFinished);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

    QVERIFY2(view.messageLabel()->text().contains(
                 QStringLiteral("3 of 5 rows failed their expectations")),
             qPrintable(view.messageLabel()->text()));
    auto *counters = view.findChild<QTreeWidget *>();
    const QList<QTreeWidgetItem *> expected = counters->findItems(
        QStringLiteral("With expectations"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.first()->text(1), QStringLiteral("5"));
    QCOMPARE(expected.first()->child(1)->text(1), QStringLiteral("3"));

    BatchResultModel *model = view.resultModel();
    QCOMPARE(model->index(0, BatchResultModel::ExpectationColumn).data().toString(),
             QStringLiteral("Passed"));
    QCOMPARE(model->index(2, BatchResultModel::ExpectationColumn).data().toString(),
             QStringLiteral("FAILED"));
    view.resultFilter()->setShow(BatchResultFilter::Show::FailedExpectations);
    QCOMPARE(view.resultFilter()->rowCount(), 3);

    // Selecting a row says what broke.
    auto *table = view.findChild<QTableView *>();
    QVERIFY(!view.rowDetail()->isVisible());
    table->setCurrentIndex(view.resultFilter()->index(2, 0));
    QVERIFY(view.rowDetail()->isVisible());
    QVERIFY2(view.rowDetail()->text().contains(QStringLiteral("Line 6")) &&
                 view.rowDetail()->text().contains(QStringLiteral("9999")),
             qPrintable(view.rowDetail()->text()));

    // Failures only.
    const QString out = m_dir.filePath(QStringLiteral("failures.csv"));
    QVERIFY2(view.exportTo(out, &error, true), qPrintable(error));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().trimmed().split('\n').size(), 4); // header and three rows
}

QTEST_MAIN(TestBatchExpectations)
#include "tst_batchexpectations.moc"
