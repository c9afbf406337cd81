#include "harcapture.h"

#include "calls/dcsendpoint.h"
#include "system/utf8.h"
#include "workspace/jsongrammar.h"
#include "workspace/jsonscan.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <simdjson.h>

#include <algorithm>

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

double numberOf(od::value value, double fallback)
{
    double d = 0;
    return value.get_double().get(d) == simdjson::SUCCESS ? d : fallback;
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

QVector<HarNameValue> nameValues(od::value value)
{
    QVector<HarNameValue> out;
    forEachObjectField(value, [&](bool start, std::string_view key, od::value v) {
        if (start)
            out.append(HarNameValue());
        else if (key == "name")
            out.last().name = stringOf(v);
        else if (key == "value")
            out.last().value = stringOf(v);
    });
    return out;
}

QVector<HarCookie> cookies(od::value value)
{
    QVector<HarCookie> out;
    forEachObjectField(value, [&](bool start, std::string_view key, od::value v) {
        if (start) {
            out.append(HarCookie());
            return;
        }
        HarCookie &c = out.last();
        if (key == "name")
            c.name = stringOf(v);
        else if (key == "value")
            c.value = stringOf(v);
        else if (key == "domain")
            c.domain = stringOf(v);
        else if (key == "path")
            c.path = stringOf(v);
        else if (key == "expires")
            c.expires = QDateTime::fromString(stringOf(v), Qt::ISODateWithMs);
        else if (key == "httpOnly")
            c.httpOnly = boolOf(v);
        else if (key == "secure")
            c.secure = boolOf(v);
    });
    return out;
}

} // namespace

QString HarEntry::host() const
{
    return QUrl(url).host().toLower();
}

QString HarEntry::path() const
{
    return QUrl(url).path();
}

QString HarEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Event:
        return HarCapture::tr("Event (/event)");
    case Kind::IdSync:
        return HarCapture::tr("ID sync (/ibs)");
    case Kind::IdService:
        return HarCapture::tr("ID service (/id)");
    case Kind::DestinationPage:
        return HarCapture::tr("Destination page (dest5.html)");
    case Kind::OptOut:
        return HarCapture::tr("Opt-out (/demoptout.jpg)");
    case Kind::Other:
        break;
    }
    return HarCapture::tr("Other");
}

HarEntry::Kind HarCapture::kindOf(const QString &path)
{
    // The DCS endpoints come from the table the console and the sandbox use; dest5.html is the
    // one page a browser loads that the console never sends.
    if (path.endsWith(QLatin1String("/dest5.html")))
        return HarEntry::Kind::DestinationPage;
    if (path.isEmpty())
        return HarEntry::Kind::Other;
    switch (DcsEndpoint::kindOf(path)) {
    case DcsEndpoint::Kind::Event:
        return HarEntry::Kind::Event;
    case DcsEndpoint::Kind::IdSync:
        return HarEntry::Kind::IdSync;
    case DcsEndpoint::Kind::IdService:
        return HarEntry::Kind::IdService;
    case DcsEndpoint::Kind::OptOut:
        return HarEntry::Kind::OptOut;
    case DcsEndpoint::Kind::Other:
        break;
    }
    return HarEntry::Kind::Other;
}

bool HarCapture::isAudienceManagerHost(const QString &host, const QStringList &aliases)
{
    const QString h = host.toLower();
    if (h == QLatin1String("demdex.net") || h.endsWith(QLatin1String(".demdex.net")))
        return true;
    return std::any_of(aliases.begin(), aliases.end(), [&](const QString &alias) {
        return !alias.isEmpty() && h == alias.toLower();
    });
}

HarCapture::Result HarCapture::readFile(const QString &path, const QStringList &aliases)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("%1 cannot be read: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return r;
    }
    return read(file.readAll(), aliases);
}

