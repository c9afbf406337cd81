#include "aamrestreader.h"

#include "aamrestjson.h"

#include "system/inputfile.h"
#include "workspace/jsonscan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <cmath>
#include <vector>

namespace dcsdesk {

namespace {

const QStringList kMappingIdKeys = {QStringLiteral("mappingId"),
                                    QStringLiteral("destinationMappingId"),
                                    QStringLiteral("traitToDataOrderId")};

// Keys of a mapping object that are derived from elsewhere and not worth keeping.
const QStringList kMappingReadKeys = {QStringLiteral("mappingId"),
                                      QStringLiteral("destinationMappingId"),
                                      QStringLiteral("traitToDataOrderId"),
                                      QStringLiteral("sid"),
                                      QStringLiteral("traitType"),
                                      QStringLiteral("traitValue"),
                                      QStringLiteral("destinationId"),
                                      QStringLiteral("orderId"),
                                      QStringLiteral("elementName"),
                                      QStringLiteral("elementDescription"),
                                      QStringLiteral("elementStatus"),
                                      QStringLiteral("startDate"),
                                      QStringLiteral("endDate"),
                                      QStringLiteral("priority"),
                                      QStringLiteral("url"),
                                      QStringLiteral("secureUrl"),
                                      QStringLiteral("traitAlias"),
                                      QStringLiteral("valueAlias")};

bool looksLikeMapping(const QJsonObject &o)
{
    if (o.contains(QStringLiteral("destinationType")) || !o.contains(QStringLiteral("sid")))
        return false;
    return o.contains(QStringLiteral("traitType")) || !o.contains(QStringLiteral("name"));
}

// A segment of GET /v1/segments/: an sid and a name, no traitType (which every mapping has).
bool looksLikeSegment(const QJsonObject &o)
{
    return !o.contains(QStringLiteral("destinationType")) && o.contains(QStringLiteral("sid")) &&
           !o.contains(QStringLiteral("traitType")) && o.contains(QStringLiteral("name"));
}

AamRestSegment readRestSegment(const QJsonObject &o, int index)
{
    AamRestSegment r;
    r.index = index;
    r.remote = o;
    Segment &s = r.segment;
    qint64 sid = 0;
    if (aamrest::readInteger(o.value(QStringLiteral("sid")), &sid) && sid > 0) {
        s.sid = sid;
        r.presentFields.insert(Segment::Sid);
    } else {
        r.problems.append(
            QCoreApplication::translate("AamRest", "Segment %1 has no segment ID (sid).")
                .arg(index));
    }
    const auto text = [&](const char *k, int field) {
        const QJsonValue v = o.value(aamrest::key(k));
        QString value;
        if (v.isUndefined())
            return;
        if (aamrest::readString(v, &value)) {
            s.setField(field, value);
            r.presentFields.insert(field);
        } else {
            r.problems.append(QCoreApplication::translate(
                                  "AamRest", "Segment %1: \"%2\" has an unexpected value (%3).")
                                  .arg(index)
                                  .arg(aamrest::key(k), aamrest::shortJson(v)));
        }
    };
    text("name", Segment::Name);
    text("description", Segment::Description);
    text("integrationCode", Segment::IntegrationCode);
    // As the Segments view's import: this tool's own "rule" wins over AAM's "segmentRule".
    text(o.contains(QStringLiteral("rule")) ? "rule" : "segmentRule", Segment::Rule);
    if (o.contains(QStringLiteral("status"))) {
        s.active = aamrest::isActiveStatus(o.value(QStringLiteral("status")));
        r.presentFields.insert(Segment::Active);
    }
    return r;
}

AamRestMapping readMapping(const QJsonObject &o, qint64 parentId, int index)
{
    AamRestMapping r;
    r.index = index;
    r.remote = o;
    SegmentMapping &m = r.mapping;
    const auto bad = [&](const QString &field, const QJsonValue &v) {
        r.problems.append(QCoreApplication::translate(
                              "AamRest", "Mapping %1: \"%2\" has an unexpected value (%3).")
                              .arg(index)
                              .arg(field, aamrest::shortJson(v)));
    };
    for (const QString &idKey : kMappingIdKeys) {
        const QJsonValue v = o.value(idKey);
        if (v.isUndefined() || v.isNull())
            continue;
        qint64 id = 0;
        if (aamrest::readInteger(v, &id) && id > 0) {
            m.id = id;
            r.hasId = true;
        } else {
            bad(idKey, v);
        }
        break;
    }
    m.destinationId = parentId;
    for (const char *k : {"destinationId", "orderId"}) {
        const QJsonValue v = o.value(aamrest::key(k));
        qint64 id = 0;
        if (parentId == 0 && aamrest::readInteger(v, &id)) {
            m.destinationId = id;
            break;
        }
    }
    const QJsonValue sid = o.value(QStringLiteral("sid"));
    qint64 sidValue = 0;
    if (aamrest::readInteger(sid, &sidValue) && sidValue > 0) {
        m.sid = sidValue;
        r.presentFields.insert(SegmentMapping::Sid);
    } else {
        r.problems.append(
            QCoreApplication::translate("AamRest", "Mapping %1 has no segment ID (sid).")
                .arg(index));
    }
    const QJsonValue traitType = o.value(QStringLiteral("traitType"));
    if (traitType.isString() &&
        traitType.toString().compare(QLatin1String("SEGMENT"), Qt::CaseInsensitive) != 0)
        r.problems.append(QCoreApplication::translate(
                              "AamRest",
                              "Mapping %1 has traitType \"%2\"; only SEGMENT mappings can be "
                              "imported.")
                              .arg(index)
                              .arg(traitType.toString()));
    if (o.contains(QStringLiteral("startDate"))) {
        if (aamrest::readDate(o.value(QStringLiteral("startDate")), &m.startDate))
            r.presentFields.insert(SegmentMapping::StartDate);
        else
            bad(QStringLiteral("startDate"), o.value(QStringLiteral("startDate")));
    }
    if (o.contains(QStringLiteral("endDate"))) {
        if (aamrest::readDate(o.value(QStringLiteral("endDate")), &m.endDate))
            r.presentFields.insert(SegmentMapping::EndDate);
        else
            bad(QStringLiteral("endDate"), o.value(QStringLiteral("endDate")));
    }
    if (o.contains(QStringLiteral("priority"))) {
        const QJsonValue v = o.value(QStringLiteral("priority"));
        qint64 p = 0;
        if (v.isNull()) {
            m.priority = 0;
            r.presentFields.insert(SegmentMapping::Priority);
        } else if (aamrest::readInteger(v, &p) && p >= 0 && p < 1000000) {
            m.priority = int(p);
            r.presentFields.insert(SegmentMapping::Priority);
        } else {
            bad(QStringLiteral("priority"), v);
        }
    }
    const auto text = [&](const char *k, QString *out, bool *has) {
        const QJsonValue v = o.value(aamrest::key(k));
        if (v.isUndefined())
            return;
        if (aamrest::readString(v, out))
            *has = !v.isNull();
        else
            bad(aamrest::key(k), v);
    };
    text("url", &r.url, &r.hasUrl);
    text("secureUrl", &r.secureUrl, &r.hasSecureUrl);
    text("traitAlias", &r.traitAlias, &r.hasTraitAlias);
    text("valueAlias", &r.valueAlias, &r.hasValueAlias);
    if (o.contains(QStringLiteral("elementName")) ||
        o.contains(QStringLiteral("elementDescription"))) {
        r.hasElement = true;
        aamrest::readString(o.value(QStringLiteral("elementName")), &r.elementName);
        aamrest::readString(o.value(QStringLiteral("elementDescription")), &r.elementDescription);
        r.elementActive = aamrest::isActiveStatus(o.value(QStringLiteral("elementStatus")));
    }
    QJsonObject extras;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kMappingReadKeys.contains(it.key()))
            extras.insert(it.key(), it.value());
    }
    if (!extras.isEmpty())
        m.unknownKeys.insert(QLatin1String(AamRestReader::RestExtrasKey), extras);
    return r;
}

