#include "aamrestwriter.h"

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

} // namespace

QJsonObject AamRestWriter::mappingToRest(const SegmentMapping &m, const Destination &d,
                                         const Workspace &ws)
{
    QJsonObject o = restExtrasOf(m.unknownKeys);
    o.insert(QStringLiteral("mappingId"), m.id);
    o.insert(QStringLiteral("destinationId"), m.destinationId);
    o.insert(QStringLiteral("sid"), m.sid);
    o.insert(QStringLiteral("traitType"), QStringLiteral("SEGMENT"));
    o.insert(QStringLiteral("traitValue"), 0);
    if (const Segment *s = ws.segment(m.sid)) {
        o.insert(QStringLiteral("elementName"), s->name);
        o.insert(QStringLiteral("elementDescription"), s->description);
        o.insert(QStringLiteral("elementStatus"),
                 s->active ? QStringLiteral("active") : QStringLiteral("inactive"));
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

QJsonObject AamRestWriter::destinationToRest(const Destination &d, const Workspace &ws,
                                             const Options &options)
{
    QJsonObject o = restExtrasOf(d.unknownKeys);
    o.insert(QStringLiteral("destinationId"), d.id);
    o.insert(QStringLiteral("name"), d.name);
    o.insert(QStringLiteral("description"), d.description);
    switch (d.type) {
    case Destination::Type::Url:
        o.insert(QStringLiteral("destinationType"), QStringLiteral("PUSH"));
        break;
    case Destination::Type::Cookie:
        o.insert(QStringLiteral("destinationType"), QStringLiteral("ADS"));
        break;
    case Destination::Type::ServerToServer:
        o.remove(QStringLiteral("destinationType"));
        break;
    }
    o.insert(QStringLiteral("serializationEnabled"), d.serialized);
    if (d.updateTime.isValid())
        o.insert(QStringLiteral("updateTime"), d.updateTime.toMSecsSinceEpoch());
    if (d.type == Destination::Type::Url) {
        o.insert(QStringLiteral("urlFormatString"), stringOrNull(d.urlFormat));
        o.insert(QStringLiteral("secureUrlFormatString"), stringOrNull(d.secureUrlFormat));
        o.insert(QStringLiteral("delimiter"), stringOrNull(d.delimiter));
        if (!o.contains(QStringLiteral("domainRestrictions")))
            o.insert(QStringLiteral("domainRestrictions"), QStringLiteral("all_domains"));
    } else if (d.type == Destination::Type::Cookie) {
        o.insert(QStringLiteral("cookieName"), d.cookieName);
        o.insert(QStringLiteral("cnameDomain"), d.cookieDomain);
        o.insert(QStringLiteral("formatType"), Destination::cookieFormatKey(d.cookieFormat));
        if (d.cookieFormat == Destination::CookieFormat::SingleKey)
            o.insert(QStringLiteral("singleKey"), d.singleKey);
        else
            o.remove(QStringLiteral("singleKey"));
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
    if (options.includeDcsDeskFields) {
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
        o.insert(QLatin1String(AamRestReader::ExtensionKey), ext);
    } else {
        o.remove(QLatin1String(AamRestReader::ExtensionKey));
    }
    if (options.includeMappings) {
        QJsonArray mappings;
        for (int i : ws.mappingIndexesOf(d.id))
            mappings.append(mappingToRest(ws.mappings[i], d, ws));
        o.insert(QStringLiteral("mappings"), mappings);
    } else {
        o.insert(QStringLiteral("mappings"), QJsonValue::Null);
    }
    return o;
}

AamRestWriter::Result AamRestWriter::write(const Workspace &ws, const QList<qint64> &ids,
                                           const Options &options)
{
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
