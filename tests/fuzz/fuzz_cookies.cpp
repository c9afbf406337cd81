// AMCV and Audience Manager cookie decoders: any text decodes or gives an error, never a crash;
// a decoded AMCV cookie always has fields, a failed one always says why.
#include "dcs/aamcookies.h"
#include "dcs/amcvcookie.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const dcsdesk::AmcvCookie c = dcsdesk::AmcvCookie::parse(text, now);
    if (c.ok == c.fields.isEmpty() || (!c.ok && c.error.isEmpty()))
        std::abort();
    c.toJson();
    for (const auto &cookie : dcsdesk::AamCookies::decodeCookieHeader(text, now))
        dcsdesk::AamCookies::toJson(cookie);
    return 0;
}
