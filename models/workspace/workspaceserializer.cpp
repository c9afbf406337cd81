#include "workspaceserializer.h"

#include "jsonscan.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace dcsdesk {

namespace {

QString dateToJson(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue optionalDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

const QStringList kLabelKeys = {QStringLiteral("pii"), QStringLiteral("onSiteTargeting"),
                                QStringLiteral("offSiteTargeting"),
                                QStringLiteral("onSitePersonalization")};

// Reads typed values out of a JSON object; the first problem is remembered with its path.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = WorkspaceSerializer::tr("%1: %2").arg(path, what);
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path,
                   const QString &fallback = QString())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("expected text"));
            return fallback;
        }
        return v.toString();
    }

    qint64 integer(const QJsonObject &o, const QString &key, const QString &path,
                   qint64 fallback = 0, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("missing"));
            return fallback;
        }
        // REST exports write numbers as text ("2048"): accept both.
        double d = 0;
        if (v.isDouble()) {
            d = v.toDouble();
        } else if (v.isString()) {
            bool ok = false;
            d = v.toString().toDouble(&ok);
            if (!ok) {
                fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("expected a whole number"));
                return fallback;
            }
        } else {
            fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("expected a whole number"));
            return fallback;
        }
        // 2^53: beyond it a double no longer holds every integer exactly.
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
            fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("expected a whole number within range"));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("expected true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QDate date(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString text = string(o, key, path);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("expected a date as YYYY-MM-DD"));
        return d;
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("expected a list"));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, WorkspaceSerializer::tr("expected an object"));
            return {};
        }
        return v.toObject();
    }

    template <typename Enum>
    Enum keyword(const QJsonObject &o, const QString &key, const QString &path, Enum fallback,
                 Enum (*parse)(const QString &, bool *))
    {
        const QString text = string(o, key, path);
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const Enum value = parse(text, &ok);
        if (!ok) {
            fail(path + QLatin1Char('.') + key, WorkspaceSerializer::tr("unknown value \"%1\"").arg(text));
            return fallback;
        }
        return value;
    }
};

QJsonObject withUnknown(QJsonObject known, const QJsonObject &unknown)
{
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
        if (!known.contains(it.key()))
            known.insert(it.key(), it.value());
    }
    return known;
}