// REST keys we convert into Destination fields; everything else is kept as REST extras.
const QStringList kDestinationReadKeys = {QStringLiteral("destinationId"),
                                          QStringLiteral("name"),
                                          QStringLiteral("description"),
                                          QStringLiteral("destinationType"),
                                          QStringLiteral("serializationEnabled"),
                                          QStringLiteral("urlFormatString"),
                                          QStringLiteral("secureUrlFormatString"),
                                          QStringLiteral("delimiter"),
                                          QStringLiteral("cookieName"),
                                          QStringLiteral("cnameDomain"),
                                          QStringLiteral("formatType"),
                                          QStringLiteral("singleKey"),
                                          QStringLiteral("keySeparator"),
                                          QStringLiteral("valueSeparator"),
                                          QStringLiteral("serializationSeparator"),
                                          QStringLiteral("maxSize"),
                                          QStringLiteral("ttl"),
                                          QStringLiteral("domainRestrictions"),
                                          QStringLiteral("siteIDs"),
                                          QStringLiteral("updateTime"),
                                          QStringLiteral("mappings"),
                                          QLatin1String(AamRestReader::ExtensionKey)};

const QStringList kLabelKeys = {QStringLiteral("pii"), QStringLiteral("onSiteTargeting"),
                                QStringLiteral("offSiteTargeting"),
                                QStringLiteral("onSitePersonalization")};

