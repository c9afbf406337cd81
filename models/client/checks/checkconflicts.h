#pragma once

#include "check.h"

namespace dcsdesk {

// Checks that cannot both pass on one answer: two HTTP statuses, a segment that must and must
// not qualify, a destination that must and must not fire, two user IDs or regions. Adding one of
// them is never silent: the console asks whether to keep both or replace the old one.
class CheckConflicts
{
public:
    // The indexes of the checks in existing that candidate contradicts, in order.
    static QVector<int> with(const QVector<Check> &existing, const Check &candidate);
    static bool contradict(const Check &a, const Check &b);
};

} // namespace dcsdesk
