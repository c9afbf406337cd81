#include "workspaceserializer.h"

#include "jsonwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <string_view>
#include <algorithm>
#include <cstring>

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

// The top-level keys toJson() writes itself; any other is an unknown key, written after them.
constexpr std::array<std::string_view, 12> kWrittenTopKeys = {
    "format",   "version", "name",          "profiles",     "segments",           "destinations",
    "mappings", "sandbox", "savedRequests", "environments", "savedRequestFolders",
    "aamDeleted"};

QJsonObject withUnknown(QJsonObject known, const QJsonObject &unknown)
{
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
        if (!known.contains(it.key()))
            known.insert(it.key(), it.value());
    }
    return known;
}

// ---------------------------------------------------------------------------------------------
// Writing: the bytes QJsonDocument would give for each item (keys sorted; profiles, segments and
// destinations indented one field per line, mappings one per line), written directly. Items with
// unknown keys, and the small top-level objects, still go through QJsonDocument.

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

void appendIndented(JsonWriter &out, const QByteArray &json, int spaces)
{
    QByteArray text;
    appendIndented(text, json, spaces);
    out.append(text);
}

// One field of an item written one field per line (8 spaces before the item's brace).
class ItemFields
{
public:
    explicit ItemFields(JsonWriter &out) : m_out(out) { m_out.appendLiteral("{\n"); }

    template <qsizetype N> JsonWriter &key(const char (&name)[N])
    {
        if (m_count++ > 0)
            m_out.appendLiteral(",\n");
        m_out.appendSpaces(12);
        m_out.append('"');
        m_out.append(name, N - 1);
        m_out.appendLiteral("\": ");
        return m_out;
    }
    template <qsizetype N> void string(const char (&name)[N], const QString &value)
    {
        key(name).appendString(value);
    }
    template <qsizetype N> void integer(const char (&name)[N], qint64 value)
    {
        key(name).appendInteger(value);
    }
    void finish()
    {
        m_out.append('\n');
        m_out.appendSpaces(8);
        m_out.append('}');
    }

private:
    JsonWriter &m_out;
    int m_count = 0;
};

template <typename Write> void appendList(JsonWriter &out, int count, Write write)
{
    out.appendLiteral("[\n");
    for (int i = 0; i < count; ++i) {
        out.appendSpaces(16);
        write(i);
        if (i + 1 < count)
            out.append(',');
        out.append('\n');
    }
    out.appendSpaces(12);
    out.append(']');
}

void writeItem(JsonWriter &out, const Profile &p)
{
    ItemFields f(out);
    f.string("alias", p.alias);
    if (!p.caFile.isEmpty()) // written only when set: older files stay as they were
        f.string("caFile", p.caFile);
    f.string("customBaseUrl", p.customBaseUrl);
    f.string("defaultUserId", p.defaultUserId);
    f.string("name", p.name);
    f.string("orgId", p.orgId);
    if (!p.pinnedPublicKey.isEmpty())
        f.string("pinnedPublicKey", p.pinnedPublicKey);
    if (p.regionId == Profile::SandboxRegion)
        f.key("region").appendLiteral("\"sandbox\"");
    else
        f.integer("region", p.regionId);
    f.key("userIdKind")
        .append(p.idKind == Profile::IdKind::Mid ? QByteArrayLiteral("\"d_mid\"")
                                                 : QByteArrayLiteral("\"d_uuid\""));
    f.finish();
}

void writeItem(JsonWriter &out, const Segment &s)
{
    ItemFields f(out);
    f.string("description", s.description);
    f.string("integrationCode", s.integrationCode);
    f.string("name", s.name);
    f.string("rule", s.rule);
    f.integer("sid", s.sid);
    f.key("status").append(s.active ? QByteArrayLiteral("\"active\"")
                                    : QByteArrayLiteral("\"inactive\""));
    f.finish();
}

