#include "batchrunner.h"

#include "batchexpectations.h"

#include "dcs/retryafter.h"
#include "system/colontext.h"

#include "dcs/dcsclient.h"
#include "dcs/dcsrequestbuilder.h"
#include "domain/region.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>

namespace dcsdesk {

namespace {

constexpr int ProgressIntervalMs = 100;
constexpr int MaxProblemsInSummary = 100;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

BatchRunner::BatchRunner(QObject *parent) : QObject(parent), m_client(new DcsClient(this))
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &BatchRunner::pump);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &BatchRunner::progress);
}

BatchRunner::BatchRunner(QNetworkAccessManager *manager, QObject *parent) : BatchRunner(parent)
{
    delete m_client;
    m_client = new DcsClient(manager, this);
    m_managerInjected = true;
}

BatchRunner::~BatchRunner()
{
    // The calls are children of the client; they abort when it goes.
    m_inFlight.clear();
}

void BatchRunner::setTarget(const Profile &profile, const QUrl &sandboxBaseUrl)
{
    m_profile = profile;
    m_sandboxBaseUrl = sandboxBaseUrl;
    m_prepared = false;
}

void BatchRunner::setTemplate(const DcsRequest &request)
{
    m_droppedFromTemplate.clear();
    m_template = everyUserTemplate(request, &m_droppedFromTemplate);
    m_prepared = false;
}

void BatchRunner::setInput(const BatchInput &input, const QString &sourceName)
{
    m_input = input;
    m_sourceName = sourceName;
    m_prepared = false;
}

void BatchRunner::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.concurrency = qBound(1, m_settings.concurrency, MaxConcurrency);
    m_settings.maxRetries = qBound(0, m_settings.maxRetries, 20);
    if (m_settings.ratePerSecond < 0)
        m_settings.ratePerSecond = 0;
}

bool BatchRunner::isLocalTarget(const Profile &profile, const QUrl &sandboxBaseUrl)
{
    if (!profile.customBaseUrl.trimmed().isEmpty())
        return isLoopbackHost(QUrl(profile.customBaseUrl.trimmed()).host());
    if (profile.regionId == Profile::SandboxRegion)
        return sandboxBaseUrl.isEmpty() || isLoopbackHost(sandboxBaseUrl.host());
    return false;
}

bool BatchRunner::needsLiveConfirmation() const
{
    return !isLocalTarget(m_profile, m_sandboxBaseUrl) &&
           m_input.users.size() > LiveConfirmThreshold;
}

bool BatchRunner::prepare(QString *error)
{
    if (isActive()) {
        if (error)
            *error = tr("The batch is already running.");
        return false;
    }
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_results.clear();
    m_requests.clear();
    m_expectations.clear();
    m_problems = m_input.problems;
    m_slots.clear();
    m_slotOfRow.clear();
    m_ready.clear();
    m_retryAt.clear();
    m_cancelled = false;
    m_prepared = false;
    if (!m_input.isValid())
        return fail(m_input.error);

    // Rows in file order: the invalid rows of the reader and the users, merged by line.
    struct Entry
    {
        int line;
        int user;    // index into users, or -1
        int problem; // index into input problems, or -1
    };
    QVector<Entry> entries;
    entries.reserve(m_input.users.size() + m_input.problems.size());
    for (int i = 0; i < m_input.users.size(); ++i)
        entries.append({m_input.users.at(i).line, i, -1});
    for (int i = 0; i < m_input.problems.size(); ++i)
        entries.append({m_input.problems.at(i).line, -1, i});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.line < b.line; });

    m_results.resize(entries.size());
    m_requests.resize(entries.size());
    m_expectations.resize(entries.size());
    m_slotOfRow.fill(-1, entries.size());
    QHash<QString, int> slotOfUser;
    int sendable = 0;
    QString firstRefusal;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        BatchRowResult &row = m_results[i];
        row.row = i + 1;
        row.line = e.line;
        if (e.user < 0) {
            row.state = BatchRowResult::State::Invalid;
            row.message = m_input.problems.at(e.problem).message;
            continue;
        }
        const BatchUser &user = m_input.users.at(e.user);
        row.kind = user.kind;
        row.userId = user.userId;
        m_expectations[i] = user.expectations;
        BatchExpectations::markUnchecked(user.expectations,
                                         tr("Not checked: the row got no answer."), &row);
        PreparedRequest prepared =
            DcsRequestBuilder::prepare(profileFor(user), requestFor(user), m_sandboxBaseUrl);
        if (prepared.isRefused()) {
            QString reason;
            for (const RequestFinding &f : std::as_const(prepared.findings)) {
                if (f.blocking) {
                    reason = f.message;
                    break;
                }
            }
            row.state = BatchRowResult::State::Invalid;
            row.message = tr("The request is refused: %1").arg(ColonText::continued(reason));
            BatchExpectations::markUnchecked(user.expectations,
                                             tr("Not checked: the row was not sent."), &row);
            m_problems.append(BatchInputProblem{user.line, row.message});
            if (firstRefusal.isEmpty())
                firstRefusal = reason;
            continue;
        }
        m_requests[i] = std::move(prepared);
        ++sendable;
        const QString key = user.key();
        auto it = slotOfUser.find(key);
        if (it == slotOfUser.end()) {
            it = slotOfUser.insert(key, m_slots.size());
            m_slots.append(UserSlot());
            m_ready.push_back(it.value());
        }
        m_slots[it.value()].rows.append(i);
        m_slotOfRow[i] = it.value();
    }
    std::stable_sort(
        m_problems.begin(), m_problems.end(),
        [](const BatchInputProblem &a, const BatchInputProblem &b) { return a.line < b.line; });
    const int invalid = entries.size() - sendable;
    m_stats.reset(entries.size(), invalid);
    for (const BatchRowResult &row : std::as_const(m_results)) {
        if (row.state == BatchRowResult::State::Invalid)
            m_stats.addExpectation(row);
    }
    if (sendable == 0) {
        if (!firstRefusal.isEmpty())
            return fail(tr("No row can be sent: %1").arg(firstRefusal));
        return fail(tr("No row can be sent: every row of the input is invalid."));
    }
    if (m_settings.stopOnInvalidRow && invalid > 0) {
        const BatchInputProblem &p = m_problems.first();
        return fail(p.line > 0
                        ? tr("%n row(s) cannot be sent; the first is line %1: %2", nullptr, invalid)
                              .arg(p.line)
                              .arg(p.message)
                        : tr("%n row(s) cannot be sent: %1", nullptr, invalid).arg(p.message));
    }
    m_prepared = true;
    return true;
}

