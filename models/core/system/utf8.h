#pragma once

#include <QByteArray>

namespace dcsdesk {

// Well-formed UTF-8 (RFC 3629): shortest form, no surrogates, at most U+10FFFF. Shared by the
// readers that must say where a file stops being UTF-8 (JSON, CSV) instead of decoding it
// leniently; QStringDecoder says only that there was an error.
namespace Utf8 {

// The length (1 to 4) of the well-formed sequence at p, or 0 when it is not one.
int sequenceLength(const unsigned char *p, qsizetype available);
// The offset of the first byte that does not begin a well-formed sequence, or -1.
qsizetype firstInvalid(const QByteArray &bytes);

} // namespace Utf8
} // namespace dcsdesk
