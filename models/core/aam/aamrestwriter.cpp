#include "aamrestwriter.h"

#include "aamrestoverlay.h"
#include "aamrestreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace dcsdesk {

namespace {

const QStringList kLabelKeys = {QStringLiteral("pii"), QStringLiteral("onSiteTargeting"),
                                QStringLiteral("offSiteTargeting"),
                                QStringLiteral("onSitePersonalization")};

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject restExtrasOf(const QJsonObject &unknownKeys)
{
    return unknownKeys.value(QLatin1String(AamRestReader::RestExtrasKey)).toObject();
}

// What a mapping object says about its segment (elementName, ...): from the catalogue, or as the
// snapshot had it when the catalogue lacks the segment.
struct Element
{
    bool known = false;
    QString name;
    QString description;
    bool active = true;
};

Element elementOf(const Segment *s)
{
    return s ? Element{true, s->name, s->description, s->active} : Element();
}

// The REST keys DCS Desk writes for a mapping, from the model alone.
QJsonObject plainMapping(const SegmentMapping &m, const Destination &d, const Element &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("mappingId"), m.id);
    o.insert(QStringLiteral("destinationId"), m.destinationId);
    o.insert(QStringLiteral("sid"), m.sid);
    o.insert(QStringLiteral("traitType"), QStringLiteral("SEGMENT"));
    o.insert(QStringLiteral("traitValue"), 0);
    if (e.known) {
        o.insert(QStringLiteral("elementName"), e.name);
        o.insert(QStringLiteral("elementDescription"), e.description);
        o.insert(QStringLiteral("elementStatus"),
                 e.active ? QStringLiteral("active") : QStringLiteral("inactive"));
    }
    o.insert(QStringLiteral("startDate"), m.startDate.isValid()
                                              ? QJsonValue(m.startDate.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("endDate"), m.endDate.isValid()
                                            ? QJsonValue(m.endDate.toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("priority"), d.type == Destination::Type::Cookie && m.priority > 0
                                             ? QJsonValue(m.priority)
                                             : QJsonValue(QJsonValue::Null));
    switch (d.type) {
    case Destination::Type::Url:
        if (d.serialized) {
            // The documented response echoes the alias in url and secureUrl.
            o.insert(QStringLiteral("traitAlias"), m.value);
            o.insert(QStringLiteral("url"), m.value);
            o.insert(QStringLiteral("secureUrl"), m.value);
        } else {
            o.insert(QStringLiteral("url"), m.value);
            o.insert(QStringLiteral("secureUrl"), QJsonValue::Null);
            o.insert(QStringLiteral("traitAlias"), QJsonValue::Null);
        }
        break;
    case Destination::Type::ServerToServer:
        o.insert(QStringLiteral("traitAlias"), m.value);
        break;
    case Destination::Type::Cookie:
        if (d.cookieFormat == Destination::CookieFormat::MultiKey) {
            o.insert(QStringLiteral("traitAlias"), m.value);
            o.insert(QStringLiteral("valueAlias"), m.secondValue);
        } else {
            o.insert(QStringLiteral("valueAlias"), m.value);
        }
        break;
    }
    return o;
}

// The REST keys DCS Desk writes for a destination, from the model alone (no mappings, no
// extension).
QJsonObject plainDestination(const Destination &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("destinationId"), d.id);
    o.insert(QStringLiteral("name"), d.name);
    o.insert(QStringLiteral("description"), d.description);
    if (d.type == Destination::Type::Url)
        o.insert(QStringLiteral("destinationType"), QStringLiteral("PUSH"));
    else if (d.type == Destination::Type::Cookie)
        o.insert(QStringLiteral("destinationType"), QStringLiteral("ADS"));
    o.insert(QStringLiteral("serializationEnabled"), d.serialized);
    if (d.updateTime.isValid())
        o.insert(QStringLiteral("updateTime"), d.updateTime.toMSecsSinceEpoch());
    if (d.type == Destination::Type::Url) {
        o.insert(QStringLiteral("urlFormatString"), stringOrNull(d.urlFormat));
        o.insert(QStringLiteral("secureUrlFormatString"), stringOrNull(d.secureUrlFormat));
        o.insert(QStringLiteral("delimiter"), stringOrNull(d.delimiter));
        o.insert(QStringLiteral("domainRestrictions"), QStringLiteral("all_domains"));
    } else if (d.type == Destination::Type::Cookie) {
        o.insert(QStringLiteral("cookieName"), d.cookieName);
        o.insert(QStringLiteral("cnameDomain"), d.cookieDomain);
        o.insert(QStringLiteral("formatType"), Destination::cookieFormatKey(d.cookieFormat));
        if (d.cookieFormat == Destination::CookieFormat::SingleKey)
            o.insert(QStringLiteral("singleKey"), d.singleKey);
        o.insert(QStringLiteral("keySeparator"), d.keySeparator);
        o.insert(QStringLiteral("valueSeparator"), d.valueSeparator);
        if (d.serialized || !d.serializationSeparator.isEmpty())
            o.insert(QStringLiteral("serializationSeparator"), d.serializationSeparator);
        o.insert(QStringLiteral("maxSize"), d.maxSize);
        o.insert(QStringLiteral("ttl"), d.ttlDays);
        o.insert(QStringLiteral("domainRestrictions"), Destination::publishKey(d.publishTo));
        QJsonArray sites;
        for (int site : d.siteIds)
            sites.append(site);
        o.insert(QStringLiteral("siteIDs"), sites);
    }
    return o;
}

QJsonObject extensionOf(const Destination &d)
{
    QJsonObject ext;
    ext.insert(QStringLiteral("platform"), Destination::platformKey(d.platform));
    ext.insert(QStringLiteral("autoFill"), Destination::autoFillKey(d.autoFill));
    QJsonArray labels;
    for (int bit = 0; bit < kLabelKeys.size(); ++bit) {
        if (d.exportLabels & (1 << bit))
            labels.append(kLabelKeys[bit]);
    }
    ext.insert(QStringLiteral("exportLabels"), labels);
    if (d.type == Destination::Type::ServerToServer)
        ext.insert(QStringLiteral("type"), QStringLiteral("s2s"));
    return ext;
}

// The rule goes to segmentRule only for a segment whose snapshot has one: a rule written here
// is the sandbox's language, which Audience Manager would not take.
QJsonObject plainSegment(const Segment &s, bool withRule)
{
    QJsonObject o{{QStringLiteral("sid"), s.sid},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("integrationCode"), s.integrationCode},
                  {QStringLiteral("status"),
                   s.active ? QStringLiteral("active") : QStringLiteral("inactive")}};
    if (withRule)
        o.insert(QStringLiteral("segmentRule"), s.rule);
    return o;
}

