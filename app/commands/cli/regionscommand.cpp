#include "regionscommand.h"

#include "domain/region.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dcsdesk {

QString RegionsCommand::summary() const
{
    return tr("List the DCS regions with their IDs, host names and locations.");
}

int RegionsCommand::run(CliIo &io, const QCommandLineParser &)
{
    if (io.json) {
        QJsonArray list;
        for (const DcsRegion &r : DcsRegion::all()) {
            if (r.host.isEmpty())
                continue;
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("code"), r.code},
                                    {QStringLiteral("host"), r.host},
                                    {QStringLiteral("location"), r.location()}});
        }
        io.printJson(QJsonObject{{QStringLiteral("regions"), list}});
        return ExitOk;
    }
    io.out << tr("ID").leftJustified(4) << tr("Host").leftJustified(18) << tr("Location")
           << Qt::endl;
    for (const DcsRegion &r : DcsRegion::all()) {
        if (r.host.isEmpty())
            continue;
        io.out << QString::number(r.id).leftJustified(4) << r.host.leftJustified(18) << r.location()
               << Qt::endl;
    }
    io.out << Qt::endl
           << tr("Use the region of the user's dcs_region (or the AMCV location hint); any other "
                 "region works, but more slowly.")
           << Qt::endl;
    return ExitOk;
}

} // namespace dcsdesk
