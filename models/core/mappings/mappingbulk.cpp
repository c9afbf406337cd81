#include "mappingbulk.h"

#include <QSet>

namespace dcsdesk {

QStringList MappingBulk::placeholders()
{
    return {QStringLiteral("{sid}"), QStringLiteral("{code}"), QStringLiteral("{name}"),
            QStringLiteral("{value}"), QStringLiteral("{second}")};
}

QString MappingBulk::expandPattern(const QString &pattern, const SegmentMapping &mapping,
                                   const Segment *segment)
{
    if (!pattern.contains(QLatin1Char('{')))
        return pattern;
    QString out;
    out.reserve(pattern.size() + 16);
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('{')) {
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 1);
            if (close > i) {
                const QStringView name = QStringView(pattern).mid(i + 1, close - i - 1);
                bool known = true;
                if (name.compare(QLatin1String("sid"), Qt::CaseInsensitive) == 0)
                    out += QString::number(mapping.sid);
                else if (name.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0)
                    out += segment ? segment->integrationCode : QString();
                else if (name.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0)
                    out += segment ? segment->name : QString();
                else if (name.compare(QLatin1String("value"), Qt::CaseInsensitive) == 0)
                    out += mapping.value;
                else if (name.compare(QLatin1String("second"), Qt::CaseInsensitive) == 0)
                    out += mapping.secondValue;
                else
                    known = false;
                if (known) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QString MappingBulk::defaultValuePattern(const Destination &d)
{
    QString token;
    switch (d.autoFill) {
    case Destination::AutoFill::SegmentId:
        token = QStringLiteral("{sid}");
        break;
    case Destination::AutoFill::IntegrationCode:
        token = QStringLiteral("{code}");
        break;
    case Destination::AutoFill::None:
        return {};
    }
    if (d.type == Destination::Type::Url && !d.serialized) {
        const QString format = d.secureUrlFormat.isEmpty() ? d.urlFormat : d.secureUrlFormat;
        if (format.contains(QLatin1String("%ALIAS%"), Qt::CaseInsensitive)) {
            QString url = format;
            url.replace(QLatin1String("%ALIAS%"), token, Qt::CaseInsensitive);
            return url;
        }
    }
    return token;
}

MappingBulk::AddOptions MappingBulk::defaultAddOptions(const Destination &d)
{
    AddOptions options;
    options.valuePattern = defaultValuePattern(d);
    if (d.type == Destination::Type::Cookie &&
        d.cookieFormat == Destination::CookieFormat::MultiKey)
        options.secondValuePattern = QStringLiteral("{sid}");
    return options;
}

ChangeSet MappingBulk::addSegments(const Workspace &ws, qint64 destinationId,
                                   const QVector<qint64> &sids, const AddOptions &options,
                                   const QDate &today)
{
    ChangeSet changes;
    const Destination *d = ws.destination(destinationId);
    if (!d)
        return changes;
    QSet<qint64> mapped;
    if (options.skipMapped) {
        for (int i : ws.mappingIndexesOf(destinationId))
            mapped.insert(ws.mappings[i].sid);
    }
    const bool cookie = d->type == Destination::Type::Cookie;
    const bool multiKey = cookie && d->cookieFormat == Destination::CookieFormat::MultiKey;
    qint64 nextId = ws.nextMappingId();
    changes.addMappings.reserve(sids.size());
    for (qint64 sid : sids) {
        if (mapped.contains(sid))
            continue;
        mapped.insert(sid); // the same segment twice in the request adds it once
        SegmentMapping m;
        m.id = nextId++;
        m.destinationId = destinationId;
        m.sid = sid;
        m.startDate = options.startDate.isValid() ? options.startDate
                      : today.isValid()           ? today
                                                  : QDate::currentDate();
        m.endDate = options.endDate;
        m.priority = cookie ? std::max(0, options.priority) : 0;
        const Segment *s = ws.segment(sid);
        m.value = expandPattern(options.valuePattern, m, s);
        if (multiKey)
            m.secondValue = expandPattern(options.secondValuePattern, m, s);
        changes.addMappings.append(m);
    }
    return changes;
}

ChangeSet MappingBulk::edit(const Workspace &ws, const QVector<qint64> &mappingIds, const Edit &e)
{
    ChangeSet changes;
    if (e.isEmpty())
        return changes;
    changes.updateMappings.reserve(mappingIds.size());
    for (qint64 id : mappingIds) {
        const int i = ws.mappingIndex(id);
        if (i < 0)
            continue;
        const SegmentMapping &old = ws.mappings[i];
        SegmentMapping m = old;
        const Destination *d = ws.destination(m.destinationId);
        const Segment *s = ws.segment(m.sid);
        if (e.valuePattern)
            m.value = expandPattern(*e.valuePattern, old, s);
        if (e.secondValuePattern && d && d->type == Destination::Type::Cookie &&
            d->cookieFormat == Destination::CookieFormat::MultiKey)
            m.secondValue = expandPattern(*e.secondValuePattern, old, s);
        if (e.startDate && e.startDate->isValid())
            m.startDate = *e.startDate;
        if (e.endDate)
            m.endDate = *e.endDate;
        if (e.priority && d && d->type == Destination::Type::Cookie)
            m.priority = std::max(0, *e.priority);
        if (m != old)
            changes.updateMappings.append(m);
    }
    return changes;
}

ChangeSet MappingBulk::remove(const QVector<qint64> &mappingIds)
{
    ChangeSet changes;
    changes.removeMappings = mappingIds;
    return changes;
}

} // namespace dcsdesk
