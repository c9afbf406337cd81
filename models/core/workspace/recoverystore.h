#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace dcsdesk {

class WorkspaceDocument;

// Unsaved edits survive a crash: while the document has unsaved changes, a copy is written to
// the data folder's recovery/ folder every interval (serialized off the UI thread from an
// implicitly shared snapshot); saving or discarding the changes removes it. Each run writes
// its own copy (<file hash>-<run>.json), and removes only that one: a copy left by a crash stays
// until the user restores or discards it, whichever way the workspace is opened next. Each run
// also holds a lock (<run>.lock) for its life, so that a second instance tells a crashed run's
// copy (offered) from the copy of a run that is still open (never offered, never deleted).
class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString recoveryPath; // the copy with the unsaved edits
        QString originalPath; // the workspace it belongs to; empty for an untitled one
        QDateTime writtenAt;
        int changes = -1; // undo steps since the file was last saved; -1 when not known
        bool runIsOpen = false; // written by a run that is still running (this one or another)
    };

    explicit RecoveryStore(WorkspaceDocument *document, QObject *parent = nullptr);
    ~RecoveryStore() override;

    void setInterval(int milliseconds);
    // Writes the copy now if there are unsaved changes; returns when it is written (tests, quit).
    void writeNow();
    // Removes the copy this store wrote (after a save, or when another workspace replaces the
    // open one), and an adopted one.
    void discard();
    // The user chose Discard for the unsaved changes: their copy goes, and none is written of
    // them again (a timer tick while another question is open, a signal before the process
    // ends), so the next start does not offer what the user threw away. The next edit is kept
    // again, and a crash before the user answers still leaves the copy to recover.
    void discardByUser();
    // The document now holds the edits of an earlier run's copy (restored): that copy stays
    // until this store has written its own, a save includes them, or the user discards them.
    void adoptCopy(const QString &recoveryPath);
    QString recoveryPath() const; // where this run's copy of the open workspace goes

    static QString folder();
    static QList<Entry> pending(); // every copy in the folder, newest first
    // Copies left by runs that ended without saving, newest first; only those of originalPath
    // when given. Never this run's copy, nor that of another instance still running.
    QList<Entry> leftByOthers(const QString &originalPath = QString()) const;
    // Copies of originalPath kept by other instances that are still running: unsaved edits of
    // the same file in another window.
    QList<Entry> openElsewhere(const QString &originalPath) const;
    static void remove(const Entry &entry);

Q_SIGNALS:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void maybeWrite();
    WorkspaceDocument *m_document;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher;
    quint64 m_changesSinceWrite = 0;
    bool m_discardedByUser = false; // no copy of the changes the user discarded; until an edit
    QString m_runKey;      // makes this run's copies its own
    QString m_writtenPath; // the copy this store wrote and may remove
    QString m_adoptedPath; // a restored earlier copy, removed once this run's copy has its edits
    std::unique_ptr<QLockFile> m_runLock; // held while this run lives
    void dropAdopted();
    int unsavedSteps() const;
};

} // namespace dcsdesk
