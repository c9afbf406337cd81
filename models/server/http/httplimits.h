#pragma once

#include <QtGlobal>

namespace dcsdesk {

// What the sandbox's HTTP server accepts from one client: sizes (414/431/413), connections (503)
// and the deadlines that close idle and slow connections (408).
struct HttpLimits
{
    int maxRequestLineBytes = 8192 + 32; // the DCS takes GETs of 8K (domain.md §1.2)
    int maxHeaderBytes = 16 * 1024;      // header section, request line excluded
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 32 * 1024; // the DCS takes POSTs of 32K (§1.2)
    int maxConnections = 256;
    int idleTimeoutMs = 15000;    // a kept-alive connection with no new request
    int requestTimeoutMs = 10000; // from a request's first byte to its last (slow clients)
    int writeTimeoutMs = 10000;   // a client that stops reading its answers
    int lingerMs = 2000;          // reading leftovers after an error before closing
    int threads = 2;              // network threads; each runs its connections' handlers
};

} // namespace dcsdesk
