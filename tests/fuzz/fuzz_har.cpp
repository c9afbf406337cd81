// HAR captures: any bytes give entries or a message, never a crash; every entry's body can be
// asked for, and an Audience Manager entry's counts agree with the list.
#include "capture/harcapture.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    dcsdesk::HarCapture capture;
    const auto result = capture.read(bytes, {QStringLiteral("metrics.example.com")});
    if (result.ok == !result.error.isEmpty())
        std::abort(); // exactly one of: entries, or a message
    int aam = 0;
    for (const dcsdesk::HarEntry &entry : capture.entries()) {
        (void)capture.responseBody(entry);
        aam += entry.audienceManager ? 1 : 0;
    }
    if (aam != capture.audienceManagerCount())
        std::abort();
    (void)capture.hosts();
    return 0;
}
