#pragma once

#include "domain/destination.h"
#include "domain/mapping.h"
#include "sandboxsettings.h"
#include "segments/traitrule.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <memory>

namespace dcsdesk {

struct Workspace;

// A workspace compiled for answering calls: rules parsed (through the rule cache), segments
// indexed by the keys their rules read, mappings indexed by segment, aliases and opted-out IDs in
// hash sets. Built once per workspace change and then only read, by any number of threads, so a
// call never scans the whole workspace.
struct SandboxIndex
{
    struct RuleSegment
    {
        qint64 sid = 0;
        std::shared_ptr<const TraitRule> rule;
    };
    struct MappingRef
    {
        int destination = 0; // index into destinations
        SegmentMapping mapping;
    };

    SandboxSettings settings;
    QStringList settingsWarnings; // translated

    QSet<QString> aliases;  // lower case
    QString preferredAlias; // of the first profile that targets the sandbox, else the first one
    QSet<QString> orgIds;
    QSet<QString> optedOutIds;

    QVector<RuleSegment> ruleSegments;  // active segments with a valid, non-blank rule
    QHash<QString, QVector<int>> byKey; // rule key -> indexes into ruleSegments
    QVector<int> trueWithoutKeys;       // rules that hold when none of their keys is sent
    QSet<qint64> activeSids;            // every active segment (d_sid may name any of them)
    QVector<qint64> brokenRuleSids;     // active segments whose rule does not parse

    QVector<Destination> destinations;                // URL and cookie destinations without errors
    QHash<qint64, QVector<MappingRef>> mappingsBySid; // their mappings without errors
    int skippedDestinations = 0;
    int skippedMappings = 0;

    static std::shared_ptr<const SandboxIndex> build(const Workspace &workspace);
};

} // namespace dcsdesk
