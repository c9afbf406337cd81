#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace dcsdesk {

// The sandbox's tuning, read from the workspace's "sandbox" object (Workspace::sandboxSettings;
// keys documented in docs/sandbox.md and docs/workspace-format.md). Every key is optional; a value
// of the wrong type or range falls back to the default and is reported, never fatal.
struct SandboxSettings
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SandboxSettings)

public:
    static constexpr int DefaultRateCalls = 20;
    static constexpr double DefaultRatePerSeconds = 1.0;
    static constexpr int DefaultMaxProfiles = 100000;

    // "rateLimit": {"calls": N, "perSeconds": S}: at most N calls of one user within any S
    // seconds, else HTTP 429 (domain.md §2.4). calls 0 turns the limit off.
    int rateCalls = DefaultRateCalls;
    double ratePerSeconds = DefaultRatePerSeconds;
    // "profileTtlSeconds": a user unseen for this long starts over with no segments; 0 keeps
    // profiles until the sandbox restarts.
    qint64 profileTtlSeconds = 0;
    // "maxProfiles": the least recently seen users are forgotten beyond this many.
    int maxProfiles = DefaultMaxProfiles;
    // "dcsRegion": the dcs_region the sandbox answers and puts in %region%. The default, -1 (the
    // sandbox's own region), makes a client that follows dcs_region stay on the sandbox.
    int dcsRegion = -1;

    // Reads the object; problems (translated) go to warnings when given.
    static SandboxSettings fromJson(const QJsonObject &object, QStringList *warnings = nullptr);
    QJsonObject toJson() const;

    bool operator==(const SandboxSettings &o) const;
    bool operator!=(const SandboxSettings &o) const { return !(*this == o); }
};

} // namespace dcsdesk
