#pragma once

#include "check.h"

#include <QCoreApplication>

namespace dcsdesk {

struct DcsResult;

// What one check said about one answer: passed, failed, or could not be run (a kind this
// version does not know, bad parameters, no answer at all), with the expected and actual values
// in words so a failure needs no second look at the answer.
struct CheckOutcome
{
    enum class Status { Passed, Failed, Error };
    Status status = Status::Error;
    QString message; // translated: expected vs actual

    static QString statusKey(Status status);  // "passed", "failed", "error"
    static QString statusName(Status status); // translated
};

// Evaluates checks against the answer DcsClient decoded (DcsResult and its DcsResponse); reads
// segments, destinations and errors from what the decoder already found, never the raw body.
class CheckEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CheckEvaluator)

public:
    static CheckOutcome evaluate(const Check &check, const DcsResult &result);
};

} // namespace dcsdesk
