#include "workspacecontroller.h"

#include "common/filefolders.h"
#include "common/uiprompts.h"
#include "system/colontext.h"
#include "system/datetext.h"
#include "system/privatefiles.h"
#include "workspace/apppaths.h"
#include "workspace/recoverystore.h"
#include "workspace/workspacedocument.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QSettings>

namespace dcsdesk {

namespace {
constexpr int MaxRecentFiles = 10;
const char *const kRecentKey = "recentFiles";
} // namespace

WorkspaceController::WorkspaceController(WorkspaceDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window),
      m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &WorkspaceController::checkFileOnDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this]() { m_settle.start(); });
    // A file replaced by rename is no longer watched; the folder tells when it comes back.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this]() {
        watchDocumentFile();
        m_settle.start();
    });
    connect(document, &WorkspaceDocument::filePathChanged, this,
            &WorkspaceController::watchDocumentFile);
    connect(document, &WorkspaceDocument::workspaceReplaced, this,
            &WorkspaceController::watchDocumentFile);
    // A workspace opened at start-up (an argument, or the last one reopened) is recent too.
    connect(document, &WorkspaceDocument::workspaceLoaded, this, [this](bool ok) {
        if (ok)
            addRecentFile(m_document->filePath());
    });
    watchDocumentFile();
}

void WorkspaceController::watchDocumentFile()
{
    const QString path = m_document ? m_document->filePath() : QString();
    const QString folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString &p : watched) {
        if (p != path && p != folder)
            m_watcher->removePath(p);
    }
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

bool WorkspaceController::checkFileOnDisk()
{
    if (!m_document || m_document->isLoading() || !m_document->isChangedOnDisk())
        return false;
    const QDateTime modified = QFileInfo(m_document->filePath()).lastModified();
    if (modified == m_askedAboutChange)
        return false; // this version was already answered
    m_askedAboutChange = modified;
    const QString name = QDir::toNativeSeparators(m_document->filePath());
    if (!m_document->isModified()) {
        const int choice = UiPrompts::choose(
            m_window, QMessageBox::Warning, tr("File Changed on Disk"),
            tr("%1 was changed on disk by another program.\n\nReload it to see that version, "
               "or keep the one shown here (Save will then ask before writing over the other "
               "version).")
                .arg(name),
            {tr("&Reload"), tr("&Keep Mine")}, 0, 1);
        return choice == 0 && reload();
    }
    WorkspaceFile::LoadResult disk;
    const MappingMerge merge = m_document->planMergeFromDisk(&disk);
    QString text = tr("%1 was changed on disk by another program, and you have unsaved changes "
                      "here.\n\nReload it to see the other version (your unsaved changes are "
                      "lost), or keep yours (Save will then ask before writing over the other "
                      "version).")
                       .arg(name);
    QStringList buttons = {tr("&Reload"), tr("&Keep Mine")};
    const bool sameContent =
        merge.possible && merge.added == 0 && merge.updated == 0 && merge.removed == 0;
    if (sameContent) {
        // Rewritten with the same workspace (a formatter, a sync tool, a checkout): there is
        // nothing of theirs to merge, and saying "changed only segment mappings (0 …)" misleads.
        text += QStringLiteral("\n\n") +
                tr("The other version holds the same workspace as the one last read or saved "
                   "here: only the file was written again. Keep Mine loses nothing of it.");
    } else if (merge.possible) {
        text += QStringLiteral("\n\n") +
                tr("The other program changed only segment mappings (%1), none of which you "
                   "changed here: Merge adds its changes to yours as one step you can undo.")
                    .arg(merge.summary());
        buttons.insert(1, tr("&Merge"));
    } else if (disk.ok && !merge.reason.isEmpty()) {
        text += QStringLiteral("\n\n") +
                tr("Merging is not possible: %1").arg(ColonText::continued(merge.reason));
    }
    const int keepMine = int(buttons.size()) - 1;
    const int choice = UiPrompts::choose(m_window, QMessageBox::Warning, tr("File Changed on Disk"),
                                         text, buttons, 0, keepMine);
    if (choice == 0)
        return reload();
    if (merge.possible && choice == 1) {
        m_document->mergeFromDisk(merge, disk);
        Q_EMIT statusMessage([merge] {
            return tr("Merged from disk: %1. Save to keep both versions' changes.")
                .arg(merge.summary());
        });
        return true;
    }
    return false;
}

