#pragma once

#include "calls/dcsencoding.h"
#include "dcsrequest.h"

#include <QCoreApplication>

namespace dcsdesk {

// Reads the key=value pairs of a DCS call (a query string or a form body, still encoded) back
// into a DcsRequest: known d_ keys become fields, d_cid / d_cid_ic become declared IDs, the rest
// signals (serialized values split on the bare ','). Nothing is dropped: a pair that cannot be
// decoded is kept as an already-encoded signal. Used by the cURL importer and the sandbox.
class DcsQueryReader
{
    Q_DECLARE_TR_FUNCTIONS(DcsQueryReader)

public:
    struct Result
    {
        DcsRequest request;
        QStringList notes;        // translated: what was adjusted or kept as is, and why
        bool badEncoding = false; // a '%' without two hex digits: the DCS answers error 311
    };

    static Result read(const QByteArray &encodedPairs);
    // Adds the pairs to an existing request (for a query plus a form body).
    static void readInto(const QByteArray &encodedPairs, Result &result);
};

} // namespace dcsdesk
