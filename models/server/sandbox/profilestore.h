#pragma once

#include "sandboxsettings.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// The sandbox's in-memory stand-in for the DCS profile cache: per user, the segments they
// qualified for (so later calls of the same user still carry them, domain.md §7), when they were
// last seen (for the optional TTL), their recent call times (for the race-condition rule, §2.4)
// and the ECIDs and declared IDs that lead to them. Only segment IDs are kept, never signal
// values, so p_ values cannot end up here (§1.3). Thread-safe: one lock per call.
class ProfileStore
{
public:
    struct Visit
    {
        QString uuid;              // valid d_uuid of the call, or empty
        QStringList links;         // other IDs of the call ("mid:...", "cid:<dpid>:<id>", ...)
        QVector<qint64> qualified; // segments this call qualifies for, sorted
        qint64 nowMs = 0;
    };

    struct Result
    {
        QString uuid; // the user's AAM UUID (new when nothing was known)
        bool newUser = false;
        bool rateLimited = false; // the call was refused; nothing was recorded
        qint64 retryAfterMs = 0;
        QVector<qint64> segments; // all segments the user now qualifies for, sorted
    };

    Result visit(const Visit &visit, const SandboxSettings &settings);

    // Opt-outs recorded by /demoptout.jpg calls: they last until clear(), so later calls of
    // these IDs answer error 171 for the rest of the sandbox run.
    void optOut(const QStringList &ids);
    bool isOptedOut(const QString &id) const;
    // The UUID an ID ("mid:...", "cid:<dpid>:<id>", ...) was last linked to, or empty.
    QString uuidOfLink(const QString &link) const;
    // The IDs linked to uuid, as "mid:...", "cid:<dpid>:<id>" ..., for tests and the UI.
    QStringList linksOf(const QString &uuid) const;

    void clear();
    int size() const;
    // The segments stored for uuid (empty when unknown), for tests and the UI.
    QVector<qint64> segmentsOf(const QString &uuid) const;

    static QString newUuid(); // 38 random digits
    // How a call's other IDs are keyed in the store, so every sandbox endpoint finds the same
    // profile: "mid:<ECID>", "cid:<data source ID>:<ID>", "ic:<integration code>:<ID>".
    static QString midLink(const QString &mid) { return QStringLiteral("mid:") + mid; }
    static QString declaredLink(bool isCode, const QString &space, const QString &id)
    {
        return (isCode ? QStringLiteral("ic:") : QStringLiteral("cid:")) + space +
               QLatin1Char(':') + id;
    }

private:
    struct Entry
    {
        QVector<qint64> segments;
        qint64 lastSeenMs = 0;
        // The last call times, a ring of ringCapacity (the rate limit's call count) once full;
        // ringNext is the oldest slot when full, else the number of calls recorded.
        QVector<qint64> recentCalls;
        int ringNext = 0;
        int ringCapacity = 0;
        QStringList links;
    };

    void evictOldest(int keep);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_profiles;
    QHash<QString, QString> m_links; // link -> uuid
    QSet<QString> m_optedOut;
};

} // namespace dcsdesk
