#pragma once

#include <QString>

#include <functional>

namespace dcsdesk {

// A status-bar message kept as the way to write it rather than its words, so a language switch
// while it is on screen writes it again in the new language instead of leaving the old one.
using StatusText = std::function<QString()>;

} // namespace dcsdesk