AamRestItem readDestination(const QJsonObject &o, int index, int *mappingCounter)
{
    AamRestItem item;
    item.index = index;
    item.remote = o;
    if (o.value(QStringLiteral("mappings")).isArray())
        item.remote.insert(QStringLiteral("mappings"), QJsonArray());
    Destination &d = item.destination;
    const QString where = QCoreApplication::translate("AamRest", "Destination %1").arg(index);
    const auto bad = [&](const QString &field, const QJsonValue &v) {
        item.problems.append(
            QCoreApplication::translate("AamRest", "%1: \"%2\" has an unexpected value (%3).")
                .arg(where, field, aamrest::shortJson(v)));
    };
    const QJsonObject ext = o.value(QLatin1String(AamRestReader::ExtensionKey)).toObject();

    if (o.contains(QStringLiteral("destinationId"))) {
        qint64 id = 0;
        const QJsonValue v = o.value(QStringLiteral("destinationId"));
        if (aamrest::readInteger(v, &id) && id > 0) {
            d.id = id;
            item.hasId = true;
            item.presentFields.insert(Destination::Id);
        } else if (!v.isNull()) {
            bad(QStringLiteral("destinationId"), v);
        }
    }

    // Type: PUSH = URL, ADS = cookie; server-to-server has no REST type (our extension says so).
    const QJsonValue typeValue = o.value(QStringLiteral("destinationType"));
    const QString restType = typeValue.toString().trimmed().toUpper();
    if (restType == QLatin1String("PUSH")) {
        d.type = Destination::Type::Url;
        item.presentFields.insert(Destination::DestType);
    } else if (restType == QLatin1String("ADS")) {
        d.type = Destination::Type::Cookie;
        item.presentFields.insert(Destination::DestType);
    } else if (!typeValue.isUndefined() && !typeValue.isNull()) {
        item.problems.append(
            QCoreApplication::translate("AamRest",
                                        "%1: destinationType \"%2\" is neither PUSH (URL) nor ADS "
                                        "(cookie).")
                .arg(where, typeValue.toString()));
    } else if (ext.value(QStringLiteral("type")).toString() == QLatin1String("s2s")) {
        d.type = Destination::Type::ServerToServer;
        item.presentFields.insert(Destination::DestType);
    } else if (o.contains(QStringLiteral("cookieName")) ||
               o.contains(QStringLiteral("formatType"))) {
        d.type = Destination::Type::Cookie;
        item.presentFields.insert(Destination::DestType);
        item.notes.append(QCoreApplication::translate(
                              "AamRest",
                              "%1 has no destinationType; it has cookie fields, so it is read as "
                              "a cookie destination.")
                              .arg(where));
    } else if (o.contains(QStringLiteral("urlFormatString"))) {
        d.type = Destination::Type::Url;
        item.presentFields.insert(Destination::DestType);
        item.notes.append(QCoreApplication::translate(
                              "AamRest",
                              "%1 has no destinationType; it has URL fields, so it is read as a "
                              "URL destination.")
                              .arg(where));
    }
    if (d.type == Destination::Type::Cookie)
        d.platform = Destination::Platform::Browser; // the only platform cookies work on

    const auto text = [&](const char *k, int field) {
        const QJsonValue v = o.value(aamrest::key(k));
        if (v.isUndefined())
            return;
        QString s;
        if (aamrest::readString(v, &s)) {
            d.setField(field, s);
            item.presentFields.insert(field);
        } else {
            bad(aamrest::key(k), v);
        }
    };
    const auto integer = [&](const char *k, int field, qint64 min) {
        const QJsonValue v = o.value(aamrest::key(k));
        if (v.isUndefined() || v.isNull())
            return;
        qint64 n = 0;
        if (aamrest::readInteger(v, &n) && n >= min && n <= INT_MAX) {
            d.setField(field, int(n));
            item.presentFields.insert(field);
        } else {
            bad(aamrest::key(k), v);
        }
    };
    text("name", Destination::Name);
    text("description", Destination::Description);
    text("urlFormatString", Destination::UrlFormat);
    text("secureUrlFormatString", Destination::SecureUrlFormat);
    text("delimiter", Destination::Delimiter);
    text("cookieName", Destination::CookieName);
    text("cnameDomain", Destination::CookieDomain);
    text("singleKey", Destination::SingleKey);
    text("keySeparator", Destination::KeySeparator);
    text("valueSeparator", Destination::ValueSeparator);
    text("serializationSeparator", Destination::SerializationSeparator);
    integer("maxSize", Destination::MaxSize, 0);
    integer("ttl", Destination::TtlDays, 0);

    if (o.contains(QStringLiteral("serializationEnabled"))) {
        bool b = false;
        const QJsonValue v = o.value(QStringLiteral("serializationEnabled"));
        if (v.isNull()) {
            item.presentFields.insert(Destination::Serialized);
        } else if (aamrest::readBool(v, &b)) {
            d.serialized = b;
            item.presentFields.insert(Destination::Serialized);
        } else {
            bad(QStringLiteral("serializationEnabled"), v);
        }
    }
    if (o.contains(QStringLiteral("formatType"))) {
        bool ok = false;
        const QString f = o.value(QStringLiteral("formatType")).toString().trimmed().toLower();
        d.cookieFormat = Destination::cookieFormatFromKey(f, &ok);
        if (ok)
            item.presentFields.insert(Destination::CookieFormatField);
        else if (!o.value(QStringLiteral("formatType")).isNull())
            bad(QStringLiteral("formatType"), o.value(QStringLiteral("formatType")));
    }
    if (o.contains(QStringLiteral("domainRestrictions"))) {
        bool ok = false;
        const QJsonValue v = o.value(QStringLiteral("domainRestrictions"));
        d.publishTo = Destination::publishFromKey(v.toString().trimmed(), &ok);
        if (ok)
            item.presentFields.insert(Destination::Publish);
        else if (!v.isNull())
            bad(QStringLiteral("domainRestrictions"), v);
    }
    if (o.contains(QStringLiteral("siteIDs"))) {
        const QJsonValue v = o.value(QStringLiteral("siteIDs"));
        bool ok = v.isArray() || v.isNull();
        QList<int> sites;
        for (const QJsonValue &s : v.toArray()) {
            qint64 n = 0;
            if (aamrest::readInteger(s, &n) && n > 0 && n <= INT_MAX)
                sites.append(int(n));
            else
                ok = false;
        }
        if (ok) {
            d.siteIds = sites;
            item.presentFields.insert(Destination::SiteIds);
        } else {
            bad(QStringLiteral("siteIDs"), v);
        }
    }
    if (o.contains(QStringLiteral("updateTime"))) {
        qint64 ms = 0;
        const QJsonValue v = o.value(QStringLiteral("updateTime"));
        if (aamrest::readInteger(v, &ms) && ms > 0) {
            d.updateTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            item.presentFields.insert(Destination::UpdateTime);
        } else if (v.isString() && QDateTime::fromString(v.toString(), Qt::ISODate).isValid()) {
            d.updateTime = QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
            item.presentFields.insert(Destination::UpdateTime);
        }
    }

    // DCS Desk's extension: fields AAM's REST objects do not name.
    if (ext.contains(QStringLiteral("platform"))) {
        bool ok = false;
        d.platform =
            Destination::platformFromKey(ext.value(QStringLiteral("platform")).toString(), &ok);
        if (ok)
            item.presentFields.insert(Destination::DestPlatform);
    }
    if (ext.contains(QStringLiteral("autoFill"))) {
        bool ok = false;
        d.autoFill =
            Destination::autoFillFromKey(ext.value(QStringLiteral("autoFill")).toString(), &ok);
        if (ok)
            item.presentFields.insert(Destination::AutoFillMode);
    }
    if (ext.contains(QStringLiteral("exportLabels"))) {
        int labels = 0;
        for (const QJsonValue &l : ext.value(QStringLiteral("exportLabels")).toArray()) {
            const int bit = int(kLabelKeys.indexOf(l.toString()));
            if (bit >= 0)
                labels |= 1 << bit;
        }
        d.exportLabels = labels;
        item.presentFields.insert(Destination::ExportLabels);
    }

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kDestinationReadKeys.contains(it.key()))
            item.restExtras.insert(it.key(), it.value());
    }

    const QJsonValue mappings = o.value(QStringLiteral("mappings"));
    if (mappings.isArray()) {
        item.mappingsPresent = true;
        for (const QJsonValue &mv : mappings.toArray()) {
            ++*mappingCounter;
            if (!mv.isObject()) {
                AamRestMapping notObject;
                notObject.index = *mappingCounter;
                notObject.problems.append(
                    QCoreApplication::translate("AamRest", "Mapping %1 is not a JSON object.")
                        .arg(*mappingCounter));
                item.mappings.append(notObject);
                continue;
            }
            item.mappings.append(readMapping(mv.toObject(), d.id, *mappingCounter));
        }
    } else if (!mappings.isUndefined() && !mappings.isNull()) {
        bad(QStringLiteral("mappings"), mappings);
    }
    return item;
}

