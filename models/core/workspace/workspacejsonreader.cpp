#include "workspaceserializer.h"

#include "domain/environment.h"
#include "system/colontext.h"

#include "jsongrammar.h"
#include "jsonscan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <array>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <simdjson.h>
#include <string_view>

// Reading a workspace file: WorkspaceSerializer::fromJson and what it needs.
namespace dcsdesk {

namespace {

namespace sj = simdjson::dom;

// ---------------------------------------------------------------------------------------------
// Reading: simdjson parses the file (it validates the JSON and UTF-8), then the values go
// straight into the domain types; only unknown keys, the sandbox settings and saved requests
// become QJsonValues.

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The first key seen twice in one object while reading.
struct Duplicate
{
    bool seen = false;
    QString key;

    void note(const QString &k)
    {
        if (!seen) {
            seen = true;
            key = k;
        }
    }
};

QJsonValue toJsonValue(sj::element e, Duplicate *duplicate)
{
    switch (e.type()) {
    case sj::element_type::OBJECT: {
        QJsonObject o;
        // (value_unsafe() of a temporary result must not be the range of a for loop: it dangles)
        const sj::object object = e.get_object().value_unsafe();
        for (const sj::key_value_pair field : object) {
            const QString key = toQString(field.key);
            if (o.contains(key))
                duplicate->note(key);
            o.insert(key, toJsonValue(field.value, duplicate));
        }
        return o;
    }
    case sj::element_type::ARRAY: {
        QJsonArray a;
        const sj::array array = e.get_array().value_unsafe();
        for (const sj::element v : array)
            a.append(toJsonValue(v, duplicate));
        return a;
    }
    case sj::element_type::STRING:
        return toQString(e.get_string().value_unsafe());
    case sj::element_type::INT64:
        return QJsonValue(qint64(e.get_int64().value_unsafe()));
    case sj::element_type::UINT64: // beyond qint64: QJsonDocument keeps these as doubles too
        return QJsonValue(double(e.get_uint64().value_unsafe()));
    case sj::element_type::DOUBLE:
        return QJsonValue(e.get_double().value_unsafe());
    case sj::element_type::BOOL:
        return QJsonValue(e.get_bool().value_unsafe());
    case sj::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

// Where a value sits, for messages: "workspace", "segments[3]". Built only when something fails.
struct Where
{
    const char *list;
    int index = -1;

    QString text() const
    {
        return index < 0 ? QString::fromLatin1(list)
                         : QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    }
};

// The values of one JSON object by known key (in the order of the keys table), the rest kept as
// unknown keys. A repeated key is noted; the caller reports where it is.
template <size_t N> struct Fields
{
    std::array<sj::element, N> value;
    quint32 present = 0;
    QJsonObject unknown;

    bool has(size_t k) const { return present & (1u << k); }
    // nullptr when missing or null: both mean "use the default"
    const sj::element *get(size_t k) const
    {
        return has(k) && !value[size_t(k)].is_null() ? &value[size_t(k)] : nullptr;
    }

    void collect(const sj::object &o, const std::array<std::string_view, N> &keys,
                 Duplicate *duplicate)
    {
        for (const sj::key_value_pair field : o) {
            size_t k = 0;
            while (k < N && keys[k] != field.key)
                ++k;
            if (k < N) {
                if (has(k))
                    duplicate->note(toQString(field.key));
                present |= 1u << k;
                value[k] = field.value;
            } else {
                const QString key = toQString(field.key);
                if (unknown.contains(key))
                    duplicate->note(key);
                unknown.insert(key, toJsonValue(field.value, duplicate));
            }
        }
    }
};

enum TopKey {
    TFormat,
    TVersion,
    TName,
    TProfiles,
    TSegments,
    TDestinations,
    TMappings,
    TSandbox,
    TSavedRequests,
    TEnvironments,
    TSavedRequestFolders,
    TAamDeleted,
    TopKeyCount
};
constexpr std::array<std::string_view, TopKeyCount> kTopKeys = {
    "format",   "version", "name",          "profiles",     "segments",           "destinations",
    "mappings", "sandbox", "savedRequests", "environments", "savedRequestFolders",
    "aamDeleted"};

enum SegmentKey {
    SSid,
    SName,
    SDescription,
    SIntegrationCode,
    SStatus,
    SRule,
    SRemote,
    SegmentKeyCount
};
constexpr std::array<std::string_view, SegmentKeyCount> kSegmentKeys = {
    "sid", "name", "description", "integrationCode", "status", "rule", "remote"};

enum MappingKey {
    MId,
    MDestinationId,
    MSid,
    MValue,
    MSecondValue,
    MStartDate,
    MEndDate,
    MPriority,
    MRemote,
    MappingKeyCount
};
constexpr std::array<std::string_view, MappingKeyCount> kMappingKeys = {
    "id",        "destinationId", "sid",      "value", "secondValue",
    "startDate", "endDate",       "priority", "remote"};

enum ProfileKey {
    PName,
    PAlias,
    PRegion,
    PCustomBaseUrl,
    PDefaultUserId,
    PUserIdKind,
    POrgId,
    PCaFile,
    PPinnedPublicKey,
    PHeaders,
    ProfileKeyCount
};
constexpr std::array<std::string_view, ProfileKeyCount> kProfileKeys = {
    "name",   "alias",  "region",         "customBaseUrl", "defaultUserId",
    "userIdKind", "orgId", "caFile", "pinnedPublicKey", "headers"};

enum DestinationKey {
    DId,
    DName,
    DDescription,
    DType,
    DPlatform,
    DAutoFill,
    DExportLabels,
    DSerialized,
    DUrlFormat,
    DSecureUrlFormat,
    DDelimiter,
    DCookieName,
    DCookieDomain,
    DCookieFormat,
    DSingleKey,
    DKeySeparator,
    DValueSeparator,
    DSerializationSeparator,
    DMaxSize,
    DTtlDays,
    DPublishTo,
    DSiteIds,
    DUpdateTime,
    DMappings,
    DRemote,
    DestinationKeyCount
};
constexpr std::array<std::string_view, DestinationKeyCount> kDestinationKeys = {
    "id",
    "name",
    "description",
    "type",
    "platform",
    "autoFill",
    "exportLabels",
    "serialized",
    "urlFormat",
    "secureUrlFormat",
    "delimiter",
    "cookieName",
    "cookieDomain",
    "cookieFormat",
    "singleKey",
    "keySeparator",
    "valueSeparator",
    "serializationSeparator",
    "maxSize",
    "ttlDays",
    "publishTo",
    "siteIds",
    "updateTime",
    "mappings",
    "remote"};

// Reads typed values; the first problem is remembered with its path, and a repeated key
// anywhere is noted (WorkspaceSerializer::fromJson then finds its line and column).
class DomReader
{
public:
    QString error;
    Duplicate duplicate;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = WorkspaceSerializer::tr("%1: %2").arg(path, ColonText::continued(what));
    }
    void fail(const Where &where, std::string_view key, const QString &what)
    {
        if (error.isEmpty())
            fail(where.text() + QLatin1Char('.') + QLatin1String(key.data(), qsizetype(key.size())),
                 what);
    }

    template <size_t N>
    bool collect(Fields<N> &fields, sj::element e, const std::array<std::string_view, N> &keys,
                 const Where &where)
    {
        if (!e.is_object()) {
            fail(where.text(), WorkspaceSerializer::tr("expected an object"));
            return false;
        }
        fields.collect(e.get_object().value_unsafe(), keys, &duplicate);
        return true;
    }

    QString string(const sj::element *v, const Where &where, std::string_view key,
                   const QString &fallback = QString())
    {
        if (!v)
            return fallback;
        if (!v->is_string()) {
            fail(where, key, WorkspaceSerializer::tr("expected text"));
            return fallback;
        }
        return toQString(v->get_string().value_unsafe());
    }

    // Empty on success, else what is wrong. Text is never taken for a number ("1001" is not
    // 1001), and a number outside [min, max] is refused rather than cut to fit.
    static QString wholeNumber(const sj::element &v, qint64 *out, qint64 min, qint64 max)
    {
        qint64 value = 0;
        switch (v.type()) {
        case sj::element_type::INT64:
            value = v.get_int64().value_unsafe();
            break;
        case sj::element_type::UINT64:
            return WorkspaceSerializer::tr("a whole number from %1 to %2 was expected")
                .arg(min)
                .arg(max);
        case sj::element_type::DOUBLE: {
            const double d = v.get_double().value_unsafe();
            if (!std::isfinite(d) || std::floor(d) != d)
                return WorkspaceSerializer::tr("a whole number was expected, not a fraction");
            if (d < double(min) || d > double(max))
                return WorkspaceSerializer::tr("a whole number from %1 to %2 was expected")
                    .arg(min)
                    .arg(max);
            value = qint64(d);
            break;
        }
        case sj::element_type::STRING:
            return WorkspaceSerializer::tr("a number was expected, not text in quotes");
        default:
            return WorkspaceSerializer::tr("a whole number was expected");
        }
        if (value < min || value > max)
            return WorkspaceSerializer::tr("a whole number from %1 to %2 was expected")
                .arg(min)
                .arg(max);
        *out = value;
        return {};
    }

    // IDs stay within 2^53: beyond it, tools that read JSON numbers as doubles (JavaScript,
    // spreadsheets, Audience Manager's own exports) change them.
    static constexpr qint64 MaxId = 9007199254740992LL;
    static constexpr qint64 MaxInt = std::numeric_limits<int>::max();

    qint64 integer(const sj::element *v, const Where &where, std::string_view key,
                   qint64 fallback = 0, bool required = false, qint64 min = -MaxId,
                   qint64 max = MaxId)
    {
        if (!v) {
            if (required)
                fail(where, key, WorkspaceSerializer::tr("missing"));
            return fallback;
        }
        qint64 value = 0;
        const QString problem = wholeNumber(*v, &value, min, max);
        if (!problem.isEmpty()) {
            fail(where, key, problem);
            return fallback;
        }
        return value;
    }

    bool boolean(const sj::element *v, const Where &where, std::string_view key, bool fallback)
    {
        if (!v)
            return fallback;
        if (!v->is_bool()) {
            fail(where, key, WorkspaceSerializer::tr("expected true or false"));
            return fallback;
        }
        return v->get_bool().value_unsafe();
    }

    QDate date(const sj::element *v, const Where &where, std::string_view key)
    {
        if (!v)
            return {};
        if (!v->is_string()) {
            fail(where, key, WorkspaceSerializer::tr("expected text"));
            return {};
        }
        const std::string_view text = v->get_string().value_unsafe();
        if (text.empty())
            return {};
        QDate d;
        const auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
        if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digit(0) && digit(1) &&
            digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9)) {
            const auto number = [&](size_t from, size_t count) {
                int n = 0;
                for (size_t i = from; i < from + count; ++i)
                    n = n * 10 + (text[i] - '0');
                return n;
            };
            const int year = number(0, 4);
            if (year > 0)
                d = QDate(year, number(5, 2), number(8, 2));
        }
        if (!d.isValid())
            fail(where, key, WorkspaceSerializer::tr("expected a date as YYYY-MM-DD"));
        return d;
    }

