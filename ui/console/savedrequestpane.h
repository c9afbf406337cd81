#pragma once

#include "savedrequesttreemodel.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace dcsdesk {

struct ChangeSet;
class WorkspaceDocument;

// The console's collection pane: the saved requests in their folders as a tree, in the user's
// order. Drag and drop, the context menu and the keyboard (F2, Del, Ctrl+D, Ctrl+Shift+Up/Down)
// rename, duplicate, move, reorder and delete; each is one SavedRequestCollection edit, so one undo
// step. A refused edit says why under the tree. Opening a request, editing its tags and running a
// folder are the console's.
class SavedRequestPane : public QWidget
{
    Q_OBJECT

public:
    explicit SavedRequestPane(WorkspaceDocument *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *messageLabel() const { return m_message; }
    SavedRequestTreeModel *model() const { return m_model; }
    QAction *openAction() const { return m_open; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *editTagsAction() const { return m_editTags; }
    QAction *runFolderAction() const { return m_runFolder; }

    // The tree's index (through the filter) of a request or a folder.
    QModelIndex indexOfRequest(const QString &name) const;
    QModelIndex indexOfFolder(const QStringList &path) const;
    bool selectRequest(const QString &name);
    QStringList selectedRequests() const;
    // The selected folder, or the folder of the selected request; empty at the top level.
    QStringList currentFolder() const;

    // The edits the actions and drops make; false (with the reason on show) when refused.
    bool createFolder(const QStringList &parent, const QString &name);
    bool rename(const QModelIndex &index, const QString &newName);
    bool duplicate(const QString &name);
    bool moveRequests(const QStringList &names, const QStringList &folder,
                      const QString &before = QString());
    bool moveFolder(const QStringList &path, const QStringList &newParent,
                    const QStringList &before = QStringList());
    // A drop's folders and requests moved as one edit.
    bool drop(const SavedRequestTreeModel::Drop &drop);
    void deleteSelected();

Q_SIGNALS:
    void openRequested(const QString &name);
    void editTagsRequested(const QString &name);
    void runFolderRequested(const QStringList &path);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateActions();
    void showMessage(const QString &text);
    void showContextMenu(const QPoint &pos);
    void newFolder();
    void moveSelectedBy(int step);
    bool applyEdit(const ChangeSet &changes, const QString &error, const QString &text);

    QPointer<WorkspaceDocument> m_document;
    SavedRequestTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSet<QString> m_collapsed; // folder paths ("a/b") the user closed
    QString m_problemsShown;   // the workspace's folder problems last on show
    QLineEdit *m_filter;
    QToolButton *m_newFolderButton;
    QTreeView *m_tree;
    QLabel *m_message;
    QAction *m_open;
    QAction *m_newFolder;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_editTags;
    QAction *m_runFolder;
};

} // namespace dcsdesk