const QStringList kEnvelopeKeys = {QStringLiteral("total"), QStringLiteral("page"),
                                   QStringLiteral("pageSize"), QStringLiteral("list")};

// What a paged list held, named after what it really holds, and whether it is complete.
QString pageNote(const AamRestReader::Result &r, int listed)
{
    const int kinds =
        int(!r.items.isEmpty()) + int(!r.looseMappings.isEmpty()) + int(!r.segments.isEmpty());
    QString what;
    if (kinds > 1)
        what = QCoreApplication::translate("AamRest", "%n object(s)", nullptr, listed);
    else if (!r.looseMappings.isEmpty())
        what = QCoreApplication::translate("AamRest", "%n mapping(s)", nullptr, listed);
    else if (!r.segments.isEmpty())
        what = QCoreApplication::translate("AamRest", "%n segment(s)", nullptr, listed);
    else
        what = QCoreApplication::translate("AamRest", "%n destination(s)", nullptr, listed);
    const AamRestReader::Page &p = r.page;
    if (p.total < 0)
        return QCoreApplication::translate(
                   "AamRest", "This file is a page of a paged list (page %1) holding %2; it does "
                              "not say how many there are in all.")
            .arg(p.page < 0 ? QStringLiteral("?") : QString::number(p.page), what);
    if (p.total > listed)
        return QCoreApplication::translate(
                   "AamRest", "This file is page %1 of a paged list (%2 per page): it holds %3 of "
                              "%4. Export the other pages to import them too.")
            .arg(p.page < 0 ? QStringLiteral("?") : QString::number(p.page),
                 p.pageSize < 0 ? QStringLiteral("?") : QString::number(p.pageSize), what)
            .arg(p.total);
    return QCoreApplication::translate("AamRest",
                                       "This file is a paged list that is complete: it holds %1.")
        .arg(what);
}

