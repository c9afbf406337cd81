#include "harmaskrules.h"

#include "dcs/amcvcookie.h"

#include <QUrl>

namespace dcsdesk {

namespace {

using Kind = HarMaskItem::Kind;
using Place = HarMaskItem::Place;
using Hit = HarMaskRules::Hit;

QByteArray unpercented(const QByteArray &raw, bool plusIsSpace)
{
    QByteArray text = raw;
    if (plusIsSpace)
        text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

Hit makeHit(qsizetype start, const QByteArray &raw, Kind kind, Place place, const QByteArray &name,
            const QByteArray &canonical, const QByteArray &detail = QByteArray())
{
    Hit h;
    h.start = start;
    h.length = raw.size();
    h.raw = raw;
    h.kind = kind;
    h.place = place;
    h.name = name;
    h.detail = detail;
    h.canonical = canonical;
    return h;
}

// The value of a key=value pair whose key names a user ID or a private value.
void keyHits(const QByteArray &key, const QByteArray &value, qsizetype start, Place place,
             bool rawIsEncoded, const QByteArray &detail, QVector<Hit> &out)
{
    if (value.isEmpty())
        return;
    const QByteArray k = key.toLower();
    const auto decode = [&](const QByteArray &raw) {
        return rawIsEncoded ? unpercented(raw, true) : raw;
    };
    if (k.startsWith("p_")) {
        out.append(makeHit(start, value, Kind::PrivateValue, place, key, decode(value), detail));
    } else if (k == "d_mid" || k == "mid" || k == "d_uuid" || k == "d_dpuuid" || k == "dpuuid") {
        out.append(makeHit(start, value, Kind::UserId, place, key, decode(value), detail));
    } else if (k == "d_cid" || k == "d_cid_ic") {
        // DPID or integration code, %01, the user ID, optionally %01 and the auth state.
        const QByteArray sep = rawIsEncoded && value.contains("%01") ? "%01" : "\x01";
        const qsizetype a = value.indexOf(sep);
        if (a < 0)
            return;
        const qsizetype from = a + sep.size();
        qsizetype to = value.indexOf(sep, from);
        if (to < 0)
            to = value.size();
        if (to > from)
            out.append(makeHit(start + from, value.mid(from, to - from), Kind::UserId, place, key,
                               decode(value.mid(from, to - from)), detail));
    }
}

bool isPairStart(char c)
{
    return c == '?' || c == '&' || c == ';' || c == ':' || c == ' ' || c == '\t' || c == '\n' ||
           c == '\r' || c == ',';
}

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-' || c == '%';
}

bool endsValue(char c)
{
    return c == '&' || c == '#' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
           c == '"' || c == '\'' || c == '<' || c == '>' || c == ',';
}

// key=value pairs anywhere in a URL, form body or header: query strings, /ibs:k=v&k=v paths.
void pairHits(const QByteArray &s, Place place, const QByteArray &detail, QVector<Hit> &out)
{
    qsizetype i = 0;
    while (i < s.size()) {
        if (i > 0 && !isPairStart(s.at(i - 1))) {
            ++i;
            continue;
        }
        qsizetype k = i;
        while (k < s.size() && isKeyChar(s.at(k)))
            ++k;
        if (k == i || k >= s.size() || s.at(k) != '=') {
            i = k > i ? k : i + 1;
            continue;
        }
        qsizetype v = k + 1;
        while (v < s.size() && !endsValue(s.at(v)))
            ++v;
        keyHits(unpercented(s.mid(i, k - i), false), s.mid(k + 1, v - k - 1), k + 1, place, true,
                detail, out);
        i = v;
    }
}

void cookieHits(const QByteArray &name, const QByteArray &value, qsizetype start, Place place,
                QVector<Hit> &out)
{
    if (value.isEmpty())
        return;
    if (name.startsWith("AMCV_")) {
        // Only its IDs: the rest (region, expiries, version) is what support reads in it.
        const AmcvCookie amcv = AmcvCookie::parse(QString::fromUtf8(name) + QLatin1Char('=') +
                                                  QString::fromUtf8(value));
        for (const AmcvCookie::Field &f : amcv.fields) {
            const QByteArray key = f.key.toUpper().toUtf8();
            if (f.value.isEmpty() || !(key == "MCMID" || key == "MCAID" || key == "MCAAMB" ||
                                       key == "MID" || key == "AID" || key == "MCCIDH"))
                continue;
            const QByteArray id = f.value.toUtf8();
            const qsizetype at = value.indexOf(id);
            Hit h = makeHit(start + at, id, Kind::UserId, place, f.key.toUtf8(), id, name);
            h.splice = at >= 0;
            out.append(h);
        }
        return;
    }
    out.append(makeHit(start, value, Kind::Cookie, place, name, unpercented(value, false)));
}

// "a=1; b=2" (Cookie) or one Set-Cookie line "a=1; Path=/; Secure".
void cookieHeaderHits(const QByteArray &s, bool set, QVector<Hit> &out)
{
    qsizetype lineStart = 0;
    while (lineStart <= s.size()) {
        qsizetype lineEnd = set ? s.indexOf('\n', lineStart) : -1;
        if (lineEnd < 0)
            lineEnd = s.size();
        qsizetype p = lineStart;
        while (p < lineEnd) {
            qsizetype end = s.indexOf(';', p);
            if (end < 0 || end > lineEnd)
                end = lineEnd;
            qsizetype a = p;
            while (a < end && (s.at(a) == ' ' || s.at(a) == '\t'))
                ++a;
            const qsizetype eq = s.indexOf('=', a);
            if (eq > a && eq < end) {
                qsizetype b = end;
                while (b > eq + 1 && (s.at(b - 1) == ' ' || s.at(b - 1) == '\r'))
                    --b;
                cookieHits(s.mid(a, eq - a).trimmed(), s.mid(eq + 1, b - eq - 1), eq + 1,
                           set ? Place::CookieSet : Place::CookieSent, out);
            }
            if (set)
                break; // attributes follow the first pair
            p = end + 1;
        }
        lineStart = lineEnd + 1;
    }
}

// The password of https://user:password@host/…
void passwordHit(const QByteArray &url, Place place, QVector<Hit> &out)
{
    const qsizetype scheme = url.indexOf("://");
    if (scheme < 0)
        return;
    const qsizetype hostStart = scheme + 3;
    qsizetype slash = url.indexOf('/', hostStart);
    if (slash < 0)
        slash = url.size();
    const qsizetype at = url.lastIndexOf('@', slash);
    const qsizetype colon = url.indexOf(':', hostStart);
    if (at < hostStart || colon < 0 || colon > at || at - colon < 2)
        return;
    const QByteArray pw = url.mid(colon + 1, at - colon - 1);
    out.append(makeHit(colon + 1, pw, Kind::Credential, place, "password", unpercented(pw, false)));
}

// Runs of 20 digits or more: AAM UUIDs and ECIDs (38 digits) in a redirect.
void longIdHits(const QByteArray &s, Place place, const QByteArray &name, QVector<Hit> &out)
{
    qsizetype i = 0;
    while (i < s.size()) {
        if (!std::isdigit(uchar(s.at(i)))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < s.size() && std::isdigit(uchar(s.at(j))))
            ++j;
        if (j - i >= 20)
            out.append(makeHit(i, s.mid(i, j - i), Kind::UserId, place, name, s.mid(i, j - i)));
        i = j;
    }
}

// "uuid":"…", "d_mid":"…" in a JSON or JSONP answer.
void answerHits(const QByteArray &s, QVector<Hit> &out)
{
    for (const char *field : {"uuid", "d_mid", "d_uuid", "d_blob"}) {
        const QByteArray quoted = QByteArray("\"") + field + "\"";
        qsizetype p = 0;
        while ((p = s.indexOf(quoted, p)) >= 0) {
            p += quoted.size();
            qsizetype q = p;
            while (q < s.size() && (s.at(q) == ' ' || s.at(q) == '\n' || s.at(q) == '\t'))
                ++q;
            if (q >= s.size() || s.at(q) != ':')
                continue;
            ++q;
            while (q < s.size() && (s.at(q) == ' ' || s.at(q) == '\n' || s.at(q) == '\t'))
                ++q;
            if (q >= s.size() || s.at(q) != '"')
                continue;
            const qsizetype end = s.indexOf('"', q + 1);
            if (end > q + 1)
                out.append(makeHit(q + 1, s.mid(q + 1, end - q - 1), Kind::UserId, Place::Answer,
                                   field, s.mid(q + 1, end - q - 1)));
            p = end < 0 ? s.size() : end;
        }
    }
}

// Keeps the first of overlapping hits (a d_mid pair and the same digits as a long ID).
QVector<Hit> withoutOverlaps(QVector<Hit> hits)
{
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.start < b.start; });
    QVector<Hit> out;
    qsizetype end = -1;
    for (const Hit &h : hits) {
        if (!h.splice) {
            out.append(h);
            continue;
        }
        if (h.start < end)
            continue;
        out.append(h);
        end = h.start + h.length;
    }
    return out;
}

} // namespace