bool WorkspaceController::reload()
{
    const QString path = m_document->filePath();
    QString error;
    if (!m_document->load(path, &error)) {
        UiPrompts::inform(m_window, QMessageBox::Warning, tr("Reload"),
                          tr("%1 could not be read, so the version shown here stays open. "
                             "Nothing was saved.\n\n%2")
                              .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    Q_EMIT statusMessage(
        [name = m_document->displayName()] { return tr("Reloaded %1.").arg(name); });
    return true;
}

bool WorkspaceController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const int choice = UiPrompts::choose(
        m_window, QMessageBox::Warning, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved.\n\nSave them before you go on? If you discard "
           "them, they are lost.")
            .arg(m_document->displayName()),
        {tr("&Save"), tr("&Discard"), tr("Cancel")}, 0, 2);
    if (choice == 0)
        return save();
    if (choice == 1)
        Q_EMIT changesDiscarded();
    return choice == 1;
}

bool WorkspaceController::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    auto overwrite = WorkspaceDocument::Overwrite::OnlyIfUnchanged;
    if (m_document->isChangedOnDisk()) {
        const int choice = UiPrompts::choose(
            m_window, QMessageBox::Warning, tr("File Changed on Disk"),
            tr("%1 was changed on disk by another program since it was opened here.\n\nSave "
               "your version over it (the other version's changes are then only in the backup "
               "copy, if one could be written), reload the other version (your unsaved changes "
               "are lost), or cancel and use Save As to keep both.")
                .arg(QDir::toNativeSeparators(m_document->filePath())),
            {tr("&Overwrite"), tr("&Reload"), tr("Cancel")}, 2, 2);
        if (choice == 1)
            reload();
        if (choice != 0)
            return false;
        overwrite = WorkspaceDocument::Overwrite::EvenIfChangedOnDisk;
    }
    QString error;
    if (!m_document->save(&error, overwrite)) {
        UiPrompts::inform(m_window, QMessageBox::Critical, tr("Save Failed"),
                          tr("%1 was not saved. The file on disk is unchanged and your edits are "
                             "still open here; try Save As to keep them elsewhere.\n\n%2")
                              .arg(m_document->displayName(), error));
        return false;
    }
    addRecentFile(m_document->filePath());
    reportSaved();
    return true;
}

void WorkspaceController::reportSaved()
{
    const QString warning = m_document->lastSaveWarning();
    if (warning.isEmpty()) {
        Q_EMIT statusMessage(
            [name = m_document->displayName()] { return tr("Saved %1.").arg(name); });
        return;
    }
    Q_EMIT statusMessage([warning] { return warning; }); // written by the model when it saved
    UiPrompts::inform(m_window, QMessageBox::Warning, tr("Saved Without Backup"), warning);
}

