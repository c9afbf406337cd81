#include "aamrestimportplan.h"

#include "validation/validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace dcsdesk {

namespace {

QString mappingFieldName(int field)
{
    switch (field) {
    case SegmentMapping::Sid:
        return QCoreApplication::translate("AamRest", "segment");
    case SegmentMapping::Value:
        return QCoreApplication::translate("AamRest", "mapping value");
    case SegmentMapping::SecondValue:
        return QCoreApplication::translate("AamRest", "cookie value");
    case SegmentMapping::StartDate:
        return QCoreApplication::translate("AamRest", "start date");
    case SegmentMapping::EndDate:
        return QCoreApplication::translate("AamRest", "end date");
    case SegmentMapping::Priority:
        return QCoreApplication::translate("AamRest", "priority");
    default:
        return {};
    }
}

// Hands out IDs that are neither in the workspace nor taken by the file.
class IdPool
{
public:
    void reserve(qint64 id)
    {
        m_used.insert(id);
        m_next = std::max(m_next, id + 1);
    }
    bool isUsed(qint64 id) const { return m_used.contains(id); }
    qint64 take()
    {
        while (m_used.contains(m_next))
            ++m_next;
        m_used.insert(m_next);
        return m_next++;
    }

private:
    QSet<qint64> m_used;
    qint64 m_next = 1;
};

QString segmentFieldName(int field)
{
    switch (field) {
    case Segment::Name:
        return QCoreApplication::translate("AamRest", "name");
    case Segment::Description:
        return QCoreApplication::translate("AamRest", "description");
    case Segment::IntegrationCode:
        return QCoreApplication::translate("AamRest", "integration code");
    case Segment::Active:
        return QCoreApplication::translate("AamRest", "status");
    case Segment::Rule:
        return QCoreApplication::translate("AamRest", "rule");
    default:
        return {};
    }
}

// The REST snapshot after an import: the file's object over the one kept before, so a partial
// object (an entry of a "get all" list) updates the keys it has and loses none of the others.
QJsonObject mergedRemote(QJsonObject kept, const QJsonObject &fromFile)
{
    for (auto it = fromFile.begin(); it != fromFile.end(); ++it)
        kept.insert(it.key(), it.value());
    return kept;
}

QString mappingTitle(const Workspace &ws, const AamRestMapping &m)
{
    const Segment *s = ws.segment(m.mapping.sid);
    const QString name = s ? s->name : m.elementName;
    if (m.mapping.sid <= 0)
        return QCoreApplication::translate("AamRest", "Mapping %1").arg(m.index);
    return name.isEmpty() ? QCoreApplication::translate("AamRest", "Segment %1").arg(m.mapping.sid)
                          : QCoreApplication::translate("AamRest", "Segment %1 (%2)")
                                .arg(m.mapping.sid)
                                .arg(name);
}

} // namespace

QString AamRestImportPlan::actionName(Action action)
{
    switch (action) {
    case Action::Add:
        return QCoreApplication::translate("AamRest", "Added");
    case Action::Update:
        return QCoreApplication::translate("AamRest", "Updated");
    case Action::Unchanged:
        return QCoreApplication::translate("AamRest", "Unchanged");
    case Action::Skip:
        return QCoreApplication::translate("AamRest", "Skipped");
    }
    return {};
}

AamRestImportPlan::Counts AamRestImportPlan::counts(EntityKind kind) const
{
    Counts c;
    for (const Row &row : m_rows) {
        if (row.kind != kind)
            continue;
        switch (row.action) {
        case Action::Add:
            ++c.added;
            break;
        case Action::Update:
            ++c.updated;
            break;
        case Action::Unchanged:
            ++c.unchanged;
            break;
        case Action::Skip:
            ++c.skipped;
            break;
        }
    }
    return c;
}

QStringList AamRestImportPlan::skippedLines() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (row.action == Action::Skip)
            lines.append(row.title + QStringLiteral(": ") + row.reasons.join(QLatin1Char(' ')));
    }
    return lines;
}

QString AamRestImportPlan::undoText() const
{
    const int destinations =
        int(m_changes.addDestinations.size() + m_changes.updateDestinations.size());
    const int mappings = int(m_changes.addMappings.size() + m_changes.updateMappings.size());
    const int segments = int(m_changes.addSegments.size() + m_changes.updateSegments.size());
    if (segments > 0)
        return QCoreApplication::translate("AamRest", "Import %1, %2 and %3 (AAM REST)")
            .arg(QCoreApplication::translate("AamRest", "%n destination(s)", nullptr, destinations),
                 QCoreApplication::translate("AamRest", "%n mapping(s)", nullptr, mappings),
                 QCoreApplication::translate("AamRest", "%n segment(s)", nullptr, segments));
    return QCoreApplication::translate("AamRest", "Import %1 and %2 (AAM REST)")
        .arg(QCoreApplication::translate("AamRest", "%n destination(s)", nullptr, destinations),
             QCoreApplication::translate("AamRest", "%n mapping(s)", nullptr, mappings));
}