HarCapture::Result HarCapture::read(const QByteArray &input, const QStringList &aliases)
{
    Result result;
    m_entries.clear();
    m_version.clear();
    m_creator.clear();
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.sliced(3) : input;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("The file is empty. Save the capture again from the browser's network "
                          "panel (Save all as HAR).");
        return result;
    }
    auto padded = QSharedPointer<QByteArray>::create(bytes);
    padded->reserve(bytes.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    m_bytes = padded;
    const char *base = padded->constData();

    const auto syntaxError = [&](simdjson::error_code code) {
        if (code == simdjson::UTF8_ERROR) {
            const JsonPosition pos =
                jsonPositionOf(bytes, std::max<qsizetype>(0, Utf8::firstInvalid(bytes)));
            result.error = tr("The file is not valid UTF-8 text (line %1, column %2), so it is not "
                              "a HAR file as browsers save them. Save the capture again, or "
                              "convert the file to UTF-8.")
                               .arg(pos.line)
                               .arg(pos.column);
            m_entries.clear();
            return result;
        }
        qsizetype offset = 0;
        QString reason;
        if (!JsonGrammar::check(bytes, &offset, &reason)) {
            const JsonPosition pos = jsonPositionOf(bytes, offset);
            const bool cut = offset >= bytes.trimmed().size() - 1;
            result.error =
                cut ? tr("The file ends too early (line %1): the capture was cut short while it "
                         "was saved or copied. Save it again from the browser.")
                          .arg(pos.line)
                    : tr("The file is not valid JSON at line %1, column %2: %3. A HAR file is "
                         "JSON as the browser saved it; was it edited?")
                          .arg(pos.line)
                          .arg(pos.column)
                          .arg(reason);
        } else {
            result.error = tr("The file cannot be read as JSON: %1.")
                               .arg(QString::fromLatin1(simdjson::error_message(code)));
        }
        m_entries.clear();
        return result;
    };
    const auto notHar = [&]() {
        result.error = tr("The file holds JSON, but not a HAR capture (no \"log\" with "
                          "\"entries\"). Save the network log with the browser's \"Save all as "
                          "HAR\".");
        m_entries.clear();
        return result;
    };

    od::parser parser;
    od::document doc;
    auto error =
        parser.iterate(padded->constData(), size_t(bytes.size()), size_t(padded->capacity()))
            .get(doc);
    if (error)
        return syntaxError(error);
    od::object root;
    if ((error = doc.get_object().get(root)))
        return error == simdjson::INCORRECT_TYPE && JsonGrammar::check(bytes) ? notHar()
                                                                              : syntaxError(error);

    bool sawLog = false, sawEntries = false;
    for (auto rootField : root) {
        std::string_view rootKey;
        if ((error = rootField.unescaped_key().get(rootKey)))
            return syntaxError(error);
        if (rootKey != "log")
            continue;
        sawLog = true;
        od::object log;
        if (rootField.value().get_object().get(log))
            return notHar();
        for (auto logField : log) {
            std::string_view key;
            if ((error = logField.unescaped_key().get(key)))
                return syntaxError(error);
            if (key == "version") {
                m_version = stringOf(logField.value());
            } else if (key == "creator") {
                od::object creator;
                if (logField.value().get_object().get(creator) == simdjson::SUCCESS) {
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
                    m_creator = (name + QLatin1Char(' ') + version).trimmed();
                }
            } else if (key == "entries") {
                sawEntries = true;
                od::array entries;
                if (logField.value().get_array().get(entries))
                    return notHar();
                for (auto element : entries) {
                    od::object object;
                    if ((error = element.get_object().get(object)))
                        return syntaxError(error);
                    HarEntry e;
                    e.index = int(m_entries.size());
                    for (auto field : object) {
                        std::string_view k;
                        if ((error = field.unescaped_key().get(k)))
                            return syntaxError(error);
                        od::value v = field.value();
                        if (k == "startedDateTime") {
                            e.started = QDateTime::fromString(stringOf(v), Qt::ISODateWithMs);
                        } else if (k == "time") {
                            e.timeMs = numberOf(v, -1);
                        } else if (k == "serverIPAddress") {
                            e.serverIp = stringOf(v);
                        } else if (k == "request") {
                            od::object request;
                            if (v.get_object().get(request))
                                continue;
                            for (auto rf : request) {
                                std::string_view rk;
                                if ((error = rf.unescaped_key().get(rk)))
                                    return syntaxError(error);
                                if (rk == "method")
                                    e.method = stringOf(rf.value());
                                else if (rk == "url")
                                    e.url = stringOf(rf.value());
                                else if (rk == "httpVersion")
                                    e.httpVersion = stringOf(rf.value());
                                else if (rk == "headers")
                                    e.requestHeaders = nameValues(rf.value());
                                else if (rk == "cookies")
                                    e.requestCookies = cookies(rf.value());
                                else if (rk == "postData") {
                                    od::object post;
                                    if (rf.value().get_object().get(post))
                                        continue;
                                    for (auto pf : post) {
                                        std::string_view pk;
                                        if (pf.unescaped_key().get(pk))
                                            continue;
                                        if (pk == "mimeType")
                                            e.postMimeType = stringOf(pf.value());
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
                                if ((error = rf.unescaped_key().get(rk)))
                                    return syntaxError(error);
                                if (rk == "status")
                                    e.status = int(numberOf(rf.value(), 0));
                                else if (rk == "statusText")
                                    e.statusText = stringOf(rf.value());
                                else if (rk == "headers")
                                    e.responseHeaders = nameValues(rf.value());
                                else if (rk == "cookies")
                                    e.responseCookies = cookies(rf.value());
                                else if (rk == "content") {
                                    od::object content;
                                    if (rf.value().get_object().get(content))
                                        continue;
                                    for (auto cf : content) {
                                        std::string_view ck;
                                        if (cf.unescaped_key().get(ck))
                                            continue;
                                        od::value cv = cf.value();
                                        if (ck == "size") {
                                            e.contentSize = qint64(numberOf(cv, -1));
                                        } else if (ck == "mimeType") {
                                            e.mimeType = stringOf(cv);
                                        } else if (ck == "encoding") {
                                            e.m_bodyBase64 =
                                                stringOf(cv) == QLatin1String("base64");
                                        } else if (ck == "text") {
                                            const std::string_view raw = cv.raw_json_token();
                                            if (raw.size() >= 2 && raw.front() == '"') {
                                                e.m_bodyOffset = raw.data() - base;
                                                e.m_bodyLength = qsizetype(raw.size());
                                                std::string_view check;
                                                if ((error = cv.get_string().get(check)))
                                                    return syntaxError(error);
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    const QString path = e.path();
                    e.kind = kindOf(path);
                    e.audienceManager = isAudienceManagerHost(e.host(), aliases);
                    m_entries.append(std::move(e));
                }
            }
        }
    }
    if (!sawLog || !sawEntries)
        return notHar();
    if (m_version != QLatin1String("1.2")) {
        if (m_version.isEmpty())
            result.notes << tr("The capture does not say which HAR version it is; it was read as "
                               "HAR 1.2.");
        else
            result.notes << tr("The capture is HAR %1; DCS Desk reads HAR 1.2 and read what it "
                               "knows of this one. Fields this version lacks are shown empty.")
                                .arg(m_version);
    }
    result.ok = true;
    return result;
}

int HarCapture::audienceManagerCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const HarEntry &e) { return e.audienceManager; }));
}

QVector<QPair<QString, int>> HarCapture::hosts() const
{
    QHash<QString, int> counts;
    for (const HarEntry &e : m_entries)
        ++counts[e.host()];
    QVector<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

QByteArray HarCapture::responseBody(const HarEntry &entry) const
{
    if (!m_bytes || entry.m_bodyOffset < 0)
        return {};
    // The token is a JSON string: parse it alone to undo its escapes.
    const QByteArray token = m_bytes->mid(entry.m_bodyOffset, entry.m_bodyLength);
    od::parser parser;
    const simdjson::padded_string padded(token.constData(), size_t(token.size()));
    std::string_view text;
    od::document doc;
    if (parser.iterate(padded).get(doc) || doc.get_string().get(text))
        return {};
    const QByteArray raw(text.data(), qsizetype(text.size()));
    return entry.m_bodyBase64 ? QByteArray::fromBase64(raw) : raw;
}

} // namespace dcsdesk
