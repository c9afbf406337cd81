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

    // What a drop asks for: the dragged folders and requests go into `folder`, the folders before
    // its subfolder `beforeFolder`, the requests before `beforeRequest` (empty: after the last).
    struct Drop
    {
        QVector<QStringList> folders;
        QStringList requests;
        QStringList folder;
        QStringList beforeFolder;
        QString beforeRequest;
    };

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

    // Where a drop at (row, parent), as the view passes them, puts what it carries. Onto a folder
    // (row -1): at its end. Between rows: before the row below, among folders or requests.
    Drop dropPlace(int row, const QModelIndex &parent) const;

Q_SIGNALS:
    void dropRequested(const dcsdesk::SavedRequestTreeModel::Drop &drop);
    void renameRequested(const QModelIndex &index, const QString &newName);
};

} // namespace dcsdesk