const QStringList kSegmentReadKeys = {
    QStringLiteral("sid"),    QStringLiteral("name"),        QStringLiteral("description"),
    QStringLiteral("status"), QStringLiteral("segmentRule"), QStringLiteral("integrationCode"),
    QStringLiteral("rule")};

// The keys of the file's objects that no field of DCS Desk shows: kept in the snapshots.
QStringList keptAsSent(const AamRestReader::Result &r)
{
    QSet<QString> keys;
    const auto add = [&](const QJsonObject &o, const QStringList &read) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!read.contains(it.key()))
                keys.insert(it.key());
        }
    };
    for (const AamRestItem &item : r.items) {
        add(item.remote, kDestinationReadKeys);
        for (const AamRestMapping &m : item.mappings)
            add(m.remote, kMappingReadKeys);
    }
    for (const AamRestMapping &m : r.looseMappings)
        add(m.remote, kMappingReadKeys);
    for (const AamRestSegment &s : r.segments)
        add(s.remote, kSegmentReadKeys);
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

} // namespace

void AamRestMapping::resolveValue(const Destination &d)
{
    mapping.value.clear();
    mapping.secondValue.clear();
    bool present = false;
    switch (d.type) {
    case Destination::Type::Url:
        if (!d.serialized) {
            mapping.value = hasUrl && !url.isEmpty() ? url : secureUrl;
            present = hasUrl || hasSecureUrl;
        } else {
            // A serialized mapping's url only echoes its traitAlias.
            mapping.value = hasTraitAlias ? traitAlias : url;
            present = hasTraitAlias || hasUrl;
        }
        break;
    case Destination::Type::ServerToServer:
        mapping.value = hasTraitAlias ? traitAlias : url;
        present = hasTraitAlias || hasUrl;
        break;
    case Destination::Type::Cookie:
        if (d.cookieFormat == Destination::CookieFormat::MultiKey) {
            mapping.value = traitAlias;
            mapping.secondValue = valueAlias;
            present = hasTraitAlias || hasValueAlias;
            if (present)
                presentFields.insert(SegmentMapping::SecondValue);
        } else {
            mapping.value = hasValueAlias ? valueAlias : traitAlias;
            present = hasValueAlias || hasTraitAlias;
        }
        break;
    }
    if (present)
        presentFields.insert(SegmentMapping::Value);
}

