#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QString>

namespace dcsdesk {

struct Workspace;

// Names what a finding is about the way a marketer knows it: IDs with names ("segment 1005
// “Cart abandoners”"), so findings, tooltips, reports and the CLI never show bare numbers. The
// quotes are part of each translated text so every language uses its own.
class FindingSubject
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::FindingSubject)

public:
    static QString segment(const Workspace &workspace, qint64 sid);
    static QString destination(const Workspace &workspace, qint64 destinationId);
    // "Mapping 5052: segment 1005 “Cart abandoners” → destination 2013 “Retargeting”".
    static QString mapping(const Workspace &workspace, qint64 mappingId);
    // The mapping seen from its destination: "segment 1005 “Cart abandoners” (mapping 5052)".
    static QString mappingInDestination(const Workspace &workspace, qint64 mappingId);
    // For a column already titled Segment or Destination: "1005 “Cart abandoners”".
    static QString idAndName(qint64 id, const QString &name);
    // The object of any finding, as in the findings list; "Account" for account limits.
    static QString of(const Workspace &workspace, const Finding &finding);
};

} // namespace dcsdesk
