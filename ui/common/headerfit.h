#pragma once

class QHeaderView;

namespace dcsdesk {

// Keeps translated column titles readable: every section of a horizontal header is made at
// least as wide as its title in the header's font (plus the style's margins and sort arrow),
// and the minimum section size follows the shortest title. Call it after (re)setting the titles,
// e.g. on a language change; sections the user widened stay as they are.
class HeaderFit
{
public:
    static int titleWidth(const QHeaderView *header, int section);
    static void fitTitles(QHeaderView *header);
};

} // namespace dcsdesk
