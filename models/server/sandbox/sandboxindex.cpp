#include "sandboxindex.h"

#include "calls/signalset.h"
#include "validation/validator.h"
#include "workspace/workspace.h"

#include <QDate>

namespace dcsdesk {

namespace {

bool hasError(const QVector<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            return true;
    }
    return false;
}

} // namespace

std::shared_ptr<const SandboxIndex> SandboxIndex::build(const Workspace &ws)
{
    auto index = std::make_shared<SandboxIndex>();
    index->settings = SandboxSettings::fromJson(ws.sandboxSettings, &index->settingsWarnings);

    for (const Profile &p : ws.profiles) {
        if (p.alias.isEmpty())
            continue;
        index->aliases.insert(p.alias.toLower());
        if (p.regionId == Profile::SandboxRegion && index->preferredAlias.isEmpty())
            index->preferredAlias = p.alias.toLower();
        if (!p.orgId.isEmpty())
            index->orgIds.insert(p.orgId);
    }
    if (index->preferredAlias.isEmpty() && !ws.profiles.isEmpty())
        for (const Profile &p : ws.profiles)
            if (!p.alias.isEmpty()) {
                index->preferredAlias = p.alias.toLower();
                break;
            }
    for (const QString &id : ws.optedOutIds)
        index->optedOutIds.insert(id.trimmed());

    const SignalSet none;
    for (const Segment &s : ws.segments) {
        if (!s.active)
            continue;
        index->activeSids.insert(s.sid);
        if (s.rule.trimmed().isEmpty())
            continue;
        auto rule = TraitRule::cached(s.rule);
        if (!rule->isValid()) {
            index->brokenRuleSids.append(s.sid);
            continue;
        }
        const int at = int(index->ruleSegments.size());
        index->ruleSegments.append({s.sid, rule});
        for (const QString &key : rule->keys())
            index->byKey[key].append(at);
        // Only the rule's own keys matter, so a rule that holds without them holds for every
        // call that sends none of them: such rules are always evaluated.
        if (rule->evaluate(none))
            index->trueWithoutKeys.append(at);
    }

    QHash<qint64, int> destinationIndex;
    for (const Destination &d : ws.destinations) {
        if (d.type == Destination::Type::ServerToServer)
            continue; // batch delivery, never in an /event answer
        if (hasError(Validator::validateDestination(d))) {
            ++index->skippedDestinations;
            continue;
        }
        destinationIndex.insert(d.id, int(index->destinations.size()));
        index->destinations.append(d);
    }
    const QDate anyDay(2000, 1, 1); // schedule findings are not errors; the day does not matter
    for (const SegmentMapping &m : ws.mappings) {
        const auto d = destinationIndex.constFind(m.destinationId);
        if (d == destinationIndex.constEnd() || !index->activeSids.contains(m.sid))
            continue;
        if (hasError(Validator::validateMapping(m, ws, anyDay))) {
            ++index->skippedMappings;
            continue;
        }
        index->mappingsBySid[m.sid].append({d.value(), m});
    }
    return index;
}

} // namespace dcsdesk