void writeItem(JsonWriter &out, const Destination &d)
{
    ItemFields f(out);
    f.string("autoFill", Destination::autoFillKey(d.autoFill));
    f.string("cookieDomain", d.cookieDomain);
    f.string("cookieFormat", Destination::cookieFormatKey(d.cookieFormat));
    f.string("cookieName", d.cookieName);
    f.string("delimiter", d.delimiter);
    f.string("description", d.description);
    QVector<int> labels;
    for (int bit = 0; bit < WorkspaceSerializer::labelKeys().size(); ++bit) {
        if (d.exportLabels & (1 << bit))
            labels.append(bit);
    }
    appendList(f.key("exportLabels"), int(labels.size()),
               [&](int i) { out.appendString(WorkspaceSerializer::labelKeys()[labels[i]]); });
    f.integer("id", d.id);
    f.string("keySeparator", d.keySeparator);
    f.integer("maxSize", d.maxSize);
    f.string("name", d.name);
    f.string("platform", Destination::platformKey(d.platform));
    f.string("publishTo", Destination::publishKey(d.publishTo));
    f.string("secureUrlFormat", d.secureUrlFormat);
    f.string("serializationSeparator", d.serializationSeparator);
    f.key("serialized")
        .append(d.serialized ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    f.string("singleKey", d.singleKey);
    appendList(f.key("siteIds"), int(d.siteIds.size()),
               [&](int i) { out.appendInteger(d.siteIds[i]); });
    f.integer("ttlDays", d.ttlDays);
    f.string("type", Destination::typeKey(d.type));
    f.string("updateTime",
             d.updateTime.isValid() ? d.updateTime.toUTC().toString(Qt::ISODate) : QString());
    f.string("urlFormat", d.urlFormat);
    f.string("valueSeparator", d.valueSeparator);
    f.finish();
}

void appendDate(JsonWriter &out, const QDate &d)
{
    const int year = d.year();
    if (year < 1 || year > 9999) {
        out.appendString(d.toString(Qt::ISODate));
        return;
    }
    const int month = d.month();
    const int day = d.day();
    const char text[12] = {'"',
                           char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10),
                           '"'};
    out.append(text, 12);
}

// One line: {"destinationId":1,"endDate":null,"id":2,...}
void writeItem(JsonWriter &out, const SegmentMapping &m)
{
    out.appendLiteral("{\"destinationId\":");
    out.appendInteger(m.destinationId);
    out.appendLiteral(",\"endDate\":");
    if (m.endDate.isValid())
        appendDate(out, m.endDate);
    else
        out.appendLiteral("null");
    out.appendLiteral(",\"id\":");
    out.appendInteger(m.id);
    if (m.priority != 0) {
        out.appendLiteral(",\"priority\":");
        out.appendInteger(m.priority);
    }
    if (!m.secondValue.isEmpty()) {
        out.appendLiteral(",\"secondValue\":");
        out.appendString(m.secondValue);
    }
    out.appendLiteral(",\"sid\":");
    out.appendInteger(m.sid);
    out.appendLiteral(",\"startDate\":");
    if (m.startDate.isValid())
        appendDate(out, m.startDate);
    else
        out.appendLiteral("\"\"");
    out.appendLiteral(",\"value\":");
    out.appendString(m.value);
    out.append('}');
}

QJsonObject itemToJson(const Profile &p)
{
    return WorkspaceSerializer::profileToJson(p);
}
QJsonObject itemToJson(const Segment &s)
{
    return WorkspaceSerializer::segmentToJson(s);
}
QJsonObject itemToJson(const Destination &d)
{
    return WorkspaceSerializer::destinationToJson(d);
}
QJsonObject itemToJson(const SegmentMapping &m)
{
    return WorkspaceSerializer::mappingToJson(m);
}

// Items whose every key writeItem knows; the others (unknown keys, nested lists) go through
// QJsonDocument, which orders their keys.
template <typename T> bool streamable(const T &item)
{
    return item.unknownKeys.isEmpty() && item.remote.isEmpty();
}
bool streamable(const Profile &p)
{
    return p.unknownKeys.isEmpty() && p.headers.isEmpty();
}

template <typename T>
void appendArray(JsonWriter &out, const char *key, const QVector<T> &items, bool oneLine)
{
    out.appendLiteral("    \"");
    out.append(key, qsizetype(qstrlen(key)));
    out.appendLiteral("\": [");
    if (items.isEmpty()) {
        out.append(']');
        return;
    }
    out.append('\n');
    for (qsizetype i = 0; i < items.size(); ++i) {
        out.appendSpaces(8);
        if (streamable(items[i])) {
            writeItem(out, items[i]);
        } else {
            // Unknown keys sort in among the known ones: let QJsonDocument order them.
            const QJsonDocument doc(itemToJson(items[i]));
            appendIndented(
                out, doc.toJson(oneLine ? QJsonDocument::Compact : QJsonDocument::Indented), 8);
        }
        if (i + 1 < items.size())
            out.append(',');
        out.append('\n');
    }
    out.appendLiteral("    ]");
}

QByteArray jsonScalar(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

} // namespace

int WorkspaceSerializer::formatVersionFor(const Workspace &ws)
{
    const auto hasRemote = [](const auto &items) {
        return std::any_of(items.begin(), items.end(),
                           [](const auto &item) { return !item.remote.isEmpty(); });
    };
    return hasRemote(ws.segments) || hasRemote(ws.destinations) || hasRemote(ws.mappings)
               ? Workspace::FormatVersion
               : 1;
}

const QStringList &WorkspaceSerializer::labelKeys()
{
    static const QStringList keys = {QStringLiteral("pii"), QStringLiteral("onSiteTargeting"),
                                     QStringLiteral("offSiteTargeting"),
                                     QStringLiteral("onSitePersonalization")};
    return keys;
}

