#include "aampull.h"

#include "workspace/workspacedocument.h"

namespace dcsdesk {

AamRestReader::Result AamPull::readerResult(const AamRestClient::PullResult &pulled)
{
    AamRestReader::Result result;
    result.ok = true;
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
    AamRestImportPlan plan =
        AamRestImportPlan::build(workspace, readerResult(pulled), AamRestImportPlan::Options());
    Outcome outcome;
    outcome.destinations = plan.counts(EntityKind::Destination);
    outcome.mappings = plan.counts(EntityKind::Mapping);
    outcome.segments = plan.counts(EntityKind::Segment);
    outcome.notes = plan.notes();
    for (const AamRestImportPlan::Row &row : plan.rows()) {
        if (row.action == AamRestImportPlan::Action::Skip)
            outcome.skipped.append(row.title + QStringLiteral(": ") +
                                   row.reasons.join(QLatin1Char(' ')));
    }
    const ChangeSet &planned = plan.changes();
    if (workspace.destinations.isEmpty() && workspace.mappings.isEmpty() &&
        workspace.segments.isEmpty() && planned.updateSegments.isEmpty() &&
        planned.updateDestinations.isEmpty() && planned.updateMappings.isEmpty()) {
        // Into a new workspace everything is added: moved in once, with no undo copies (at the
        // account limits each copy of 100,000 mappings costs tens of megabytes).
        ChangeSet changes = plan.takeChanges();
        outcome.workspace = workspace;
        outcome.workspace.segments = std::move(changes.addSegments);
        outcome.workspace.destinations = std::move(changes.addDestinations);
        outcome.workspace.mappings = std::move(changes.addMappings);
        outcome.workspace.rebuildIndex();
        return outcome;
    }
    WorkspaceDocument document;
    document.reset(workspace);
    if (!plan.isEmpty())
        document.apply(plan.changes(), plan.undoText());
    outcome.workspace = document.workspace();
    return outcome;
}

} // namespace dcsdesk
