#include "workspacedocument.h"

#include "changesetcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent>

namespace dcsdesk {

WorkspaceDocument::WorkspaceDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { Q_EMIT modifiedChanged(isModified()); });
}

WorkspaceDocument::~WorkspaceDocument() = default;

QString WorkspaceDocument::displayName() const
{
    if (m_filePath.isEmpty())
        return m_workspace.name.isEmpty() ? tr("Untitled") : m_workspace.name;
    return QFileInfo(m_filePath).fileName();
}

void WorkspaceDocument::setModifiedWithoutUndo(bool modified)
{
    const bool before = isModified();
    m_modifiedWithoutUndo = modified;
    if (before != isModified())
        Q_EMIT modifiedChanged(isModified());
}

void WorkspaceDocument::reset(const Workspace &workspace, const QString &path)
{
    replace(workspace, path, false);
}

void WorkspaceDocument::replace(const Workspace &workspace, const QString &path, bool indexed)
{
    for (EntityKind k :
         {EntityKind::Profile, EntityKind::Segment, EntityKind::Destination, EntityKind::Mapping})
        Q_EMIT aboutToReset(k);
    ++m_generation;
    m_workspace = workspace;
    if (!indexed)
        m_workspace.rebuildIndex();
    m_undoStack.clear();
    const bool wasReadOnly = m_readOnly;
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_filePath = path;
    m_stamp = path.isEmpty() ? WorkspaceFile::Stamp() : WorkspaceFile::stampOf(path);
    m_onDisk = Workspace();
    m_onDiskKnown = false;
    for (EntityKind k :
         {EntityKind::Profile, EntityKind::Segment, EntityKind::Destination, EntityKind::Mapping})
        Q_EMIT resetDone(k);
    setModifiedWithoutUndo(false);
    Q_EMIT filePathChanged(m_filePath);
    if (wasReadOnly)
        Q_EMIT readOnlyChanged(false);
    Q_EMIT workspaceReplaced();
    Q_EMIT contentChanged();
}

bool WorkspaceDocument::load(const QString &path, QString *error)
{
    const bool wasLoading = m_loading;
    const bool ok = adopt(WorkspaceFile::load(path), path, error);
    if (wasLoading && m_loading)
        finishLoading(false, QString()); // superseded by this load, even when it failed
    return ok;
}

void WorkspaceDocument::loadInBackground(const QString &path)
{
    if (m_loading)
        finishLoading(false, QString());
    m_loading = true;
    m_loadingPath = path;
    const quint64 generation = ++m_generation;
    // A watcher per load: a superseded one is left to finish and then only deletes itself.
    auto *watcher = new QFutureWatcher<WorkspaceFile::LoadResult>(this);
    m_loadWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path]() {
        watcher->deleteLater();
        if (watcher != m_loadWatcher)
            return; // superseded by another load, which has reported the end of this one
        if (generation != m_generation) {
            finishLoading(false, QString()); // a reset() came first: keep what it put there
            return;
        }
        QString error;
        const bool ok = adopt(watcher->result(), path, &error, true);
        finishLoading(ok, error);
    });
    Q_EMIT loadingStarted(path);
    watcher->setFuture(QtConcurrent::run([path]() {
        WorkspaceFile::LoadResult result = WorkspaceFile::load(path);
        result.workspace.rebuildIndex(); // here rather than on the UI thread
        return result;
    }));
}

void WorkspaceDocument::finishLoading(bool ok, const QString &error)
{
    m_loading = false;
    m_loadingPath.clear();
    m_loadWatcher = nullptr;
    Q_EMIT workspaceLoaded(ok, error);
}

bool WorkspaceDocument::adopt(const WorkspaceFile::LoadResult &result, const QString &path,
                              QString *error, bool indexed)
{
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    replace(result.workspace, path, indexed);
    m_stamp = result.stamp;
    m_onDisk = m_workspace;
    m_onDiskKnown = true;
    if (result.newerVersion) {
        m_readOnly = true;
        m_readOnlyReason =
            tr("This workspace was written by a newer version of DCS Desk (format %1). It is "
               "open read-only so nothing in it is lost; use Save As to keep a copy in this "
               "version's format.")
                .arg(result.fileVersion);
    }
    if (result.migrated)
        setModifiedWithoutUndo(true);
    Q_EMIT readOnlyChanged(m_readOnly);
    return true;
}

bool WorkspaceDocument::restoreRecovery(const QString &recoveryPath, const QString &originalPath,
                                        QString *error)
{
    const WorkspaceFile::LoadResult result = WorkspaceFile::load(recoveryPath);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    reset(result.workspace, originalPath);
    setModifiedWithoutUndo(true);
    return true;
}

bool WorkspaceDocument::isChangedOnDisk() const
{
    if (m_filePath.isEmpty() || m_stamp.size < 0 || !QFileInfo::exists(m_filePath))
        return false;
    return !(WorkspaceFile::stampOf(m_filePath) == m_stamp);
}

bool WorkspaceDocument::save(QString *error, Overwrite overwrite)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The workspace has no file yet. Use Save As.");
        return false;
    }
    if (m_readOnly) {
        if (error)
            *error = m_readOnlyReason;
        return false;
    }
    return saveTo(m_filePath,
                  overwrite == Overwrite::EvenIfChangedOnDisk ? WorkspaceFile::Stamp() : m_stamp,
                  error);
}

bool WorkspaceDocument::saveAs(const QString &path, QString *error)
{
    const bool samePath = QFileInfo(path) == QFileInfo(m_filePath) && !m_filePath.isEmpty();
    if (samePath && m_readOnly) {
        if (error)
            *error = m_readOnlyReason;
        return false;
    }
    return saveTo(path, samePath ? m_stamp : WorkspaceFile::Stamp(), error);
}

