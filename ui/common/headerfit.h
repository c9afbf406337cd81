#pragma once

class QHeaderView;

namespace dcsdesk {

// Widens every section of a header that is narrower than its own title, so that column headers
// are never cut in a longer language (German and French titles are often twice the English
// width). Call it after the titles are set or retranslated; wider sections are left alone.
void widenSectionsToTitles(QHeaderView *header);

} // namespace dcsdesk
