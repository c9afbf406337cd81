#include "sandboxsettings.h"

#include "domain/profile.h"
#include "system/jsonnumber.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace dcsdesk {

namespace {

bool isWholeNumber(const QJsonValue &v)
{
    return wholeNumberOf(v).has_value();
}

} // namespace

SandboxSettings SandboxSettings::fromJson(const QJsonObject &o, QStringList *warnings)
{
    SandboxSettings s;
    const auto warn = [&](const QString &message) {
        if (warnings)
            warnings->append(message);
    };

    const QJsonValue rate = o.value(QStringLiteral("rateLimit"));
    if (rate.isObject()) {
        const QJsonObject r = rate.toObject();
        const QJsonValue calls = r.value(QStringLiteral("calls"));
        if (!calls.isUndefined()) {
            if (isWholeNumber(calls) && calls.toDouble() >= 0 && calls.toDouble() <= 100000)
                s.rateCalls = int(calls.toDouble());
            else
                warn(tr("sandbox.rateLimit.calls must be a whole number from 0 (no limit) to "
                        "100000; using %1.")
                         .arg(DefaultRateCalls));
        }
        const QJsonValue per = r.value(QStringLiteral("perSeconds"));
        if (!per.isUndefined()) {
            if (per.isDouble() && per.toDouble() > 0 && per.toDouble() <= 86400)
                s.ratePerSeconds = per.toDouble();
            else
                warn(tr("sandbox.rateLimit.perSeconds must be a number of seconds above 0 and "
                        "at most 86400; using %1.")
                         .arg(DefaultRatePerSeconds));
        }
    } else if (!rate.isUndefined() && !rate.isNull()) {
        warn(tr("sandbox.rateLimit must be an object such as {\"calls\": 20, \"perSeconds\": 1}; "
                "using the default."));
    }

    const QJsonValue ttl = o.value(QStringLiteral("profileTtlSeconds"));
    if (!ttl.isUndefined()) {
        if (isWholeNumber(ttl) && ttl.toDouble() >= 0)
            s.profileTtlSeconds = qint64(ttl.toDouble());
        else
            warn(tr("sandbox.profileTtlSeconds must be a whole number of seconds, 0 to keep "
                    "profiles until the sandbox stops; using 0."));
    }

    const QJsonValue maxProfiles = o.value(QStringLiteral("maxProfiles"));
    if (!maxProfiles.isUndefined()) {
        if (isWholeNumber(maxProfiles) && maxProfiles.toDouble() >= 1 &&
            maxProfiles.toDouble() <= 10000000)
            s.maxProfiles = int(maxProfiles.toDouble());
        else
            warn(tr("sandbox.maxProfiles must be a whole number from 1 to 10000000; using %1.")
                     .arg(DefaultMaxProfiles));
    }

    const QJsonValue region = o.value(QStringLiteral("dcsRegion"));
    if (!region.isUndefined()) {
        if (isWholeNumber(region) && region.toDouble() >= Profile::SandboxRegion &&
            region.toDouble() <= 1000)
            s.dcsRegion = int(region.toDouble());
        else
            warn(tr("sandbox.dcsRegion must be a region ID such as 7, or -1 for the sandbox's "
                    "own region; using -1."));
    }
    return s;
}

QJsonObject SandboxSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rateLimit"),
             QJsonObject{{QStringLiteral("calls"), rateCalls},
                         {QStringLiteral("perSeconds"), ratePerSeconds}});
    o.insert(QStringLiteral("profileTtlSeconds"), profileTtlSeconds);
    o.insert(QStringLiteral("maxProfiles"), maxProfiles);
    o.insert(QStringLiteral("dcsRegion"), dcsRegion);
    return o;
}

bool SandboxSettings::operator==(const SandboxSettings &o) const
{
    return rateCalls == o.rateCalls && ratePerSeconds == o.ratePerSeconds &&
           profileTtlSeconds == o.profileTtlSeconds && maxProfiles == o.maxProfiles &&
           dcsRegion == o.dcsRegion;
}

} // namespace dcsdesk
