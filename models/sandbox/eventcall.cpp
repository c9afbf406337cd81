#include "eventcall.h"

#include "http/httprequest.h"

namespace dcsdesk {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool EventCall::decode(const QByteArray &raw, QString *out)
{
    bool ok = true;
    if (!raw.contains('%') && !raw.contains('+')) {
        *out = QString::fromUtf8(raw);
        return true;
    }
    QByteArray bytes;
    bytes.reserve(raw.size());
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = raw[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            const int hi = i + 1 < n ? hexValue(raw[i + 1]) : -1;
            const int lo = i + 2 < n ? hexValue(raw[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                ok = false;
                bytes.append('%');
                continue;
            }
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    *out = QString::fromUtf8(bytes);
    return ok;
}

void EventCall::addPairs(const QByteArray &raw)
{
    qsizetype start = 0;
    const qsizetype n = raw.size();
    while (start <= n) {
        qsizetype end = raw.indexOf('&', start);
        if (end < 0)
            end = n;
        if (end > start) {
            const QByteArray pair = raw.mid(start, end - start);
            const qsizetype eq = pair.indexOf('=');
            Param p;
            const bool keyOk = decode(eq < 0 ? pair : pair.left(eq), &p.key);
            const bool valueOk = eq < 0 || decode(pair.mid(eq + 1), &p.value);
            if ((!keyOk || !valueOk) && !hasBadEncoding) {
                hasBadEncoding = true;
                badParameterKey = p.key;
            }
            if (!p.key.isEmpty())
                params.append(p);
        }
        start = end + 1;
    }
}

EventCall EventCall::parse(const HttpRequest &request)
{
    EventCall call;
    call.addPairs(request.query());
    if (!request.body.isEmpty()) {
        const QByteArray type = request.header(QByteArrayLiteral("Content-Type"));
        const qsizetype semicolon = type.indexOf(';');
        const QByteArray mediaType =
            (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
        if (mediaType.isEmpty() || mediaType == "application/x-www-form-urlencoded")
            call.addPairs(request.body);
        else
            call.bodyNotForm = true;
    }
    return call;
}

QString EventCall::value(const QString &key) const
{
    for (const Param &p : params) {
        if (p.key == key)
            return p.value.isNull() ? QStringLiteral("") : p.value;
    }
    return {};
}

QStringList EventCall::values(const QString &key) const
{
    QStringList out;
    for (const Param &p : params) {
        if (p.key == key)
            out.append(p.value);
    }
    return out;
}

bool EventCall::has(const QString &key) const
{
    for (const Param &p : params) {
        if (p.key == key)
            return true;
    }
    return false;
}

} // namespace dcsdesk
