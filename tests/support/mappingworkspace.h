#pragma once

#include "workspace/workspace.h"

namespace dcsdesk::test {

// A catalogue of `segments` segments (sids 5001.., names "Segment 1".., codes "code_1"..) and
// four destinations without mappings: 10 serialized URL (auto-fill segment ID), 20 single-key
// cookie, 30 multi-key cookie, 40 non-serialized URL (auto-fill integration code).
Workspace mappingWorkspace(int segments = 60);

} // namespace dcsdesk::test
