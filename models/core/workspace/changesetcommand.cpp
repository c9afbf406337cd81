#include "changesetcommand.h"

#include "aamdeletedlist.h"
#include "workspacedocument.h"

#include <QSet>
#include <algorithm>

namespace dcsdesk {

namespace {

template <typename T> struct Ops;

// How each kind is addressed and stored; keeps the apply/revert code one generic piece.
template <> struct Ops<Segment>
{
    static QVector<Segment> &list(Workspace &ws) { return ws.segments; }
    static int indexOf(const Workspace &ws, qint64 key) { return ws.segmentIndex(key); }
};
template <> struct Ops<Destination>
{
    static QVector<Destination> &list(Workspace &ws) { return ws.destinations; }
    static int indexOf(const Workspace &ws, qint64 key) { return ws.destinationIndex(key); }
};
template <> struct Ops<SegmentMapping>
{
    static QVector<SegmentMapping> &list(Workspace &ws) { return ws.mappings; }
    static int indexOf(const Workspace &ws, qint64 key) { return ws.mappingIndex(key); }
};

} // namespace

// Equal apart from the update time the document stamps on every destination edit.
template <typename T> static bool sameButForStamp(const T &a, const T &b)
{
    return a == b;
}
template <> bool sameButForStamp(const Destination &a, const Destination &b)
{
    Destination stamped = b;
    stamped.updateTime = a.updateTime;
    return a == stamped;
}

ChangeSetCommand::ChangeSetCommand(WorkspaceDocument *document, ChangeSet changes,
                                   const QString &text)
    : m_document(document), m_changes(std::move(changes))
{
    setText(text);
}

void ChangeSetCommand::setMergeKey(EntityKind kind, qint64 key, int field)
{
    m_mergeable = true;
    m_mergeKind = kind;
    m_mergeKey = key;
    m_mergeField = field;
}

template <typename T>
static void captureKind(const Workspace &ws, const QVector<T> &add, const QVector<T> &update,
                        const QVector<qint64> &remove, QVector<T> &added,
                        QVector<QPair<int, T>> &removed, QVector<QPair<T, T>> &updated)
{
    added = add;
    const QVector<T> &list = Ops<T>::list(const_cast<Workspace &>(ws));
    updated.reserve(update.size());
    for (const T &value : update) {
        const int i = Ops<T>::indexOf(ws, value.key());
        if (i >= 0 && list[i] != value)
            updated.append({list[i], value});
    }
    QSet<int> seen;
    removed.reserve(remove.size());
    for (qint64 key : remove) {
        const int i = Ops<T>::indexOf(ws, key);
        if (i >= 0 && !seen.contains(i)) {
            seen.insert(i);
            removed.append({i, list[i]});
        }
    }
    std::sort(removed.begin(), removed.end(),
              [](const QPair<int, T> &a, const QPair<int, T> &b) { return a.first < b.first; });
}

void ChangeSetCommand::captureOnce()
{
    if (m_captured)
        return;
    m_captured = true;
    const Workspace &ws = m_document->workspace();
    captureKind(ws, m_changes.addSegments, m_changes.updateSegments, m_changes.removeSegments,
                m_segments.added, m_segments.removed, m_segments.updated);
    captureKind(ws, m_changes.addDestinations, m_changes.updateDestinations,
                m_changes.removeDestinations, m_destinations.added, m_destinations.removed,
                m_destinations.updated);
    captureKind(ws, m_changes.addMappings, m_changes.updateMappings, m_changes.removeMappings,
                m_mappings.added, m_mappings.removed, m_mappings.updated);

    m_profiles.added = m_changes.addProfiles;
    for (const auto &update : m_changes.updateProfiles) {
        if (update.first >= 0 && update.first < ws.profiles.size() &&
            ws.profiles[update.first] != update.second) {
            m_profiles.updated.append({ws.profiles[update.first], update.second});
            m_profileUpdateIndexes.append(update.first);
        }
    }
    QSet<int> seen;
    for (int i : m_changes.removeProfiles) {
        if (i >= 0 && i < ws.profiles.size() && !seen.contains(i)) {
            seen.insert(i);
            m_profiles.removed.append({i, ws.profiles[i]});
        }
    }
    std::sort(m_profiles.removed.begin(), m_profiles.removed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    if (m_changes.savedRequests) {
        m_hasSavedRequests = true;
        m_oldSavedRequests = ws.savedRequests;
        m_newSavedRequests = *m_changes.savedRequests;
    }
    if (m_changes.savedRequestFolders) {
        m_hasSavedRequestFolders = true;
        m_oldSavedRequestFolders = ws.savedRequestFolders;
        m_newSavedRequestFolders = *m_changes.savedRequestFolders;
    }
    if (m_changes.environments) {
        m_hasEnvironments = true;
        m_oldEnvironments = ws.environments;
        m_newEnvironments = *m_changes.environments;
    }
    captureAamDeleted(ws);
    m_changes = ChangeSet(); // captured; free the copies
}

void ChangeSetCommand::captureAamDeleted(const Workspace &ws)
{
    QJsonArray next;
    if (m_changes.aamDeleted) {
        next = *m_changes.aamDeleted;
    } else {
        // Only a removal or an addition of an account object changes the record: a field edit
        // (every keystroke) does no work here.
        bool any = false;
        for (const auto &removed : m_destinations.removed)
            any = any || !removed.second.remote.isEmpty();
        for (const auto &removed : m_mappings.removed)
            any = any || !removed.second.remote.isEmpty();
        for (const Destination &added : m_destinations.added)
            any = any || !added.remote.isEmpty();
        for (const SegmentMapping &added : m_mappings.added)
            any = any || !added.remote.isEmpty();
        if (!any || (ws.aamDeleted.isEmpty() && m_destinations.removed.isEmpty() &&
                     m_mappings.removed.isEmpty()))
            return;
        next = AamDeletedList::afterChange(ws.aamDeleted, m_destinations.removed,
                                           m_mappings.removed, m_destinations.added,
                                           m_mappings.added);
    }
    if (next == ws.aamDeleted)
        return;
    m_hasAamDeleted = true;
    m_oldAamDeleted = ws.aamDeleted;
    m_newAamDeleted = next;
}

// Removes the items at the given ascending, unique indexes in one pass: removing them one by one
// would move the tail once per item, which is quadratic for a bulk delete of thousands of rows.
template <typename T>
static void removeIndexes(QVector<T> &list, const QVector<QPair<int, T>> &removed)
{
    QVector<T> kept;
    kept.reserve(list.size() - removed.size());
    int r = 0;
    for (int i = 0; i < list.size(); ++i) {
        if (r < removed.size() && removed[r].first == i) {
            ++r;
            continue;
        }
        kept.append(std::move(list[i]));
    }
    list = std::move(kept);
}

// Puts removed items back at their original (ascending) indexes in one merge pass.
template <typename T>
static void restoreIndexes(QVector<T> &list, const QVector<QPair<int, T>> &removed)
{
    const int total = int(list.size() + removed.size());
    QVector<T> merged;
    merged.reserve(total);
    int r = 0, src = 0;
    for (int pos = 0; pos < total; ++pos) {
        if (r < removed.size() && (removed[r].first == pos || src >= list.size()))
            merged.append(removed[r++].second);
        else
            merged.append(std::move(list[src++]));
    }
    list = std::move(merged);
}

// Applies one kind's changes forward (redo) or backward (undo) and tells the models.
template <typename T>
static void applyKind(WorkspaceDocument *doc, Workspace &ws, EntityKind kind, QVector<T> &list,
                      const QVector<T> &added, const QVector<QPair<int, T>> &removed,
                      const QVector<QPair<T, T>> &updated, const QVector<int> &updateIndexes,
                      bool forward, void (WorkspaceDocument::*aboutToReset)(EntityKind),
                      void (WorkspaceDocument::*resetDone)(EntityKind),
                      void (WorkspaceDocument::*aboutToAppend)(EntityKind, int, int),
                      void (WorkspaceDocument::*appendedSignal)(EntityKind, int, int),
                      void (WorkspaceDocument::*changedSignal)(EntityKind, const QVector<int> &),
                      int (*indexOf)(const Workspace &, const T &))
{
    // Field updates first (forward) or last (backward): they never change positions.
    auto applyUpdates = [&]() {
        if (updated.isEmpty())
            return;
        QVector<int> indexes;
        indexes.reserve(updated.size());
        for (int u = 0; u < updated.size(); ++u) {
            const T &target = forward ? updated[u].second : updated[u].first;
            const T &source = forward ? updated[u].first : updated[u].second;
            int i = updateIndexes.isEmpty() ? indexOf(ws, source) : updateIndexes[u];
            if (i < 0 || i >= list.size())
                continue;
            list[i] = target;
            indexes.append(i);
        }
        // A mapping's destination or segment, or a segment's ID, may have changed.
        if (kind == EntityKind::Mapping || kind == EntityKind::Segment)
            ws.rebuildIndex();
        Q_EMIT(doc->*changedSignal)(kind, indexes);
    };

    if (!forward && !added.isEmpty()) {
        // Undo of an append: the added items are the tail.
        Q_EMIT(doc->*aboutToReset)(kind);
        list.resize(list.size() - added.size());
        restoreIndexes(list, removed);
        ws.rebuildIndex();
        Q_EMIT(doc->*resetDone)(kind);
        applyUpdates();
        return;
    }
    if (!forward) {
        if (!removed.isEmpty()) {
            Q_EMIT(doc->*aboutToReset)(kind);
            restoreIndexes(list, removed);
            ws.rebuildIndex();
            Q_EMIT(doc->*resetDone)(kind);
        }
        applyUpdates();
        return;
    }

    applyUpdates();
    if (!removed.isEmpty()) {
        Q_EMIT(doc->*aboutToReset)(kind);
        removeIndexes(list, removed);
        if (added.isEmpty()) {
            ws.rebuildIndex();
            Q_EMIT(doc->*resetDone)(kind);
            return;
        }
        list.append(added);
        ws.rebuildIndex();
        Q_EMIT(doc->*resetDone)(kind);
        return;
    }
    if (!added.isEmpty()) {
        const int first = int(list.size());
        const int last = first + int(added.size()) - 1;
        Q_EMIT(doc->*aboutToAppend)(kind, first, last);
        list.append(added);
        ws.rebuildIndex();
        Q_EMIT(doc->*appendedSignal)(kind, first, last);
    }
}

void ChangeSetCommand::redo()
{
    captureOnce();
    Workspace &ws = m_document->m_workspace;
    auto run = [&](auto &state, EntityKind kind, auto &list, const QVector<int> &updateIndexes,
                   auto indexOf) {
        applyKind(m_document, ws, kind, list, state.added, state.removed, state.updated,
                  updateIndexes, true, &WorkspaceDocument::aboutToReset,
                  &WorkspaceDocument::resetDone, &WorkspaceDocument::aboutToAppend,
                  &WorkspaceDocument::appended, &WorkspaceDocument::changed, indexOf);
    };
    // Parents before children when adding; the order does not matter for removal.
    run(
        m_profiles, EntityKind::Profile, ws.profiles, m_profileUpdateIndexes,
        +[](const Workspace &, const Profile &) { return -1; });
    run(
        m_segments, EntityKind::Segment, ws.segments, QVector<int>(),
        +[](const Workspace &w, const Segment &v) { return Ops<Segment>::indexOf(w, v.key()); });
    run(
        m_destinations, EntityKind::Destination, ws.destinations, QVector<int>(),
        +[](const Workspace &w, const Destination &v) {
            return Ops<Destination>::indexOf(w, v.key());
        });
    run(
        m_mappings, EntityKind::Mapping, ws.mappings, QVector<int>(),
        +[](const Workspace &w, const SegmentMapping &v) {
            return Ops<SegmentMapping>::indexOf(w, v.key());
        });
    if (m_hasSavedRequests)
        ws.savedRequests = m_newSavedRequests;
    if (m_hasSavedRequestFolders)
        ws.savedRequestFolders = m_newSavedRequestFolders;
    if (m_hasEnvironments)
        ws.environments = m_newEnvironments;
    if (m_hasAamDeleted)
        ws.aamDeleted = m_newAamDeleted;
    Q_EMIT m_document->contentChanged();
}

void ChangeSetCommand::undo()
{
    Workspace &ws = m_document->m_workspace;
    auto run = [&](auto &state, EntityKind kind, auto &list, const QVector<int> &updateIndexes,
                   auto indexOf) {
        applyKind(m_document, ws, kind, list, state.added, state.removed, state.updated,
                  updateIndexes, false, &WorkspaceDocument::aboutToReset,
                  &WorkspaceDocument::resetDone, &WorkspaceDocument::aboutToAppend,
                  &WorkspaceDocument::appended, &WorkspaceDocument::changed, indexOf);
    };
    run(
        m_mappings, EntityKind::Mapping, ws.mappings, QVector<int>(),
        +[](const Workspace &w, const SegmentMapping &v) {
            return Ops<SegmentMapping>::indexOf(w, v.key());
        });
    run(
        m_destinations, EntityKind::Destination, ws.destinations, QVector<int>(),
        +[](const Workspace &w, const Destination &v) {
            return Ops<Destination>::indexOf(w, v.key());
        });
    run(
        m_segments, EntityKind::Segment, ws.segments, QVector<int>(),
        +[](const Workspace &w, const Segment &v) { return Ops<Segment>::indexOf(w, v.key()); });
    run(
        m_profiles, EntityKind::Profile, ws.profiles, m_profileUpdateIndexes,
        +[](const Workspace &, const Profile &) { return -1; });
    if (m_hasSavedRequests)
        ws.savedRequests = m_oldSavedRequests;
    if (m_hasSavedRequestFolders)
        ws.savedRequestFolders = m_oldSavedRequestFolders;
    if (m_hasEnvironments)
        ws.environments = m_oldEnvironments;
    if (m_hasAamDeleted)
        ws.aamDeleted = m_oldAamDeleted;
    Q_EMIT m_document->contentChanged();
}

bool ChangeSetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeSetCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_mergeKind != m_mergeKind ||
        next->m_mergeKey != m_mergeKey || next->m_mergeField != m_mergeField)
        return false;
    // Keep our "old" values, take the other's "new" values. An edit typed and changed back
    // ends where it began: the command is obsolete and QUndoStack drops it (Tiled does the same),
    // so no empty step is left and the document is clean again.
    auto mergeUpdates = [this](auto &mine, const auto &theirs) {
        if (mine.size() != 1 || theirs.size() != 1)
            return false;
        mine[0].second = theirs[0].second;
        if (sameButForStamp(mine[0].first, mine[0].second)) {
            undo(); // back to the entity as it was, its update time included
            setObsolete(true);
        }
        return true;
    };
    switch (m_mergeKind) {
    case EntityKind::Profile:
        if (m_profileUpdateIndexes != next->m_profileUpdateIndexes)
            return false;
        return mergeUpdates(m_profiles.updated, next->m_profiles.updated);
    case EntityKind::Segment:
        return mergeUpdates(m_segments.updated, next->m_segments.updated);
    case EntityKind::Destination:
        return mergeUpdates(m_destinations.updated, next->m_destinations.updated);
    case EntityKind::Mapping:
        return mergeUpdates(m_mappings.updated, next->m_mappings.updated);
    }
    return false;
}

} // namespace dcsdesk
