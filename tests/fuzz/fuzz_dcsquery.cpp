// Query reader (what the sandbox and the cURL import use on incoming pairs): any bytes read into
// a request; building and reading it again settles after one round (every key and value encoded
// once), so what the console shows is what it sends.
#include "dcs/dcsqueryreader.h"
#include "dcs/dcsrequestbuilder.h"

#include <cstdlib>

namespace {

QByteArray roundTrip(const QByteArray &pairs)
{
    dcsdesk::DcsRequest request = dcsdesk::DcsQueryReader::read(pairs).request;
    request.method = dcsdesk::DcsRequest::Method::Post;
    dcsdesk::Profile profile;
    profile.alias = QStringLiteral("fuzz");
    profile.regionId = 9;
    return dcsdesk::DcsRequestBuilder::prepare(profile, request).body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray query(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray once = roundTrip(roundTrip(query));
    if (roundTrip(once) != once)
        std::abort();
    return 0;
}
