#include "harentryparser.h"

#include <cmath>

#include <QHash>
#include <QUrl>

#include <simdjson.h>

namespace dcsdesk {

namespace {

namespace od = simdjson::ondemand;

QString utf8(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString stringOf(od::value value)
{
    std::string_view s;
    if (value.get_string().get(s) != simdjson::SUCCESS)
        return {}; // null or another type: HAR writers put null where they have nothing
    return utf8(s);
}

} // namespace

// Named, not anonymous: HarEntryParser::Impl holds one.
namespace harentry {

// The same header names, values, cookies and MIME types come back in every entry: one shared
// QString for each spares 50,000 entries most of their memory and allocations. Only while a file
// is read, and only for short strings, so unique values (IDs, dates) cannot make it large.
class Strings
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }

    QString operator()(od::value value)
    {
        std::string_view s;
        if (value.get_string().get(s) != simdjson::SUCCESS)
            return {};
        if (!m_enabled || s.size() > MaxLength)
            return utf8(s);
        const QByteArray key = QByteArray::fromRawData(s.data(), qsizetype(s.size()));
        const auto it = m_strings.constFind(key);
        if (it != m_strings.constEnd())
            return it.value();
        const QString string = utf8(s);
        if (m_strings.size() >= MaxStrings)
            m_strings.clear(); // start again: the strings of the next entries are shared then
        m_strings.insert(QByteArray(s.data(), qsizetype(s.size())), string);
        return string;
    }

private:
    static constexpr size_t MaxLength = 512;
    static constexpr qsizetype MaxStrings = 50000;
    QHash<QByteArray, QString> m_strings;
    bool m_enabled = true;
};

} // namespace harentry

namespace {

using harentry::Strings;

double numberOf(od::value value, double fallback)
{
    double d = 0;
    return value.get_double().get(d) == simdjson::SUCCESS ? d : fallback;
}

// A HAR number as an integer in [lowest, highest]; anything else (3e34, NaN, not a number) gives
// the fallback, since casting such a double is undefined.
template <typename T> T integerOf(od::value value, T fallback, T lowest, T highest)
{
    const double d = numberOf(value, double(fallback));
    return std::isfinite(d) && d >= double(lowest) && d <= double(highest) ? T(d) : fallback;
}

bool boolOf(od::value value)
{
    bool b = false;
    return value.get_bool().get(b) == simdjson::SUCCESS && b;
}

// Calls f(key, value) for each field of the objects in an array (HAR's lists of name/value
// objects); what is not an object is skipped.
template <typename F> void forEachObjectField(od::value value, F &&f)
{
    od::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return;
    for (auto element : array) {
        od::object object;
        if (element.get_object().get(object) != simdjson::SUCCESS)
            continue;
        f(true, std::string_view(), od::value()); // a new object starts
        for (auto field : object) {
            std::string_view key;
            if (field.unescaped_key().get(key) == simdjson::SUCCESS)
                f(false, key, field.value());
        }
    }
}

QVector<HarNameValue> nameValues(od::value value, Strings &strings)
{
    QVector<HarNameValue> out;
    forEachObjectField(value, [&](bool start, std::string_view key, od::value v) {
        if (start)
            out.append(HarNameValue());
        else if (key == "name")
            out.last().name = strings(v);
        else if (key == "value")
            out.last().value = strings(v);
    });
    out.squeeze();
    return out;
}

QVector<HarCookie> cookies(od::value value, Strings &strings)
{
    QVector<HarCookie> out;
    forEachObjectField(value, [&](bool start, std::string_view key, od::value v) {
        if (start) {
            out.append(HarCookie());
            return;
        }
        HarCookie &c = out.last();
        if (key == "name")
            c.name = strings(v);
        else if (key == "value")
            c.value = strings(v);
        else if (key == "domain")
            c.domain = strings(v);
        else if (key == "path")
            c.path = strings(v);
        else if (key == "expires")
            c.expires = QDateTime::fromString(stringOf(v), Qt::ISODateWithMs);
        else if (key == "httpOnly")
            c.httpOnly = boolOf(v);
        else if (key == "secure")
            c.secure = boolOf(v);
    });
    out.squeeze();
    return out;
}

void pad(std::string &value)
{
    value.reserve(value.size() + simdjson::SIMDJSON_PADDING);
}

} // namespace

struct HarEntryParser::Impl
{
    od::parser parser;
    std::string bytes; // of the entry parsed last
    qint64 offset = -1;
    simdjson::error_code error = simdjson::SUCCESS;
    Strings strings;
};

HarEntryParser::HarEntryParser(bool shareStrings) : d(std::make_unique<Impl>())
{
    d->strings.setEnabled(shareStrings);
}

HarEntryParser::~HarEntryParser() = default;

QString HarEntryParser::parseVersion(std::string &value)
{
    pad(value);
    od::parser parser;
    od::document doc;
    std::string_view s;
    if (parser.iterate(value.data(), value.size(), value.capacity()).get(doc) ||
        doc.get_string().get(s))
        return {};
    return utf8(s);
}

QString HarEntryParser::parseCreator(std::string &value)
{
    pad(value);
    od::parser parser;
    od::document doc;
    od::object creator;
    if (parser.iterate(value.data(), value.size(), value.capacity()).get(doc) ||
        doc.get_object().get(creator))
        return {};
    QString name, version;
    for (auto f : creator) {
        std::string_view k;
        if (f.unescaped_key().get(k))
            continue;
        if (k == "name")
            name = stringOf(f.value());
        else if (k == "version")
            version = stringOf(f.value());
    }
    return (name + QLatin1Char(' ') + version).trimmed();
}

