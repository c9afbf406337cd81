#include "eventcall.h"

#include "calls/dcsencoding.h"

namespace dcsdesk {

bool EventCall::decode(const QByteArray &raw, QString *out)
{
    if (DcsEncoding::decode(raw, out, true))
        return true;
    // DcsEncoding is strict about UTF-8 too; bytes that are not UTF-8 behind valid escapes are
    // still a valid call, so only a bad escape counts (and the text is decoded leniently).
    QByteArray spaced = raw;
    spaced.replace('+', ' ');
    *out = QString::fromUtf8(QByteArray::fromPercentEncoding(spaced));
    return DcsEncoding::badPercentOffsets(raw).isEmpty();
}

void EventCall::addPairs(const QByteArray &raw)
{
    for (const DcsEncoding::RawPair &pair : DcsEncoding::splitQuery(raw)) {
        Param p;
        const bool keyOk = decode(pair.key, &p.key);
        const bool valueOk = decode(pair.value, &p.value);
        if ((!keyOk || !valueOk) && !hasBadEncoding) {
            hasBadEncoding = true;
            badParameterKey = p.key;
        }
        if (!p.key.isEmpty())
            params.append(p);
    }
}

EventCall EventCall::parse(const QByteArray &query, const QByteArray &body,
                           const QByteArray &contentType)
{
    EventCall call;
    call.addPairs(query);
    if (!body.isEmpty()) {
        const QByteArray &type = contentType;
        const qsizetype semicolon = type.indexOf(';');
        const QByteArray mediaType =
            (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
        if (mediaType.isEmpty() || mediaType == "application/x-www-form-urlencoded")
            call.addPairs(body);
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