QJsonObject WorkspaceSerializer::segmentToJson(const Segment &s)
{
    QJsonObject o{{QStringLiteral("sid"), s.sid},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("integrationCode"), s.integrationCode},
                  {QStringLiteral("status"),
                   s.active ? QStringLiteral("active") : QStringLiteral("inactive")},
                  {QStringLiteral("rule"), s.rule}};
    if (!s.remote.isEmpty())
        o.insert(QStringLiteral("remote"), s.remote);
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
    if (!m.remote.isEmpty())
        o.insert(QStringLiteral("remote"), m.remote);
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
    if (!p.caFile.isEmpty())
        o.insert(QStringLiteral("caFile"), p.caFile);
    if (!p.pinnedPublicKey.isEmpty())
        o.insert(QStringLiteral("pinnedPublicKey"), p.pinnedPublicKey);
    if (!p.headers.isEmpty()) { // written only when set, as the TLS keys
        QJsonArray headers;
        for (const DcsHeader &h : p.headers)
            headers.append(QJsonObject{{QStringLiteral("name"), h.name},
                                       {QStringLiteral("value"), h.value},
                                       {QStringLiteral("enabled"), h.enabled}});
        o.insert(QStringLiteral("headers"), headers);
    }
    return withUnknown(o, p.unknownKeys);
}

QJsonObject WorkspaceSerializer::destinationToJson(const Destination &d)
{
    QJsonArray labels;
    for (int bit = 0; bit < labelKeys().size(); ++bit) {
        if (d.exportLabels & (1 << bit))
            labels.append(labelKeys()[bit]);
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
    if (!d.remote.isEmpty())
        o.insert(QStringLiteral("remote"), d.remote);
    return withUnknown(o, d.unknownKeys);
}

QByteArray WorkspaceSerializer::toJson(const Workspace &ws)
{
    QJsonObject sandbox = ws.sandboxSettings;
    QJsonArray optedOut;
    for (const QString &id : ws.optedOutIds)
        optedOut.append(id);
    sandbox.insert(QStringLiteral("optedOutIds"), optedOut);

    // Top-level keys in a fixed order; the small objects go through QJsonDocument (sorted keys).
    JsonWriter out;
    out.reserve(160 * (ws.mappings.size() + 1) + 400 * ws.segments.size() +
                2048 * ws.destinations.size() + 4096);
    out.appendLiteral("{\n    \"format\": \"");
    out.append(FormatTag, qsizetype(qstrlen(FormatTag)));
    out.appendLiteral("\",\n    \"version\": ");
    out.appendInteger(formatVersionFor(ws));
    out.appendLiteral(",\n    \"name\": ");
    out.appendString(ws.name);
    out.appendLiteral(",\n");
    appendArray(out, "profiles", ws.profiles, false);
    out.appendLiteral(",\n");
    appendArray(out, "segments", ws.segments, false);
    out.appendLiteral(",\n");
    appendArray(out, "destinations", ws.destinations, false);
    out.appendLiteral(",\n");
    appendArray(out, "mappings", ws.mappings, true);
    out.appendLiteral(",\n    \"sandbox\": ");
    appendIndented(out, QJsonDocument(sandbox).toJson(QJsonDocument::Indented), 4);
    out.appendLiteral(",\n    \"savedRequests\": ");
    appendIndented(out, QJsonDocument(ws.savedRequests).toJson(QJsonDocument::Indented), 4);
    if (!ws.savedRequestFolders.isEmpty()) {
        out.appendLiteral(",\n    \"savedRequestFolders\": ");
        appendIndented(out, QJsonDocument(ws.savedRequestFolders).toJson(QJsonDocument::Indented),
                       4);
    }
    if (!ws.environments.isEmpty()) {
        out.appendLiteral(",\n    \"environments\": ");
        appendIndented(out, QJsonDocument(ws.environments).toJson(QJsonDocument::Indented), 4);
    }
    if (!ws.aamDeleted.isEmpty()) {
        out.appendLiteral(",\n    \"aamDeleted\": ");
        appendIndented(out, QJsonDocument(ws.aamDeleted).toJson(QJsonDocument::Indented), 4);
    }
    for (auto it = ws.unknownKeys.begin(); it != ws.unknownKeys.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (std::find(kWrittenTopKeys.begin(), kWrittenTopKeys.end(),
                      std::string_view(key.constData(), size_t(key.size()))) !=
            kWrittenTopKeys.end())
            continue;
        out.appendLiteral(",\n    ");
        out.appendString(it.key());
        out.appendLiteral(": ");
        const QJsonValue v = it.value();
        if (v.isObject())
            appendIndented(out, QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented), 4);
        else if (v.isArray())
            appendIndented(out, QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented), 4);
        else
            out.append(jsonScalar(v));
    }
    out.appendLiteral("\n}\n");
    return out.take();
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


} // namespace dcsdesk
