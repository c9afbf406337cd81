#include "savedrequesttreemodel.h"

#include "checks/savedrequestchecks.h"
#include "console/savedrequestcollection.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QStyle>

namespace dcsdesk {

namespace {

const QLatin1String kSavedRequestMime("application/x-dcsdesk-saved-requests");

QStandardItem *treeCell(Qt::ItemFlags flags)
{
    auto *item = new QStandardItem;
    item->setFlags(flags);
    return item;
}

} // namespace

SavedRequestTreeModel::SavedRequestTreeModel(QObject *parent) : QStandardItemModel(parent) {}

void SavedRequestTreeModel::rebuild(const Workspace &workspace)
{
    clear();
    setHorizontalHeaderLabels({tr("Name"), tr("Tags")});
    const Qt::ItemFlags common =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    const QIcon folderIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    QHash<QString, QStandardItem *> folders;
    for (const QStringList &path : SavedRequestCollection::folders(workspace)) {
        QStandardItem *parent =
            path.size() > 1
                ? folders.value(SavedRequestCollection::pathText(path.mid(0, path.size() - 1)))
                : invisibleRootItem();
        QStandardItem *item = treeCell(common | Qt::ItemIsEditable);
        item->setText(path.last());
        item->setIcon(folderIcon);
        item->setData(Folder, KindRole);
        item->setData(path, PathRole);
        item->setData(path.last(), SearchRole);
        item->setToolTip(SavedRequestCollection::pathText(path));
        parent->appendRow({item, treeCell(Qt::ItemIsEnabled | Qt::ItemIsDropEnabled)});
        folders.insert(SavedRequestCollection::pathText(path), item);
    }
    for (const QJsonValue &v : workspace.savedRequests) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const QStringList path = SavedRequestCollection::folderOf(o);
        const QString name = o.value(QStringLiteral("name")).toString();
        const QStringList tags = SavedRequestChecks::tagsOf(o);
        QStandardItem *parent =
            path.isEmpty()
                ? invisibleRootItem()
                : folders.value(SavedRequestCollection::pathText(path), invisibleRootItem());
        QStandardItem *item = treeCell(common | Qt::ItemIsEditable);
        item->setText(name.isEmpty() ? tr("(unnamed)") : name);
        item->setData(Request, KindRole);
        item->setData(path, PathRole);
        item->setData(name, NameRole);
        item->setData(QStringList(QStringList{name} + tags).join(QLatin1Char(' ')), SearchRole);
        const QString method = o.value(QStringLiteral("method")).toString().toUpper();
        item->setToolTip(tags.isEmpty()
                             ? tr("%1 request. Double-click or Enter opens it.")
                                   .arg(method.isEmpty() ? QStringLiteral("GET") : method)
                             : tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
        QStandardItem *tagCell = treeCell(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                          Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        tagCell->setText(tags.join(QStringLiteral(", ")));
        parent->appendRow({item, tagCell});
    }
}

QModelIndex SavedRequestTreeModel::folderIndex(const QStringList &path) const
{
    const QModelIndexList found =
        match(index(0, 0), PathRole, path, 1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : found) {
        if (i.data(KindRole).toInt() == Folder)
            return i;
    }
    QModelIndex parent;
    for (const QString &name : path) {
        QModelIndex next;
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, 0, parent);
            if (i.data(KindRole).toInt() == Folder && i.data(Qt::DisplayRole) == name)
                next = i;
        }
        if (!next.isValid())
            return QModelIndex();
        parent = next;
    }
    return parent;
}

QModelIndex SavedRequestTreeModel::requestIndex(const QString &name) const
{
    const QModelIndexList found =
        match(index(0, 0), NameRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

Qt::DropActions SavedRequestTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SavedRequestTreeModel::mimeTypes() const
{
    return {kSavedRequestMime};
}

QMimeData *SavedRequestTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray requests;
    QJsonArray folders;
    for (const QModelIndex &i : indexes) {
        const QModelIndex cell = i.sibling(i.row(), 0);
        if (cell.data(KindRole).toInt() == Request &&
            !requests.contains(cell.data(NameRole).toString()))
            requests.append(cell.data(NameRole).toString());
        const QJsonValue path = QJsonArray::fromStringList(cell.data(PathRole).toStringList());
        if (cell.data(KindRole).toInt() == Folder && !folders.contains(path))
            folders.append(path);
    }
    auto *data = new QMimeData;
    data->setData(kSavedRequestMime,
                  QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests},
                                            {QStringLiteral("folders"), folders}})
                      .toJson(QJsonDocument::Compact));
    return data;
}

SavedRequestTreeModel::Drop SavedRequestTreeModel::dropPlace(int row,
                                                             const QModelIndex &parent) const
{
    Drop drop;
    const QModelIndex target = parent.isValid() ? parent.sibling(parent.row(), 0) : parent;
    if (target.data(KindRole).toInt() == Request) {
        drop.beforeRequest = target.data(NameRole).toString();
        drop.folder = target.data(PathRole).toStringList();
        return drop;
    }
    drop.folder = target.data(PathRole).toStringList();
    bool folderFound = false;
    for (int r = qMax(0, row); row >= 0 && r < rowCount(target); ++r) {
        const QModelIndex i = index(r, 0, target);
        if (!folderFound && i.data(KindRole).toInt() == Folder) {
            drop.beforeFolder = i.data(PathRole).toStringList();
            folderFound = true;
        }
        if (i.data(KindRole).toInt() == Request) {
            drop.beforeRequest = i.data(NameRole).toString();
            break;
        }
    }
    return drop;
}

bool SavedRequestTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                         int column, const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (!data || action != Qt::MoveAction || !data->hasFormat(kSavedRequestMime))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(data->data(kSavedRequestMime)).object();
    Drop drop = dropPlace(row, parent);
    for (const QJsonValue &v : o.value(QStringLiteral("requests")).toArray())
        drop.requests.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("folders")).toArray()) {
        QStringList path;
        for (const QJsonValue &name : v.toArray())
            path.append(name.toString());
        drop.folders.append(path);
    }
    // After the drop: the edit rebuilds this model, which the view still uses while it drops.
    QMetaObject::invokeMethod(
        this, [this, drop]() { Q_EMIT dropRequested(drop); }, Qt::QueuedConnection);
    return false; // the view must not remove the dragged rows: the rebuild moves them
}

bool SavedRequestTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != 0)
        return QStandardItemModel::setData(index, value, role);
    const QString text = value.toString().trimmed();
    if (text == index.data(Qt::DisplayRole).toString())
        return false;
    const QPersistentModelIndex persistent(index);
    QMetaObject::invokeMethod(
        this,
        [this, persistent, text]() {
            if (persistent.isValid())
                Q_EMIT renameRequested(persistent, text);
        },
        Qt::QueuedConnection);
    return false;
}

} // namespace dcsdesk