    // An empty array when missing or null.
    bool array(const sj::element *v, const Where &where, std::string_view key, sj::array *out)
    {
        if (!v)
            return false;
        if (!v->is_array()) {
            fail(where, key, WorkspaceSerializer::tr("expected a list"));
            return false;
        }
        *out = v->get_array().value_unsafe();
        return true;
    }

    template <typename Enum>
    Enum keyword(const sj::element *v, const Where &where, std::string_view key, Enum fallback,
                 Enum (*parse)(const QString &, bool *))
    {
        const QString text = string(v, where, key);
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const Enum value = parse(text, &ok);
        if (!ok) {
            fail(where, key, WorkspaceSerializer::tr("unknown value \"%1\"").arg(text));
            return fallback;
        }
        return value;
    }

    // A REST snapshot ("remote", format 2): any JSON object, kept verbatim; empty when missing.
    QJsonObject remote(const sj::element *v, const Where &where)
    {
        if (!v)
            return {};
        if (!v->is_object()) {
            fail(where, "remote", WorkspaceSerializer::tr("expected an object"));
            return {};
        }
        return toJsonValue(*v, &duplicate).toObject();
    }

    // A value DCS Desk does not read (a v1 destination's "mappings"): still checked for
    // repeated keys.
    void skip(const sj::element *v)
    {
        if (v)
            toJsonValue(*v, &duplicate);
    }
};

void readSegment(DomReader &r, sj::element e, const Where &where, Segment &s)
{
    Fields<SegmentKeyCount> f;
    if (!r.collect(f, e, kSegmentKeys, where))
        return;
    s.sid = r.integer(f.get(SSid), where, "sid", 0, true);
    s.name = r.string(f.get(SName), where, "name");
    s.description = r.string(f.get(SDescription), where, "description");
    s.integrationCode = r.string(f.get(SIntegrationCode), where, "integrationCode");
    s.active = r.string(f.get(SStatus), where, "status", QStringLiteral("active"))
                   .compare(QLatin1String("inactive"), Qt::CaseInsensitive) != 0;
    s.rule = r.string(f.get(SRule), where, "rule");
    s.remote = r.remote(f.get(SRemote), where);
    s.unknownKeys = std::move(f.unknown);
}

void readMapping(DomReader &r, sj::element e, const Where &where, SegmentMapping &m)
{
    Fields<MappingKeyCount> f;
    if (!r.collect(f, e, kMappingKeys, where))
        return;
    m.id = r.integer(f.get(MId), where, "id", 0, true);
    m.destinationId = r.integer(f.get(MDestinationId), where, "destinationId", 0, true);
    m.sid = r.integer(f.get(MSid), where, "sid", 0, true);
    m.value = r.string(f.get(MValue), where, "value");
    m.secondValue = r.string(f.get(MSecondValue), where, "secondValue");
    m.startDate = r.date(f.get(MStartDate), where, "startDate");
    m.endDate = r.date(f.get(MEndDate), where, "endDate");
    m.priority = int(r.integer(f.get(MPriority), where, "priority", 0, false, 0, DomReader::MaxInt));
    m.remote = r.remote(f.get(MRemote), where);
    m.unknownKeys = std::move(f.unknown);
}

void readProfile(DomReader &r, sj::element e, const Where &where, Profile &p)
{
    Fields<ProfileKeyCount> f;
    if (!r.collect(f, e, kProfileKeys, where))
        return;
    p.name = r.string(f.get(PName), where, "name");
    p.alias = r.string(f.get(PAlias), where, "alias");
    const sj::element *region = f.get(PRegion);
    if (region && region->is_string() && region->get_string().value_unsafe() == "sandbox")
        p.regionId = Profile::SandboxRegion;
    else
        p.regionId = int(r.integer(region, where, "region", Profile::SandboxRegion, false, 0,
                                   DomReader::MaxInt));
    p.customBaseUrl = r.string(f.get(PCustomBaseUrl), where, "customBaseUrl");
    p.defaultUserId = r.string(f.get(PDefaultUserId), where, "defaultUserId");
    p.idKind = r.string(f.get(PUserIdKind), where, "userIdKind") == QLatin1String("d_mid")
                   ? Profile::IdKind::Mid
                   : Profile::IdKind::Uuid;
    p.orgId = r.string(f.get(POrgId), where, "orgId");
    p.caFile = r.string(f.get(PCaFile), where, "caFile");
    p.pinnedPublicKey = r.string(f.get(PPinnedPublicKey), where, "pinnedPublicKey");
    sj::array headers;
    if (r.array(f.get(PHeaders), where, "headers", &headers)) {
        int i = 0;
        for (const sj::element header : headers) {
            const QJsonObject o = toJsonValue(header, &r.duplicate).toObject();
            const QJsonValue name = o.value(QStringLiteral("name"));
            const QJsonValue value = o.value(QStringLiteral("value"));
            const QJsonValue enabled = o.value(QStringLiteral("enabled"));
            if (!header.is_object() || !name.isString() || !value.isString() ||
                !(enabled.isBool() || enabled.isUndefined())) {
                r.fail(where.text() + QStringLiteral(".headers[%1]").arg(i),
                       WorkspaceSerializer::tr("expected {\"name\": text, \"value\": text, "
                                               "\"enabled\": true or false}"));
                break;
            }
            p.headers.append(DcsHeader{name.toString(), value.toString(), enabled.toBool(true)});
            ++i;
        }
    }
    p.unknownKeys = std::move(f.unknown);
}

void readDestination(DomReader &r, sj::element e, const Where &where, Destination &d)
{
    Fields<DestinationKeyCount> f;
    if (!r.collect(f, e, kDestinationKeys, where))
        return;
    d.id = r.integer(f.get(DId), where, "id", 0, true);
    d.name = r.string(f.get(DName), where, "name");
    d.description = r.string(f.get(DDescription), where, "description");
    d.type =
        r.keyword(f.get(DType), where, "type", Destination::Type::Url, &Destination::typeFromKey);
    d.platform = r.keyword(f.get(DPlatform), where, "platform", Destination::Platform::All,
                           &Destination::platformFromKey);
    d.autoFill = r.keyword(f.get(DAutoFill), where, "autoFill", Destination::AutoFill::None,
                           &Destination::autoFillFromKey);
    sj::array labels;
    if (r.array(f.get(DExportLabels), where, "exportLabels", &labels)) {
        for (const sj::element label : labels) {
            const QString text =
                label.is_string() ? toQString(label.get_string().value_unsafe()) : QString();
            const int bit = int(WorkspaceSerializer::labelKeys().indexOf(text));
            if (bit < 0)
                r.fail(where, "exportLabels",
                       WorkspaceSerializer::tr("unknown value \"%1\"").arg(text));
            else
                d.exportLabels |= 1 << bit;
        }
    }
    d.serialized = r.boolean(f.get(DSerialized), where, "serialized", false);
    d.urlFormat = r.string(f.get(DUrlFormat), where, "urlFormat");
    d.secureUrlFormat = r.string(f.get(DSecureUrlFormat), where, "secureUrlFormat");
    d.delimiter = r.string(f.get(DDelimiter), where, "delimiter");
    d.cookieName = r.string(f.get(DCookieName), where, "cookieName");
    d.cookieDomain = r.string(f.get(DCookieDomain), where, "cookieDomain");
    d.cookieFormat =
        r.keyword(f.get(DCookieFormat), where, "cookieFormat", Destination::CookieFormat::SingleKey,
                  &Destination::cookieFormatFromKey);
    d.singleKey = r.string(f.get(DSingleKey), where, "singleKey");
    d.keySeparator = r.string(f.get(DKeySeparator), where, "keySeparator", QStringLiteral("="));
    d.valueSeparator =
        r.string(f.get(DValueSeparator), where, "valueSeparator", QStringLiteral(","));
    d.serializationSeparator =
        r.string(f.get(DSerializationSeparator), where, "serializationSeparator");
    d.maxSize = int(r.integer(f.get(DMaxSize), where, "maxSize", 2048, false, 0, DomReader::MaxInt));
    d.ttlDays = int(r.integer(f.get(DTtlDays), where, "ttlDays", 0, false, 0, DomReader::MaxInt));
    d.publishTo = r.keyword(f.get(DPublishTo), where, "publishTo",
                            Destination::PublishTo::AllDomains, &Destination::publishFromKey);
    sj::array sites;
    if (r.array(f.get(DSiteIds), where, "siteIds", &sites)) {
        int i = 0;
        for (const sj::element site : sites) {
            qint64 value = 0;
            if (!site.is_null()) {
                const QString problem =
                    DomReader::wholeNumber(site, &value, 0, DomReader::MaxInt);
                if (!problem.isEmpty())
                    r.fail(where.text() + QStringLiteral(".siteIds[%1].v").arg(i), problem);
            }
            d.siteIds.append(int(value));
            ++i;
        }
    }
    const QString updated = r.string(f.get(DUpdateTime), where, "updateTime");
    if (!updated.isEmpty()) {
        d.updateTime = QDateTime::fromString(updated, Qt::ISODate);
        if (!d.updateTime.isValid())
            r.fail(where, "updateTime",
                   WorkspaceSerializer::tr("expected a date and time (ISO 8601)"));
    }
    r.skip(f.get(DMappings)); // version 0 only; migrated before reading
    d.remote = r.remote(f.get(DRemote), where);
    d.unknownKeys = std::move(f.unknown);
}

// Reads every item of one top-level list, stopping at the first problem.
template <typename T>
void readList(DomReader &r, const sj::element *v, const char *key, QVector<T> &out,
              void (*read)(DomReader &, sj::element, const Where &, T &))
{
    sj::array items;
    if (!r.array(v, Where{"workspace"}, key, &items))
        return;
    out.reserve(qsizetype(items.size()));
    int i = 0;
    for (const sj::element item : items) {
        if (r.failed())
            return;
        out.append(T());
        read(r, item, Where{key, i++}, out.back());
    }
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

} // namespace

namespace {

// The first repeated key of the file with its line and column. QJsonDocument would keep one of
// the two values silently.
bool reportDuplicate(const QByteArray &bytes, const Duplicate &seenWhileReading,
                     WorkspaceSerializer::ReadResult &result)
{
    QString duplicate;
    qsizetype duplicateAt = 0;
    if (findDuplicateJsonKey(bytes, &duplicate, &duplicateAt)) {
        const JsonPosition pos = jsonPositionOf(bytes, duplicateAt);
        result.line = pos.line;
        result.column = pos.column;
    } else if (seenWhileReading.seen) {
        // Written differently, equal once unescaped ("a" and "\u0061"): no position then.
        duplicate = seenWhileReading.key;
    } else {
        return false;
    }
    result.error = WorkspaceSerializer::tr("The key “%1” appears twice in the same object; one "
                                           "of the two values would be lost. Remove one of them "
                                           "and open the file again.")
                       .arg(duplicate);
    return true;
}

// QJsonDocument keeps a lone UTF-16 surrogate ("\ud800" without its pair) and writes it back as
// that escape; simdjson, strict about Unicode, refuses it. Such a half character shows as U+FFFD.
QByteArray withoutLoneSurrogates(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    const auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json[i] != '\\' || i + 1 >= json.size()) {
            out += json[i];
            continue;
        }
        // Qt writes a valid pair as UTF-8, so every surrogate escape in its output is alone.
        if (json[i + 1] == 'u' && i + 5 < json.size() &&
            (json[i + 2] == 'd' || json[i + 2] == 'D') &&
            std::strchr("89abcdefABCDEF", json[i + 3]) && hex(json[i + 4]) && hex(json[i + 5])) {
            out += "\\ufffd";
            i += 5;
            continue;
        }
        out += json[i];
        out += json[i + 1];
        ++i;
    }
    return out;
}