bool WorkspaceController::saveAs()
{
    const QString current = m_document->filePath();
    const QString suggestion =
        QDir(workspaceFolder())
            .filePath(current.isEmpty() ? tr("workspace", "the default file name, before .json") +
                                              QStringLiteral(".json")
                                        : QFileInfo(current).fileName());
    QString path = UiPrompts::saveFileName(m_window, tr("Save Workspace As"), suggestion,
                                           tr("DCS Desk workspaces (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (m_settingsEnabled)
        FileFolders::remember(FileFolders::Kind::Workspace, path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        UiPrompts::inform(m_window, QMessageBox::Critical, tr("Save Failed"),
                          tr("The workspace was not saved as %1. Your edits are still open "
                             "here.\n\n%2")
                              .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    addRecentFile(path);
    Q_EMIT fileChanged();
    reportSaved();
    return true;
}

bool WorkspaceController::openWorkspace(const QString &path)
{
    // Unsaved edits of this file that a crash left behind come before the file itself: when
    // restored, they open instead of it, so the older version on disk is never shown first.
    if (recoveryCopies(path) > 0 && offerRecovery(path)) {
        addRecentFile(path);
        Q_EMIT fileChanged();
        warnIfOpenElsewhere(path);
        return true;
    }
    QString error;
    if (!m_document->load(path, &error)) {
        UiPrompts::inform(m_window, QMessageBox::Warning, tr("Open Workspace"),
                          tr("%1 could not be opened. The workspace you had open is "
                             "unchanged.\n\n%2")
                              .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    addRecentFile(path);
    Q_EMIT fileChanged();
    Q_EMIT statusMessage([name = m_document->displayName()] { return tr("Opened %1.").arg(name); });
    warnIfOpenElsewhere(path);
    return true;
}

void WorkspaceController::warnIfOpenElsewhere(const QString &path)
{
    if (!m_recovery)
        return;
    const QList<RecoveryStore::Entry> others = m_recovery->openElsewhere(path);
    if (others.isEmpty())
        return;
    const RecoveryStore::Entry &other = others.first();
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString when = DateText::dateTime(other.writtenAt.toLocalTime());
    UiPrompts::inform(
        m_window, QMessageBox::Information, tr("Already Open in Another Window"),
        (other.changes > 0
             ? tr("%1 is also open in another DCS Desk window, which has %n unsaved change(s) "
                  "to it (copied at %2).",
                  nullptr, other.changes)
             : tr("%1 is also open in another DCS Desk window, which has unsaved changes to it "
                  "(copied at %2)."))
                .arg(name, when) +
            QStringLiteral("\n\n") +
            tr("You can edit it here too: whichever window saves second is asked before it "
               "writes over the other's save. To keep one version, close the file in one of "
               "the windows."));
}

QString WorkspaceController::workspaceFolder() const
{
    // The data folder is DCS Desk's own (the sample's copy, recovery copies): a user's work
    // saved there is hard to find again, so a file there does not set where the dialogs start.
    const QString current = m_document->filePath();
    if (!current.isEmpty()) {
        const QString folder = QDir::cleanPath(QFileInfo(current).absolutePath());
        const QString data = QDir::cleanPath(AppPaths::dataDir());
        if (folder != data && !folder.startsWith(data + QLatin1Char('/')))
            return folder;
    }
    return m_settingsEnabled ? FileFolders::folder(FileFolders::Kind::Workspace)
                             : FileFolders::documents();
}

bool WorkspaceController::chooseAndOpen()
{
    if (!maybeSave())
        return false;
    const QString path = UiPrompts::openFileName(m_window, tr("Open Workspace"), workspaceFolder(),
                                                 tr("DCS Desk workspaces (*.json);;All files (*)"));
    if (m_settingsEnabled)
        FileFolders::remember(FileFolders::Kind::Workspace, path);
    return !path.isEmpty() && openWorkspace(path);
}

bool WorkspaceController::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        UiPrompts::inform(m_window, QMessageBox::Warning, tr("Open Workspace"),
                          tr("%1 no longer exists; it is removed from the recent files.")
                              .arg(QDir::toNativeSeparators(path)));
        QStringList remaining = recentFiles();
        remaining.removeAll(path);
        setRecentFiles(remaining);
        return false;
    }
    return maybeSave() && openWorkspace(path);
}

void WorkspaceController::newWorkspace()
{
    if (!maybeSave())
        return;
    Workspace ws;
    ws.name = tr("Untitled");
    adoptNewWorkspace(ws);
}

void WorkspaceController::adoptNewWorkspace(const Workspace &workspace)
{
    Workspace ws = workspace;
    if (ws.profiles.isEmpty()) {
        Profile local;
        local.name = tr("Local sandbox");
        local.alias = QStringLiteral("sample");
        ws.profiles.append(local);
    }
    m_document->reset(ws);
    Q_EMIT statusMessage([] { return tr("New workspace. Use Save As to give it a file."); });
}

QString WorkspaceController::lastWorkspace()
{
    for (const QString &path : QSettings().value(QLatin1String(kRecentKey)).toStringList()) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

QString WorkspaceController::shortFolder(const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    const QString home = QDir::homePath();
    if (folder == home)
        return QStringLiteral("~");
    if (folder.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + QDir::toNativeSeparators(folder.mid(home.size()));
    return QDir::toNativeSeparators(folder);
}

QStringList WorkspaceController::recentFiles() const
{
    if (!m_settingsEnabled)
        return {};
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void WorkspaceController::clearRecentFiles()
{
    if (m_settingsEnabled)
        QSettings().remove(QLatin1String(kRecentKey));
}

void WorkspaceController::setRecentFiles(const QStringList &files)
{
    if (!m_settingsEnabled)
        return;
    QSettings settings;
    settings.setValue(QLatin1String(kRecentKey), files);
    keepPrivate(settings);
}

void WorkspaceController::keepPrivate(QSettings &settings)
{
    // The settings name the user's files and folders: the user's eyes only.
    settings.sync();
    PrivateFiles::makeFolder(QFileInfo(settings.fileName()).absolutePath());
    PrivateFiles::restrict(settings.fileName());
}

void WorkspaceController::addRecentFile(const QString &path)
{
    if (!m_settingsEnabled || path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    setRecentFiles(files);
}

void WorkspaceController::keepRecoveryCopies()
{
    if (m_recovery)
        return;
    m_recovery = new RecoveryStore(m_document, this);
    connect(this, &WorkspaceController::changesDiscarded, m_recovery,
            &RecoveryStore::discardByUser);
}

void WorkspaceController::writeRecoveryNow()
{
    if (m_recovery)
        m_recovery->writeNow();
}

QList<RecoveryStore::Entry> WorkspaceController::recoveryEntries(const QString &forPath) const
{
    if (m_recovery)
        return m_recovery->leftByOthers(forPath);
    QList<RecoveryStore::Entry> entries;
    for (const RecoveryStore::Entry &e : RecoveryStore::pending()) {
        if (!e.runIsOpen && (forPath.isEmpty() || QFileInfo(e.originalPath) == QFileInfo(forPath)))
            entries.append(e);
    }
    return entries;
}

int WorkspaceController::recoveryCopies(const QString &forPath) const
{
    return int(recoveryEntries(forPath).size());
}

bool WorkspaceController::offerRecovery(const QString &forPath)
{
    const QList<RecoveryStore::Entry> pending = recoveryEntries(forPath);
    if (pending.isEmpty())
        return false;
    const RecoveryStore::Entry &entry = pending.first(); // the newest; others wait their turn
    const QString name = entry.originalPath.isEmpty()
                             ? tr("an untitled workspace")
                             : QDir::toNativeSeparators(entry.originalPath);
    const QString when = DateText::dateTime(entry.writtenAt.toLocalTime());
    const int choice = UiPrompts::choose(
        m_window, QMessageBox::Question, tr("Recover Unsaved Changes"),
        (entry.changes > 0
             ? tr("DCS Desk was closed without saving %n change(s) to %1. A copy of them from "
                  "%2 was kept.\n\nRestore them now? If you discard them, they are gone.",
                  nullptr, entry.changes)
             : tr("DCS Desk was closed without saving the changes to %1. A copy of them from %2 "
                  "was kept.\n\nRestore them now? If you discard them, they are gone."))
            .arg(name, when),
        {tr("&Restore"), tr("&Discard", "the recovered changes"), tr("Not Now")}, 0, 2);
    if (choice == 1) {
        RecoveryStore::remove(entry);
        return false;
    }
    if (choice != 0)
        return false;
    QString error;
    if (!m_document->restoreRecovery(entry.recoveryPath, entry.originalPath, &error)) {
        UiPrompts::inform(
            m_window, QMessageBox::Warning, tr("Recover Unsaved Changes"),
            tr("The copy could not be restored; it is kept in %1.\n\n%2")
                .arg(QDir::toNativeSeparators(QFileInfo(entry.recoveryPath).path()), error));
        return false;
    }
    if (m_recovery)
        m_recovery->adoptCopy(entry.recoveryPath); // kept until this run's copy or a save has it
    else
        RecoveryStore::remove(entry);
    return true;
}

} // namespace dcsdesk