QJsonObject unknownOf(const QJsonObject &o, const QStringList &knownKeys)
{
    QJsonObject rest;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

const QStringList kSegmentKeys = {QStringLiteral("sid"),         QStringLiteral("name"),
                                  QStringLiteral("description"), QStringLiteral("integrationCode"),
                                  QStringLiteral("status"),      QStringLiteral("rule")};
const QStringList kMappingKeys = {QStringLiteral("id"),          QStringLiteral("destinationId"),
                                  QStringLiteral("sid"),         QStringLiteral("value"),
                                  QStringLiteral("secondValue"), QStringLiteral("startDate"),
                                  QStringLiteral("endDate"),     QStringLiteral("priority")};
const QStringList kProfileKeys = {QStringLiteral("name"),          QStringLiteral("alias"),
                                  QStringLiteral("region"),        QStringLiteral("customBaseUrl"),
                                  QStringLiteral("defaultUserId"), QStringLiteral("userIdKind"),
                                  QStringLiteral("orgId")};
const QStringList kDestinationKeys = {QStringLiteral("id"),
                                      QStringLiteral("name"),
                                      QStringLiteral("description"),
                                      QStringLiteral("type"),
                                      QStringLiteral("platform"),
                                      QStringLiteral("autoFill"),
                                      QStringLiteral("exportLabels"),
                                      QStringLiteral("serialized"),
                                      QStringLiteral("urlFormat"),
                                      QStringLiteral("secureUrlFormat"),
                                      QStringLiteral("delimiter"),
                                      QStringLiteral("cookieName"),
                                      QStringLiteral("cookieDomain"),
                                      QStringLiteral("cookieFormat"),
                                      QStringLiteral("singleKey"),
                                      QStringLiteral("keySeparator"),
                                      QStringLiteral("valueSeparator"),
                                      QStringLiteral("serializationSeparator"),
                                      QStringLiteral("maxSize"),
                                      QStringLiteral("ttlDays"),
                                      QStringLiteral("publishTo"),
                                      QStringLiteral("siteIds"),
                                      QStringLiteral("updateTime"),
                                      QStringLiteral("mappings")};
const QStringList kTopKeys = {
    QStringLiteral("format"),   QStringLiteral("version"),  QStringLiteral("name"),
    QStringLiteral("profiles"), QStringLiteral("segments"), QStringLiteral("destinations"),
    QStringLiteral("mappings"), QStringLiteral("sandbox"),  QStringLiteral("savedRequests")};

Segment readSegment(Reader &r, const QJsonObject &o, const QString &path)
{
    Segment s;
    s.sid = r.integer(o, QStringLiteral("sid"), path, 0, true);
    s.name = r.string(o, QStringLiteral("name"), path);
    s.description = r.string(o, QStringLiteral("description"), path);
    s.integrationCode = r.string(o, QStringLiteral("integrationCode"), path);
    s.active = r.string(o, QStringLiteral("status"), path, QStringLiteral("active"))
                   .compare(QLatin1String("inactive"), Qt::CaseInsensitive) != 0;
    s.rule = r.string(o, QStringLiteral("rule"), path);
    s.unknownKeys = unknownOf(o, kSegmentKeys);
    return s;
}

SegmentMapping readMapping(Reader &r, const QJsonObject &o, const QString &path,
                           qint64 parentDestination = 0)
{
    SegmentMapping m;
    m.id = r.integer(o, QStringLiteral("id"), path, 0, true);
    m.destinationId = r.integer(o, QStringLiteral("destinationId"), path, parentDestination,
                                parentDestination == 0);
    m.sid = r.integer(o, QStringLiteral("sid"), path, 0, true);
    m.value = r.string(o, QStringLiteral("value"), path);
    m.secondValue = r.string(o, QStringLiteral("secondValue"), path);
    m.startDate = r.date(o, QStringLiteral("startDate"), path);
    m.endDate = r.date(o, QStringLiteral("endDate"), path);
    m.priority = int(r.integer(o, QStringLiteral("priority"), path));
    m.unknownKeys = unknownOf(o, kMappingKeys);
    return m;
}

Profile readProfile(Reader &r, const QJsonObject &o, const QString &path)
{
    Profile p;
    p.name = r.string(o, QStringLiteral("name"), path);
    p.alias = r.string(o, QStringLiteral("alias"), path);
    const QJsonValue region = o.value(QStringLiteral("region"));
    if (region.isString() && region.toString() == QLatin1String("sandbox"))
        p.regionId = Profile::SandboxRegion;
    else
        p.regionId = int(r.integer(o, QStringLiteral("region"), path, Profile::SandboxRegion));
    p.customBaseUrl = r.string(o, QStringLiteral("customBaseUrl"), path);
    p.defaultUserId = r.string(o, QStringLiteral("defaultUserId"), path);
    p.idKind = r.string(o, QStringLiteral("userIdKind"), path) == QLatin1String("d_mid")
                   ? Profile::IdKind::Mid
                   : Profile::IdKind::Uuid;
    p.orgId = r.string(o, QStringLiteral("orgId"), path);
    p.unknownKeys = unknownOf(o, kProfileKeys);
    return p;
}

Destination readDestination(Reader &r, const QJsonObject &o, const QString &path)
{
    Destination d;
    d.id = r.integer(o, QStringLiteral("id"), path, 0, true);
    d.name = r.string(o, QStringLiteral("name"), path);
    d.description = r.string(o, QStringLiteral("description"), path);
    d.type = r.keyword(o, QStringLiteral("type"), path, Destination::Type::Url,
                       &Destination::typeFromKey);
    d.platform = r.keyword(o, QStringLiteral("platform"), path, Destination::Platform::All,
                           &Destination::platformFromKey);
    d.autoFill = r.keyword(o, QStringLiteral("autoFill"), path, Destination::AutoFill::None,
                           &Destination::autoFillFromKey);
    const QJsonArray labels = r.array(o, QStringLiteral("exportLabels"), path);
    for (const QJsonValue &label : labels) {
        const int bit = int(kLabelKeys.indexOf(label.toString()));
        if (bit < 0)
            r.fail(path + QStringLiteral(".exportLabels"),
                   WorkspaceSerializer::tr("unknown value \"%1\"").arg(label.toString()));
        else
            d.exportLabels |= 1 << bit;
    }
    d.serialized = r.boolean(o, QStringLiteral("serialized"), path, false);
    d.urlFormat = r.string(o, QStringLiteral("urlFormat"), path);
    d.secureUrlFormat = r.string(o, QStringLiteral("secureUrlFormat"), path);
    d.delimiter = r.string(o, QStringLiteral("delimiter"), path);
    d.cookieName = r.string(o, QStringLiteral("cookieName"), path);
    d.cookieDomain = r.string(o, QStringLiteral("cookieDomain"), path);
    d.cookieFormat =
        r.keyword(o, QStringLiteral("cookieFormat"), path, Destination::CookieFormat::SingleKey,
                  &Destination::cookieFormatFromKey);
    d.singleKey = r.string(o, QStringLiteral("singleKey"), path);
    d.keySeparator = r.string(o, QStringLiteral("keySeparator"), path, QStringLiteral("="));
    d.valueSeparator = r.string(o, QStringLiteral("valueSeparator"), path, QStringLiteral(","));
    d.serializationSeparator = r.string(o, QStringLiteral("serializationSeparator"), path);
    d.maxSize = int(r.integer(o, QStringLiteral("maxSize"), path, 2048));
    d.ttlDays = int(r.integer(o, QStringLiteral("ttlDays"), path, 0));
    d.publishTo = r.keyword(o, QStringLiteral("publishTo"), path,
                            Destination::PublishTo::AllDomains, &Destination::publishFromKey);
    const QJsonArray sites = r.array(o, QStringLiteral("siteIds"), path);
    for (int i = 0; i < sites.size(); ++i) {
        QJsonObject holder{{QStringLiteral("v"), sites[i]}};
        d.siteIds.append(int(
            r.integer(holder, QStringLiteral("v"), path + QStringLiteral(".siteIds[%1]").arg(i))));
    }
    const QString updated = r.string(o, QStringLiteral("updateTime"), path);
    if (!updated.isEmpty()) {
        d.updateTime = QDateTime::fromString(updated, Qt::ISODate);
        if (!d.updateTime.isValid())
            r.fail(path + QStringLiteral(".updateTime"), WorkspaceSerializer::tr("expected a date and time (ISO 8601)"));
    }
    d.unknownKeys = unknownOf(o, kDestinationKeys);
    return d;
}

// Version 0 (before the format tag) kept mappings inside each destination.
void migrateFromV0(QJsonObject &root)
{
    QJsonArray destinations = root.value(QStringLiteral("destinations")).toArray();
    QJsonArray mappings = root.value(QStringLiteral("mappings")).toArray();
    for (int i = 0; i < destinations.size(); ++i) {
        QJsonObject d = destinations[i].toObject();
        const QJsonValue nested = d.take(QStringLiteral("mappings"));
        for (const QJsonValue &m : nested.toArray()) {
            QJsonObject mo = m.toObject();
            if (!mo.contains(QStringLiteral("destinationId")))
                mo.insert(QStringLiteral("destinationId"), d.value(QStringLiteral("id")));
            mappings.append(mo);
        }
        destinations[i] = d;
    }
    root.insert(QStringLiteral("destinations"), destinations);
    root.insert(QStringLiteral("mappings"), mappings);
    root.insert(QStringLiteral("format"), QString::fromLatin1(WorkspaceSerializer::FormatTag));
    root.insert(QStringLiteral("version"), 1);
}

void appendIndented(QByteArray &out, const QByteArray &json, int spaces)
{
    const QByteArray pad(spaces, ' ');
    const QList<QByteArray> lines = json.trimmed().split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += pad;
        out += lines[i];
        if (i + 1 < lines.size())
            out += '\n';
    }
}