bool onlyWhitespace(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f')
            return false;
    }
    return true;
}

} // namespace

WorkspaceSerializer::ReadResult WorkspaceSerializer::fromJson(const QByteArray &input)
{
    ReadResult result;
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.sliced(3) : input;
    if (onlyWhitespace(bytes)) {
        result.error = tr("The file is empty.");
        return result;
    }

    sj::parser parser;
    sj::element document;
    QByteArray text = bytes; // what simdjson reads: the file, or QJsonDocument's copy of it
    if (parser.parse(text.constData(), size_t(text.size())).get(document) != simdjson::SUCCESS) {
        // RFC 8259 decides, and says where: QJsonDocument would accept what is not JSON.
        qsizetype offset = 0;
        QString reason;
        if (!JsonGrammar::check(bytes, &offset, &reason)) {
            const JsonPosition pos = jsonPositionOf(bytes, offset);
            result.line = pos.line;
            result.column = pos.column;
            result.error = tr("Not valid JSON: %1.").arg(reason);
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
        if (reportDuplicate(bytes, Duplicate(), result))
            return result;
        // Valid JSON simdjson does not take (an integer beyond 64 bits, a lone surrogate): read
        // QJsonDocument's normalised text of it instead.
        text = withoutLoneSurrogates(doc.toJson(QJsonDocument::Compact));
        const auto error = parser.parse(text.constData(), size_t(text.size())).get(document);
        if (error != simdjson::SUCCESS) {
            result.error =
                tr("Not valid JSON: %1.").arg(QString::fromLatin1(simdjson::error_message(error)));
            return result;
        }
    }
    if (!document.is_object()) {
        result.error = tr("The file holds JSON, but not a DCS Desk workspace object.");
        return result;
    }

    DomReader r;
    const auto failed = [&] {
        if (!reportDuplicate(bytes, r.duplicate, result))
            result.error = r.error;
        result.workspace = Workspace();
        return result;
    };

    auto top = std::make_unique<Fields<TopKeyCount>>();
    top->collect(document.get_object().value_unsafe(), kTopKeys, &r.duplicate);
    QByteArray migratedText;
    if (!top->has(TFormat) && top->has(TDestinations)) {
        if (reportDuplicate(bytes, r.duplicate, result))
            return result;
        QJsonObject root = toJsonValue(document, &r.duplicate).toObject();
        migrateFromV0(root);
        migratedText = QJsonDocument(root).toJson(QJsonDocument::Compact);
        const auto error =
            parser.parse(migratedText.constData(), size_t(migratedText.size())).get(document);
        if (error != simdjson::SUCCESS) {
            result.error =
                tr("Not valid JSON: %1.").arg(QString::fromLatin1(simdjson::error_message(error)));
            return result;
        }
        top = std::make_unique<Fields<TopKeyCount>>();
        top->collect(document.get_object().value_unsafe(), kTopKeys, &r.duplicate);
        result.migrated = true;
        result.fileVersion = 0;
    } else {
        const sj::element *format = top->get(TFormat);
        if (!format || !format->is_string() ||
            format->get_string().value_unsafe() != std::string_view(FormatTag)) {
            if (!reportDuplicate(bytes, r.duplicate, result))
                result.error = tr("This is not a DCS Desk workspace (the “format” key is "
                                  "missing or different).");
            return result;
        }
    }
    const Where workspace{"workspace"};
    const qint64 version =
        r.integer(top->get(TVersion), workspace, "version", 0, true, 0, DomReader::MaxInt);
    if (r.failed())
        return failed();
    if (!result.migrated)
        result.fileVersion = int(version);
    if (version > Workspace::FormatVersion) {
        result.newerVersion = true;
    } else if (version < 1) {
        if (!reportDuplicate(bytes, r.duplicate, result))
            result.error = tr("Unsupported workspace version %1.").arg(version);
        return result;
    }

    Workspace &ws = result.workspace;
    ws.name = r.string(top->get(TName), workspace, "name");
    readList(r, top->get(TProfiles), "profiles", ws.profiles, &readProfile);
    readList(r, top->get(TSegments), "segments", ws.segments, &readSegment);
    readList(r, top->get(TDestinations), "destinations", ws.destinations, &readDestination);
    readList(r, top->get(TMappings), "mappings", ws.mappings, &readMapping);
    if (r.failed())
        return failed();
    if (const sj::element *sandbox = top->get(TSandbox)) {
        if (!sandbox->is_object()) {
            r.fail(QStringLiteral("sandbox"), tr("expected an object"));
            return failed();
        }
        ws.sandboxSettings = toJsonValue(*sandbox, &r.duplicate).toObject();
        const QJsonValue optedOut = ws.sandboxSettings.value(QStringLiteral("optedOutIds"));
        if (optedOut.isArray()) {
            for (const QJsonValue &id : optedOut.toArray())
                ws.optedOutIds.append(id.isString() ? id.toString()
                                                    : QString::number(id.toDouble(), 'f', 0));
        } else if (!optedOut.isUndefined() && !optedOut.isNull()) {
            r.fail(QStringLiteral("sandbox.optedOutIds"), tr("expected a list"));
            return failed();
        }
        ws.sandboxSettings.remove(QStringLiteral("optedOutIds"));
    }
    if (const sj::element *saved = top->get(TSavedRequests)) {
        if (!saved->is_array()) {
            r.fail(workspace, "savedRequests", tr("expected a list"));
            return failed();
        }
        ws.savedRequests = toJsonValue(*saved, &r.duplicate).toArray();
    }
    if (const sj::element *folders = top->get(TSavedRequestFolders)) {
        if (!folders->is_array()) {
            r.fail(workspace, "savedRequestFolders", tr("expected a list"));
            return failed();
        }
        ws.savedRequestFolders = toJsonValue(*folders, &r.duplicate).toArray();
    }
    if (const sj::element *environments = top->get(TEnvironments)) {
        if (!environments->is_array()) {
            r.fail(workspace, "environments", tr("expected a list"));
            return failed();
        }
        ws.environments = toJsonValue(*environments, &r.duplicate).toArray();
        const QString problem = Environment::validate(ws.environments);
        if (!problem.isEmpty()) {
            r.error = problem;
            return failed();
        }
    }
    if (const sj::element *deleted = top->get(TAamDeleted)) {
        if (!deleted->is_array()) {
            r.fail(workspace, "aamDeleted", tr("expected a list"));
            return failed();
        }
        ws.aamDeleted = toJsonValue(*deleted, &r.duplicate).toArray();
    }
    ws.unknownKeys = std::move(top->unknown);
    if (r.duplicate.seen)
        return failed();
    ws.rebuildIndex();
    result.ok = true;
    return result;
}

} // namespace dcsdesk