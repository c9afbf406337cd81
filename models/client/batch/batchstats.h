#pragma once

#include "batchrowresult.h"

#include <QJsonObject>
#include <QMap>
#include <QVector>

namespace dcsdesk {

// The live figures of a batch run: rows by state, calls and retries, answers by HTTP status and
// DCS error code, latency percentiles, rate and ETA. Updated by the runner as rows finish; the
// window, the CLI progress line and the saved summary all read this one object.
class BatchStats
{
public:
    int total = 0; // rows of the input, invalid ones included
    int invalid = 0;
    int answered = 0;
    int failed = 0;
    int cancelled = 0;
    int notSent = 0;
    int withErrors = 0;   // answered rows with DCS errors
    int withProblems = 0; // answered rows with errors or an answer without data
    int inFlight = 0;
    int calls = 0;                    // HTTP calls started, retries included
    int retries = 0;                  // calls that were retries
    int rateLimited = 0;              // 429 answers seen, retried ones included
    int expectationsPassed = 0;       // rows whose expect_* columns all held
    int expectationsFailed = 0;       // rows with at least one that did not
    int expectationsNotChecked = 0;   // rows with expectations but no answer to check them on
    QMap<int, int> statusCounts;      // final HTTP status per answered row
    QMap<int, int> errorCounts;       // DCS error code -> rows
    QMap<QString, int> failureCounts; // outcome key (timeout, network ...) -> failed rows
    qint64 elapsedMs = 0;             // running time, pauses excluded

    void reset(int totalRows, int invalidRows);
    void addFinal(const BatchRowResult &row);
    void addExpectation(const BatchRowResult &row); // addFinal calls it; invalid rows need it
    void addLatency(double ms);
    int withExpectations() const
    {
        return expectationsPassed + expectationsFailed + expectationsNotChecked;
    }

    int finished() const { return answered + failed + cancelled + notSent + invalid; }
    int toSend() const { return total - invalid; }
    int done() const { return answered + failed; } // rows that got their final outcome by sending
    int remaining() const { return toSend() - done() - cancelled - notSent; }

    const QVector<double> &latencies() const { return m_latencies; }
    double percentile(double p) const; // p in [0, 100]; -1 without samples
    double meanLatency() const;
    double ratePerSecond() const; // finished calls per second of running time
    double etaSeconds() const;    // -1 when unknown

    // Latency histogram from 0 to the p99 in at most maxBins bins of a round width (1, 2 or 5
    // times a power of ten, in ms); the last bin takes the rest.
    QVector<int> histogram(int maxBins, double *binWidthMs) const;

    QJsonObject toJson() const;

private:
    QVector<double> m_latencies;
    mutable QVector<double> m_sorted;
    mutable bool m_sortedValid = false;
};

} // namespace dcsdesk