bool HarMaskRules::isSecretHeader(const QByteArray &n)
{
    if (n == "authorization" || n == "proxy-authorization")
        return true;
    for (const char *part : {"api-key", "api_key", "apikey", "token", "secret", "password",
                             "x-auth", "session-id", "sessionid"}) {
        if (n.contains(part))
            return true;
    }
    return false;
}

bool HarMaskRules::isKept(const QByteArray &canonical)
{
    return canonical == "NOTARGET";
}

bool HarMaskRules::isTokenLike(const QByteArray &v)
{
    if (v.startsWith("MASKED-")) {
        const qsizetype dash = v.lastIndexOf('-');
        if (dash <= 7 || dash == v.size() - 1)
            return false;
        return std::all_of(v.begin() + dash + 1, v.end(),
                           [](char c) { return std::isdigit(uchar(c)); });
    }
    return v.size() >= 16 && v.startsWith("00000000") &&
           std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(uchar(c)); });
}

QVector<HarMaskRules::Hit> HarMaskRules::find(const QByteArray &path, const QByteArray &name,
                                              const QByteArray &value, bool answer)
{
    QVector<Hit> out;
    if (value.isEmpty())
        return out;
    const QByteArray lower = name.toLower();
    if (path.endsWith("entries.request.cookies.value")) {
        cookieHits(name, value, 0, Place::CookieSent, out);
    } else if (path.endsWith("entries.response.cookies.value")) {
        cookieHits(name, value, 0, Place::CookieSet, out);
    } else if (path.endsWith("entries.request.queryString.value")) {
        keyHits(name, value, 0, Place::Url, false, {}, out);
    } else if (path.endsWith("entries.request.postData.params.value")) {
        keyHits(name, value, 0, Place::PostBody, false, {}, out);
    } else if (path.endsWith("entries.request.headers.value") ||
               path.endsWith("entries.response.headers.value")) {
        if (lower == "cookie" || lower == "set-cookie") {
            cookieHeaderHits(value, lower == "set-cookie", out);
        } else if (isSecretHeader(lower)) {
            out.append(makeHit(0, value, Kind::Credential, Place::Header, name, value));
            // "Bearer abc…": the credential alone may also appear elsewhere.
            const qsizetype space = value.indexOf(' ');
            if (space > 0 && space < value.size() - 1) {
                Hit h = makeHit(space + 1, value.mid(space + 1), Kind::Credential, Place::Header,
                                name, value.mid(space + 1));
                h.splice = false;
                h.partOf = value;
                out.append(h);
            }
        } else if (lower == "location") {
            pairHits(value, Place::Location, name, out);
            longIdHits(value, Place::Location, name, out);
        } else if (lower == ":path") {
            pairHits(value, Place::Url, {}, out);
        } else {
            pairHits(value, Place::Header, name, out);
        }
    } else if (path.endsWith("entries.response.redirectURL")) {
        pairHits(value, Place::Location, "redirectURL", out);
        longIdHits(value, Place::Location, "redirectURL", out);
    } else if (path.endsWith("entries.request.url")) {
        pairHits(value, Place::Url, {}, out);
        passwordHit(value, Place::Url, out);
    } else if (path.endsWith("entries.request.postData.text")) {
        pairHits(value, Place::PostBody, {}, out);
    } else if (path.endsWith("entries.response.content.text")) {
        if (answer)
            answerHits(value, out);
    } else if (!path.endsWith(".name")) {
        pairHits(value, Place::Other, {}, out);
    }
    return withoutOverlaps(out);
}

