// cURL import and request building: any pasted text gives a request or an error message; what
// imports builds a request whose headers never carry a line break, and a request that can be
// sent exports to a cURL command that imports again.
#include "dcs/curlimport.h"
#include "dcs/dcsrequestbuilder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const dcsdesk::CurlImport::Result r = dcsdesk::CurlImport::parse(text);
    if (!r.ok) {
        if (r.error.isEmpty())
            std::abort();
        return 0;
    }
    dcsdesk::Profile base;
    base.regionId = 9;
    const dcsdesk::PreparedRequest p = dcsdesk::DcsRequestBuilder::prepare(
        r.applyTo(base), r.request, QUrl(QStringLiteral("http://127.0.0.1:1")));
    for (const auto &h : p.headers) {
        if (h.first.contains('\n') || h.second.contains('\n') || h.second.contains('\r') ||
            h.second.contains('\0'))
            std::abort();
    }
    if (!p.isRefused() && !dcsdesk::CurlImport::parse(p.toCurl()).ok)
        std::abort();
    return 0;
}
