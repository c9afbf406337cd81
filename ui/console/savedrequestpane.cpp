#include "savedrequestpane.h"

#include "savedrequesttreemodel.h"

#include "common/uiprompts.h"
#include "console/savedrequestcollection.h"
#include "workspace/workspace.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace dcsdesk {

namespace {
constexpr int NarrowPaneWidth = 300;
} // namespace

namespace {

using Collection = SavedRequestCollection;

QAction *paneAction(QWidget *owner, const QKeySequence &shortcut = QKeySequence())
{
    auto *action = new QAction(owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

SavedRequestPane::SavedRequestPane(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("savedRequestPane"));
    m_model = new SavedRequestTreeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SavedRequestTreeModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_newFolderButton = new QToolButton(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SavedRequestPane::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SavedRequestPane::updateActions);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_open = paneAction(m_tree);
    m_newFolder = paneAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_rename = paneAction(m_tree, QKeySequence(Qt::Key_F2));
    m_duplicate = paneAction(m_tree, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = paneAction(m_tree, QKeySequence::Delete);
    // Ctrl+Shift first: Alt+Shift+arrows never reached the pane under Xvfb and openbox.
    m_moveUp = paneAction(m_tree, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveUp->setShortcuts({m_moveUp->shortcut(), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up)});
    m_moveDown = paneAction(m_tree, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_moveDown->setShortcuts(
        {m_moveDown->shortcut(), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)});
    m_editTags = paneAction(m_tree);
    m_runFolder = paneAction(m_tree);
    m_newFolderButton->setDefaultAction(m_newFolder);
    m_newFolderButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The pane is narrow beside the request builder: the filter gets the whole width.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newFolderButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        rebuild();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex cell = index.sibling(index.row(), 0);
        if (cell.data(SavedRequestTreeModel::KindRole).toInt() == SavedRequestTreeModel::Request)
            Q_EMIT openRequested(cell.data(SavedRequestTreeModel::NameRole).toString());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(
            Collection::pathText(index.data(SavedRequestTreeModel::PathRole).toStringList()));
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(
            Collection::pathText(index.data(SavedRequestTreeModel::PathRole).toStringList()));
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &SavedRequestPane::showContextMenu);
    connect(m_open, &QAction::triggered, this, [this]() {
        const QStringList names = selectedRequests();
        if (names.size() == 1)
            Q_EMIT openRequested(names.first());
    });
    connect(m_newFolder, &QAction::triggered, this, &SavedRequestPane::newFolder);
    connect(m_rename, &QAction::triggered, this, [this]() {
        if (m_tree->currentIndex().isValid())
            m_tree->edit(m_tree->currentIndex().siblingAtColumn(0));
    });
    connect(m_duplicate, &QAction::triggered, this, [this]() {
        const QStringList names = selectedRequests();
        if (names.size() == 1)
            duplicate(names.first());
    });
    connect(m_delete, &QAction::triggered, this, &SavedRequestPane::deleteSelected);
    connect(m_moveUp, &QAction::triggered, this, [this]() { moveSelectedBy(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this]() { moveSelectedBy(1); });
    connect(m_editTags, &QAction::triggered, this, [this]() {
        const QStringList names = selectedRequests();
        if (names.size() == 1)
            Q_EMIT editTagsRequested(names.first());
    });
    connect(m_runFolder, &QAction::triggered, this,
            [this]() { Q_EMIT runFolderRequested(currentFolder()); });
    connect(m_model, &SavedRequestTreeModel::dropRequested, this, &SavedRequestPane::drop);
    connect(m_model, &SavedRequestTreeModel::renameRequested, this,
            [this](const QModelIndex &index, const QString &name) {
                rename(m_proxy->mapFromSource(index), name);
            });
    if (m_document)
        connect(m_document, &WorkspaceDocument::contentChanged, this, &SavedRequestPane::rebuild);

    retranslate();
    rebuild();
}

void SavedRequestPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by name or tag"));
    m_filter->setAccessibleName(tr("Filter saved requests"));
    m_tree->setAccessibleName(tr("Saved requests"));
    m_open->setText(tr("Open in Builder"));
    m_newFolder->setText(tr("New Folder…"));
    m_newFolder->setToolTip(tr("Create a folder in the selected folder (Ctrl+Shift+N)"));
    m_newFolderButton->setAccessibleName(tr("New Folder"));
    m_rename->setText(tr("Rename…"));
    m_duplicate->setText(tr("Duplicate"));
    m_delete->setText(tr("Delete"));
    m_moveUp->setText(tr("Move Up"));
    m_moveDown->setText(tr("Move Down"));
    m_editTags->setText(tr("Edit Tags…"));
    m_runFolder->setText(tr("Run Checks in This Folder…"));
    rebuild();
}

void SavedRequestPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedRequestPane::rebuild()
{
    const QStringList selected = selectedRequests();
    const QStringList folder = currentFolder();
    const bool folderSelected =
        m_tree->currentIndex().data(SavedRequestTreeModel::KindRole).toInt() ==
        SavedRequestTreeModel::Folder;
    m_model->rebuild(m_document ? m_document->workspace() : Workspace());
    if (m_tree->header()->count() == 2) {
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }
    // Every folder open but those the user closed; all open while filtering.
    std::function<void(const QModelIndex &)> expand = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            if (i.data(SavedRequestTreeModel::KindRole).toInt() != SavedRequestTreeModel::Folder)
                continue;
            const QString path =
                Collection::pathText(i.data(SavedRequestTreeModel::PathRole).toStringList());
            m_tree->setExpanded(i, !m_filter->text().trimmed().isEmpty() ||
                                       !m_collapsed.contains(path));
            expand(i);
        }
    };
    const QSet<QString> collapsed = m_collapsed;
    expand(QModelIndex());
    m_collapsed = collapsed;
    if (folderSelected && indexOfFolder(folder).isValid())
        m_tree->setCurrentIndex(indexOfFolder(folder));
    for (const QString &name : selected) {
        const QModelIndex i = indexOfRequest(name);
        if (i.isValid())
            m_tree->selectionModel()->select(i, QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
        if (i.isValid() && name == selected.first())
            m_tree->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
    }
    const QStringList problems =
        m_document ? Collection::problems(m_document->workspace()) : QStringList();
    if (!problems.isEmpty() && (m_message->isHidden() || m_message->text() == m_problemsShown))
        showMessage(problems.join(QLatin1Char('\n')));
    else if (problems.isEmpty() && m_message->text() == m_problemsShown)
        showMessage(QString());
    m_problemsShown = problems.join(QLatin1Char('\n'));
    updateActions();
}

void SavedRequestPane::updateActions()
{
    const QStringList names = selectedRequests();
    const bool folder = m_tree->currentIndex().data(SavedRequestTreeModel::KindRole).toInt() ==
                        SavedRequestTreeModel::Folder;
    m_open->setEnabled(names.size() == 1);
    m_duplicate->setEnabled(names.size() == 1);
    m_editTags->setEnabled(names.size() == 1);
    m_rename->setEnabled(m_tree->currentIndex().isValid());
    m_delete->setEnabled(!names.isEmpty() || folder);
    // Within its folder: requests among requests, folders among folders.
    int at = -1;
    int count = 0;
    if (m_document && folder) {
        const QStringList path = currentFolder();
        const auto siblings =
            Collection::childFoldersOf(m_document->workspace(), path.mid(0, path.size() - 1));
        at = int(siblings.indexOf(path));
        count = int(siblings.size());
    } else if (m_document && names.size() == 1) {
        const QStringList siblings =
            Collection::requestsIn(m_document->workspace(), currentFolder(), false);
        at = int(siblings.indexOf(names.first()));
        count = int(siblings.size());
    }
    m_moveUp->setEnabled(at > 0);
    m_moveDown->setEnabled(at >= 0 && at + 1 < count);
    m_runFolder->setEnabled(folder);
}

QModelIndex SavedRequestPane::indexOfRequest(const QString &name) const
{
    return m_proxy->mapFromSource(m_model->requestIndex(name));
}

QModelIndex SavedRequestPane::indexOfFolder(const QStringList &path) const
{
    return m_proxy->mapFromSource(m_model->folderIndex(path));
}

bool SavedRequestPane::selectRequest(const QString &name)
{
    const QModelIndex i = indexOfRequest(name);
    if (!i.isValid())
        return false;
    m_tree->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_tree->scrollTo(i);
    return true;
}

QStringList SavedRequestPane::selectedRequests() const
{
    QStringList out;
    if (!m_tree->selectionModel())
        return out;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows(0)) {
        if (i.data(SavedRequestTreeModel::KindRole).toInt() == SavedRequestTreeModel::Request)
            out.append(i.data(SavedRequestTreeModel::NameRole).toString());
    }
    return out;
}