bool BatchRunner::start(QString *error)
{
    if (isActive()) {
        if (error)
            *error = tr("The batch is already running.");
        return false;
    }
    if (!m_prepared && !prepare(error))
        return false;
    m_prepared = false; // a second start() builds everything again
    DcsClient::Options options = m_client->options();
    options.timeoutMs = m_settings.timeoutMs;
    options.maxBodyBytes = m_settings.maxBodyBytes;
    options.caFile = m_profile.caFile;
    options.pinnedPublicKey = m_profile.pinnedPublicKey;
    m_client->setOptions(options);
    // As many connections as calls in flight (an injected manager keeps its own).
    m_client->setFastTransport(m_managerInjected ? 0 : m_settings.concurrency);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = QDateTime();
    m_clock.start();
    m_activeMs = 0;
    m_resumedAtMs = 0;
    m_nextSendAtMs = 0;
    m_holdUntilMs = 0;
    m_maxInFlight = 0;
    setState(State::Running);
    m_progressTimer.start();
    QTimer::singleShot(0, this, &BatchRunner::pump);
    return true;
}

void BatchRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_activeMs += qint64(nowMs() - m_resumedAtMs);
    m_pumpTimer.stop();
    setState(State::Paused);
}

void BatchRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_resumedAtMs = nowMs();
    setState(State::Running);
    pump();
}

void BatchRunner::cancel()
{
    if (!isActive() || m_state == State::Cancelling)
        return;
    if (m_state == State::Running)
        m_activeMs += qint64(nowMs() - m_resumedAtMs);
    m_cancelled = true;
    m_pumpTimer.stop();
    setState(State::Cancelling);
    // Rows waiting for a retry were sent but have no final answer.
    for (int slot : std::as_const(m_retryAt)) {
        const int row = m_slots.at(slot).rows.at(m_slots.at(slot).next);
        BatchRowResult &r = m_results[row];
        r.state = BatchRowResult::State::Cancelled;
        r.message = tr("Canceled while waiting to retry.");
        r.finishedAt = QDateTime::currentDateTimeUtc();
        m_stats.addFinal(r);
        Q_EMIT rowChanged(row);
    }
    m_retryAt.clear();
    m_ready.clear();
    const QList<DcsCall *> calls = m_inFlight.keys();
    for (DcsCall *call : calls)
        call->cancel(); // finished() follows asynchronously
    if (m_inFlight.isEmpty())
        QTimer::singleShot(0, this, &BatchRunner::finishRun);
}

double BatchRunner::nowMs() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0;
}

void BatchRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BatchRunner::schedule(double delayMs)
{
    const int ms = qMax(0, int(std::ceil(delayMs)));
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > ms)
        m_pumpTimer.start(ms);
}

