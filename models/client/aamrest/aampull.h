#pragma once

#include "aam/aamrestimportplan.h"
#include "aamrestclient.h"
#include "workspace/workspace.h"

#include <QStringList>

namespace dcsdesk {

// Puts what AamRestClient pulled into a workspace the way an AAM REST import does
// (AamRestImportPlan): destinations, mappings and segments are added or updated with their REST
// snapshots ("remote") exactly as the account sent them; nothing of the workspace is removed.
// What could not be taken is listed with the reason.
class AamPull
{
public:
    struct Outcome
    {
        Workspace workspace;
        AamRestImportPlan::Counts destinations, mappings, segments;
        QStringList skipped; // translated: "title: reason"
        QStringList notes;   // translated, about the pulled data as a whole
    };

    static AamRestReader::Result readerResult(const AamRestClient::PullResult &pulled);
    static Outcome apply(const Workspace &workspace, const AamRestClient::PullResult &pulled);
};

} // namespace dcsdesk