QStringList SavedRequestPane::currentFolder() const
{
    return m_tree->currentIndex()
        .siblingAtColumn(0)
        .data(SavedRequestTreeModel::PathRole)
        .toStringList();
}

void SavedRequestPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool SavedRequestPane::applyEdit(const ChangeSet &changes, const QString &error,
                                 const QString &text)
{
    showMessage(error);
    if (!error.isEmpty() || !m_document)
        return false;
    if (!changes.isEmpty())
        m_document->apply(changes, text);
    return true;
}

bool SavedRequestPane::createFolder(const QStringList &parent, const QString &name)
{
    if (!m_document)
        return false;
    QString error;
    const QStringList path = QStringList(parent) << name.trimmed();
    const ChangeSet changes = Collection::createFolder(m_document->workspace(), path, &error);
    if (!applyEdit(changes, error, tr("New folder %1").arg(Collection::pathText(path))))
        return false;
    m_collapsed.remove(Collection::pathText(parent));
    rebuild();
    m_tree->setCurrentIndex(indexOfFolder(path));
    return true;
}

bool SavedRequestPane::rename(const QModelIndex &index, const QString &newName)
{
    if (!m_document || !index.isValid())
        return false;
    const QModelIndex cell = index.siblingAtColumn(0);
    QString error;
    if (cell.data(SavedRequestTreeModel::KindRole).toInt() == SavedRequestTreeModel::Folder) {
        const QStringList path = cell.data(SavedRequestTreeModel::PathRole).toStringList();
        const ChangeSet changes =
            Collection::renameFolder(m_document->workspace(), path, newName, &error);
        return applyEdit(changes, error,
                         tr("Rename folder %1 to %2").arg(Collection::pathText(path), newName));
    }
    const QString name = cell.data(SavedRequestTreeModel::NameRole).toString();
    const ChangeSet changes =
        Collection::renameRequest(m_document->workspace(), name, newName, &error);
    if (!applyEdit(changes, error,
                   tr("Rename saved request %1 to %2").arg(name, newName.trimmed())))
        return false;
    selectRequest(newName.trimmed());
    return true;
}

