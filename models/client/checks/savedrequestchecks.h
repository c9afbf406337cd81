#pragma once

#include "check.h"
#include "dcs/dcsrequest.h"
#include "workspace/changeset.h"

namespace dcsdesk {

struct Workspace;

// The checks and tags of the saved requests: "checks" (a list of check objects) and "tags" (a
// list of strings) beside the request's own keys in Workspace::savedRequests. Edits come back as
// ChangeSets, so the document puts each on its undo stack like any other edit.
class SavedRequestChecks
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SavedRequestChecks)

public:
    struct Entry
    {
        DcsRequest request; // without the "checks", "tags" and "folder" keys
        QStringList tags;
        QStringList folder; // its folder path; empty at the top level
        QVector<Check> checks;
        QStringList problems; // translated: checks not run (unknown kind, wrong parameter)
    };

    static QVector<Check> checksOf(const QJsonObject &saved, QStringList *problems = nullptr);
    static QStringList tagsOf(const QJsonObject &saved);
    // Every saved request, with its checks and tags.
    static QVector<Entry> entries(const Workspace &workspace);

    // Replace the checks (tags) of the saved request of that name; an empty ChangeSet when there
    // is none. Checks of unknown kinds are written back as they were read.
    static ChangeSet setChecks(const Workspace &workspace, const QString &name,
                               const QVector<Check> &checks);
    static ChangeSet setTags(const Workspace &workspace, const QString &name,
                             const QStringList &tags);
};

} // namespace dcsdesk
