#pragma once

#include "check.h"
#include "console/expectedvsactual.h"

namespace dcsdesk {

struct Workspace;

// Turns the console's expected-vs-actual table into checks: what the workspace expects becomes
// what the saved request must keep doing. A segment expected (matched or missing) must qualify,
// one the DCS listed unexpectedly must not; a destination expected must fire with its value, one
// unexpected or not active today must not fire. Checks the request has already are skipped and
// named, and rows that give nothing to check are named too, never dropped in silence.
class ChecksFromComparison
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::ChecksFromComparison)

public:
    struct Conversion
    {
        QVector<Check> added;
        QStringList skipped;      // translated: the checks already there, by description
        QStringList notConverted; // translated: rows that give no check, and why
    };

    static Conversion convert(const Workspace &workspace, const ExpectedVsActual::Result &result,
                              const QVector<Check> &existing);
    // Whether `existing` already asks what `check` asks (a segment is covered by any check of
    // the same kind that lists it).
    static bool covered(const Check &check, const QVector<Check> &existing);
};

} // namespace dcsdesk
