#pragma once

#include "changeset.h"
#include "workspace.h"

#include <QCoreApplication>

namespace dcsdesk {

// Another program (a CLI import, a script) changed only segment mappings in the open file while
// the user has unsaved edits here. Instead of one version overwriting the other, the mappings
// the other program added, changed or removed can be applied to the user's version, as one undo
// step, as long as the user did not change the same mappings. Anything else that differs is
// refused with the reason, never merged half.
struct MappingMerge
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::MappingMerge)

public:
    bool possible = false;
    QString reason; // translated: why the versions cannot be merged
    ChangeSet changes; // applied to the user's version
    int added = 0;
    int updated = 0;
    int removed = 0;
    int renumbered = 0; // added on disk with an ID the user's own new mapping already has
    // base: the file as last read or written here; mine: the open workspace; theirs: the file now.
    static MappingMerge plan(const Workspace &base, const Workspace &mine, const Workspace &theirs);
    QString summary() const; // translated, e.g. "3 mappings added, 1 changed, 0 removed"
};

} // namespace dcsdesk
