#pragma once

#include "dcsclient.h"

namespace dcsdesk {

// How a DcsCall reaches the server. DcsCall owns what is common (a refused request is never
// sent, a large answer is decoded off the caller's thread, finished() comes exactly once);
// a transport moves the bytes and fills the DcsResult with TransferRules, then hands it back
// with DcsCall::finishFromTransport. QnamTransport sends everything; CurlTransport sends plain
// HTTP to a local target ten times faster for the batch runner (docs/performance.md).
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The calls this transport sends as the other one would.
    virtual bool canSend(const PreparedRequest &request) const = 0;
    // Starts the call; started holds the request and the start time.
    virtual void send(DcsCall *call, const DcsResult &started,
                      const DcsClient::Options &options) = 0;
    // The call finishes as Cancelled with what had arrived (or with its whole answer when that
    // was complete before the cancel took effect).
    virtual void cancel(DcsCall *call) = 0;
};

} // namespace dcsdesk
