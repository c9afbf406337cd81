#pragma once

#include "csv/importreport.h"
#include "workspace/changeset.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dcsdesk {

// Filling the segment catalogue from files: CSV (Segment ID, Name, Integration Code, Status,
// Rule, Description) and the segment JSON of Audience Manager's REST API (an array of segment
// objects, or the paged {"list": [...]} wrapper). Like the mapping import it is a dry run with a
// result per row and one ChangeSet, applied as one undo step or not at all.
class SegmentImport
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SegmentImport)

public:
    enum Column {
        SidColumn,
        NameColumn,
        CodeColumn,
        StatusColumn,
        RuleColumn,
        DescriptionColumn,
        ColumnCount
    };
    static QStringList csvHeaders(); // English: the file format is the same in every language

    // The given segments (all when empty), in catalogue order.
    static QByteArray exportCsv(const Workspace &workspace, const QVector<int> &segmentIndexes = {},
                                QChar delimiter = QLatin1Char(','));

    struct Plan
    {
        ImportReport report;
        ChangeSet changes;
        bool complete() const { return !report.hasErrors(); }
    };
    static Plan planCsv(const Workspace &workspace, const QByteArray &bytes);
    static Plan planAamJson(const Workspace &workspace, const QByteArray &bytes);
};

} // namespace dcsdesk