bool HarEntryParser::parseEntry(std::string &value, qint64 offset, const QStringList &aliases,
                                HarEntry &e)
{
    d->bytes.swap(value);
    d->offset = offset;
    pad(d->bytes);
    const char *base = d->bytes.data();
    od::document doc;
    od::object object;
    const auto fail = [&](simdjson::error_code error) {
        d->error = error;
        return false;
    };
    if (auto error = d->parser.iterate(base, d->bytes.size(), d->bytes.capacity()).get(doc))
        return fail(error);
    if (auto error = doc.get_object().get(object))
        return fail(error);
    for (auto field : object) {
        std::string_view k;
        if (auto error = field.unescaped_key().get(k))
            return fail(error);
        od::value v = field.value();
        if (k == "startedDateTime") {
            e.started = QDateTime::fromString(stringOf(v), Qt::ISODateWithMs);
        } else if (k == "time") {
            e.timeMs = numberOf(v, -1);
        } else if (k == "serverIPAddress") {
            e.serverIp = d->strings(v);
        } else if (k == "request") {
            od::object request;
            if (v.get_object().get(request))
                continue;
            for (auto rf : request) {
                std::string_view rk;
                if (auto error = rf.unescaped_key().get(rk))
                    return fail(error);
                if (rk == "method") {
                    e.method = d->strings(rf.value());
                } else if (rk == "url") {
                    e.url = stringOf(rf.value());
                } else if (rk == "httpVersion") {
                    e.httpVersion = d->strings(rf.value());
                } else if (rk == "headers") {
                    e.requestHeaders = nameValues(rf.value(), d->strings);
                } else if (rk == "cookies") {
                    e.requestCookies = cookies(rf.value(), d->strings);
                } else if (rk == "postData") {
                    od::object post;
                    if (rf.value().get_object().get(post))
                        continue;
                    for (auto pf : post) {
                        std::string_view pk;
                        if (pf.unescaped_key().get(pk))
                            continue;
                        if (pk == "mimeType")
                            e.postMimeType = d->strings(pf.value());
                        else if (pk == "text")
                            e.postText = stringOf(pf.value());
                    }
                }
            }
        } else if (k == "response") {
            od::object response;
            if (v.get_object().get(response))
                continue;
            for (auto rf : response) {
                std::string_view rk;
                if (auto error = rf.unescaped_key().get(rk))
                    return fail(error);
                if (rk == "status") {
                    e.status = integerOf<int>(rf.value(), 0, 0, 999);
                } else if (rk == "statusText") {
                    e.statusText = d->strings(rf.value());
                } else if (rk == "headers") {
                    e.responseHeaders = nameValues(rf.value(), d->strings);
                } else if (rk == "cookies") {
                    e.responseCookies = cookies(rf.value(), d->strings);
                } else if (rk == "content") {
                    od::object content;
                    if (rf.value().get_object().get(content))
                        continue;
                    for (auto cf : content) {
                        std::string_view ck;
                        if (cf.unescaped_key().get(ck))
                            continue;
                        od::value cv = cf.value();
                        if (ck == "size") {
                            e.contentSize = integerOf<qint64>(cv, -1, 0, qint64(1) << 53);
                        } else if (ck == "mimeType") {
                            e.mimeType = d->strings(cv);
                        } else if (ck == "encoding") {
                            e.m_bodyBase64 = stringOf(cv) == QLatin1String("base64");
                        } else if (ck == "text") {
                            const std::string_view raw = cv.raw_json_token();
                            if (raw.size() >= 2 && raw.front() == '"') {
                                e.m_bodyOffset = offset + (raw.data() - base);
                                e.m_bodyLength = qsizetype(raw.size());
                                std::string_view check;
                                if (auto error = cv.get_string().get(check))
                                    return fail(error);
                            }
                        }
                    }
                }
            }
        }
    }
    const QUrl url(e.url);
    e.kind = HarCapture::kindOf(url.path());
    e.audienceManager = HarCapture::isAudienceManagerHost(url.host(), aliases);
    return true;
}

QString HarEntryParser::lastError() const
{
    return QString::fromLatin1(simdjson::error_message(d->error));
}

QByteArray HarEntryParser::responseBody(const HarEntry &entry) const
{
    const qint64 at = entry.m_bodyOffset - d->offset;
    if (entry.m_bodyOffset < 0 || d->offset < 0 || at < 0 ||
        at + entry.m_bodyLength > qint64(d->bytes.size()))
        return {};
    return bodyOfToken(d->bytes.data() + at, entry.m_bodyLength, entry.m_bodyBase64);
}

QByteArray HarEntryParser::bodyOfToken(const char *token, qsizetype length, bool base64)
{
    // The token is a JSON string: parse it alone to undo its escapes.
    od::parser parser;
    const simdjson::padded_string padded(token, size_t(length));
    std::string_view text;
    od::document doc;
    if (parser.iterate(padded).get(doc) || doc.get_string().get(text))
        return {};
    const QByteArray raw(text.data(), qsizetype(text.size()));
    return base64 ? QByteArray::fromBase64(raw) : raw;
}

} // namespace dcsdesk
