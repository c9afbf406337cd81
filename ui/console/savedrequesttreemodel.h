#pragma once

#include <QStandardItemModel>

namespace dcsdesk {

struct Workspace;

// The saved requests as a tree of folders for the console's collection pane, rebuilt from the
// workspace after each edit. It never changes itself: a drop or an in-place rename becomes a
// request (a signal) that the pane turns into one undoable SavedRequestCollection edit.
class SavedRequestTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, PathRole, NameRole, SearchRole };
    enum Kind { Folder = 1, Request };

    explicit SavedRequestTreeModel(QObject *parent = nullptr);

    void rebuild(const Workspace &workspace);
    QModelIndex folderIndex(const QStringList &path) const;
    QModelIndex requestIndex(const QString &name) const;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Where a drop at (row, parent) puts requests: the folder, and the request they go before
    // (empty: after the folder's last request).
    QStringList dropFolder(int row, const QModelIndex &parent, QString *before) const;

Q_SIGNALS:
    void moveRequested(const QStringList &names, const QStringList &folder, const QString &before);
    void moveFolderRequested(const QStringList &path, const QStringList &newParent);
    void renameRequested(const QModelIndex &index, const QString &newName);
};

} // namespace dcsdesk
