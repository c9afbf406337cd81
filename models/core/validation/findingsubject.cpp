#include "findingsubject.h"

#include "workspace/workspace.h"

namespace dcsdesk {

QString FindingSubject::segment(const Workspace &workspace, qint64 sid)
{
    const Segment *s = workspace.segment(sid);
    if (!s || s->name.trimmed().isEmpty())
        return tr("segment %1").arg(sid);
    return tr("segment %1 “%2”").arg(QString::number(sid), s->name);
}

QString FindingSubject::destination(const Workspace &workspace, qint64 destinationId)
{
    const Destination *d = workspace.destination(destinationId);
    if (!d || d->name.trimmed().isEmpty())
        return tr("destination %1").arg(destinationId);
    return tr("destination %1 “%2”").arg(QString::number(destinationId), d->name);
}

QString FindingSubject::mapping(const Workspace &workspace, qint64 mappingId)
{
    const int i = workspace.mappingIndex(mappingId);
    if (i < 0)
        return tr("Mapping %1").arg(mappingId);
    const SegmentMapping &m = workspace.mappings[i];
    return tr("Mapping %1: %2 → %3")
        .arg(QString::number(mappingId), segment(workspace, m.sid),
             destination(workspace, m.destinationId));
}

QString FindingSubject::mappingInDestination(const Workspace &workspace, qint64 mappingId)
{
    const int i = workspace.mappingIndex(mappingId);
    if (i < 0)
        return tr("Mapping %1").arg(mappingId);
    return tr("%1 (mapping %2)")
        .arg(segment(workspace, workspace.mappings[i].sid), QString::number(mappingId));
}

QString FindingSubject::idAndName(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return QString::number(id);
    return tr("%1 “%2”").arg(QString::number(id), name);
}

QString FindingSubject::of(const Workspace &workspace, const Finding &finding)
{
    switch (finding.kind) {
    case EntityKind::Destination:
        return finding.key == 0 ? tr("Account") : destination(workspace, finding.key);
    case EntityKind::Segment:
        return finding.key == 0 ? tr("Account") : segment(workspace, finding.key);
    case EntityKind::Mapping:
        return mapping(workspace, finding.key);
    case EntityKind::Profile:
        return finding.key >= 0 && finding.key < workspace.profiles.size()
                   ? tr("Profile “%1”").arg(workspace.profiles[int(finding.key)].name)
                   : tr("Profile");
    }
    return {};
}

} // namespace dcsdesk
