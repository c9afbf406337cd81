#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace dcsdesk {

class WorkspaceDocument;

// Unsaved edits survive a crash: while the document has unsaved changes, a copy is written to
// the data folder's recovery/ folder every interval (serialized off the UI thread from an
// implicitly shared snapshot); saving or closing cleanly removes it. At the next start the app
// lists what is left and offers to restore it.
class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString recoveryPath; // the copy with the unsaved edits
        QString originalPath; // the workspace it belongs to; empty for an untitled one
        QDateTime writtenAt;
    };

    explicit RecoveryStore(WorkspaceDocument *document, QObject *parent = nullptr);
    ~RecoveryStore() override;

    void setInterval(int milliseconds);
    // Writes the copy now if there are unsaved changes; returns when it is written (tests, quit).
    void writeNow();
    // Removes this document's copy (after a save, or when the user discards the changes).
    void discard();
    QString recoveryPath() const;

    static QString folder();
    static QList<Entry> pending(); // copies left by earlier runs, newest first
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
    QString m_untitledKey;
};

} // namespace dcsdesk
