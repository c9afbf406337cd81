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
};

} // namespace dcsdesk