void BatchRunner::pump()
{
    if (m_state != State::Running)
        return;
    const double now = nowMs();
    // Retries that are due go first, so a user's rows stay in order and finish.
    while (!m_retryAt.isEmpty() && m_retryAt.firstKey() <= now) {
        const int slot = m_retryAt.first();
        m_retryAt.erase(m_retryAt.begin());
        m_ready.push_front(slot);
    }
    const double interval = m_settings.ratePerSecond > 0 ? 1000.0 / m_settings.ratePerSecond : 0.0;
    while (m_inFlight.size() < m_settings.concurrency && !m_ready.empty()) {
        if (now < m_holdUntilMs) {
            schedule(m_holdUntilMs - now);
            return;
        }
        if (interval > 0 && now < m_nextSendAtMs) {
            schedule(m_nextSendAtMs - now);
            return;
        }
        const int slot = m_ready.front();
        m_ready.pop_front();
        sendRow(slot);
        if (interval > 0)
            m_nextSendAtMs = qMax(m_nextSendAtMs, now) + interval;
    }
    if (!m_retryAt.isEmpty())
        schedule(m_retryAt.firstKey() - now);
    if (m_inFlight.isEmpty() && m_ready.empty() && m_retryAt.isEmpty())
        finishRun();
}

void BatchRunner::sendRow(int slot)
{
    const int row = m_slots.at(slot).rows.at(m_slots.at(slot).next);
    BatchRowResult &r = m_results[row];
    r.state = BatchRowResult::State::Running;
    ++r.attempts;
    ++m_stats.calls;
    if (r.attempts > 1)
        ++m_stats.retries;
    DcsCall *call = m_client->send(m_requests.at(row));
    m_inFlight.insert(call, slot);
    m_maxInFlight = qMax(m_maxInFlight, int(m_inFlight.size()));
    m_stats.inFlight = m_inFlight.size();
    connect(call, &DcsCall::finished, this, [this, call] { onCallFinished(call); });
    if (r.attempts == 1)
        Q_EMIT rowChanged(row);
}

double BatchRunner::retryDelayMs(const DcsResult &result, int attempt, bool *fromRetryAfter) const
{
    *fromRetryAfter = false;
    if (result.hasResponse) {
        const std::optional<qint64> ms =
            retryAfterMs(result.response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        if (ms) {
            *fromRetryAfter = true;
            return qMin<double>(*ms, m_settings.maxRetryAfterMs);
        }
    }
    // Exponential backoff with jitter, so retries of many users do not come back together.
    const double base = m_settings.backoffMs * std::pow(2.0, qMax(0, attempt - 1));
    const double jitter = QRandomGenerator::global()->bounded(0.25) * base;
    return qMin<double>(base + jitter, m_settings.maxBackoffMs);
}

void BatchRunner::onCallFinished(DcsCall *call)
{
    const auto it = m_inFlight.find(call);
    if (it == m_inFlight.end())
        return;
    const int slot = it.value();
    m_inFlight.erase(it);
    m_stats.inFlight = m_inFlight.size();
    call->deleteLater();
    const DcsResult &result = call->result();
    const int row = m_slots.at(slot).rows.at(m_slots.at(slot).next);
    BatchRowResult &r = m_results[row];
    r.latencyMs = result.timing.finished;
    r.finishedAt = QDateTime::currentDateTimeUtc();

    if (m_cancelled && result.outcome == DcsResult::Outcome::Cancelled) {
        r.state = BatchRowResult::State::Cancelled;
        r.message = tr("Canceled while the call was in flight.");
        m_stats.addFinal(r);
        Q_EMIT rowChanged(row);
        if (m_inFlight.isEmpty())
            finishRun();
        return;
    }

    const bool rateLimited = result.hasResponse && result.httpStatus == 429;
    if (rateLimited)
        ++m_stats.rateLimited;
    const bool transient =
        !result.hasResponse && (result.outcome == DcsResult::Outcome::NetworkError ||
                                result.outcome == DcsResult::Outcome::Timeout);
    const bool truncated = result.hasResponse && result.truncated;
    if ((rateLimited || transient || truncated) && r.attempts <= m_settings.maxRetries &&
        !m_cancelled) {
        bool fromRetryAfter = false;
        const double delay = retryDelayMs(result, r.attempts, &fromRetryAfter);
        const double due = nowMs() + delay;
        if (rateLimited && fromRetryAfter)
            m_holdUntilMs = qMax(m_holdUntilMs, due); // the server asked everyone to wait
        m_retryAt.insert(due, slot);
        r.httpStatus = result.httpStatus;
        pump();
        return;
    }

    if (result.hasResponse && !truncated) {
        const DcsResponse &response = result.response;
        r.state = BatchRowResult::State::Answered;
        r.httpStatus = result.httpStatus;
        r.errorCodes.clear();
        for (const DcsError &e : response.errors)
            r.errorCodes.append(e.code);
        r.problems = response.hasProblems();
        r.cookieDestinations = response.stuff.size();
        r.urlDestinations = response.dests.size();
        r.dcsRegion = response.dcsRegion;
        r.uuid = response.uuid;
        r.tid = response.tid;
        r.message.clear();
        if (r.latencyMs >= 0)
            m_stats.addLatency(r.latencyMs);
    } else {
        r.state = m_cancelled ? BatchRowResult::State::Cancelled : BatchRowResult::State::Failed;
        r.httpStatus = result.hasResponse ? result.httpStatus : 0;
        r.message = result.failureMessage();
        ++m_stats.failureCounts[DcsResult::outcomeKey(result.outcome)];
    }
    BatchExpectations::evaluate(m_expectations.at(row), result, &r);
    m_stats.addFinal(r);
    Q_EMIT rowChanged(row);

    UserSlot &s = m_slots[slot];
    ++s.next;
    if (s.next < s.rows.size() && !m_cancelled)
        m_ready.push_back(slot);
    if (m_state == State::Cancelling) {
        if (m_inFlight.isEmpty())
            finishRun();
        return;
    }
    pump();
}

void BatchRunner::finishRun()
{
    if (m_state == State::Finished || m_state == State::Idle)
        return;
    if (m_state == State::Running)
        m_activeMs += qint64(nowMs() - m_resumedAtMs);
    m_resumedAtMs = nowMs();
    m_pumpTimer.stop();
    m_progressTimer.stop();
    m_finishedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_results.size(); ++i) {
        BatchRowResult &r = m_results[i];
        if (r.state == BatchRowResult::State::Pending) {
            r.state = BatchRowResult::State::NotSent;
            r.message = tr("Not sent: the run was canceled first.");
            m_stats.addFinal(r);
            Q_EMIT rowChanged(i);
        }
    }
    m_ready.clear();
    m_retryAt.clear();
    m_stats.elapsedMs = m_activeMs;
    setState(State::Finished);
    Q_EMIT progress();
    Q_EMIT finished();
}

