#include "mappingcolumnhelp.h"

#include "domain/destination.h"
#include "mappingtablemodel.h"

namespace dcsdesk {

namespace {

QString valueHelp(const Destination *d)
{
    if (!d) {
        return MappingColumnHelp::tr("The mapping value: what the destination receives for the "
                                     "segment.");
    }
    switch (d->type) {
    case Destination::Type::Url:
        if (d->serialized)
            return MappingColumnHelp::tr(
                "Alias: the value that takes the place of %ALIAS% in the destination's URL for "
                "this segment, usually the segment ID or the partner's code. Example: 1005");
        return MappingColumnHelp::tr(
            "URL: the pixel address called when a user qualifies for this segment. Example: "
            "https://partner.example.com/px?seg=1005");
    case Destination::Type::Cookie:
        if (d->cookieFormat == Destination::CookieFormat::MultiKey)
            return MappingColumnHelp::tr("Key: the key this segment writes in the cookie; its "
                                         "value is in the next column. Example: sport");
        return MappingColumnHelp::tr("Value: the value this segment gives the cookie's key. "
                                     "Example: 1005, which gives seg=1005");
    case Destination::Type::ServerToServer:
        return MappingColumnHelp::tr("Alias: the value the partner receives for this segment. "
                                     "Example: 1005");
    }
    return {};
}

} // namespace

QString MappingColumnHelp::toolTip(int column, const Destination *destination)
{
    switch (column) {
    case MappingTableModel::SidColumn:
        return tr("Segment ID: the mapped segment, by its ID in the catalog. Type another ID "
                  "to map another segment. Example: 1005");
    case MappingTableModel::SegmentNameColumn:
        return tr("The segment's name in the catalog; change it in the Segments view.");
    case MappingTableModel::ValueColumn:
        return valueHelp(destination);
    case MappingTableModel::SecondValueColumn:
        return tr("Value: the value of the key for this segment. Example: golf, which gives "
                  "sport=golf");
    case MappingTableModel::StartColumn:
        return tr("Start date: the first day the segment is sent to the destination. Required.");
    case MappingTableModel::EndColumn:
        return tr("End date: the last day the segment is sent. Never: it is sent until you set "
                  "a date. A segment can have several flights, each a mapping with its own "
                  "dates.");
    case MappingTableModel::PriorityColumn:
        return tr("Priority: the order of the segments in the cookie; 1 is written first, None "
                  "last. Example: 1");
    case MappingTableModel::FlagsColumn:
        return tr("What needs a look: expired, not started yet (future), duplicate, overlapping "
                  "flights, unknown segment or a value the destination refuses. Point at a row "
                  "for the details.");
    default:
        return {};
    }
}

QString MappingColumnHelp::headerToolTip(int column, const Destination *destination)
{
    const QString help = toolTip(column, destination);
    if (help.isEmpty())
        return {};
    return QStringLiteral("<table width=\"420\"><tr><td>%1</td></tr></table>")
        .arg(help.toHtmlEscaped());
}

} // namespace dcsdesk
