#pragma once

#include "preparedrequest.h"

#include <QCoreApplication>

namespace dcsdesk {

// What a request needs on the DCS endpoint it goes to (domain.md §7): an opt-out names the ID to
// opt out, an ID sync names the vendor's ID (dpid + dpuuid, or d_cid) and usually a redir with
// ${DD_UUID}, and /event keys sent elsewhere are read by nobody. Kept apart from
// DcsRequestChecker, whose rules are those of an /event call.
class DcsEndpointChecker
{
    Q_DECLARE_TR_FUNCTIONS(DcsEndpointChecker)

public:
    // Appends the findings for prepared.request.path to prepared.findings.
    static void check(PreparedRequest &prepared);

    // True when key means something only in an /event call (signals, d_dst, d_cts ...).
    static bool isEventOnlyKey(const QString &key);
};

} // namespace dcsdesk