bool SavedRequestPane::duplicate(const QString &name)
{
    if (!m_document)
        return false;
    QString copy;
    QString error;
    const ChangeSet changes =
        Collection::duplicateRequest(m_document->workspace(), name, &copy, &error);
    if (!applyEdit(changes, error, tr("Duplicate saved request %1").arg(name)))
        return false;
    selectRequest(copy);
    return true;
}

bool SavedRequestPane::moveRequests(const QStringList &names, const QStringList &folder,
                                    const QString &before)
{
    if (!m_document)
        return false;
    QString error;
    const ChangeSet changes =
        Collection::moveRequests(m_document->workspace(), names, folder, before, &error);
    const QString where = folder.isEmpty() ? tr("the top level") : Collection::pathText(folder);
    return applyEdit(changes, error,
                     tr("Move %n saved request(s) to %1", nullptr, int(names.size())).arg(where));
}

bool SavedRequestPane::moveFolder(const QStringList &path, const QStringList &newParent,
                                  const QStringList &before)
{
    SavedRequestTreeModel::Drop one;
    one.folders = {path};
    one.folder = newParent;
    one.beforeFolder = before;
    return drop(one);
}

bool SavedRequestPane::drop(const SavedRequestTreeModel::Drop &drop)
{
    if (!m_document)
        return false;
    const Workspace &workspace = m_document->workspace();
    Workspace next = Collection::after(workspace, ChangeSet());
    QString error;
    // A folder or request dragged along with a folder it is in moves with that folder.
    const auto inDragged = [&drop](const QStringList &path, bool itself) {
        for (const QStringList &f : drop.folders) {
            if (path.size() >= f.size() + (itself ? 0 : 1) && path.mid(0, f.size()) == f)
                return true;
        }
        return false;
    };
    QVector<QStringList> folders;
    for (const QStringList &path : drop.folders) {
        if (!inDragged(path, false))
            folders.append(path);
    }
    for (const QStringList &path : std::as_const(folders)) {
        next = Collection::after(
            next, Collection::moveFolder(next, path, drop.folder, drop.beforeFolder, &error));
        if (!error.isEmpty())
            break;
    }
    QStringList names;
    for (const QString &name : drop.requests) {
        const QModelIndex i = m_model->requestIndex(name);
        if (!inDragged(i.data(SavedRequestTreeModel::PathRole).toStringList(), true))
            names.append(name);
    }
    if (error.isEmpty() && !names.isEmpty()) {
        next = Collection::after(
            next, Collection::moveRequests(next, names, drop.folder, drop.beforeRequest, &error));
    }
    const QString where =
        drop.folder.isEmpty() ? tr("the top level") : Collection::pathText(drop.folder);
    QString text;
    if (folders.size() == 1 && names.isEmpty()) {
        const QStringList &path = folders.first();
        text = path.mid(0, path.size() - 1) == drop.folder
                   ? tr("Reorder folder %1").arg(Collection::pathText(path))
                   : tr("Move folder %1 to %2").arg(Collection::pathText(path), where);
    } else if (folders.isEmpty()) {
        text = tr("Move %n saved request(s) to %1", nullptr, int(names.size())).arg(where);
    } else {
        text = tr("Move %n item(s) to %1", nullptr, int(folders.size() + names.size())).arg(where);
    }
    const QStringList current = folders.size() == 1 && names.isEmpty()
                                    ? QStringList(drop.folder) << folders.first().last()
                                    : QStringList();
    if (!applyEdit(error.isEmpty() ? Collection::difference(workspace, next) : ChangeSet(), error,
                   text))
        return false;
    if (!current.isEmpty() && indexOfFolder(current).isValid())
        m_tree->setCurrentIndex(indexOfFolder(current));
    return true;
}

