#pragma once

#include <QString>

namespace dcsdesk {

// Fresh test user IDs for the console's "New ID" button: a 38-digit AAM UUID / ECID
// (domain.md §4.2), random, so every click starts a user the DCS has never seen.
class ConsoleIds
{
public:
    static QString newUserId();
};

} // namespace dcsdesk
