#pragma once

#include "workspace/changeset.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

struct Workspace;

// The saved requests as a collection in folders, the way Postman and Bruno users know it. A
// request's folder is its optional "folder" key (a list of names, ["Checkout", "Mobile"]); the
// order of Workspace::savedRequests is the user's order; Workspace::savedRequestFolders keeps the
// folders that exist on their own (empty ones too). Names stay unique in the whole workspace: the
// CLI, the runner and the history refer to a request by name. Every edit comes back as one
// ChangeSet (one undo step); a refused edit comes back empty with the reason in *error.
class SavedRequestCollection
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SavedRequestCollection)

public:
    using Path = QStringList; // folder names from the top; empty = top level

    // What deleteFolder does with the requests and folders inside.
    enum class Contents { Refuse, MoveUp, Delete };

    // The folder of a saved request; empty when it has none, and when its "folder" is not a list
    // of non-empty names (then *problem says so, translated: the key is kept as it is).
    static Path folderOf(const QJsonObject &saved, QString *problem = nullptr);
    static QString pathText(const Path &path);     // "Checkout/Mobile"
    static Path pathFromText(const QString &text); // split at "/", names trimmed

    // Every folder, a parent before its children: those of savedRequestFolders in their order,
    // then those only requests name, in the requests' order.
    static QVector<Path> folders(const Workspace &workspace);
    static bool folderExists(const Workspace &workspace, const Path &path);
    // Translated: folder keys and savedRequestFolders entries that are not lists of names.
    static QStringList problems(const Workspace &workspace);
    // The names of the requests in the folder (and its subfolders when recursive), in order.
    static QStringList requestsIn(const Workspace &workspace, const Path &folder, bool recursive);
    // The folders under the folder, at any depth.
    static QVector<Path> subfoldersOf(const Workspace &workspace, const Path &folder);
    static bool nameTaken(const Workspace &workspace, const QString &name);
    // "Name (copy)", "Name (copy 2)", ...: the first that no saved request has.
    static QString copyName(const Workspace &workspace, const QString &name);

    static ChangeSet createFolder(const Workspace &workspace, const Path &path, QString *error);
    static ChangeSet renameFolder(const Workspace &workspace, const Path &path,
                                  const QString &newName, QString *error);
    // The folders right under the parent (empty = top level), in the user's order.
    static QVector<Path> childFoldersOf(const Workspace &workspace, const Path &parent);
    // Moves a folder with everything in it under newParent (empty = top level), before its
    // folder `before` there (empty: after the last). A move that changes the order lists every
    // folder in savedRequestFolders, so the order is the file's and not the requests'.
    static ChangeSet moveFolder(const Workspace &workspace, const Path &path, const Path &newParent,
                                QString *error);
    static ChangeSet moveFolder(const Workspace &workspace, const Path &path, const Path &newParent,
                                const Path &before, QString *error);
    // Refuse: only an empty folder is deleted, else *error says what is inside. MoveUp: what is
    // inside goes to the folder's parent. Delete: the requests inside are deleted too.
    static ChangeSet deleteFolder(const Workspace &workspace, const Path &path, Contents contents,
                                  QString *error);
    // Moves the requests, in their order, into the folder: before the request `before` when it
    // is given, else after the folder's last request. The folders they leave stay.
    static ChangeSet moveRequests(const Workspace &workspace, const QStringList &names,
                                  const Path &folder, const QString &before, QString *error);
    static ChangeSet renameRequest(const Workspace &workspace, const QString &name,
                                   const QString &newName, QString *error);
    // A copy right after the request, with its checks, tags and folder; *copy = its name.
    static ChangeSet duplicateRequest(const Workspace &workspace, const QString &name,
                                      QString *copy, QString *error);
    static ChangeSet deleteRequests(const Workspace &workspace, const QStringList &names);
    // Lists the folders (and their parents) that do not exist yet after the workspace's, in this
    // order, empty ones too: an import keeps its collection's folders. The folders that only
    // requests name are listed first, so the ones added come last in the tree. Paths with an
    // empty name are left out.
    static ChangeSet addFolders(const Workspace &workspace, const QVector<Path> &paths);

    // To chain edits into one ChangeSet (one undo step): the saved requests and folders of the
    // workspace after the edit (nothing else of it is copied), and the edit from one to the other.
    static Workspace after(const Workspace &workspace, const ChangeSet &changes);
    static ChangeSet difference(const Workspace &from, const Workspace &to);

private:
    static QString checkFolderName(const QString &name);
};

} // namespace dcsdesk