void appendArray(QByteArray &out, const char *key, const QVector<QJsonObject> &items, bool oneLine)
{
    out += "    \"";
    out += key;
    out += "\": [";
    if (items.isEmpty()) {
        out += "]";
        return;
    }
    out += '\n';
    for (int i = 0; i < items.size(); ++i) {
        out += "        ";
        const QJsonDocument doc(items[i]);
        appendIndented(out, doc.toJson(oneLine ? QJsonDocument::Compact : QJsonDocument::Indented),
                       8);
        if (i + 1 < items.size())
            out += ',';
        out += '\n';
    }
    out += "    ]";
}

} // namespace

QJsonObject WorkspaceSerializer::segmentToJson(const Segment &s)
{
    QJsonObject o{{QStringLiteral("sid"), s.sid},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("integrationCode"), s.integrationCode},
                  {QStringLiteral("status"),
                   s.active ? QStringLiteral("active") : QStringLiteral("inactive")},
                  {QStringLiteral("rule"), s.rule}};
    return withUnknown(o, s.unknownKeys);
}

QJsonObject WorkspaceSerializer::mappingToJson(const SegmentMapping &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("destinationId"), m.destinationId},
                  {QStringLiteral("sid"), m.sid},
                  {QStringLiteral("value"), m.value},
                  {QStringLiteral("startDate"), dateToJson(m.startDate)},
                  {QStringLiteral("endDate"), optionalDate(m.endDate)}};
    if (!m.secondValue.isEmpty())
        o.insert(QStringLiteral("secondValue"), m.secondValue);
    if (m.priority != 0)
        o.insert(QStringLiteral("priority"), m.priority);
    return withUnknown(o, m.unknownKeys);
}

