// Workspace loader: any bytes must give a workspace or an error, never a crash; what loads must
// save and load again to the same bytes.
#include "workspace/workspaceserializer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = dcsdesk::WorkspaceSerializer::fromJson(bytes);
    if (read.ok) {
        const QByteArray saved = dcsdesk::WorkspaceSerializer::toJson(read.workspace);
        const auto again = dcsdesk::WorkspaceSerializer::fromJson(saved);
        if (!again.ok || dcsdesk::WorkspaceSerializer::toJson(again.workspace) != saved)
            std::abort();
    }
    return 0;
}