void BatchRunner::updateElapsed() const
{
    if (m_state == State::Running)
        m_stats.elapsedMs = m_activeMs + qint64(nowMs() - m_resumedAtMs);
    else
        m_stats.elapsedMs = m_activeMs;
}

const BatchStats &BatchRunner::stats() const
{
    updateElapsed();
    return m_stats;
}

QJsonObject BatchRunner::summary() const
{
    QJsonObject o = stats().toJson();
    o.insert(QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("finishedAt"),
             m_finishedAt.isValid() ? QJsonValue(m_finishedAt.toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("cancelled"), m_cancelled);
    o.insert(QStringLiteral("input"), m_sourceName);
    if (!m_input.sha256.isEmpty()) // which version of the file the run used
        o.insert(QStringLiteral("inputSha256"), QString::fromLatin1(m_input.sha256.toHex()));
    QJsonObject target{{QStringLiteral("alias"), m_profile.alias},
                       {QStringLiteral("local"), isLocalTarget(m_profile, m_sandboxBaseUrl)}};
    if (!m_profile.customBaseUrl.isEmpty())
        target.insert(QStringLiteral("baseUrl"), m_profile.customBaseUrl);
    else if (m_profile.regionId == Profile::SandboxRegion)
        target.insert(QStringLiteral("sandbox"), m_sandboxBaseUrl.toString());
    else
        target.insert(QStringLiteral("region"), m_profile.regionId);
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("settings"),
             QJsonObject{{QStringLiteral("concurrency"), m_settings.concurrency},
                         {QStringLiteral("ratePerSecond"), m_settings.ratePerSecond},
                         {QStringLiteral("maxRetries"), m_settings.maxRetries},
                         {QStringLiteral("timeoutMs"), m_settings.timeoutMs}});
    QJsonArray problems;
    for (int i = 0; i < m_problems.size() && i < MaxProblemsInSummary; ++i)
        problems.append(QJsonObject{{QStringLiteral("line"), m_problems.at(i).line},
                                    {QStringLiteral("message"), m_problems.at(i).message}});
    o.insert(QStringLiteral("invalidRows"), problems);
    o.insert(QStringLiteral("maxInFlight"), m_maxInFlight);
    return o;
}

} // namespace dcsdesk
