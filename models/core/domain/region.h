#pragma once

#include <QList>
#include <QString>

namespace dcsdesk {

// The DCS regions of domain.md §3. The local sandbox is listed first everywhere a region is
// chosen, so a new user's first call works offline.
struct DcsRegion
{
    int id = 0;
    QString host;                         // e.g. usw2.demdex.net; empty for the sandbox
    QString code;                         // e.g. USW2
    const char *locationSource = nullptr; // English source text, see location()

    QString location() const; // translated, e.g. "US West (Oregon, USA)"

    static const QList<DcsRegion> &all(); // sandbox first, then the documented regions
    static const DcsRegion *find(int id);
    static const DcsRegion *findByHost(const QString &host);
    static QString displayName(int id); // "US West (Oregon, USA) — usw2.demdex.net"
    // The name after a word in a line ("region local sandbox", "région sandbox locale"): the
    // sandbox's label begins with a capital, which reads wrong there in every language.
    static QString nameInLine(int id);
};

} // namespace dcsdesk
