#pragma once

#include "check.h"
#include "environments/variableresolver.h"

namespace dcsdesk {

// A check's text parameters (the expected uuid, a destination's pattern, a cookie or header
// name) may hold {{variables}}, like the request they belong to, so one check serves every
// environment: "uuid equals {{golfFan}}". They take the values of the environment the request is
// sent in. A secret variable is refused there: an outcome shows the expected value.
class CheckVariables
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CheckVariables)

public:
    // The checks with their variables replaced. A check whose variable cannot be resolved keeps
    // its text, gets a problem (so it is reported, not run) and adds a line to *errors.
    static QVector<Check> resolve(const QVector<Check> &checks, const VariableResolver &resolver,
                                  QStringList *errors = nullptr);
};

} // namespace dcsdesk