QJsonObject WorkspaceSerializer::profileToJson(const Profile &p)
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("alias"), p.alias},
                  {QStringLiteral("region"), p.regionId == Profile::SandboxRegion
                                                 ? QJsonValue(QStringLiteral("sandbox"))
                                                 : QJsonValue(p.regionId)},
                  {QStringLiteral("customBaseUrl"), p.customBaseUrl},
                  {QStringLiteral("defaultUserId"), p.defaultUserId},
                  {QStringLiteral("userIdKind"), p.idKind == Profile::IdKind::Mid
                                                     ? QStringLiteral("d_mid")
                                                     : QStringLiteral("d_uuid")},
                  {QStringLiteral("orgId"), p.orgId}};
    return withUnknown(o, p.unknownKeys);
}

QJsonObject WorkspaceSerializer::destinationToJson(const Destination &d)
{
    QJsonArray labels;
    for (int bit = 0; bit < kLabelKeys.size(); ++bit) {
        if (d.exportLabels & (1 << bit))
            labels.append(kLabelKeys[bit]);
    }
    QJsonArray sites;
    for (int site : d.siteIds)
        sites.append(site);
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("name"), d.name},
                  {QStringLiteral("description"), d.description},
                  {QStringLiteral("type"), Destination::typeKey(d.type)},
                  {QStringLiteral("platform"), Destination::platformKey(d.platform)},
                  {QStringLiteral("autoFill"), Destination::autoFillKey(d.autoFill)},
                  {QStringLiteral("exportLabels"), labels},
                  {QStringLiteral("serialized"), d.serialized},
                  {QStringLiteral("urlFormat"), d.urlFormat},
                  {QStringLiteral("secureUrlFormat"), d.secureUrlFormat},
                  {QStringLiteral("delimiter"), d.delimiter},
                  {QStringLiteral("cookieName"), d.cookieName},
                  {QStringLiteral("cookieDomain"), d.cookieDomain},
                  {QStringLiteral("cookieFormat"), Destination::cookieFormatKey(d.cookieFormat)},
                  {QStringLiteral("singleKey"), d.singleKey},
                  {QStringLiteral("keySeparator"), d.keySeparator},
                  {QStringLiteral("valueSeparator"), d.valueSeparator},
                  {QStringLiteral("serializationSeparator"), d.serializationSeparator},
                  {QStringLiteral("maxSize"), d.maxSize},
                  {QStringLiteral("ttlDays"), d.ttlDays},
                  {QStringLiteral("publishTo"), Destination::publishKey(d.publishTo)},
                  {QStringLiteral("siteIds"), sites},
                  {QStringLiteral("updateTime"), d.updateTime.isValid()
                                                     ? d.updateTime.toUTC().toString(Qt::ISODate)
                                                     : QString()}};
    return withUnknown(o, d.unknownKeys);
}