// Without a snapshot: the keys kept by an import of an older version ("aamRest"), then the model.
QJsonObject overExtras(QJsonObject o, const QJsonObject &plain, bool keepDomainRestrictions)
{
    for (auto it = plain.begin(); it != plain.end(); ++it) {
        if (keepDomainRestrictions && it.key() == QLatin1String("domainRestrictions") &&
            o.contains(it.key()))
            continue;
        o.insert(it.key(), it.value());
    }
    return o;
}

} // namespace

QJsonObject AamRestWriter::mappingToRest(const SegmentMapping &m, const Destination &d,
                                         const Workspace &ws)
{
    Element now = elementOf(ws.segment(m.sid));
    if (m.remote.isEmpty()) {
        return overExtras(restExtrasOf(m.unknownKeys), plainMapping(m, d, now), false);
    }
    AamRestMapping base = AamRestReader::readMappingObject(m.remote);
    base.resolveValue(d);
    SegmentMapping before = base.mapping;
    if (!base.hasId)
        before.id = m.id;
    if (before.destinationId == 0)
        before.destinationId = m.destinationId;
    const Element then = base.hasElement ? Element{true, base.elementName, base.elementDescription,
                                                   base.elementActive}
                                         : now;
    if (!now.known)
        now = then;
    const QJsonObject was = plainMapping(before, d, then);
    const QJsonObject is = plainMapping(m, d, now);
    QJsonObject o = AamRestOverlay::apply(m.remote, was, is);
    // A secure URL that only echoed the URL follows an edited URL.
    const QString url = QStringLiteral("url");
    const QString secureUrl = QStringLiteral("secureUrl");
    if (d.type == Destination::Type::Url && !d.serialized && was.value(url) != is.value(url) &&
        m.remote.value(secureUrl).isString() && m.remote.value(secureUrl) == m.remote.value(url))
        o.insert(secureUrl, is.value(url));
    return o;
}

