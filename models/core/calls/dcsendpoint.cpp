#include "dcsendpoint.h"

namespace dcsdesk {

DcsEndpoint::Kind DcsEndpoint::kindOf(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("/event"))
        return Kind::Event;
    if (path == QLatin1String("/ibs") || path.startsWith(QLatin1String("/ibs:")))
        return Kind::IdSync;
    if (path == QLatin1String("/id"))
        return Kind::IdService;
    // data-privacy-requests.md writes both /demoptout.jpg and /demoptout.
    if (path == QLatin1String("/demoptout.jpg") || path == QLatin1String("/demoptout"))
        return Kind::OptOut;
    return Kind::Other;
}

QStringList DcsEndpoint::knownPaths()
{
    return {pathOf(Kind::Event), pathOf(Kind::IdSync), pathOf(Kind::IdService),
            pathOf(Kind::OptOut)};
}

QString DcsEndpoint::pathOf(Kind kind)
{
    switch (kind) {
    case Kind::Event:
        return QStringLiteral("/event");
    case Kind::IdSync:
        return QStringLiteral("/ibs");
    case Kind::IdService:
        return QStringLiteral("/id");
    case Kind::OptOut:
        return QStringLiteral("/demoptout.jpg");
    case Kind::Other:
        break;
    }
    return {};
}

} // namespace dcsdesk