QByteArray WorkspaceSerializer::toJson(const Workspace &ws)
{
    QVector<QJsonObject> profiles, segments, destinations, mappings;
    profiles.reserve(ws.profiles.size());
    for (const Profile &p : ws.profiles)
        profiles.append(profileToJson(p));
    segments.reserve(ws.segments.size());
    for (const Segment &s : ws.segments)
        segments.append(segmentToJson(s));
    destinations.reserve(ws.destinations.size());
    for (const Destination &d : ws.destinations)
        destinations.append(destinationToJson(d));
    mappings.reserve(ws.mappings.size());
    for (const SegmentMapping &m : ws.mappings)
        mappings.append(mappingToJson(m));

    QJsonObject sandbox = ws.sandboxSettings;
    QJsonArray optedOut;
    for (const QString &id : ws.optedOutIds)
        optedOut.append(id);
    sandbox.insert(QStringLiteral("optedOutIds"), optedOut);

    // Top-level keys in a fixed order; the small objects go through QJsonDocument (sorted keys).
    QByteArray out;
    out.reserve(128 * (ws.mappings.size() + 1) + 1024 * ws.destinations.size());
    out += "{\n    \"format\": \"";
    out += FormatTag;
    out += "\",\n    \"version\": ";
    out += QByteArray::number(Workspace::FormatVersion);
    out += ",\n    \"name\": ";
    out += QJsonDocument(QJsonArray{ws.name}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    out += ",\n";
    appendArray(out, "profiles", profiles, false);
    out += ",\n";
    appendArray(out, "segments", segments, false);
    out += ",\n";
    appendArray(out, "destinations", destinations, false);
    out += ",\n";
    appendArray(out, "mappings", mappings, true);
    out += ",\n    \"sandbox\": ";
    appendIndented(out, QJsonDocument(sandbox).toJson(QJsonDocument::Indented), 4);
    out += ",\n    \"savedRequests\": ";
    appendIndented(out, QJsonDocument(ws.savedRequests).toJson(QJsonDocument::Indented), 4);
    for (auto it = ws.unknownKeys.begin(); it != ws.unknownKeys.end(); ++it) {
        if (kTopKeys.contains(it.key()))
            continue;
        out += ",\n    ";
        out += QJsonDocument(QJsonArray{it.key()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out += ": ";
        const QJsonValue v = it.value();
        if (v.isObject())
            appendIndented(out, QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented), 4);
        else if (v.isArray())
            appendIndented(out, QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented), 4);
        else
            out += QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
    out += "\n}\n";
    return out;
}

bool WorkspaceSerializer::write(const Workspace &ws, QIODevice *device, QString *error)
{
    const QByteArray bytes = toJson(ws);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString().isEmpty() ? tr("The data could not be written.")
                                                     : device->errorString();
        return false;
    }
    return true;
}

WorkspaceSerializer::ReadResult WorkspaceSerializer::fromJson(const QByteArray &input)
{
    ReadResult result;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonPosition pos = jsonPositionOf(bytes, parseError.offset);
        result.line = pos.line;
        result.column = pos.column;
        result.error = tr("Not valid JSON: %1.").arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("The file holds JSON, but not a DCS Desk workspace object.");
        return result;
    }
    QString duplicate;
    qsizetype duplicateAt = 0;
    if (findDuplicateJsonKey(bytes, &duplicate, &duplicateAt)) {
        const JsonPosition pos = jsonPositionOf(bytes, duplicateAt);
        result.line = pos.line;
        result.column = pos.column;
        result.error = tr("The key \"%1\" appears twice in the same object; one of the two values "
                          "would be lost. Remove one of them and open the file again.")
                           .arg(duplicate);
        return result;
    }

    QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined() && root.contains(QStringLiteral("destinations"))) {
        migrateFromV0(root);
        result.migrated = true;
        result.fileVersion = 0;
    } else if (format.toString() != QLatin1String(FormatTag)) {
        result.error = tr("This is not a DCS Desk workspace (the \"format\" key is missing or "
                          "different).");
        return result;
    }
    Reader r;
    const qint64 version =
        r.integer(root, QStringLiteral("version"), QStringLiteral("workspace"), 0, true);
    if (r.failed()) {
        result.error = r.error;
        return result;
    }
    if (!result.migrated)
        result.fileVersion = int(version);
    if (version > Workspace::FormatVersion)
        result.newerVersion = true;
    else if (version < 1) {
        result.error = tr("Unsupported workspace version %1.").arg(version);
        return result;
    }

    Workspace &ws = result.workspace;
    ws.name = r.string(root, QStringLiteral("name"), QStringLiteral("workspace"));
    const QJsonArray profiles =
        r.array(root, QStringLiteral("profiles"), QStringLiteral("workspace"));
    for (int i = 0; i < profiles.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("profiles[%1]").arg(i);
        ws.profiles.append(readProfile(r, r.object(profiles[i], path), path));
    }
    const QJsonArray segments =
        r.array(root, QStringLiteral("segments"), QStringLiteral("workspace"));
    ws.segments.reserve(segments.size());
    for (int i = 0; i < segments.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("segments[%1]").arg(i);
        ws.segments.append(readSegment(r, r.object(segments[i], path), path));
    }
    const QJsonArray destinations =
        r.array(root, QStringLiteral("destinations"), QStringLiteral("workspace"));
    ws.destinations.reserve(destinations.size());
    for (int i = 0; i < destinations.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("destinations[%1]").arg(i);
        ws.destinations.append(readDestination(r, r.object(destinations[i], path), path));
    }
    const QJsonArray mappings =
        r.array(root, QStringLiteral("mappings"), QStringLiteral("workspace"));
    ws.mappings.reserve(mappings.size());
    for (int i = 0; i < mappings.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("mappings[%1]").arg(i);
        ws.mappings.append(readMapping(r, r.object(mappings[i], path), path));
    }
    const QJsonValue sandbox = root.value(QStringLiteral("sandbox"));
    if (!sandbox.isUndefined() && !sandbox.isNull()) {
        ws.sandboxSettings = r.object(sandbox, QStringLiteral("sandbox"));
        const QJsonArray optedOut =
            r.array(ws.sandboxSettings, QStringLiteral("optedOutIds"), QStringLiteral("sandbox"));
        for (const QJsonValue &id : optedOut)
            ws.optedOutIds.append(id.isString() ? id.toString()
                                                : QString::number(id.toDouble(), 'f', 0));
        ws.sandboxSettings.remove(QStringLiteral("optedOutIds"));
    }
    ws.savedRequests = r.array(root, QStringLiteral("savedRequests"), QStringLiteral("workspace"));
    ws.unknownKeys = unknownOf(root, kTopKeys);
    if (r.failed()) {
        result.error = r.error;
        result.workspace = Workspace();
        return result;
    }
    ws.rebuildIndex();
    result.ok = true;
    return result;
}

} // namespace dcsdesk