QJsonObject AamRestWriter::destinationToRest(const Destination &d, const Workspace &ws,
                                             const Options &options)
{
    QJsonObject o;
    const QString mappingsKey = QStringLiteral("mappings");
    const int mappingCount = ws.mappingCountOf(d.id);
    if (d.remote.isEmpty()) {
        o = overExtras(restExtrasOf(d.unknownKeys), plainDestination(d),
                       d.type == Destination::Type::Url);
    } else {
        const AamRestItem base = AamRestReader::readDestinationObject(d.remote);
        Destination before = base.destination;
        if (!base.hasId)
            before.id = d.id;
        before.updateTime = d.updateTime; // the account's time stamp, never an edit
        o = AamRestOverlay::apply(d.remote, plainDestination(before), plainDestination(d));
        if (!d.remote.contains(mappingsKey))
            o.remove(mappingsKey);
    }
    const QJsonValue remoteMappings = d.remote.value(mappingsKey);
    const bool listMappings = options.includeMappings &&
                              (mappingCount > 0 || remoteMappings.isArray() || d.remote.isEmpty());
    if (listMappings) {
        QJsonArray mappings;
        for (int i : ws.mappingIndexesOf(d.id))
            mappings.append(mappingToRest(ws.mappings[i], d, ws));
        o.insert(mappingsKey, mappings);
    } else if (d.remote.contains(mappingsKey) || d.remote.isEmpty()) {
        o.insert(mappingsKey, QJsonValue::Null); // not listed
    }
    if (options.includeDcsDeskFields)
        o.insert(QLatin1String(AamRestReader::ExtensionKey), extensionOf(d));
    else
        o.remove(QLatin1String(AamRestReader::ExtensionKey));
    return o;
}

QJsonObject AamRestWriter::segmentToRest(const Segment &s)
{
    if (s.remote.isEmpty())
        return plainSegment(s, false);
    const AamRestSegment base = AamRestReader::readSegmentObject(s.remote);
    Segment before = base.segment;
    if (!base.presentFields.contains(Segment::Sid))
        before.sid = s.sid;
    const bool withRule = s.remote.contains(QStringLiteral("segmentRule"));
    return AamRestOverlay::apply(s.remote, plainSegment(before, withRule),
                                 plainSegment(s, withRule));
}

AamRestWriter::Result AamRestWriter::writeMappings(const Workspace &ws,
                                                   const QList<qint64> &destinationIds)
{
    Result result;
    const QSet<qint64> wanted(destinationIds.begin(), destinationIds.end());
    QJsonArray list;
    for (const SegmentMapping &m : ws.mappings) {
        const Destination *d = ws.destination(m.destinationId);
        if (!d || (!wanted.isEmpty() && !wanted.contains(m.destinationId)))
            continue;
        list.append(mappingToRest(m, *d, ws));
        ++result.mappings;
    }
    result.json = QJsonDocument(list).toJson(QJsonDocument::Indented);
    return result;
}

AamRestWriter::Result AamRestWriter::writeSegments(const Workspace &ws, const QList<qint64> &sids)
{
    Result result;
    const QSet<qint64> wanted(sids.begin(), sids.end());
    QJsonArray list;
    for (const Segment &s : ws.segments) {
        if (!wanted.isEmpty() && !wanted.contains(s.sid))
            continue;
        list.append(segmentToRest(s));
        ++result.segments;
    }
    result.json = QJsonDocument(list).toJson(QJsonDocument::Indented);
    return result;
}

AamRestWriter::Result AamRestWriter::write(const Workspace &ws, const QList<qint64> &ids,
                                           const Options &options)
{
    if (options.mappingsOnly)
        return writeMappings(ws, ids);
    Result result;
    const QSet<qint64> wanted(ids.begin(), ids.end());
    QJsonArray list;
    for (const Destination &d : ws.destinations) {
        if (!wanted.isEmpty() && !wanted.contains(d.id))
            continue;
        if (d.type == Destination::Type::ServerToServer && !options.includeDcsDeskFields) {
            result.skipped.append(
                QCoreApplication::translate(
                    "AamRest",
                    "%1 (%2): server-to-server destinations have no AAM REST type; include DCS "
                    "Desk's fields to export them.")
                    .arg(d.name)
                    .arg(d.id));
            continue;
        }
        list.append(destinationToRest(d, ws, options));
        ++result.destinations;
        if (options.includeMappings)
            result.mappings += ws.mappingCountOf(d.id);
    }
    result.json = QJsonDocument(list).toJson(QJsonDocument::Indented);
    return result;
}

bool AamRestWriter::saveFile(const QString &path, const QByteArray &json, QString *error)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("AamRest",
                                                 "%1 cannot be written: %2. Choose another folder.")
                         .arg(name, file.errorString());
        return false;
    }
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate(
                         "AamRest",
                         "%1 could not be saved: %2. Nothing was written; check the free space and "
                         "try again.")
                         .arg(name, file.errorString());
        return false;
    }
    return true;
}

} // namespace dcsdesk
