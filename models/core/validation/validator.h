#pragma once

#include "finding.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dcsdesk {

// The one validation layer (domain.md §5.7 and peers.md): views show its findings inline, the CLI
// prints them, the sandbox skips what it marks as broken. Whole-workspace validation is linear in
// the number of objects, so it can run after every edit on an account at the documented limits.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::Validator)

public:
    static constexpr int MaxValueLength = 255;
    static constexpr int MaxDestinations = 1000;
    static constexpr int MaxCookieDestinations = 1000;
    static constexpr int MaxUrlDestinations = 1000;
    static constexpr int MaxS2sDestinations = 100;
    static constexpr int MaxSegments = 20000;

    static QVector<Finding> validate(const Workspace &workspace, const QDate &today);

    static QVector<Finding> validateDestination(const Destination &destination);
    static QVector<Finding> validateSegment(const Segment &segment);
    static QVector<Finding> validateProfile(const Profile &profile, int index);
    // Rules for one mapping that need no other mapping (duplicates and overlaps need the list).
    static QVector<Finding> validateMapping(const SegmentMapping &mapping,
                                            const Workspace &workspace, const QDate &today);
    // Duplicate segments and overlapping windows among the mappings of one destination.
    static QVector<Finding> validateMappingGroup(const Workspace &workspace,
                                                 const QVector<int> &mappingIndexes);

    static bool containsAliasMacro(const QString &format);
    static bool isValidCookieDomain(const QString &domain);
    // What a rejected cookie domain most likely meant ("*.acme.com" -> ".acme.com"), or empty.
    static QString suggestedCookieDomain(const QString &domain);
    static bool isValidHostLabel(const QString &alias);
};

} // namespace dcsdesk
