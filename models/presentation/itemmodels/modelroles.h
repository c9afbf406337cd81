#pragma once

#include <Qt>

namespace dcsdesk {

// Roles shared by the workspace item models so proxies and views need not know which model
// they sit on.
enum ModelRole {
    KeyRole = Qt::UserRole + 1, // qint64 ID (destination, segment sid, mapping)
    SortRole,                   // raw value to sort by (numbers as numbers, dates as dates)
    SearchTextRole,             // text that type-as-you-search matches
    TypeRole,                   // Destination::Type as int
    SeverityRole,               // worst finding: -1 none, else Finding::Severity as int
    FindingsRole,               // QStringList of translated finding messages
    ScheduleRole,               // SegmentMapping::Schedule as int
    StatusLevelRole,            // DestinationListModel::StatusLevel as int
};

} // namespace dcsdesk
