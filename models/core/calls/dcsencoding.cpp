#include "dcsencoding.h"

#include <QUrl>

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

bool isHexPair(const QByteArray &s, qsizetype i)
{
    return i + 2 < s.size() && hexValue(s.at(i + 1)) >= 0 && hexValue(s.at(i + 2)) >= 0;
}

bool isUnreserved(uchar c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

// RFC 3986 query characters that may appear unencoded: unreserved, sub-delims, ':', '@', '/', '?'.
bool isQueryChar(uchar c)
{
    if (isUnreserved(c))
        return true;
    switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case ':':
    case '@':
    case '/':
    case '?':
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray DcsEncoding::encode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray DcsEncoding::encodeValues(const QStringList &values)
{
    QByteArray out;
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += encode(values.at(i));
    }
    return out;
}

QByteArray DcsEncoding::encodeDeclaredId(const QString &ns, const QString &id, int authState)
{
    QByteArray out = encode(ns) + "%01" + encode(id);
    if (authState >= 0)
        out += "%01" + QByteArray::number(authState);
    return out;
}

bool DcsEncoding::decode(const QByteArray &encoded, QString *out, bool plusIsSpace)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '%') {
            if (!isHexPair(encoded, i)) {
                out->clear();
                return false;
            }
            bytes += char(hexValue(encoded.at(i + 1)) * 16 + hexValue(encoded.at(i + 2)));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            bytes += ' ';
        } else {
            bytes += c;
        }
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        out->clear();
        return false;
    }
    *out = text;
    return true;
}

QVector<qsizetype> DcsEncoding::badPercentOffsets(const QByteArray &encoded)
{
    QVector<qsizetype> offsets;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded.at(i) == '%' && !isHexPair(encoded, i))
            offsets.append(i);
    }
    return offsets;
}

QString DcsEncoding::unencodedCharacters(const QByteArray &encoded)
{
    QString found;
    const QString text = QString::fromUtf8(encoded);
    for (const QChar ch : text) {
        const ushort u = ch.unicode();
        if (u == '%' || (u < 0x80 && isQueryChar(uchar(u))))
            continue;
        if (!found.contains(ch))
            found += ch;
    }
    return found;
}

bool DcsEncoding::looksPercentEncoded(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '%' && isHexPair(bytes, i))
            return true;
    }
    return false;
}

QVector<DcsEncoding::RawPair> DcsEncoding::splitQuery(const QByteArray &query)
{
    QVector<RawPair> pairs;
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArray part = query.mid(start, end - start);
        if (!part.isEmpty()) {
            RawPair p;
            const qsizetype eq = part.indexOf('=');
            if (eq < 0) {
                p.key = part;
            } else {
                p.key = part.left(eq);
                p.value = part.mid(eq + 1);
                p.hasValue = true;
            }
            pairs.append(p);
        }
        start = end + 1;
    }
    return pairs;
}

QList<QByteArray> DcsEncoding::splitDeclaredId(const QByteArray &encodedValue)
{
    QList<QByteArray> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 2 < encodedValue.size(); ++i) {
        if (encodedValue.at(i) == '%' && encodedValue.at(i + 1) == '0' &&
            encodedValue.at(i + 2) == '1') {
            parts.append(encodedValue.mid(start, i - start));
            start = i + 3;
            i += 2;
        }
    }
    parts.append(encodedValue.mid(start));
    return parts;
}

} // namespace dcsdesk
