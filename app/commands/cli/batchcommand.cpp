#include "batchcommand.h"

#include "batch/batchexpectations.h"
#include "batch/batchexport.h"
#include "batch/batchinput.h"
#include "batch/batchrunner.h"
#include "system/colontext.h"
#include "workspace/workspacefile.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace dcsdesk {

namespace {

bool g_forceProgress = false;
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the program at once
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

bool parseCount(const QString &text, int min, int max, int *value)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

QString formatDuration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

constexpr int kBatchExpectationsListed = 100;

// The rows whose expectations failed or could not be checked, then the one-line count.
void printExpectations(CliIo &io, const BatchRunner &runner)
{
    const QString line = BatchExpectations::summaryLine(runner.stats());
    if (line.isEmpty())
        return;
    int listed = 0;
    int more = 0;
    for (const BatchRowResult &r : runner.results()) {
        if (!BatchExpectations::isFailure(r))
            continue;
        if (listed++ >= 20) {
            ++more;
            continue;
        }
        io.err << io.program << QStringLiteral(": ")
               << BatchCommand::tr("line %1, user %2: %3")
                      .arg(r.line > 0 ? r.line : r.row)
                      .arg(r.userId, ColonText::continued(r.expectationText()))
               << Qt::endl;
    }
    if (more > 0)
        io.err << io.program << QStringLiteral(": ")
               << BatchCommand::tr("… and %n more row(s) with failed or unchecked expectations.",
                                   nullptr, more)
               << Qt::endl;
    io.err << line << Qt::endl;
}

} // namespace

void BatchCommand::setForceProgress(bool force)
{
    g_forceProgress = force;
}

QString BatchCommand::summary() const
{
    return tr("Send a request for every user of a CSV file (or N generated users) and summarize "
              "the answers.");
}

void BatchCommand::addOptions(QCommandLineParser &p) const
{
    m_options.addTo(p);
    const auto opt = [&p](const QString &name, const QString &help,
                          const QString &value = QString()) {
        p.addOption(QCommandLineOption(name, help, value));
    };
    opt(QStringLiteral("input"),
        tr("CSV file of users (or - for stdin) with a d_uuid or d_mid column and optional c_, "
           "p_, d_, h_ signal columns, d_cid, d_cid_ic, d_orgid, region, and the expectations "
           "expect_segments, expect_not_segments and expect_destinations."),
        tr("file"));
    opt(QStringLiteral("generate"), tr("Generate this many users with random 38-digit IDs."),
        tr("n"));
    opt(QStringLiteral("id-type"), tr("ID type of generated users: uuid (default) or mid."),
        tr("type"));
    opt(QStringLiteral("seed"),
        tr("Seed for the generated users; the same seed gives the same users (default 1)."), tr("n"));
    opt(QStringLiteral("concurrency"),
        tr("Calls in flight at once (default 6, at most %1).").arg(BatchRunner::MaxConcurrency),
        tr("n"));
    opt(QStringLiteral("rate"),
        tr("At most this many calls per second (default: no limit for the sandbox or a loopback "
           "address, %1 for the live DCS).")
            .arg(BatchRunner::LiveDefaultRate),
        tr("calls"));
    opt(QStringLiteral("retries"),
        tr("Retries of a call answered 429 or lost on the network (default 3)."), tr("n"));
    opt(QStringLiteral("timeout"), tr("Give up a call after this many seconds (default 10)."),
        tr("seconds"));
    opt(QStringLiteral("out"),
        tr("Write one line per row to this file: .csv, or .jsonl for JSON Lines."), tr("file"));
    opt(QStringLiteral("no-bom"),
        tr("Write the --out CSV without the UTF-8 byte order mark (kept by default so that Excel "
           "reads the file as UTF-8)."));
    opt(QStringLiteral("on-invalid"),
        tr("What to do with rows that cannot be sent: skip (default, they are listed) or stop "
           "(send nothing)."),
        tr("skip|stop"));
    opt(QStringLiteral("yes"), tr("Confirm a run of more than %n call(s) to the live DCS.", nullptr,
                                  BatchRunner::LiveConfirmThreshold));
}

QString BatchCommand::progressLine(const BatchRunner &runner)
{
    const BatchStats &s = runner.stats();
    const QLocale locale;
    const int toSend = qMax(1, s.toSend());
    QStringList parts;
    parts << tr("%1/%2 (%3%)")
                 .arg(locale.toString(s.done()), locale.toString(s.toSend()))
                 .arg(s.done() * 100 / toSend);
    parts << tr("%1 calls/s").arg(locale.toString(s.ratePerSecond(), 'f', 0));
    const double eta = s.etaSeconds();
    if (eta >= 0 && s.remaining() > 0)
        parts << tr("ETA %1").arg(formatDuration(eta));
    const double p95 = s.percentile(95);
    if (p95 >= 0)
        parts << tr("p95 %1 ms").arg(locale.toString(p95, 'f', 1));
    for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it)
        parts << tr("HTTP %1: %2").arg(it.key()).arg(locale.toString(it.value()));
    if (s.withErrors > 0)
        parts << tr("DCS errors: %1").arg(locale.toString(s.withErrors));
    if (s.failed > 0)
        parts << tr("failed: %1").arg(locale.toString(s.failed));
    if (runner.state() == BatchRunner::State::Paused)
        parts << tr("paused");
    return parts.join(QStringLiteral(" · "));
}