AamRestImportPlan AamRestImportPlan::build(const Workspace &ws, const AamRestReader::Result &file,
                                           const Options &options)
{
    AamRestImportPlan plan;
    plan.m_notes = file.notes;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    IdPool destinationIds;
    IdPool mappingIds;
    for (const Destination &d : ws.destinations)
        destinationIds.reserve(d.id);
    for (const SegmentMapping &m : ws.mappings)
        mappingIds.reserve(m.id);
    for (const AamRestItem &item : file.items) {
        if (item.hasId)
            destinationIds.reserve(item.destination.id);
        for (const AamRestMapping &m : item.mappings) {
            if (m.hasId)
                mappingIds.reserve(m.mapping.id);
        }
    }
    for (const AamRestMapping &m : file.looseMappings) {
        if (m.hasId)
            mappingIds.reserve(m.mapping.id);
    }

    // The destinations as they will be after the import, to place mappings and validate them.
    QHash<qint64, Destination> finalDestinations;
    QSet<qint64> skippedDestinations; // IDs whose mappings must be skipped too
    QSet<qint64> seenDestinationIds;
    QSet<qint64> seenMappingIds;
    QSet<qint64> fileSegments; // segments the file's segment list names
    QHash<qint64, int> mappingsPerMissingSegment;
    QHash<qint64, AamRestMapping> segmentSource; // first mapping naming a missing segment
    QHash<qint64, Workspace> probes;             // per destination, for mapping validation

    const auto skipRow = [&](EntityKind kind, qint64 key, const QString &title,
                             const QStringList &reasons, qint64 destinationId = 0) {
        Row row;
        row.action = Action::Skip;
        row.kind = kind;
        row.key = key;
        row.destinationId = destinationId;
        row.title = title;
        row.reasons = reasons;
        plan.m_rows.append(row);
    };

    // One mapping copied at a time: a copy of the whole list cost 30 MB per 100,000 mappings.
    const auto planMappings = [&](const QVector<AamRestMapping> &mappings, qint64 parentId,
                                  bool parentSkipped) -> void {
        for (const AamRestMapping &source : mappings) {
            AamRestMapping rm = source;
            SegmentMapping &m = rm.mapping;
            if (parentId != 0)
                m.destinationId = parentId;
            else if (skippedDestinations.contains(m.destinationId))
                rm.problems.append(
                    QCoreApplication::translate("AamRest", "Its destination is skipped."));
            const QString title = mappingTitle(ws, rm);
            if (parentSkipped) {
                skipRow(EntityKind::Mapping, m.id, title,
                        {QCoreApplication::translate("AamRest", "Its destination is skipped.")},
                        m.destinationId);
                continue;
            }
            if (!rm.problems.isEmpty()) {
                skipRow(EntityKind::Mapping, m.id, title, rm.problems, m.destinationId);
                continue;
            }
            const auto destination = finalDestinations.constFind(m.destinationId);
            const Destination *target = destination != finalDestinations.constEnd()
                                            ? &destination.value()
                                            : ws.destination(m.destinationId);
            if (!target) {
                skipRow(EntityKind::Mapping, m.id, title,
                        {m.destinationId > 0
                             ? QCoreApplication::translate(
                                   "AamRest",
                                   "Destination %1 is neither in the workspace nor in the file.")
                                   .arg(m.destinationId)
                             : QCoreApplication::translate(
                                   "AamRest",
                                   "The mapping does not say which destination it belongs to "
                                   "(destinationId).")},
                        m.destinationId);
                continue;
            }
            if (rm.hasId && seenMappingIds.contains(m.id)) {
                skipRow(EntityKind::Mapping, m.id, title,
                        {QCoreApplication::translate(
                             "AamRest",
                             "Mapping ID %1 appears more than once in the file; only the first "
                             "is imported.")
                             .arg(m.id)},
                        m.destinationId);
                continue;
            }
            rm.resolveValue(*target);

            // Which existing mapping does it update, if any?
            const SegmentMapping *existing = nullptr;
            QString matchNote;
            if (rm.hasId) {
                const int at = ws.mappingIndex(m.id);
                if (at >= 0) {
                    existing = &ws.mappings[at];
                    if (existing->destinationId != m.destinationId) {
                        skipRow(EntityKind::Mapping, m.id, title,
                                {QCoreApplication::translate(
                                     "AamRest",
                                     "Mapping ID %1 belongs to destination %2 in the workspace, "
                                     "not to destination %3.")
                                     .arg(m.id)
                                     .arg(existing->destinationId)
                                     .arg(m.destinationId)},
                                m.destinationId);
                        continue;
                    }
                }
            } else {
                for (int i : ws.mappingIndexesOf(m.destinationId)) {
                    const SegmentMapping &candidate = ws.mappings[i];
                    if (candidate.sid == m.sid &&
                        (!rm.presentFields.contains(SegmentMapping::StartDate) ||
                         candidate.startDate == m.startDate)) {
                        existing = &candidate;
                        matchNote = QCoreApplication::translate(
                            "AamRest", "Matched by segment and start date (the file has no "
                                       "mapping ID).");
                        break;
                    }
                }
            }

            Row row;
            row.kind = EntityKind::Mapping;
            row.destinationId = m.destinationId;
            row.title = title;
            SegmentMapping result;
            if (existing) {
                result = *existing;
                for (int f : rm.presentFields)
                    result.setField(f, m.field(f));
                // The snapshot holds every REST key; the older "aamRest" copy is superseded.
                result.remote = mergedRemote(result.remote, rm.remote);
                result.unknownKeys.remove(QLatin1String(AamRestReader::RestExtrasKey));
                row.key = result.id;
                if (!matchNote.isEmpty())
                    row.reasons.append(matchNote);
                QStringList changed;
                for (int f = SegmentMapping::Sid; f < SegmentMapping::FieldCount; ++f) {
                    if (existing->field(f) != result.field(f))
                        changed.append(mappingFieldName(f));
                }
                if (result == *existing) {
                    row.action = Action::Unchanged;
                    row.reasons.append(
                        QCoreApplication::translate("AamRest", "Same as in the workspace."));
                } else {
                    row.action = Action::Update;
                    if (!changed.isEmpty())
                        row.reasons.append(QCoreApplication::translate("AamRest", "Changes: %1")
                                               .arg(QLocale().createSeparatedList(changed)));
                    plan.m_changes.updateMappings.append(result);
                }
            } else {
                if (!m.startDate.isValid()) {
                    skipRow(EntityKind::Mapping, m.id, title,
                            {QCoreApplication::translate(
                                "AamRest", "A new mapping needs a start date (YYYY-MM-DD).")},
                            m.destinationId);
                    continue;
                }
                result = m;
                result.remote = rm.remote;
                result.unknownKeys.remove(QLatin1String(AamRestReader::RestExtrasKey));
                if (!rm.hasId || result.id <= 0)
                    result.id = mappingIds.take();
                row.key = result.id;
                row.action = Action::Add;
                plan.m_changes.addMappings.append(result);
            }
            if (rm.hasId)
                seenMappingIds.insert(m.id);

            // Validating one mapping needs only its destination (the segment is checked below).
            auto probe = probes.find(target->id);
            if (probe == probes.end()) {
                Workspace single;
                single.destinations.append(*target);
                single.rebuildIndex();
                probe = probes.insert(target->id, single);
            }
            for (const Finding &f : Validator::validateMapping(result, probe.value(), now.date())) {
                if (f.code != QLatin1String("mapping.segment-unknown"))
                    row.findings.append(f.message);
            }
            plan.m_rows.append(row);

            if (!ws.segment(result.sid) && !fileSegments.contains(result.sid)) {
                ++mappingsPerMissingSegment[result.sid];
                if (!segmentSource.contains(result.sid))
                    segmentSource.insert(result.sid, rm);
            }
        }
    };

    // Segment objects (a segment list) first, so mappings that use them find them.
    for (const AamRestSegment &rs : file.segments) {
        const Segment &in = rs.segment;
        const QString title = in.name.isEmpty()
                                  ? QCoreApplication::translate("AamRest", "Segment %1").arg(in.sid)
                                  : QCoreApplication::translate("AamRest", "Segment %1 (%2)")
                                        .arg(in.sid)
                                        .arg(in.name);
        if (!rs.problems.isEmpty()) {
            skipRow(EntityKind::Segment, in.sid, title, rs.problems);
            continue;
        }
        if (fileSegments.contains(in.sid)) {
            skipRow(EntityKind::Segment, in.sid, title,
                    {QCoreApplication::translate(
                         "AamRest",
                         "Segment ID %1 appears more than once in the file; only the first is "
                         "imported.")
                         .arg(in.sid)});
            continue;
        }
        fileSegments.insert(in.sid);
        Row row;
        row.kind = EntityKind::Segment;
        row.key = in.sid;
        row.title = title;
        if (const Segment *existing = ws.segment(in.sid)) {
            Segment result = *existing;
            for (int f : rs.presentFields)
                result.setField(f, in.field(f));
            result.remote = mergedRemote(result.remote, rs.remote);
            QStringList changed;
            for (int f = Segment::Name; f < Segment::FieldCount; ++f) {
                if (existing->field(f) != result.field(f))
                    changed.append(segmentFieldName(f));
            }
            if (result == *existing) {
                row.action = Action::Unchanged;
                row.reasons.append(
                    QCoreApplication::translate("AamRest", "Same as in the workspace."));
            } else {
                row.action = Action::Update;
                row.reasons.append(changed.isEmpty()
                                       ? QCoreApplication::translate(
                                             "AamRest", "Changes: Audience Manager's own fields")
                                       : QCoreApplication::translate("AamRest", "Changes: %1")
                                             .arg(QLocale().createSeparatedList(changed)));
                plan.m_changes.updateSegments.append(result);
            }
        } else {
            Segment result = in;
            result.remote = rs.remote;
            row.action = Action::Add;
            plan.m_changes.addSegments.append(result);
        }
        plan.m_rows.append(row);
    }

    // Destinations first, so their final shape decides how mapping values are read.
    QVector<QPair<const AamRestItem *, qint64>> withMappings; // item, final ID (0 = skipped)
    for (const AamRestItem &item : file.items) {
        const Destination &in = item.destination;
        const QString title =
            in.name.isEmpty()
                ? (item.hasId
                       ? QCoreApplication::translate("AamRest", "Destination %1").arg(in.id)
                       : QCoreApplication::translate("AamRest", "Destination number %1 in the file")
                             .arg(item.index))
                : in.name;
        if (!item.problems.isEmpty()) {
            skipRow(EntityKind::Destination, in.id, title, item.problems + item.notes);
            withMappings.append({&item, 0});
            continue;
        }
        if (item.hasId && seenDestinationIds.contains(in.id)) {
            skipRow(EntityKind::Destination, in.id, title,
                    {QCoreApplication::translate(
                         "AamRest",
                         "Destination ID %1 appears more than once in the file; only the first is "
                         "imported.")
                         .arg(in.id)});
            withMappings.append({&item, 0});
            continue;
        }
        if (item.hasId)
            seenDestinationIds.insert(in.id);

        const Destination *existing = item.hasId ? ws.destination(in.id) : nullptr;
        QString matchNote;
        if (!item.hasId && !in.name.trimmed().isEmpty()) {
            const Destination *byName = nullptr;
            int matches = 0;
            for (const Destination &d : ws.destinations) {
                if (d.name.compare(in.name.trimmed(), Qt::CaseInsensitive) == 0 &&
                    (!item.presentFields.contains(Destination::DestType) || d.type == in.type)) {
                    byName = &d;
                    ++matches;
                }
            }
            if (matches == 1) {
                existing = byName;
                matchNote = QCoreApplication::translate(
                    "AamRest", "Matched by name (the file has no destinationId).");
            }
        }

        Row row;
        row.kind = EntityKind::Destination;
        row.title = title;
        row.reasons = item.notes;
        Destination result;
        if (existing) {
            if (item.presentFields.contains(Destination::DestType) && existing->type != in.type) {
                skipRow(EntityKind::Destination, existing->id, title,
                        {QCoreApplication::translate(
                             "AamRest",
                             "Destination %1 has the type %2 in the workspace but %3 in the "
                             "file. Change the ID in the file to import it as a new destination.")
                             .arg(existing->id)
                             .arg(Destination::typeName(existing->type),
                                  Destination::typeName(in.type))});
                withMappings.append({&item, 0});
                skippedDestinations.insert(existing->id);
                continue;
            }
            result = *existing;
            for (int f : item.presentFields) {
                if (f != Destination::Id)
                    result.setField(f, in.field(f));
            }
            result.remote = mergedRemote(result.remote, item.remote);
            result.unknownKeys.remove(QLatin1String(AamRestReader::RestExtrasKey));
            Destination compare = result;
            compare.updateTime = existing->updateTime;
            row.key = result.id;
            if (!matchNote.isEmpty())
                row.reasons.append(matchNote);
            if (compare == *existing) {
                row.action = Action::Unchanged;
                row.reasons.append(
                    QCoreApplication::translate("AamRest", "Same as in the workspace."));
                result = *existing;
            } else {
                QStringList changed;
                for (int f = Destination::Name; f < Destination::FieldCount; ++f) {
                    if (f != Destination::UpdateTime && existing->field(f) != result.field(f))
                        changed.append(Destination::fieldName(f));
                }
                if (!item.presentFields.contains(Destination::UpdateTime))
                    result.updateTime = now;
                row.action = Action::Update;
                row.reasons.append(changed.isEmpty()
                                       ? QCoreApplication::translate(
                                             "AamRest", "Changes: Audience Manager's own fields")
                                       : QCoreApplication::translate("AamRest", "Changes: %1")
                                             .arg(QLocale().createSeparatedList(changed)));
                plan.m_changes.updateDestinations.append(result);
            }
        } else {
            if (in.name.trimmed().isEmpty()) {
                skipRow(EntityKind::Destination, in.id, title,
                        QStringList{QCoreApplication::translate(
                            "AamRest", "A new destination needs a name.")} +
                            item.notes);
                withMappings.append({&item, 0});
                continue;
            }
            if (!item.presentFields.contains(Destination::DestType)) {
                skipRow(EntityKind::Destination, in.id, title,
                        QStringList{QCoreApplication::translate(
                            "AamRest", "The file does not say whether this is a URL (PUSH) or a "
                                       "cookie (ADS) destination.")} +
                            item.notes);
                withMappings.append({&item, 0});
                continue;
            }
            result = in;
            if (!item.hasId)
                result.id = destinationIds.take();
            if (!result.updateTime.isValid())
                result.updateTime = now;
            result.remote = item.remote;
            row.key = result.id;
            row.action = Action::Add;
            if (result.type == Destination::Type::ServerToServer)
                row.reasons.append(QCoreApplication::translate(
                    "AamRest", "Server-to-server destinations cannot be created in "
                               "Audience Manager; this one mirrors an existing one."));
            plan.m_changes.addDestinations.append(result);
        }
        for (const Finding &f : Validator::validateDestination(result))
            row.findings.append(f.message);
        finalDestinations.insert(result.id, result);
        plan.m_rows.append(row);
        withMappings.append({&item, result.id});
    }

    for (const auto &entry : withMappings) {
        if (!entry.first->mappingsPresent)
            continue;
        planMappings(entry.first->mappings,
                     entry.second ? entry.second : entry.first->destination.id, entry.second == 0);
    }
    // Mapping objects outside a destination keep their own destinationId.
    planMappings(file.looseMappings, 0, false);

    // Segments the imported mappings refer to but the catalogue lacks.
    QList<qint64> missing = mappingsPerMissingSegment.keys();
    std::sort(missing.begin(), missing.end());
    for (qint64 sid : missing) {
        const auto found = segmentSource.constFind(sid);
        const AamRestMapping *source = found != segmentSource.constEnd() ? &found.value() : nullptr;
        const int uses = mappingsPerMissingSegment.value(sid);
        Row row;
        row.kind = EntityKind::Segment;
        row.key = sid;
        const QString name = source && !source->elementName.isEmpty()
                                 ? source->elementName
                                 : QCoreApplication::translate("AamRest", "Segment %1").arg(sid);
        row.title = QCoreApplication::translate("AamRest", "Segment %1 (%2)").arg(sid).arg(name);
        if (options.addMissingSegments) {
            Segment s;
            s.sid = sid;
            s.name = name;
            if (source) {
                s.description = source->elementDescription;
                s.active = source->elementActive;
            }
            row.action = Action::Add;
            row.reasons.append(
                source && source->hasElement
                    ? QCoreApplication::translate(
                          "AamRest",
                          "Used by %n imported mapping(s); created from the file's elementName "
                          "and elementDescription.",
                          nullptr, uses)
                    : QCoreApplication::translate(
                          "AamRest",
                          "Used by %n imported mapping(s); the file gives no name, so it is named "
                          "after its ID.",
                          nullptr, uses));
            plan.m_changes.addSegments.append(s);
        } else {
            row.action = Action::Skip;
            row.reasons.append(QCoreApplication::translate(
                "AamRest",
                "Not in the segment catalog. %n imported mapping(s) use it "
                "and are flagged until you add it.",
                nullptr, uses));
        }
        plan.m_rows.append(row);
    }
    return plan;
}

} // namespace dcsdesk
