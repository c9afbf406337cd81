#include "firepreview.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace dcsdesk {

namespace {

void appendUnique(QStringList &list, const QStringList &more)
{
    for (const QString &s : more) {
        if (!list.contains(s))
            list.append(s);
    }
}

} // namespace

QVector<qint64> FirePreview::defaultSampleSids(const Workspace &ws, qint64 destinationId)
{
    QVector<qint64> sids;
    QSet<qint64> seen;
    for (int i : ws.mappingIndexesOf(destinationId)) {
        const qint64 sid = ws.mappings[i].sid;
        if (!seen.contains(sid)) {
            seen.insert(sid);
            sids.append(sid);
        }
    }
    // Nothing mapped yet: a few active catalogue segments, so a new destination can be tried.
    if (sids.isEmpty()) {
        for (const Segment &s : ws.segments) {
            if (s.active && sids.size() < 3)
                sids.append(s.sid);
        }
    }
    return sids;
}

FireContext FirePreview::sampleContext(const Workspace &ws)
{
    FireContext ctx;
    ctx.uuid = QStringLiteral("12345678901234567890123456789012345678");
    for (const Profile &p : ws.profiles) {
        if (p.idKind == Profile::IdKind::Uuid && !p.defaultUserId.isEmpty()) {
            ctx.uuid = p.defaultUserId;
            break;
        }
    }
    for (const Profile &p : ws.profiles) {
        if (p.regionId > 0) {
            ctx.regionId = p.regionId;
            break;
        }
    }
    ctx.mcid = QStringLiteral("65129327546730468781375512331216374539");
    ctx.httpProto = QStringLiteral("https");
    ctx.timestamp = QDateTime::currentSecsSinceEpoch();
    ctx.rnd = QStringLiteral("640351712");
    ctx.declaredIds.insert(QStringLiteral("1"), QStringLiteral("CustomerABC"));
    ctx.gdpr = QStringLiteral("1");
    ctx.gdprConsent = QStringLiteral("COwxsONOwxsONKpAAAENAPCgAAAAAAAAAAAAAAAAAAAA");
    return ctx;
}

FirePreview::Result FirePreview::compute(const Workspace &ws, const Destination &d,
                                         const QVector<qint64> &sampleSids,
                                         const FireContext &context, const QDate &today)
{
    Result result;
    QVector<SegmentMapping> used;
    QSet<qint64> seen;
    const bool urlPerSegment = d.type == Destination::Type::Url && !d.serialized;
    const bool multiKey = d.type == Destination::Type::Cookie &&
                          d.cookieFormat == Destination::CookieFormat::MultiKey;
    for (qint64 sid : sampleSids) {
        if (seen.contains(sid))
            continue;
        seen.insert(sid);
        SampleSegment sample;
        sample.sid = sid;
        const Segment *segment = ws.segment(sid);
        if (segment)
            sample.name = segment->name;

        const SegmentMapping *active = nullptr;
        const SegmentMapping *inactive = nullptr;
        for (int i : ws.mappingIndexesOf(d.id)) {
            const SegmentMapping &m = ws.mappings[i];
            if (m.sid != sid)
                continue;
            if (m.isActiveOn(today)) {
                active = &m;
                break;
            }
            if (!inactive)
                inactive = &m;
        }
        if (active) {
            sample.origin = SampleSegment::Origin::Mapped;
            sample.value =
                multiKey ? active->value + d.keySeparator + active->secondValue : active->value;
            used.append(*active);
        } else if (inactive) {
            sample.origin = inactive->scheduleOn(today) == SegmentMapping::Schedule::Future
                                ? SampleSegment::Origin::Future
                                : SampleSegment::Origin::Expired;
            sample.value = inactive->value;
        } else if (urlPerSegment || multiKey) {
            // Nothing to derive: a per-segment URL or a cookie key comes only from a mapping.
            sample.origin = SampleSegment::Origin::NoValue;
        } else {
            sample.origin = SampleSegment::Origin::AutoFill;
            sample.value = d.autoFill == Destination::AutoFill::IntegrationCode && segment &&
                                   !segment->integrationCode.isEmpty()
                               ? segment->integrationCode
                               : QString::number(sid);
            SegmentMapping m;
            m.destinationId = d.id;
            m.sid = sid;
            m.value = sample.value;
            m.startDate = today;
            used.append(m);
        }
        result.segments.append(sample);
    }

    result.fired = DestinationFiring::fire(d, used, context);
    appendUnique(result.warnings, result.fired.warnings);

    switch (d.type) {
    case Destination::Type::Url:
        if (d.serialized) {
            // Not serialized, the same segments would go out one call each.
            FireResult each;
            for (const SegmentMapping &m : used) {
                const FireResult one = DestinationFiring::fire(d, {m}, context);
                each.pixels += one.pixels;
                appendUnique(each.warnings, one.warnings);
            }
            result.alternate = each;
        } else {
            result.alternateNote = QCoreApplication::translate(
                "FirePreview",
                "Not serialized, each mapping fires its own URL. Switch on Serialize to send "
                "every segment in one call built from the base and secure URL.");
        }
        break;
    case Destination::Type::Cookie: {
        Destination other = d;
        other.serialized = !d.serialized;
        if (other.serialized && other.serializationSeparator.isEmpty()) {
            result.alternateNote = QCoreApplication::translate(
                "FirePreview", "Set a serial delimiter to see the serialized form of this cookie.");
        } else {
            result.alternate = DestinationFiring::fire(other, used, context);
        }
        break;
    }
    case Destination::Type::ServerToServer:
        result.alternateNote = QCoreApplication::translate(
            "FirePreview", "Server-to-server destinations deliver the mapping values in "
                           "batch files from Audience Manager's servers, not from the "
                           "browser.");
        break;
    }
    return result;
}

} // namespace dcsdesk