AamRestReader::Result AamRestReader::readFile(const QString &path)
{
    Result result;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists()) {
        result.error = QCoreApplication::translate(
                           "AamRest", "%1 does not exist. Check the file name and folder.")
                           .arg(name);
        return result;
    }
    QString notRegular;
    if (!InputFile::isRegularFile(path, &notRegular)) {
        result.error = notRegular;
        return result;
    }
    if (file.size() > MaxFileSize) {
        result.error = QCoreApplication::translate(
                           "AamRest", "%1 is %2 MB, larger than the %3 MB an AAM REST export can "
                                      "reasonably be. Choose the JSON file the REST API returned.")
                           .arg(name)
                           .arg(file.size() / (1024 * 1024))
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate(
                           "AamRest", "%1 cannot be read: %2. Check that you may read it.")
                           .arg(name, file.errorString());
        return result;
    }
    return read(file.read(MaxFileSize + 1));
}

AamRestReader::Result AamRestReader::read(const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonPosition pos = jsonPositionOf(json, parseError.offset);
        result.error =
            QCoreApplication::translate(
                "AamRest", "This is not valid JSON (line %1, column %2: %3). Fix the file or "
                           "export it from the REST API again.")
                .arg(pos.line)
                .arg(pos.column)
                .arg(parseError.errorString());
        return result;
    }

    // Repeated keys: say which and that the last value counts.
    QMap<QString, QPair<int, qsizetype>> repeated; // key -> (count, first offset)
    for (const aamrest::DuplicateKey &dup : aamrest::duplicateKeys(json)) {
        auto it = repeated.find(dup.key);
        if (it == repeated.end())
            repeated.insert(dup.key, {1, dup.offset});
        else
            ++it->first;
    }
    for (auto it = repeated.cbegin(); it != repeated.cend(); ++it) {
        const JsonPosition pos = jsonPositionOf(json, it->second);
        result.notes.append(QCoreApplication::translate(
                                "AamRest",
                                "The key “%1” is repeated inside an object (%n time(s), first "
                                "at line %2); the last value is used.",
                                nullptr, it->first)
                                .arg(it.key())
                                .arg(pos.line));
    }

    QJsonArray list;
    QStringList envelopeKeys; // keys of a paged envelope DCS Desk does not use
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("list")).isArray()) {
            list = root.value(QStringLiteral("list")).toArray();
            result.page.paged = true;
            aamrest::readInteger(root.value(QStringLiteral("total")), &result.page.total);
            aamrest::readInteger(root.value(QStringLiteral("page")), &result.page.page);
            aamrest::readInteger(root.value(QStringLiteral("pageSize")), &result.page.pageSize);
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (!kEnvelopeKeys.contains(it.key()))
                    envelopeKeys.append(it.key());
            }
        } else {
            list.append(root);
        }
    }

    int index = 0;
    int mappingCounter = 0;
    int segmentCounter = 0;
    int position = 0;
    for (const QJsonValue &v : list) {
        ++position;
        if (!v.isObject()) {
            // Not a destination, mapping or segment: said about the file, counted as none of them.
            result.notes.append(
                QCoreApplication::translate(
                    "AamRest", "Item %1 of the list is not a JSON object (%2); it is skipped.")
                    .arg(position)
                    .arg(aamrest::shortJson(v)));
            continue;
        }
        const QJsonObject o = v.toObject();
        if (looksLikeMapping(o)) {
            result.looseMappings.append(readMapping(o, 0, ++mappingCounter));
            continue;
        }
        if (looksLikeSegment(o)) {
            result.segments.append(readRestSegment(o, ++segmentCounter));
            continue;
        }
        result.items.append(readDestination(o, ++index, &mappingCounter));
    }
    if (result.items.isEmpty() && result.looseMappings.isEmpty() && result.segments.isEmpty()) {
        result.error = QCoreApplication::translate(
            "AamRest", "The file holds no destination, mapping or segment objects. Choose a file "
                       "returned by GET /v1/destinations/, GET /v1/destinations/<id>/mappings or "
                       "GET /v1/segments/, or one such object.");
        return result;
    }
    if (result.page.paged)
        result.notes.append(pageNote(result, int(list.size())));
    const QStringList kept = keptAsSent(result);
    if (!kept.isEmpty())
        result.notes.append(QCoreApplication::translate(
                                "AamRest", "Kept as the account sent them and written back on "
                                           "export, not edited in DCS Desk: %1.")
                                .arg(kept.join(QStringLiteral(", "))));
    if (!envelopeKeys.isEmpty())
        result.notes.append(QCoreApplication::translate(
                                "AamRest",
                                "The paged list also has %1, which DCS Desk does not use; it is "
                                "not imported.")
                                .arg(envelopeKeys.join(QStringLiteral(", "))));
    result.ok = true;
    return result;
}

AamRestItem AamRestReader::readDestinationObject(const QJsonObject &object)
{
    int mappings = 0;
    return readDestination(object, 1, &mappings);
}

AamRestMapping AamRestReader::readMappingObject(const QJsonObject &object)
{
    return readMapping(object, 0, 1);
}

AamRestSegment AamRestReader::readSegmentObject(const QJsonObject &object)
{
    return readRestSegment(object, 1);
}

} // namespace dcsdesk
