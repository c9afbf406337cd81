#pragma once

#include "dcs/dcsrequest.h"

#include <QString>

namespace dcsdesk {

// How a user writes a region or a declared ID in text (a command-line option, a batch input
// cell), read the same way everywhere.
namespace RequestText {

// "9", "usw2", "USW2", "usw2.demdex.net" or "sandbox" (Profile::SandboxRegion).
bool parseRegion(const QString &text, int *id);
// "NAMESPACE:ID[:AUTH]" where AUTH is 0, 1, 2, unknown, authenticated or logged_out; false when
// the text has no namespace or no ID.
bool parseDeclaredId(const QString &text, DeclaredId::Kind kind, DeclaredId *out);

} // namespace RequestText
} // namespace dcsdesk