int BatchCommand::exitCodeFor(const BatchRunner &runner)
{
    const BatchStats &s = runner.stats();
    if (runner.wasCancelled())
        return ExitInterrupted;
    if (s.failed > 0)
        return ExitNetworkFailure;
    if (s.withProblems > 0 || s.invalid > 0 || s.expectationsFailed > 0 ||
        s.expectationsNotChecked > 0)
        return ExitFindings;
    for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it) {
        if (it.key() != 200)
            return ExitFindings;
    }
    return ExitOk;
}

int BatchCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const auto has = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };

    if (has("uuid") || has("mid"))
        return io.fail(ExitBadInput, tr("--uuid and --mid name one user; a batch takes its users "
                                        "from --input or --generate."));
    if (has("input") == has("generate"))
        return io.fail(ExitBadInput,
                       tr("Give the users with either --input FILE (CSV) or --generate N."));

    BatchRunner::Settings settings;
    if (has("concurrency") &&
        !parseCount(value("concurrency"), 1, BatchRunner::MaxConcurrency, &settings.concurrency))
        return io.fail(ExitBadInput, tr("--concurrency takes a number from 1 to %1, not “%2”.")
                                         .arg(BatchRunner::MaxConcurrency)
                                         .arg(value("concurrency")));
    if (has("retries") && !parseCount(value("retries"), 0, 20, &settings.maxRetries))
        return io.fail(
            ExitBadInput,
            tr("--retries takes a number from 0 to 20, not “%1”.").arg(value("retries")));
    if (has("rate")) {
        bool ok = false;
        const double rate = QLocale::c().toDouble(value("rate"), &ok);
        if (!ok || rate < 0 || rate > 100000)
            return io.fail(
                ExitBadInput,
                tr("--rate takes calls per second (0 for no limit), not “%1”.").arg(value("rate")));
        settings.ratePerSecond = rate;
    }
    if (has("timeout")) {
        bool ok = false;
        const double seconds = QLocale::c().toDouble(value("timeout"), &ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return io.fail(ExitBadInput,
                           tr("--timeout takes a number of seconds between 0 and 3600, not “%1”.")
                               .arg(value("timeout")));
        settings.timeoutMs = int(seconds * 1000);
    }
    if (has("on-invalid")) {
        const QString policy = value("on-invalid").toLower();
        if (policy == QLatin1String("stop"))
            settings.stopOnInvalidRow = true;
        else if (policy != QLatin1String("skip"))
            return io.fail(
                ExitBadInput,
                tr("--on-invalid takes skip or stop, not “%1”.").arg(value("on-invalid")));
    }
    const QString outPath = value("out");
    if (!outPath.isEmpty() && QFileInfo(outPath).isDir())
        return io.fail(ExitBadInput,
                       tr("--out needs a file name such as results.csv, not a folder."));

    CliRequestOptions::Resolved resolved;
    QString error;
    if (!m_options.resolve(parser, io, &resolved, &error))
        return io.fail(ExitBadInput, error);

    BatchInput input;
    QString sourceName;
    if (has("input")) {
        // The workspace's destinations name the IDs and names of expect_destinations.
        const QString workspacePath = has("workspace") ? value("workspace") : value("sandbox");
        WorkspaceFile::LoadResult workspace;
        if (!workspacePath.isEmpty())
            workspace = WorkspaceFile::load(workspacePath);
        const QVector<Destination> *destinations =
            workspace.ok ? &workspace.workspace.destinations : nullptr;
        sourceName = value("input");
        if (sourceName == QLatin1String("-"))
            input = BatchInput::fromCsv(io.readStdin(), destinations);
        else
            input = BatchInput::fromCsvFile(sourceName, destinations);
    } else {
        int count = 0;
        if (!parseCount(value("generate"), 1, BatchInput::MaxUsers, &count))
            return io.fail(ExitBadInput, tr("--generate takes a number from 1 to %1, not “%2”.")
                                             .arg(BatchInput::MaxUsers)
                                             .arg(value("generate")));
        Profile::IdKind kind = Profile::IdKind::Uuid;
        if (has("id-type")) {
            const QString type = value("id-type").toLower();
            if (type == QLatin1String("mid"))
                kind = Profile::IdKind::Mid;
            else if (type != QLatin1String("uuid"))
                return io.fail(ExitBadInput,
                               tr("--id-type takes uuid or mid, not “%1”.").arg(value("id-type")));
        }
        int seed = 1;
        if (has("seed") && !parseCount(value("seed"), 0, INT_MAX, &seed))
            return io.fail(ExitBadInput,
                           tr("--seed takes a whole number, not “%1”.").arg(value("seed")));
        input = BatchInput::generate(count, kind, quint32(seed));
        sourceName = tr("%n generated user(s)", nullptr, count);
    }
    if (!input.isValid())
        return io.fail(ExitBadInput, input.error);
    if (!io.json) {
        for (const QString &note : std::as_const(input.notes))
            io.err << io.program << QStringLiteral(": ") << note << Qt::endl;
    }

    BatchRunner runner;
    runner.setTarget(resolved.profile, resolved.sandboxBaseUrl);
    runner.setTemplate(resolved.request);
    runner.setInput(input, sourceName);
    if (!io.json && !runner.templateNote().isEmpty())
        io.err << io.program << QStringLiteral(": ") << runner.templateNote() << Qt::endl;
    const bool local = BatchRunner::isLocalTarget(resolved.profile, resolved.sandboxBaseUrl);
    if (!local && !has("rate"))
        settings.ratePerSecond = BatchRunner::LiveDefaultRate;
    runner.setSettings(settings);
    if (runner.needsLiveConfirmation() && !has("yes"))
        return io.fail(
            ExitBadInput,
            tr("This sends %1 calls to the live DCS, not the local sandbox. Add --yes to confirm "
               "(the rate is %2 calls per second unless you set --rate), or use --sandbox or a "
               "loopback --base-url to try it locally.")
                .arg(QLocale().toString(input.users.size()))
                .arg(QLocale().toString(settings.ratePerSecond)));

    if (!runner.prepare(&error)) {
        if (!io.json) {
            for (const BatchInputProblem &p : runner.problems())
                io.err << io.program << QStringLiteral(": ")
                       << tr("line %1: %2").arg(p.line).arg(ColonText::continued(p.message))
                       << Qt::endl;
        }
        return io.fail(ExitBadInput, error);
    }
    if (!io.json) {
        const QVector<BatchInputProblem> &problems = runner.problems();
        for (int i = 0; i < problems.size() && i < 20; ++i)
            io.err << io.program << QStringLiteral(": ")
                   << tr("line %1 skipped: %2").arg(problems.at(i).line).arg(problems.at(i).message)
                   << Qt::endl;
        if (problems.size() > 20)
            io.err << io.program << QStringLiteral(": ")
                   << tr("… and %n more row(s) skipped.", nullptr, int(problems.size() - 20))
                   << Qt::endl;
    }

    const bool showProgress = !io.json && (g_forceProgress || stderrIsTerminal());
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    if (showProgress) {
        QObject::connect(&runner, &BatchRunner::progress, &loop, [&io, &runner] {
            io.err << QStringLiteral("\r\x1b[K") << progressLine(runner);
            io.err.flush();
        });
    }
    g_interrupted.store(false);
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    interruptPoll.setInterval(100);
    QObject::connect(&interruptPoll, &QTimer::timeout, &runner, [&runner] {
        if (g_interrupted.load())
            runner.cancel();
    });
    interruptPoll.start();
    if (!runner.start(&error)) {
        std::signal(SIGINT, previousHandler);
        return io.fail(ExitBadInput, error);
    }
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previousHandler == SIG_ERR ? SIG_DFL : previousHandler);
    if (showProgress)
        io.err << QStringLiteral("\r\x1b[K") << progressLine(runner) << Qt::endl;

    int code = exitCodeFor(runner);
    QJsonObject summary = runner.summary();
    if (!outPath.isEmpty()) {
        if (BatchExport::write(outPath, runner.results(), &error, !has("no-bom"))) {
            summary.insert(QStringLiteral("out"), outPath);
        } else {
            summary.insert(QStringLiteral("outError"), error);
            if (!io.json)
                io.err << io.program << QStringLiteral(": ") << error << Qt::endl;
            code = ExitBadInput;
        }
    }
    if (!runner.templateNote().isEmpty())
        summary.insert(QStringLiteral("templateNote"), runner.templateNote());
    summary.insert(QStringLiteral("expectationFailures"),
                   BatchExpectations::failuresJson(runner.results(), kBatchExpectationsListed));
    summary.insert(QStringLiteral("exitCode"), code);
    io.printJson(summary);
    if (!io.json) {
        const BatchStats &s = runner.stats();
        const QLocale locale;
        io.err << tr("%1 answered, %2 with DCS errors, %3 failed, %4 invalid, %5 not sent; "
                     "%6 calls/s; latency p50 %7 ms, p95 %8 ms, p99 %9 ms.")
                      .arg(locale.toString(s.answered), locale.toString(s.withErrors),
                           locale.toString(s.failed), locale.toString(s.invalid),
                           locale.toString(s.notSent + s.cancelled),
                           locale.toString(s.ratePerSecond(), 'f', 1),
                           locale.toString(qMax(0.0, s.percentile(50)), 'f', 2),
                           locale.toString(qMax(0.0, s.percentile(95)), 'f', 2),
                           locale.toString(qMax(0.0, s.percentile(99)), 'f', 2))
               << Qt::endl;
        printExpectations(io, runner);
    }
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace dcsdesk