bool WorkspaceDocument::saveTo(const QString &path, const WorkspaceFile::Stamp &knownStamp,
                               QString *error)
{
    WorkspaceFile::Stamp newStamp;
    m_lastSaveWarning.clear();
    if (!WorkspaceFile::save(m_workspace, path, knownStamp, &newStamp, error, &m_lastSaveWarning))
        return false;
    m_stamp = newStamp;
    m_onDisk = m_workspace;
    m_onDiskKnown = true;
    const bool wasReadOnly = m_readOnly;
    m_readOnly = false;
    m_readOnlyReason.clear();
    if (wasReadOnly)
        Q_EMIT readOnlyChanged(false);
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack.setClean();
    setModifiedWithoutUndo(false);
    return true;
}

MappingMerge WorkspaceDocument::planMergeFromDisk(WorkspaceFile::LoadResult *disk) const
{
    *disk = WorkspaceFile::load(m_filePath);
    if (!disk->ok) {
        MappingMerge none;
        none.reason = disk->error;
        return none;
    }
    disk->workspace.rebuildIndex();
    if (!m_onDiskKnown || m_readOnly || disk->newerVersion || disk->migrated) {
        MappingMerge none;
        none.reason = tr("The version this one started from is not known here (it was restored "
                         "or converted).");
        return none;
    }
    return MappingMerge::plan(m_onDisk, m_workspace, disk->workspace);
}

void WorkspaceDocument::mergeFromDisk(const MappingMerge &merge,
                                      const WorkspaceFile::LoadResult &disk)
{
    if (!merge.possible || !disk.ok)
        return;
    apply(merge.changes, tr("Merge Mappings from Disk"));
    m_stamp = disk.stamp;
    m_onDisk = disk.workspace;
}

void WorkspaceDocument::apply(const ChangeSet &changes, const QString &text)
{
    if (changes.isEmpty())
        return;
    m_undoStack.push(new ChangeSetCommand(this, changes, text));
}

void WorkspaceDocument::changeField(EntityKind kind, qint64 key, int field, const QVariant &value)
{
    ChangeSet changes;
    QString text;
    switch (kind) {
    case EntityKind::Profile: {
        if (key < 0 || key >= m_workspace.profiles.size())
            return;
        Profile p = m_workspace.profiles[int(key)];
        if (p.field(field) == value)
            return;
        p.setField(field, value);
        changes.updateProfiles.append({int(key), p});
        text = tr("Edit profile");
        break;
    }
    case EntityKind::Segment: {
        const Segment *s = m_workspace.segment(key);
        if (!s || s->field(field) == value)
            return;
        Segment copy = *s;
        copy.setField(field, value);
        changes.updateSegments.append(copy);
        text = tr("Edit segment %1").arg(key);
        break;
    }
    case EntityKind::Destination: {
        const Destination *d = m_workspace.destination(key);
        if (!d || d->field(field) == value)
            return;
        Destination copy = *d;
        copy.setField(field, value);
        copy.updateTime = QDateTime::currentDateTimeUtc();
        changes.updateDestinations.append(copy);
        text = tr("Edit %1 of %2").arg(Destination::fieldName(field), d->name);
        break;
    }
    case EntityKind::Mapping: {
        const int i = m_workspace.mappingIndex(key);
        if (i < 0 || m_workspace.mappings[i].field(field) == value)
            return;
        SegmentMapping copy = m_workspace.mappings[i];
        copy.setField(field, value);
        changes.updateMappings.append(copy);
        text = tr("Edit mapping of segment %1").arg(copy.sid);
        break;
    }
    }
    auto *command = new ChangeSetCommand(this, changes, text);
    command->setMergeKey(kind, key, field);
    m_undoStack.push(command);
}

void WorkspaceDocument::setProfileField(int index, int field, const QVariant &value)
{
    changeField(EntityKind::Profile, index, field, value);
}

void WorkspaceDocument::setSegmentField(qint64 sid, int field, const QVariant &value)
{
    changeField(EntityKind::Segment, sid, field, value);
}

void WorkspaceDocument::setDestinationField(qint64 id, int field, const QVariant &value)
{
    changeField(EntityKind::Destination, id, field, value);
}

void WorkspaceDocument::setMappingField(qint64 id, int field, const QVariant &value)
{
    changeField(EntityKind::Mapping, id, field, value);
}

void WorkspaceDocument::removeDestinations(const QList<qint64> &ids, bool alsoMappings)
{
    ChangeSet changes;
    for (qint64 id : ids) {
        if (!m_workspace.destination(id))
            continue;
        if (m_workspace.mappingCountOf(id) > 0) {
            if (!alsoMappings)
                continue;
            for (int i : m_workspace.mappingIndexesOf(id))
                changes.removeMappings.append(m_workspace.mappings[i].id);
        }
        changes.removeDestinations.append(id);
    }
    apply(changes, tr("Delete %n destination(s)", nullptr, int(changes.removeDestinations.size())));
}

void WorkspaceDocument::removeSegments(const QList<qint64> &sids, bool alsoMappings)
{
    ChangeSet changes;
    QSet<qint64> wanted(sids.begin(), sids.end());
    QSet<qint64> mapped;
    for (const SegmentMapping &m : m_workspace.mappings) {
        if (wanted.contains(m.sid)) {
            mapped.insert(m.sid);
            if (alsoMappings)
                changes.removeMappings.append(m.id);
        }
    }
    for (qint64 sid : sids) {
        if (m_workspace.segment(sid) && (alsoMappings || !mapped.contains(sid)))
            changes.removeSegments.append(sid);
    }
    apply(changes, tr("Delete %n segment(s)", nullptr, int(changes.removeSegments.size())));
}

} // namespace dcsdesk
