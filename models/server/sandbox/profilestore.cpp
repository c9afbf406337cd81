#include "profilestore.h"

#include <QRandomGenerator>
#include <algorithm>

namespace dcsdesk {

namespace {

QVector<qint64> mergeSorted(const QVector<qint64> &a, const QVector<qint64> &b)
{
    QVector<qint64> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

} // namespace

QString ProfileStore::newUuid()
{
    // Rejection sampling gives uniform 19-digit halves (QRandomGenerator::bounded(quint64,
    // quint64) returns 0 for this range in Qt 6.4).
    constexpr quint64 TenPow19 = 10000000000000000000ULL;
    QRandomGenerator *rng = QRandomGenerator::global();
    const auto draw = [rng] {
        quint64 v = rng->generate64();
        while (v >= TenPow19)
            v = rng->generate64();
        return v;
    };
    const quint64 high = draw();
    const quint64 low = draw();
    return QStringLiteral("%1%2")
        .arg(high, 19, 10, QLatin1Char('0'))
        .arg(low, 19, 10, QLatin1Char('0'));
}

ProfileStore::Result ProfileStore::visit(const Visit &v, const SandboxSettings &settings)
{
    QMutexLocker lock(&m_mutex);
    Result result;

    result.uuid = v.uuid;
    if (result.uuid.isEmpty()) {
        for (const QString &link : v.links) {
            const auto it = m_links.constFind(link);
            if (it != m_links.constEnd() && m_profiles.contains(it.value())) {
                result.uuid = it.value();
                break;
            }
        }
    }
    if (result.uuid.isEmpty())
        result.uuid = newUuid();

    auto it = m_profiles.find(result.uuid);
    if (it == m_profiles.end()) {
        result.newUser = true;
        it = m_profiles.insert(result.uuid, Entry());
    } else if (settings.profileTtlSeconds > 0 &&
               v.nowMs - it->lastSeenMs > settings.profileTtlSeconds * 1000) {
        it->segments.clear(); // unseen for longer than the TTL: the profile was flushed
        it->recentCalls.clear();
        it->ringNext = 0;
    }
    Entry &entry = it.value();

    if (settings.rateCalls > 0) {
        const qint64 windowMs = qint64(settings.ratePerSeconds * 1000.0);
        if (entry.ringCapacity != settings.rateCalls) {
            // The limit changed: keep the newest calls that still fit, oldest first.
            QVector<qint64> calls;
            const int size = int(entry.recentCalls.size());
            for (int i = 0; i < size; ++i)
                calls.append(entry.recentCalls[(entry.ringNext + i) % size]);
            while (calls.size() > settings.rateCalls)
                calls.removeFirst();
            entry.recentCalls = calls;
            entry.ringCapacity = settings.rateCalls;
            entry.ringNext = int(calls.size()) % settings.rateCalls;
        }
        if (entry.recentCalls.size() == settings.rateCalls) {
            const qint64 oldest = entry.recentCalls[entry.ringNext];
            if (v.nowMs - oldest < windowMs) {
                result.rateLimited = true;
                result.retryAfterMs = windowMs - (v.nowMs - oldest);
                result.segments = entry.segments;
                return result;
            }
            entry.recentCalls[entry.ringNext] = v.nowMs;
        } else {
            entry.recentCalls.append(v.nowMs);
        }
        entry.ringNext = (entry.ringNext + 1) % settings.rateCalls;
    }

    entry.lastSeenMs = v.nowMs;
    entry.segments = mergeSorted(entry.segments, v.qualified);
    for (const QString &link : v.links) {
        const auto l = m_links.constFind(link);
        if (l == m_links.constEnd() || l.value() != result.uuid) {
            m_links.insert(link, result.uuid);
            if (!entry.links.contains(link))
                entry.links.append(link);
        }
    }
    result.segments = entry.segments;

    if (m_profiles.size() > settings.maxProfiles)
        evictOldest(qMax(1, settings.maxProfiles - settings.maxProfiles / 10));
    return result;
}

void ProfileStore::evictOldest(int keep)
{
    // Amortized O(1): this drops about a tenth of the profiles at once.
    QVector<QPair<qint64, QString>> byAge;
    byAge.reserve(m_profiles.size());
    for (auto it = m_profiles.cbegin(); it != m_profiles.cend(); ++it)
        byAge.append({it->lastSeenMs, it.key()});
    const int drop = int(byAge.size()) - keep;
    if (drop <= 0)
        return;
    std::nth_element(byAge.begin(), byAge.begin() + drop, byAge.end());
    for (int i = 0; i < drop; ++i) {
        const auto it = m_profiles.find(byAge[i].second);
        if (it == m_profiles.end())
            continue;
        for (const QString &link : it->links) {
            const auto l = m_links.find(link);
            if (l != m_links.end() && l.value() == byAge[i].second)
                m_links.erase(l);
        }
        m_profiles.erase(it);
    }
}

void ProfileStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_profiles.clear();
    m_links.clear();
    m_optedOut.clear();
}

void ProfileStore::optOut(const QStringList &ids)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &id : ids)
        m_optedOut.insert(id);
}

bool ProfileStore::isOptedOut(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_optedOut.contains(id);
}

QString ProfileStore::uuidOfLink(const QString &link) const
{
    QMutexLocker lock(&m_mutex);
    return m_links.value(link);
}

QStringList ProfileStore::linksOf(const QString &uuid) const
{
    QMutexLocker lock(&m_mutex);
    return m_profiles.value(uuid).links;
}

int ProfileStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_profiles.size());
}

QVector<qint64> ProfileStore::segmentsOf(const QString &uuid) const
{
    QMutexLocker lock(&m_mutex);
    return m_profiles.value(uuid).segments;
}

} // namespace dcsdesk
