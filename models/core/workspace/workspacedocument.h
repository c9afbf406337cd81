#pragma once

#include "changeset.h"
#include "mappingmerge.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUndoStack>

namespace dcsdesk {

class ChangeSetCommand;

// The open workspace: the data, the file it came from and the one undo stack every edit goes
// through (Tiled's Document pattern). Item models and views observe its signals; nothing else
// changes the data.
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    const Workspace &workspace() const { return m_workspace; }
    // Read-only: only the document pushes commands, so no edit can bypass it.
    const QUndoStack *undoStack() const { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isModified() const { return !m_undoStack.isClean() || m_modifiedWithoutUndo; }

    // File operations; false with a translated message, and the open workspace is untouched.
    bool load(const QString &path, QString *error);
    // The same as load(), but the file is read and parsed on a worker thread (it only builds
    // data) and the workspace replaced here once it is ready, so a window can paint first.
    // Emits loadingStarted now and workspaceLoaded when done; a load(), reset() or another
    // loadInBackground() meanwhile supersedes it (workspaceLoaded(false, {}) then).
    void loadInBackground(const QString &path);
    bool isLoading() const { return m_loading; }
    QString loadingPath() const { return m_loadingPath; }
    // Save refuses to write over a file that changed on disk since it was read or written here,
    // unless told to (the user chose to keep this version).
    enum class Overwrite { OnlyIfUnchanged, EvenIfChangedOnDisk };
    bool save(QString *error, Overwrite overwrite = Overwrite::OnlyIfUnchanged);
    bool saveAs(const QString &path, QString *error);
    // The file on disk is no longer what was read or written here (another program wrote it).
    bool isChangedOnDisk() const;
    // The file changed on disk: whether its changes can be joined with the unsaved edits here
    // (only mappings changed there, none that were changed here). `disk` receives the file as it
    // is now; the plan is not possible when the version last read here is not known.
    MappingMerge planMergeFromDisk(WorkspaceFile::LoadResult *disk) const;
    // Applies a possible plan as one undo step; the file on disk becomes the version this one
    // is compared with, so Save writes the joined version without asking again.
    void mergeFromDisk(const MappingMerge &merge, const WorkspaceFile::LoadResult &disk);
    // What went wrong beside the last save that succeeded (no backup copy); empty if nothing.
    QString lastSaveWarning() const { return m_lastSaveWarning; }
    void reset(const Workspace &workspace, const QString &path = QString());
    // Content that exists nowhere else yet (a pull into a new workspace): closing asks to save.
    void markUnsaved() { setModifiedWithoutUndo(true); }
    // Opens a recovery copy (RecoveryStore) as unsaved edits of originalPath.
    bool restoreRecovery(const QString &recoveryPath, const QString &originalPath, QString *error);

    // Edits: each pushes exactly one undo command. Field edits in a row on the same field merge.
    void setProfileField(int index, int field, const QVariant &value);
    void setSegmentField(qint64 sid, int field, const QVariant &value);
    void setDestinationField(qint64 id, int field, const QVariant &value);
    void setMappingField(qint64 id, int field, const QVariant &value);
    void apply(const ChangeSet &changes, const QString &text);

    // Removes destinations, and their mappings only when told to (the AAM rule: a destination
    // with mappings cannot be deleted; the UI asks first).
    void removeDestinations(const QList<qint64> &ids, bool alsoMappings);
    // Removes segments and, when told to, the mappings that use them.
    void removeSegments(const QList<qint64> &sids, bool alsoMappings);

public Q_SLOTS:
    void undo() { m_undoStack.undo(); }
    void redo() { m_undoStack.redo(); }

Q_SIGNALS:
    void aboutToReset(dcsdesk::EntityKind kind);
    void resetDone(dcsdesk::EntityKind kind);
    void aboutToAppend(dcsdesk::EntityKind kind, int first, int last);
    void appended(dcsdesk::EntityKind kind, int first, int last);
    void changed(dcsdesk::EntityKind kind, const QVector<int> &indexes);
    void workspaceReplaced(); // a whole new workspace was loaded or reset
    void contentChanged();    // after any change, for summaries (validation, counts)
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly); // e.g. a newer format opened, or saved elsewhere
    void loadingStarted(const QString &path);
    // The end of loadInBackground(): error is the translated message of load() when ok is
    // false, and empty when the load was superseded.
    void workspaceLoaded(bool ok, const QString &error);

private:
    friend class ChangeSetCommand;
    void setModifiedWithoutUndo(bool modified);
    void changeField(EntityKind kind, qint64 key, int field, const QVariant &value);
    bool adopt(const WorkspaceFile::LoadResult &result, const QString &path, QString *error,
               bool indexed = false);
    void replace(const Workspace &workspace, const QString &path, bool indexed);
    void finishLoading(bool ok, const QString &error);
    bool saveTo(const QString &path, const WorkspaceFile::Stamp &knownStamp, QString *error);

    Workspace m_workspace;
    QUndoStack m_undoStack;
    QString m_filePath;
    WorkspaceFile::Stamp m_stamp;
    Workspace m_onDisk; // the file as last read or written here (implicitly shared)
    bool m_onDiskKnown = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_lastSaveWarning;
    bool m_modifiedWithoutUndo = false; // e.g. a migrated file that has not been saved yet
    bool m_loading = false;
    QString m_loadingPath;
    quint64 m_generation = 0; // bumped by every reset: a background load older than it is stale
    QFutureWatcher<WorkspaceFile::LoadResult> *m_loadWatcher = nullptr;
};

} // namespace dcsdesk
