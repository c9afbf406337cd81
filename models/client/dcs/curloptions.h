#pragma once

#include <QString>

namespace dcsdesk {

// curl's own option list (generated from Debian's curl by tools/gen-curl-options.sh): which
// spellings exist and which take a value. The cURL importer uses it for the options it does not
// act on, so that "--url-query x=1" is reported as an option with its value instead of "x=1"
// being read as the URL, and so that combined short flags ("-sSX POST") split as curl splits them.
class CurlOptions
{
public:
    // false when curl has no such option; *takesValue says whether the next word is its value.
    static bool find(const QString &spelling, bool *takesValue);
};

} // namespace dcsdesk
