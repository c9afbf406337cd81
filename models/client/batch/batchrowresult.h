#pragma once

#include "domain/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

namespace dcsdesk {

// What happened to one user of a batch: the fields of the answer that matter over many calls,
// without the body, so 100,000 rows fit in memory.
struct BatchRowResult
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::BatchRowResult)

public:
    enum class State {
        Pending,   // not sent yet
        Running,   // in flight or waiting for a retry
        Answered,  // an HTTP answer arrived (any status)
        Failed,    // no answer after the retries: network, timeout, TLS, size cap
        Cancelled, // in flight when the run was cancelled
        NotSent,   // the run ended before its turn
        Invalid    // the row cannot be sent (bad CSV row or refused request)
    };
    // The row's expect_* columns (BatchExpectations) against its answer.
    enum class Expectation {
        None,      // the row expects nothing
        Passed,    // every expectation held
        Failed,    // at least one did not; expectationFailures says which and what was there
        NotChecked // no answer, or the template does not ask for what they read
    };

    int row = 0;  // 1-based position in the input
    int line = 0; // CSV line, 0 for generated users
    Profile::IdKind kind = Profile::IdKind::Uuid;
    QString userId;
    State state = State::Pending;
    int httpStatus = 0;
    QVector<int> errorCodes;     // DCS errors from the body and X-Error
    bool problems = false;       // DCS errors, or an answer without data (ignored, 429, pixel ...)
    int cookieDestinations = -1; // stuff; -1 without an answer
    int urlDestinations = -1;    // dests
    static constexpr int NoRegion = std::numeric_limits<int>::min(); // as DcsResponse
    int dcsRegion = NoRegion;                                        // -1 is the local sandbox
    bool hasRegion() const { return dcsRegion != NoRegion; }
    QString uuid; // from the answer
    QString tid;
    double latencyMs = -1; // last attempt
    int attempts = 0;
    QString message; // translated: why it failed or was not sent
    QDateTime finishedAt;
    Expectation expectation = Expectation::None;
    int expectationCount = 0;        // checks the row's cells gave
    QStringList expectationFailures; // translated: what broke (expected and actual), or why not

    bool isFinal() const { return state != State::Pending && state != State::Running; }
    static QString stateKey(State state);          // "answered", "failed" ... (files, JSON)
    static QString stateName(State state);         // translated
    QString errorCodesText() const;                // "101, 102"
    static QString expectationKey(Expectation e);  // "", "passed", "failed", "not-checked"
    static QString expectationName(Expectation e); // translated; empty for None
    QString expectationText() const;               // the name and the failures, one line
    QJsonObject toJson() const;
    static QStringList csvHeader();
    QStringList toCsvRecord() const;
};

} // namespace dcsdesk
