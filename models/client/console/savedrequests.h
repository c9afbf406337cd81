#pragma once

#include "dcs/dcsrequest.h"
#include "workspace/changeset.h"

#include <QVector>

namespace dcsdesk {

struct Workspace;

// The console's named requests in Workspace::savedRequests (DcsRequest JSON, by name). Changes
// come back as ChangeSets so saving or deleting one is a single undo step like any other edit.
class SavedRequests
{
public:
    static QVector<DcsRequest> list(const Workspace &workspace);
    // Replaces a request of the same name (keeping its checks, tags and folder), else appends.
    static ChangeSet save(const Workspace &workspace, const DcsRequest &request);
    static ChangeSet remove(const Workspace &workspace, const QString &name);
};

} // namespace dcsdesk
