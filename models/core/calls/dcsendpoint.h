#pragma once

#include <QString>
#include <QStringList>

namespace dcsdesk {

// The DCS answers more than /event (domain.md §7): ID syncs at /ibs, whose pairs follow a colon
// instead of "?"; the ID service at /id; opt-outs at /demoptout.jpg. The request builder, its
// checker, the response decoder and the sandbox ask this one table what a path is, so they
// cannot disagree about it.
struct DcsEndpoint
{
    enum class Kind { Event, IdSync, IdService, OptOut, Other };

    static Kind kindOf(const QString &path);
    // The documented paths, /event first: what a console offers to choose from.
    static QStringList knownPaths();
    static QString pathOf(Kind kind); // "/event", "/ibs", ...; empty for Other

    // /ibs:dpid=1&dpuuid=2 — the pairs are part of the path, after a colon.
    static bool pairsAfterColon(Kind kind) { return kind == Kind::IdSync; }
    // The macro an ID sync's redir URL carries; the DCS puts the AAM UUID in its place.
    static QString uuidMacro() { return QStringLiteral("${DD_UUID}"); }
};

} // namespace dcsdesk