QString HarMaskItem::where() const
{
    const bool field = !detail.isEmpty();
    switch (place) {
    case Place::CookieSent:
        return field ? tr("%1 in cookie %2 (sent)").arg(name, detail)
                     : tr("Cookie %1 (sent)").arg(name);
    case Place::CookieSet:
        return field ? tr("%1 in cookie %2 (set)").arg(name, detail)
                     : tr("Cookie %1 (set)").arg(name);
    case Place::Url:
        return kind == Kind::Credential ? tr("Password in URL") : tr("%1 in URL").arg(name);
    case Place::PostBody:
        return tr("%1 in POST body").arg(name);
    case Place::Header:
        return field ? tr("%1 in %2 header").arg(name, detail) : tr("%1 header").arg(name);
    case Place::Answer:
        return tr("%1 in answer").arg(name);
    case Place::Location:
        return name == detail || detail.isEmpty() ? tr("User ID in %1").arg(name)
                                                  : tr("%1 in %2").arg(name, detail);
    case Place::Other:
        break;
    }
    return tr("%1 in another field").arg(name);
}

QString HarMaskItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Cookie:
        return tr("cookie values");
    case Kind::UserId:
        return tr("user IDs");
    case Kind::PrivateValue:
        return tr("p_ values");
    case Kind::Credential:
        return tr("credentials");
    }
    return {};
}

QString HarMaskItem::placeName(Place place)
{
    switch (place) {
    case Place::CookieSent:
        return tr("cookies sent");
    case Place::CookieSet:
        return tr("cookies set");
    case Place::Url:
        return tr("URLs");
    case Place::PostBody:
        return tr("POST bodies");
    case Place::Header:
        return tr("headers");
    case Place::Answer:
        return tr("answers");
    case Place::Location:
        return tr("redirects");
    case Place::Other:
        break;
    }
    return tr("other fields");
}

QString HarMaskItem::kindKey(Kind kind)
{
    static const char *const keys[] = {"cookie", "userId", "privateValue", "credential"};
    return QLatin1String(keys[int(kind)]);
}

QString HarMaskItem::placeKey(Place place)
{
    static const char *const keys[] = {"cookieSent", "cookieSet", "url",      "postBody",
                                       "header",     "answer",    "redirect", "other"};
    return QLatin1String(keys[int(place)]);
}

} // namespace dcsdesk
