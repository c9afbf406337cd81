// AAM REST JSON import: any bytes give destinations or a message, never a crash; whatever reads
// can be planned against the sample-sized workspace and applied and undone.
#include "aam/aamrestimportplan.h"
#include "aam/aamrestreader.h"
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
        document.undo();
        if (!document.workspace().destinations.isEmpty())
            std::abort(); // undo must restore the empty workspace
    }
    return 0;
}