void SavedRequestPane::deleteSelected()
{
    if (!m_document)
        return;
    const QStringList names = selectedRequests();
    if (!names.isEmpty()) {
        applyEdit(Collection::deleteRequests(m_document->workspace(), names), QString(),
                  tr("Delete %n saved request(s)", nullptr, int(names.size())));
        showMessage(tr("Deleted %n saved request(s): %1. Edit › Undo brings them back.", nullptr,
                       int(names.size()))
                        .arg(QLocale().createSeparatedList(names)));
        return;
    }
    const QStringList path = currentFolder();
    if (path.isEmpty())
        return;
    QString error;
    ChangeSet changes = Collection::deleteFolder(m_document->workspace(), path,
                                                 Collection::Contents::Refuse, &error);
    if (!error.isEmpty()) {
        const int choice = UiPrompts::choose(
            this, QMessageBox::Question, tr("Delete Folder"),
            error + QLatin1Char('\n') + tr("Move what it holds up one level, or delete it too?"),
            {tr("Move Up"), tr("Delete All"), tr("Cancel")}, 0, 2);
        if (choice == 2)
            return;
        error.clear();
        changes = Collection::deleteFolder(
            m_document->workspace(), path,
            choice == 0 ? Collection::Contents::MoveUp : Collection::Contents::Delete, &error);
    }
    applyEdit(changes, error, tr("Delete folder %1").arg(Collection::pathText(path)));
}

void SavedRequestPane::newFolder()
{
    bool ok = false;
    const QStringList parent = currentFolder();
    const QString name = QInputDialog::getText(
        this, tr("New Folder"),
        parent.isEmpty() ? tr("Folder name:")
                         : tr("Name of the folder in %1:").arg(Collection::pathText(parent)),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        createFolder(parent, name);
}

void SavedRequestPane::moveSelectedBy(int step)
{
    const QStringList names = selectedRequests();
    if (m_document && m_tree->currentIndex().data(SavedRequestTreeModel::KindRole).toInt() ==
                          SavedRequestTreeModel::Folder) {
        const QStringList path = currentFolder();
        const QStringList parent = path.mid(0, path.size() - 1);
        const auto siblings = Collection::childFoldersOf(m_document->workspace(), parent);
        const int at = int(siblings.indexOf(path));
        if (at < 0 || at + step < 0 || at + step >= siblings.size())
            return;
        moveFolder(path, parent,
                   step < 0                   ? siblings.at(at - 1)
                   : at + 2 < siblings.size() ? siblings.at(at + 2)
                                              : QStringList());
        return;
    }
    if (!m_document || names.size() != 1)
        return;
    const QStringList folder = currentFolder();
    const QStringList siblings = Collection::requestsIn(m_document->workspace(), folder, false);
    const int at = int(siblings.indexOf(names.first()));
    if (at < 0 || at + step < 0 || at + step >= siblings.size())
        return;
    // Before the previous one, or before the one after the next (the end: after the last).
    const QString before = step < 0                   ? siblings.at(at - 1)
                           : at + 2 < siblings.size() ? siblings.at(at + 2)
                                                      : QString();
    if (moveRequests(names, folder, before))
        selectRequest(names.first());
}

void SavedRequestPane::showContextMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu(this);
    const bool onItem = m_tree->indexAt(pos).isValid();
    if (onItem) {
        menu.addAction(m_open);
        menu.addAction(m_editTags);
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(m_duplicate);
        menu.addAction(m_moveUp);
        menu.addAction(m_moveDown);
        QMenu *moveTo = menu.addMenu(tr("Move to"));
        moveTo->setEnabled(!selectedRequests().isEmpty());
        moveTo->addAction(tr("Top level"), this,
                          [this]() { moveRequests(selectedRequests(), QStringList()); });
        for (const QStringList &path : Collection::folders(m_document->workspace())) {
            moveTo->addAction(Collection::pathText(path), this,
                              [this, path]() { moveRequests(selectedRequests(), path); });
        }
        menu.addAction(m_delete);
        menu.addSeparator();
        menu.addAction(m_runFolder);
    }
    menu.addAction(m_newFolder);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

// Names come first when the pane is narrow; the tags stay in each row's tooltip.
void SavedRequestPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_tree->setColumnHidden(1, width() < NarrowPaneWidth);
}

} // namespace dcsdesk
