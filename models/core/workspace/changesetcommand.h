#pragma once

#include "changeset.h"

#include <QUndoCommand>

namespace dcsdesk {

class WorkspaceDocument;

// The one undo command: applies a ChangeSet and remembers what it replaced and removed so undo
// restores the workspace exactly, order included. A single-field edit can merge with the next
// edit of the same field (Tiled's ChangeValue), so typing a name is one undo step.
class ChangeSetCommand : public QUndoCommand
{
public:
    enum { MergeId = 0x5d5 };

    ChangeSetCommand(WorkspaceDocument *document, ChangeSet changes, const QString &text);

    // Marks the command as a field edit that merges with the next edit of the same field.
    void setMergeKey(EntityKind kind, qint64 key, int field);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? MergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    template <typename T> struct KindState
    {
        QVector<T> added;
        QVector<QPair<int, T>> removed; // original index, ascending
        QVector<QPair<T, T>> updated;   // old, new
    };

    void captureOnce();
    void captureAamDeleted(const Workspace &ws);

    WorkspaceDocument *m_document;
    ChangeSet m_changes;
    bool m_captured = false;
    KindState<Profile> m_profiles;
    QVector<int> m_profileUpdateIndexes;
    KindState<Segment> m_segments;
    KindState<Destination> m_destinations;
    KindState<SegmentMapping> m_mappings;
    bool m_hasSavedRequests = false;
    QJsonArray m_oldSavedRequests;
    QJsonArray m_newSavedRequests;
    bool m_hasSavedRequestFolders = false;
    QJsonArray m_oldSavedRequestFolders;
    QJsonArray m_newSavedRequestFolders;
    bool m_hasEnvironments = false;
    QJsonArray m_oldEnvironments;
    QJsonArray m_newEnvironments;
    bool m_hasAamDeleted = false;
    QJsonArray m_oldAamDeleted;
    QJsonArray m_newAamDeleted;

    bool m_mergeable = false;
    EntityKind m_mergeKind = EntityKind::Destination;
    qint64 m_mergeKey = 0;
    int m_mergeField = -1;
};

} // namespace dcsdesk
