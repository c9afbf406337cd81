#pragma once

#include "common/statustext.h"
#include "workspace/recoverystore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;
class QSettings;
class QWidget;

namespace dcsdesk {

class WorkspaceDocument;
struct Workspace;

// What File › New, Open, Open Recent, Save and Save As do to the document, the recovery of
// unsaved edits after a crash, and the questions they ask: a change is never dropped without Save / Discard / Cancel, a failed open leaves the
// open workspace as it was, a failed save says the file on disk is unchanged and the edits are
// still open, and a file another program changed is never written over without asking: the
// open file is watched, and a change offers Reload / Keep Mine. The list of recent files lives
// in QSettings (off for tests and screenshots).
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    // window: the parent of every question and file chooser.
    WorkspaceController(WorkspaceDocument *document, QWidget *window);

    bool openWorkspace(const QString &path); // no save question; errors shown, nothing lost
    bool chooseAndOpen();                    // File › Open: asks to save first, then a file
    bool openRecent(const QString &path);    // a vanished file is said and leaves the list
    bool maybeSave();                        // Save / Discard / Cancel when modified
    bool save();
    bool saveAs();
    void newWorkspace();
    // A workspace made elsewhere (a pull from an account) becomes the open, unsaved one; the
    // caller asked maybeSave() first.
    void adoptNewWorkspace(const Workspace &workspace);

    // Unsaved edits survive a crash: from now on a copy is written while the document is
    // modified (RecoveryStore), and dropped when the user discards the changes.
    void keepRecoveryCopies();
    void writeRecoveryNow(); // when the process is told to end: no window can ask then
    // When an earlier run left a copy of unsaved edits: Restore / Discard / Not Now. True when
    // the document now holds the restored edits; a copy that cannot be restored is kept.
    bool offerRecovery(const QString &forPath = QString());
    // Tells the user when another running instance holds unsaved edits of the file just opened.
    void warnIfOpenElsewhere(const QString &path);
    // Recovery copies an earlier run left of forPath (or of any workspace when it is empty).
    int recoveryCopies(const QString &forPath = QString()) const;

    // Looks at the open file now (the watcher calls it once writes settle): when another program
    // changed it, asks Reload / Keep Mine once per version of the file. True when reloaded.
    bool checkFileOnDisk();

    void setSettingsEnabled(bool enabled) { m_settingsEnabled = enabled; }
    QStringList recentFiles() const;
    void clearRecentFiles();
    // The workspace to reopen at start-up: the newest recent file that still exists, or empty.
    static QString lastWorkspace();
    // A file's folder for titles and menus, with the home folder as ~.
    static QString shortFolder(const QString &filePath);
    // Writes the settings now and makes their file readable by the user only.
    static void keepPrivate(QSettings &settings);

Q_SIGNALS:
    void statusMessage(const dcsdesk::StatusText &text);
    // The user chose to discard unsaved changes (recovery copies of them can go).
    void changesDiscarded();
    // The document has another file (opened, saved as): the title and banner follow.
    void fileChanged();

private:
    void watchDocumentFile();
    QList<RecoveryStore::Entry> recoveryEntries(const QString &forPath) const;
    void reportSaved();
    bool reload();
    void addRecentFile(const QString &path);
    void setRecentFiles(const QStringList &files);
    // Where Open and Save As start: the open file's folder unless it is DCS Desk's data folder
    // (the sample's copy), else the folder last chosen for a workspace, else Documents.
    QString workspaceFolder() const;

    QPointer<WorkspaceDocument> m_document;
    QWidget *m_window;
    RecoveryStore *m_recovery = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_settle;              // writes come in bursts (an atomic save is remove + rename)
    QDateTime m_askedAboutChange; // the modification time of the version the user was asked about
    bool m_settingsEnabled = true;
};

} // namespace dcsdesk
