// AAM REST JSON import: any bytes give destinations or a message, never a crash; whatever reads
// can be planned against the sample-sized workspace, applied, exported from its REST snapshots
// and undone.
#include "aam/aamrestimportplan.h"
#include "aam/aamrestreader.h"
#include "aam/aamrestwriter.h"
#include "workspace/workspacedocument.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto file = dcsdesk::AamRestReader::read(bytes);
    dcsdesk::WorkspaceDocument document;
    const auto plan = dcsdesk::AamRestImportPlan::build(document.workspace(), file, {});
    if (!plan.isEmpty()) {
        document.apply(plan.changes(), plan.undoText());
        const dcsdesk::Workspace &ws = document.workspace();
        dcsdesk::AamRestWriter::write(ws, {}, {});
        dcsdesk::AamRestWriter::writeMappings(ws, {});
        dcsdesk::AamRestWriter::writeSegments(ws, {});
        document.undo();
        const dcsdesk::Workspace &back = document.workspace();
        if (!back.destinations.isEmpty() || !back.mappings.isEmpty() || !back.segments.isEmpty())
            std::abort(); // undo must restore the empty workspace
    }
    return 0;
}
