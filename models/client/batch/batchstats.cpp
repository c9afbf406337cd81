#include "batchstats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace dcsdesk {

void BatchStats::reset(int totalRows, int invalidRows)
{
    *this = BatchStats();
    total = totalRows;
    invalid = invalidRows;
}

void BatchStats::addFinal(const BatchRowResult &row)
{
    switch (row.state) {
    case BatchRowResult::State::Answered:
        ++answered;
        ++statusCounts[row.httpStatus];
        if (!row.errorCodes.isEmpty())
            ++withErrors;
        if (row.problems)
            ++withProblems;
        for (int code : row.errorCodes)
            ++errorCounts[code];
        break;
    case BatchRowResult::State::Failed:
        ++failed;
        break;
    case BatchRowResult::State::Cancelled:
        ++cancelled;
        break;
    case BatchRowResult::State::NotSent:
        ++notSent;
        break;
    default:
        break;
    }
    addExpectation(row);
}

void BatchStats::addExpectation(const BatchRowResult &row)
{
    switch (row.expectation) {
    case BatchRowResult::Expectation::None:
        break;
    case BatchRowResult::Expectation::Passed:
        ++expectationsPassed;
        break;
    case BatchRowResult::Expectation::Failed:
        ++expectationsFailed;
        break;
    case BatchRowResult::Expectation::NotChecked:
        ++expectationsNotChecked;
        break;
    }
}

void BatchStats::addLatency(double ms)
{
    m_latencies.append(ms);
    m_sortedValid = false;
}

double BatchStats::percentile(double p) const
{
    if (m_latencies.isEmpty())
        return -1;
    if (!m_sortedValid) {
        m_sorted = m_latencies;
        std::sort(m_sorted.begin(), m_sorted.end());
        m_sortedValid = true;
    }
    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    const int n = m_sorted.size();
    int rank = int(std::ceil(p / 100.0 * n));
    rank = std::clamp(rank, 1, n);
    return m_sorted.at(rank - 1);
}

double BatchStats::meanLatency() const
{
    if (m_latencies.isEmpty())
        return -1;
    double sum = 0;
    for (double v : m_latencies)
        sum += v;
    return sum / m_latencies.size();
}

double BatchStats::ratePerSecond() const
{
    if (elapsedMs <= 0)
        return 0;
    return done() * 1000.0 / elapsedMs;
}

double BatchStats::etaSeconds() const
{
    const double rate = ratePerSecond();
    if (rate <= 0 || done() == 0)
        return -1;
    return remaining() / rate;
}

QVector<int> BatchStats::histogram(int maxBins, double *binWidthMs) const
{
    const double top = percentile(99);
    if (top <= 0) {
        if (binWidthMs)
            *binWidthMs = 1;
        return QVector<int>(1, int(m_latencies.size()));
    }
    // The narrowest of 1, 2 or 5 times a power of ten that covers the p99 in maxBins bins, so
    // that every bound is a round number a chart can show as it is (0.07 ms bins were shown
    // rounded, and "up to 0.4" held calls of 0.42 ms).
    const double least = top / qMax(1, maxBins);
    const double power = std::pow(10, std::floor(std::log10(least)));
    double width = 10 * power;
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= least * (1 - 1e-9)) {
            width = factor * power;
            break;
        }
    }
    if (binWidthMs)
        *binWidthMs = width;
    QVector<int> counts(qBound(1, int(std::ceil(top / width - 1e-9)), qMax(1, maxBins)), 0);
    for (double v : m_latencies) {
        const int bin = qMin(int(v / width), int(counts.size()) - 1);
        ++counts[qMax(0, bin)];
    }
    return counts;
}

QJsonObject BatchStats::toJson() const
{
    QJsonObject statuses;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    QJsonObject errors;
    for (auto it = errorCounts.cbegin(); it != errorCounts.cend(); ++it)
        errors.insert(QString::number(it.key()), it.value());
    QJsonObject failures;
    for (auto it = failureCounts.cbegin(); it != failureCounts.cend(); ++it)
        failures.insert(it.key(), it.value());
    const auto ms = [](double v) {
        return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qRound(v * 100) / 100.0);
    };
    return QJsonObject{
        {QStringLiteral("rows"), total},
        {QStringLiteral("invalid"), invalid},
        {QStringLiteral("answered"), answered},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("notSent"), notSent},
        {QStringLiteral("withErrors"), withErrors},
        {QStringLiteral("withProblems"), withProblems},
        {QStringLiteral("expectations"),
         QJsonObject{{QStringLiteral("rows"), withExpectations()},
                     {QStringLiteral("passed"), expectationsPassed},
                     {QStringLiteral("failed"), expectationsFailed},
                     {QStringLiteral("notChecked"), expectationsNotChecked}}},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("retries"), retries},
        {QStringLiteral("rateLimited"), rateLimited},
        {QStringLiteral("statusCounts"), statuses},
        {QStringLiteral("errorCounts"), errors},
        {QStringLiteral("failureCounts"), failures},
        {QStringLiteral("elapsedMs"), elapsedMs},
        {QStringLiteral("callsPerSecond"), qRound(ratePerSecond() * 10) / 10.0},
        {QStringLiteral("latencyMs"), QJsonObject{{QStringLiteral("p50"), ms(percentile(50))},
                                                  {QStringLiteral("p95"), ms(percentile(95))},
                                                  {QStringLiteral("p99"), ms(percentile(99))},
                                                  {QStringLiteral("mean"), ms(meanLatency())},
                                                  {QStringLiteral("max"), ms(percentile(100))}}}};
}

} // namespace dcsdesk
