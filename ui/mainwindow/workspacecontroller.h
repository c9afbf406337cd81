#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace dcsdesk {

class RecoveryStore;
class WorkspaceDocument;

// What File › New, Open, Open Recent, Save and Save As do to the document, the recovery of
// unsaved edits after a crash, and the questions they ask: a change is never dropped without Save / Discard / Cancel, a failed open leaves the
// open workspace as it was, a failed save says the file on disk is unchanged and the edits are
// still open. The list of recent files lives in QSettings (off for tests and screenshots).
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

    // Unsaved edits survive a crash: from now on a copy is written while the document is
    // modified (RecoveryStore), and dropped when the user discards the changes.
    void keepRecoveryCopies();
    // When an earlier run left a copy of unsaved edits: Restore / Discard / Not Now. True when
    // the document now holds the restored edits; a copy that cannot be restored is kept.
    bool offerRecovery();

    void setSettingsEnabled(bool enabled) { m_settingsEnabled = enabled; }
    QStringList recentFiles() const;
    void clearRecentFiles();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // The user chose to discard unsaved changes (recovery copies of them can go).
    void changesDiscarded();
    // The document has another file (opened, saved as): the title and banner follow.
    void fileChanged();

private:
    void addRecentFile(const QString &path);
    void setRecentFiles(const QStringList &files);

    QPointer<WorkspaceDocument> m_document;
    QWidget *m_window;
    RecoveryStore *m_recovery = nullptr;
    bool m_settingsEnabled = true;
};

} // namespace dcsdesk
