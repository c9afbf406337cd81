#pragma once

#include "testhttpserver.h"
#include "workspace/workspace.h"

namespace dcsdesk::test {

// A stand-in DCS for console tests until they run against the in-process sandbox: qualifies
// c_interest=golf for segment 1001 (and d_sid) and answers stuff/dests from DestinationFiring.
TestHttpResponse fakeDcsAnswer(const Workspace &workspace, const TestHttpRequest &request);

} // namespace dcsdesk::test
