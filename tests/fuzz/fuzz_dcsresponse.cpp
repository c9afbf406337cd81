// DCS answer decoder: any body must decode without a crash, keep the raw bytes untouched and
// point its JSON slice inside them, as JSON or as JSONP with any callback.
#include "dcs/dcsresponsedecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    // Odd statuses too (429), and a Retry-After header from the body's bytes.
    const int status = size > 0 ? 100 + data[0] * 2 + (size > 1 ? data[1] & 1 : 0) : 200;
    const dcsdesk::HeaderList headers{{"X-Error", body.left(16)},
                                      {"Content-Type", "application/json"},
                                      {"Retry-After", body.mid(16, 24)}};
    for (const bool json : {true, false}) {
        const dcsdesk::DcsResponse r = dcsdesk::DcsResponseDecoder::decode(
            status, headers, body, {json, QStringLiteral("cb")});
        if (r.raw != body || r.jsonOffset < 0 || r.jsonLength < 0 ||
            r.jsonOffset + r.jsonLength > body.size())
            std::abort();
        r.toJson();
    }
    return 0;
}
