#include "workspacegenerator.h"

#include <QRandomGenerator>
#include <algorithm>
#include <numeric>

namespace dcsdesk {

namespace {

const char *const kTopics[] = {"golf",   "tennis", "travel", "finance", "autos",  "fashion",
                               "gaming", "music",  "movies", "cooking", "health", "pets",
                               "garden", "books",  "sports", "tech"};
constexpr int kTopicCount = int(sizeof(kTopics) / sizeof(kTopics[0]));

Destination makeDestination(qint64 id, int kind)
{
    Destination d;
    d.id = id;
    d.updateTime = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    switch (kind) {
    case 0: // serialized URL
        d.type = Destination::Type::Url;
        d.name = QStringLiteral("URL serialized %1").arg(id);
        d.serialized = true;
        d.urlFormat = QStringLiteral("http://px%1.example.com/seg?s=%ALIAS%&r=%rnd%").arg(id);
        d.secureUrlFormat =
            QStringLiteral("https://px%1.example.com/seg?s=%ALIAS%&r=%rnd%").arg(id);
        d.delimiter = QStringLiteral(",");
        d.autoFill = Destination::AutoFill::SegmentId;
        break;
    case 1: // non-serialized URL
        d.type = Destination::Type::Url;
        d.name = QStringLiteral("URL pixel %1").arg(id);
        d.urlFormat = QStringLiteral("https://pixel%1.example.com/p?%ALIAS%").arg(id);
        d.secureUrlFormat = d.urlFormat;
        d.autoFill = Destination::AutoFill::SegmentId;
        break;
    case 2: // single-key cookie
        d.type = Destination::Type::Cookie;
        d.name = QStringLiteral("Cookie single %1").arg(id);
        d.platform = Destination::Platform::Browser;
        d.cookieName = QStringLiteral("aam%1").arg(id);
        d.singleKey = QStringLiteral("seg");
        d.serialized = (id % 2) == 0;
        d.serializationSeparator = QStringLiteral("#");
        d.autoFill = Destination::AutoFill::IntegrationCode;
        break;
    case 3: // multi-key cookie
        d.type = Destination::Type::Cookie;
        d.name = QStringLiteral("Cookie multi %1").arg(id);
        d.platform = Destination::Platform::Browser;
        d.cookieName = QStringLiteral("kv%1").arg(id);
        d.cookieFormat = Destination::CookieFormat::MultiKey;
        d.cookieDomain = QStringLiteral(".example.com");
        break;
    default: // server-to-server
        d.type = Destination::Type::ServerToServer;
        d.name = QStringLiteral("Server-to-server %1").arg(id);
        d.autoFill = Destination::AutoFill::SegmentId;
        break;
    }
    return d;
}

} // namespace

Workspace WorkspaceGenerator::generate(const Options &options)
{
    QRandomGenerator rng(options.seed);
    const QDate reference =
        options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate();
    Workspace ws;
    ws.name = QStringLiteral("Generated (seed %1)").arg(options.seed);

    Profile profile;
    profile.name = QStringLiteral("Local sandbox");
    profile.alias = QStringLiteral("generated");
    ws.profiles.append(profile);

    const int segmentCount = std::max(1, options.segments);
    ws.segments.reserve(segmentCount);
    for (int i = 0; i < segmentCount; ++i) {
        Segment s;
        s.sid = 100000 + i;
        const char *topic = kTopics[i % kTopicCount];
        s.name = QStringLiteral("%1 audience %2").arg(QLatin1String(topic)).arg(i);
        s.description = QStringLiteral("Generated segment %1").arg(i);
        s.integrationCode = QStringLiteral("%1_%2").arg(QLatin1String(topic)).arg(i);
        s.active = rng.bounded(20) != 0;
        s.rule = QStringLiteral("c_interest == \"%1\" AND c_score >= %2")
                     .arg(QLatin1String(topic))
                     .arg(i % 10);
        ws.segments.append(s);
    }

    // At most 100 server-to-server destinations (domain.md §5.7): kinds cycle URL-heavy.
    const int destinationCount = std::max(1, options.destinations);
    ws.destinations.reserve(destinationCount);
    int s2s = 0;
    for (int i = 0; i < destinationCount; ++i) {
        int kind = i == 0 ? 0 : int(rng.bounded(5));
        if (kind == 4 && s2s >= 100)
            kind = int(rng.bounded(4));
        if (kind == 4)
            ++s2s;
        ws.destinations.append(makeDestination(i + 1, kind));
    }

    const int total = std::max(0, options.mappings);
    const int first = std::min(total, std::max(0, options.largestDestinationMappings));
    ws.mappings.reserve(total);
    qint64 nextId = 1;
    auto addMappings = [&](const Destination &d, int count) {
        // Distinct segments per destination while there are enough of them, taken with a random
        // stride so destinations share segments the way real accounts do.
        const int start = int(rng.bounded(segmentCount));
        int stride = 1 + int(rng.bounded(std::max(1, segmentCount / std::max(1, count))));
        while (std::gcd(stride, segmentCount) != 1)
            ++stride;
        for (int k = 0; k < count; ++k) {
            const Segment &s = ws.segments[(start + qint64(k) * stride) % segmentCount];
            SegmentMapping m;
            m.id = nextId++;
            m.destinationId = d.id;
            m.sid = s.sid;
            const int schedule = int(rng.bounded(100));
            if (schedule < 15) { // expired
                m.startDate = reference.addDays(-400 - int(rng.bounded(400)));
                m.endDate = reference.addDays(-1 - int(rng.bounded(300)));
            } else if (schedule < 25) { // future
                m.startDate = reference.addDays(1 + int(rng.bounded(120)));
                if (rng.bounded(2))
                    m.endDate = m.startDate.addDays(30 + int(rng.bounded(300)));
            } else { // active
                m.startDate = reference.addDays(-int(rng.bounded(700)));
                if (rng.bounded(2))
                    m.endDate = reference.addDays(1 + int(rng.bounded(365)));
            }
            switch (d.type) {
            case Destination::Type::Url:
                m.value = d.serialized ? QString::number(s.sid)
                                       : QStringLiteral("https://pixel%1.example.com/p?seg=%2")
                                             .arg(d.id)
                                             .arg(s.sid);
                break;
            case Destination::Type::Cookie:
                if (d.cookieFormat == Destination::CookieFormat::MultiKey) {
                    m.value = QLatin1String(kTopics[s.sid % kTopicCount]);
                    m.secondValue = QString::number(s.sid);
                } else {
                    m.value = s.integrationCode;
                }
                m.priority = 1 + int(rng.bounded(5));
                break;
            case Destination::Type::ServerToServer:
                m.value = QString::number(s.sid);
                break;
            }
            ws.mappings.append(m);
        }
    };
    addMappings(ws.destinations[0], first);
    const int rest = total - first;
    const int others = int(ws.destinations.size()) - 1;
    if (others > 0) {
        for (int i = 0; i < others; ++i) {
            const int count = rest / others + (i < rest % others ? 1 : 0);
            addMappings(ws.destinations[i + 1], count);
        }
    } else {
        addMappings(ws.destinations[0], rest);
    }
    ws.rebuildIndex();
    return ws;
}

} // namespace dcsdesk
