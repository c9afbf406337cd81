#pragma once

#include "dcsresult.h"

#include <QByteArray>

namespace dcsdesk {

// The rules every transport applies to an answer while it arrives and when it ends, in one place,
// so the QNAM and libcurl paths give the same DcsResult for the same bytes: the body cap (it
// applies to what is kept, so a compressed answer's declared size does not count), what a call
// aborted by the client reports, where a redirect points, and the outcome (DcsResult::settle).
namespace TransferRules {

bool isContentEncoded(const HeaderList &headers);
// Called once the headers are in: the declared Content-Length is over the cap.
bool declaredTooLarge(const DcsResult &result, qint64 maxBodyBytes);
// Appends what arrived; false, with the body cut at the cap, when the cap was passed.
bool appendWithinCap(DcsResult &result, const char *data, qsizetype size, qint64 maxBodyBytes);
// The network error QNAM reports for a reply the client aborted (timeout, cap, cancel).
void markAborted(DcsResult &result);
// After the transfer: the redirect target when the transport gave none, then the outcome.
void settle(DcsResult &result, DcsResult::Outcome abortReason);

} // namespace TransferRules
} // namespace dcsdesk
