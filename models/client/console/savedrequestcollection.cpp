#include "savedrequestcollection.h"

#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace dcsdesk {

namespace {

const QLatin1String kCollectionFolderKey("folder");
const QLatin1String kCollectionNameKey("name");

// A list of non-empty strings, else nullopt.
std::optional<QStringList> collectionPathOf(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

bool collectionStartsWith(const QStringList &path, const QStringList &prefix)
{
    return path.size() >= prefix.size() && path.mid(0, prefix.size()) == prefix;
}

QString collectionNameOf(const QJsonValue &v)
{
    return v.toObject().value(kCollectionNameKey).toString();
}

void collectionSetFolder(QJsonObject &o, const QStringList &path)
{
    if (path.isEmpty())
        o.remove(kCollectionFolderKey);
    else
        o.insert(kCollectionFolderKey, QJsonArray::fromStringList(path));
}

void collectionAddWithParents(QVector<QStringList> &out, const QStringList &path)
{
    for (int depth = 1; depth <= path.size(); ++depth) {
        const QStringList p = path.mid(0, depth);
        if (!out.contains(p))
            out.append(p);
    }
}

QVector<QStringList> collectionImplied(const QJsonArray &requests)
{
    QVector<QStringList> out;
    for (const QJsonValue &v : requests)
        collectionAddWithParents(out, SavedRequestCollection::folderOf(v.toObject()));
    return out;
}

// The ChangeSet of new requests and folder list; every folder of `keep` that the new requests
// no longer name is listed, so a folder emptied by an edit stays.
ChangeSet collectionChanges(const Workspace &ws, const QJsonArray &requests, QJsonArray folders,
                            const QVector<QStringList> &keep)
{
    QVector<QStringList> present = collectionImplied(requests);
    for (const QJsonValue &v : folders) {
        if (const auto p = collectionPathOf(v))
            collectionAddWithParents(present, *p);
    }
    for (const QStringList &p : keep) {
        if (!p.isEmpty() && !present.contains(p)) {
            folders.append(QJsonArray::fromStringList(p));
            collectionAddWithParents(present, p);
        }
    }
    ChangeSet changes;
    if (requests != ws.savedRequests)
        changes.savedRequests = requests;
    if (folders != ws.savedRequestFolders)
        changes.savedRequestFolders = folders;
    return changes;
}

// Replaces the prefix `from` of every folder at or under it with `to`.
ChangeSet collectionRebase(const Workspace &ws, const QStringList &from, const QStringList &to)
{
    const auto rebased = [&](const QStringList &p) { return to + p.mid(from.size()); };
    QJsonArray requests = ws.savedRequests;
    for (int i = 0; i < requests.size(); ++i) {
        QJsonObject o = requests.at(i).toObject();
        const auto p = collectionPathOf(o.value(kCollectionFolderKey));
        if (p && collectionStartsWith(*p, from)) {
            collectionSetFolder(o, rebased(*p));
            requests[i] = o;
        }
    }
    QJsonArray folders;
    for (const QJsonValue &v : ws.savedRequestFolders) {
        const auto p = collectionPathOf(v);
        const QJsonValue next = p && collectionStartsWith(*p, from)
                                    ? QJsonValue(QJsonArray::fromStringList(rebased(*p)))
                                    : v;
        const bool moved = p && collectionStartsWith(*p, from);
        if (!moved)
            folders.append(v); // broken entries too, as they were
        else if (!rebased(*p).isEmpty() && !folders.contains(next))
            folders.append(next);
    }
    QVector<QStringList> keep;
    for (const QStringList &p : SavedRequestCollection::folders(ws))
        keep.append(collectionStartsWith(p, from) ? rebased(p) : p);
    return collectionChanges(ws, requests, folders, keep);
}

// savedRequestFolders listing every folder of `all` (parents first) in the tree's order, with
// `path` among its siblings before `before` (empty: last); entries that are not folder paths stay
// at their places.
QJsonArray collectionOrdered(const QVector<QStringList> &all, const QJsonArray &old,
                             const QStringList &path, const QStringList &before)
{
    QJsonArray out;
    std::function<void(const QStringList &)> add = [&](const QStringList &parent) {
        QVector<QStringList> children;
        for (const QStringList &p : all) {
            if (p.size() == parent.size() + 1 && collectionStartsWith(p, parent))
                children.append(p);
        }
        if (children.removeAll(path) > 0) {
            const auto at = before.isEmpty() ? -1 : children.indexOf(before);
            children.insert(at < 0 ? children.size() : at, path);
        }
        for (const QStringList &child : std::as_const(children)) {
            out.append(QJsonArray::fromStringList(child));
            add(child);
        }
    };
    add(QStringList());
    for (int i = 0; i < old.size(); ++i) {
        if (!collectionPathOf(old.at(i)))
            out.insert(qMin(i, int(out.size())), old.at(i));
    }
    return out;
}

} // namespace

SavedRequestCollection::Path SavedRequestCollection::folderOf(const QJsonObject &saved,
                                                              QString *problem)
{
    const QJsonValue value = saved.value(kCollectionFolderKey);
    if (value.isUndefined() || value.isNull())
        return {};
    if (const auto p = collectionPathOf(value))
        return *p;
    if (problem)
        *problem = tr("The “folder” of saved request %1 is not a list of folder names; it is kept "
                      "in the file and the request is shown at the top level.")
                       .arg(saved.value(kCollectionNameKey).toString());
    return {};
}

QString SavedRequestCollection::pathText(const Path &path)
{
    return path.join(QLatin1Char('/'));
}

SavedRequestCollection::Path SavedRequestCollection::pathFromText(const QString &text)
{
    Path out;
    for (const QString &part : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QVector<SavedRequestCollection::Path> SavedRequestCollection::folders(const Workspace &workspace)
{
    QVector<Path> out;
    for (const QJsonValue &v : workspace.savedRequestFolders) {
        if (const auto p = collectionPathOf(v))
            collectionAddWithParents(out, *p);
    }
    for (const Path &p : collectionImplied(workspace.savedRequests))
        collectionAddWithParents(out, p);
    return out;
}

bool SavedRequestCollection::folderExists(const Workspace &workspace, const Path &path)
{
    return path.isEmpty() || folders(workspace).contains(path);
}

QStringList SavedRequestCollection::problems(const Workspace &workspace)
{
    QStringList out;
    for (const QJsonValue &v : workspace.savedRequests) {
        QString problem;
        folderOf(v.toObject(), &problem);
        if (!problem.isEmpty())
            out.append(problem);
    }
    for (int i = 0; i < workspace.savedRequestFolders.size(); ++i) {
        if (!collectionPathOf(workspace.savedRequestFolders.at(i)))
            out.append(tr("Entry %1 of “savedRequestFolders” is not a list of folder names; it is "
                          "kept in the file and not shown.")
                           .arg(i + 1));
    }
    return out;
}

QStringList SavedRequestCollection::requestsIn(const Workspace &workspace, const Path &folder,
                                               bool recursive)
{
    QStringList out;
    for (const QJsonValue &v : workspace.savedRequests) {
        if (!v.isObject())
            continue;
        const Path p = folderOf(v.toObject());
        if (p == folder || (recursive && collectionStartsWith(p, folder)))
            out.append(collectionNameOf(v));
    }
    return out;
}

QVector<SavedRequestCollection::Path>
SavedRequestCollection::subfoldersOf(const Workspace &workspace, const Path &folder)
{
    QVector<Path> out;
    for (const Path &p : folders(workspace)) {
        if (p.size() > folder.size() && collectionStartsWith(p, folder))
            out.append(p);
    }
    return out;
}

bool SavedRequestCollection::nameTaken(const Workspace &workspace, const QString &name)
{
    for (const QJsonValue &v : workspace.savedRequests) {
        if (collectionNameOf(v) == name)
            return true;
    }
    return false;
}

QString SavedRequestCollection::copyName(const Workspace &workspace, const QString &name)
{
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; nameTaken(workspace, candidate); ++n)
        candidate = tr("%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

QString SavedRequestCollection::checkFolderName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A folder needs a name.");
    if (name.contains(QLatin1Char('/')))
        return tr("A folder name cannot contain “/”: it separates the folders of a path, as in "
                  "dcsdesk-cli check --folder \"Checkout/Mobile\".");
    return QString();
}

ChangeSet SavedRequestCollection::createFolder(const Workspace &workspace, const Path &path,
                                               QString *error)
{
    for (const QString &name : path) {
        const QString problem = checkFolderName(name);
        if (!problem.isEmpty()) {
            *error = problem;
            return ChangeSet();
        }
    }
    if (path.isEmpty()) {
        *error = checkFolderName(QString());
        return ChangeSet();
    }
    if (folderExists(workspace, path)) {
        *error = tr("There is already a folder %1.").arg(pathText(path));
        return ChangeSet();
    }
    QJsonArray folders = workspace.savedRequestFolders;
    folders.append(QJsonArray::fromStringList(path));
    ChangeSet changes;
    changes.savedRequestFolders = folders;
    return changes;
}

ChangeSet SavedRequestCollection::renameFolder(const Workspace &workspace, const Path &path,
                                               const QString &newName, QString *error)
{
    const QString name = newName.trimmed();
    const QString problem = checkFolderName(name);
    if (!problem.isEmpty() || path.isEmpty() || !folderExists(workspace, path)) {
        *error = problem.isEmpty() ? tr("There is no folder %1.").arg(pathText(path)) : problem;
        return ChangeSet();
    }
    const Path renamed = path.mid(0, path.size() - 1) << name;
    if (renamed == path)
        return ChangeSet();
    if (folderExists(workspace, renamed)) {
        *error = tr("There is already a folder %1.").arg(pathText(renamed));
        return ChangeSet();
    }
    return collectionRebase(workspace, path, renamed);
}

QVector<SavedRequestCollection::Path>
SavedRequestCollection::childFoldersOf(const Workspace &workspace, const Path &parent)
{
    QVector<Path> out;
    for (const Path &p : folders(workspace)) {
        if (p.size() == parent.size() + 1 && collectionStartsWith(p, parent))
            out.append(p);
    }
    return out;
}

ChangeSet SavedRequestCollection::moveFolder(const Workspace &workspace, const Path &path,
                                             const Path &newParent, QString *error)
{
    return moveFolder(workspace, path, newParent, Path(), error);
}

ChangeSet SavedRequestCollection::moveFolder(const Workspace &workspace, const Path &path,
                                             const Path &newParent, const Path &before,
                                             QString *error)
{
    if (path.isEmpty() || !folderExists(workspace, path) || !folderExists(workspace, newParent)) {
        *error = tr("There is no folder %1.")
                     .arg(pathText(folderExists(workspace, path) ? newParent : path));
        return ChangeSet();
    }
    if (collectionStartsWith(newParent, path)) {
        *error = tr("A folder cannot be moved into itself.");
        return ChangeSet();
    }
    if (before == path)
        return ChangeSet(); // dropped just above itself
    if (!before.isEmpty() && !childFoldersOf(workspace, newParent).contains(before)) {
        *error = tr("There is no folder %1.").arg(pathText(before));
        return ChangeSet();
    }
    const Path moved = Path(newParent) << path.last();
    if (moved != path && folderExists(workspace, moved)) {
        *error = tr("There is already a folder %1.").arg(pathText(moved));
        return ChangeSet();
    }
    const Workspace next = moved == path
                               ? after(workspace, ChangeSet())
                               : after(workspace, collectionRebase(workspace, path, moved));
    const QVector<Path> order = childFoldersOf(next, newParent);
    const auto at = order.indexOf(moved);
    // Already in place: last when no `before`, or right above `before`.
    if (moved == path && (before.isEmpty() ? at == order.size() - 1
                                           : at + 1 < order.size() && order.at(at + 1) == before))
        return ChangeSet();
    Workspace ordered = next;
    ordered.savedRequestFolders =
        collectionOrdered(folders(next), next.savedRequestFolders, moved, before);
    return difference(workspace, ordered);
}

ChangeSet SavedRequestCollection::deleteFolder(const Workspace &workspace, const Path &path,
                                               Contents contents, QString *error)
{
    if (path.isEmpty() || !folderExists(workspace, path)) {
        *error = tr("There is no folder %1.").arg(pathText(path));
        return ChangeSet();
    }
    const QStringList inside = requestsIn(workspace, path, true);
    const int folders = int(subfoldersOf(workspace, path).size());
    if (contents == Contents::Refuse && (!inside.isEmpty() || folders > 0)) {
        QStringList held;
        if (!inside.isEmpty())
            held.append(tr("%n saved request(s)", nullptr, int(inside.size())));
        if (folders > 0)
            held.append(tr("%n folder(s)", nullptr, folders));
        *error = tr("The folder %1 holds %2; move or delete them first, or delete them with the "
                    "folder.")
                     .arg(pathText(path), QLocale().createSeparatedList(held));
        return ChangeSet();
    }
    if (contents == Contents::MoveUp)
        return collectionRebase(workspace, path, path.mid(0, path.size() - 1));
    QJsonArray requests;
    for (const QJsonValue &v : workspace.savedRequests) {
        if (!(v.isObject() && collectionStartsWith(folderOf(v.toObject()), path)))
            requests.append(v);
    }
    QJsonArray list;
    for (const QJsonValue &v : workspace.savedRequestFolders) {
        const auto p = collectionPathOf(v);
        if (!(p && collectionStartsWith(*p, path)))
            list.append(v);
    }
    QVector<Path> keep;
    for (const Path &p : SavedRequestCollection::folders(workspace)) {
        if (!collectionStartsWith(p, path))
            keep.append(p);
    }
    return collectionChanges(workspace, requests, list, keep);
}

ChangeSet SavedRequestCollection::moveRequests(const Workspace &workspace, const QStringList &names,
                                               const Path &folder, const QString &before,
                                               QString *error)
{
    for (const QString &name : folder) {
        const QString problem = checkFolderName(name);
        if (!problem.isEmpty()) {
            *error = problem;
            return ChangeSet();
        }
    }
    QJsonArray rest;
    QJsonArray moving;
    for (const QJsonValue &v : workspace.savedRequests) {
        if (v.isObject() && names.contains(collectionNameOf(v))) {
            QJsonObject o = v.toObject();
            collectionSetFolder(o, folder);
            moving.append(o);
        } else {
            rest.append(v);
        }
    }
    if (moving.size() < names.size()) {
        for (const QString &name : names) {
            if (!nameTaken(workspace, name)) {
                *error = tr("There is no saved request “%1”.").arg(name);
                return ChangeSet();
            }
        }
    }
    int at = -1;
    for (int i = 0; i < rest.size() && !before.isEmpty(); ++i) {
        if (collectionNameOf(rest.at(i)) == before) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        for (int i = 0; i < rest.size(); ++i) {
            if (rest.at(i).isObject() && folderOf(rest.at(i).toObject()) == folder)
                at = i + 1;
        }
    }
    if (at < 0)
        at = int(rest.size());
    for (int i = 0; i < moving.size(); ++i)
        rest.insert(at + i, moving.at(i));
    QVector<Path> keep = folders(workspace);
    keep.append(folder);
    return collectionChanges(workspace, rest, workspace.savedRequestFolders, keep);
}

ChangeSet SavedRequestCollection::renameRequest(const Workspace &workspace, const QString &name,
                                                const QString &newName, QString *error)
{
    const QString renamed = newName.trimmed();
    if (renamed == name)
        return ChangeSet();
    if (renamed.isEmpty()) {
        *error = tr("A saved request needs a name.");
        return ChangeSet();
    }
    if (nameTaken(workspace, renamed)) {
        *error = tr("There is already a saved request %1. Names are unique in a workspace: the "
                    "CLI, Run Checks and the history refer to a request by its name.")
                     .arg(renamed);
        return ChangeSet();
    }
    QJsonArray requests = workspace.savedRequests;
    for (int i = 0; i < requests.size(); ++i) {
        if (requests.at(i).isObject() && collectionNameOf(requests.at(i)) == name) {
            QJsonObject o = requests.at(i).toObject();
            o.insert(kCollectionNameKey, renamed);
            requests[i] = o;
            ChangeSet changes;
            changes.savedRequests = requests;
            return changes;
        }
    }
    *error = tr("There is no saved request “%1”.").arg(name);
    return ChangeSet();
}

ChangeSet SavedRequestCollection::duplicateRequest(const Workspace &workspace, const QString &name,
                                                   QString *copy, QString *error)
{
    QJsonArray requests = workspace.savedRequests;
    for (int i = 0; i < requests.size(); ++i) {
        if (requests.at(i).isObject() && collectionNameOf(requests.at(i)) == name) {
            QJsonObject o = requests.at(i).toObject();
            *copy = copyName(workspace, name);
            o.insert(kCollectionNameKey, *copy);
            requests.insert(i + 1, o);
            ChangeSet changes;
            changes.savedRequests = requests;
            return changes;
        }
    }
    *error = tr("There is no saved request “%1”.").arg(name);
    return ChangeSet();
}

ChangeSet SavedRequestCollection::deleteRequests(const Workspace &workspace,
                                                 const QStringList &names)
{
    QJsonArray requests;
    for (const QJsonValue &v : workspace.savedRequests) {
        if (!(v.isObject() && names.contains(collectionNameOf(v))))
            requests.append(v);
    }
    return collectionChanges(workspace, requests, workspace.savedRequestFolders,
                             folders(workspace));
}

ChangeSet SavedRequestCollection::addFolders(const Workspace &workspace, const QVector<Path> &paths)
{
    QVector<Path> existing = folders(workspace);
    QVector<Path> added;
    for (const Path &path : paths) {
        const bool named = std::all_of(path.begin(), path.end(),
                                       [](const QString &n) { return !n.trimmed().isEmpty(); });
        for (int depth = 1; named && depth <= path.size(); ++depth) {
            if (!existing.contains(path.mid(0, depth))) {
                existing.append(path.mid(0, depth));
                added.append(path.mid(0, depth));
            }
        }
    }
    if (added.isEmpty())
        return ChangeSet();
    QJsonArray list = workspace.savedRequestFolders;
    QVector<Path> listed;
    for (const QJsonValue &v : list) {
        if (const auto p = collectionPathOf(v))
            listed.append(*p);
    }
    for (const Path &p : folders(workspace) + added) {
        if (!listed.contains(p))
            list.append(QJsonArray::fromStringList(p));
    }
    ChangeSet changes;
    changes.savedRequestFolders = list;
    return changes;
}

Workspace SavedRequestCollection::after(const Workspace &workspace, const ChangeSet &changes)
{
    Workspace out;
    out.savedRequests = changes.savedRequests.value_or(workspace.savedRequests);
    out.savedRequestFolders = changes.savedRequestFolders.value_or(workspace.savedRequestFolders);
    return out;
}

ChangeSet SavedRequestCollection::difference(const Workspace &from, const Workspace &to)
{
    ChangeSet changes;
    if (to.savedRequests != from.savedRequests)
        changes.savedRequests = to.savedRequests;
    if (to.savedRequestFolders != from.savedRequestFolders)
        changes.savedRequestFolders = to.savedRequestFolders;
    return changes;
}

} // namespace dcsdesk
