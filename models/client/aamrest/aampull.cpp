#include "aampull.h"

#include "workspace/workspacedocument.h"

namespace dcsdesk {

AamRestReader::Result AamPull::readerResult(const AamRestClient::PullResult &pulled)
{
    AamRestReader::Result result;
    result.ok = true;
    result.items.reserve(pulled.destinations.size());
    result.looseMappings.reserve(pulled.mappings.size());
    result.segments.reserve(pulled.segments.size());
    int index = 0;
    for (const QJsonValue &v : pulled.destinations) {
        AamRestItem item = AamRestReader::readDestinationObject(v.toObject());
        item.index = ++index;
        result.items.append(item);
    }
    index = 0;
    for (qsizetype i = 0; i < pulled.mappings.size(); ++i) {
        AamRestMapping m = AamRestReader::readMappingObject(pulled.mappings.at(i).toObject());
        if (m.mapping.destinationId == 0 && i < pulled.mappingDestinations.size())
            m.mapping.destinationId = pulled.mappingDestinations.at(i); // asked for by its path
        m.index = ++index;
        result.looseMappings.append(m);
    }
    index = 0;
    for (const QJsonValue &v : pulled.segments) {
        AamRestSegment s = AamRestReader::readSegmentObject(v.toObject());
        s.index = ++index;
        result.segments.append(s);
    }
    return result;
}

AamPull::Outcome AamPull::apply(const Workspace &workspace, const AamRestClient::PullResult &pulled)
{
    const AamRestImportPlan plan =
        AamRestImportPlan::build(workspace, readerResult(pulled), AamRestImportPlan::Options());
    Outcome outcome;
    outcome.destinations = plan.counts(EntityKind::Destination);
    outcome.mappings = plan.counts(EntityKind::Mapping);
    outcome.segments = plan.counts(EntityKind::Segment);
    outcome.notes = plan.notes();
    outcome.skipped = plan.skippedLines();
    WorkspaceDocument document;
    document.reset(workspace);
    if (!plan.isEmpty())
        document.apply(plan.changes(), plan.undoText());
    outcome.workspace = document.workspace();
    return outcome;
}

} // namespace dcsdesk
