#pragma once

#include "workspace/workspace.h"

#include <QString>

namespace dcsdesk::test {

// Small hand-made workspaces and access to the bundled sample for tests.
Workspace smallWorkspace();
QString samplePath(); // the sample in the source tree (never written by tests)
Workspace sampleWorkspace();
void initTestEnvironment(); // QStandardPaths test mode, fixed locale

} // namespace dcsdesk::test
