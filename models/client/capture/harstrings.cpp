#include "harstrings.h"

namespace dcsdesk {

namespace {

constexpr int MaxDepth = 256;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

uint hex4(const char *p)
{
    uint v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= uint(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= uint(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= uint(c - 'A' + 10);
    }
    return v;
}

} // namespace

QByteArray HarStrings::unescape(const char *begin, const char *end)
{
    QByteArray out;
    out.reserve(end - begin);
    for (const char *p = begin; p < end; ++p) {
        if (*p != '\\' || p + 1 >= end) {
            out.append(*p);
            continue;
        }
        const char e = *++p;
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            if (end - p < 5)
                return out;
            uint cp = hex4(p + 1);
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 7 && p[1] == '\\' && p[2] == 'u') {
                const uint low = hex4(p + 3);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD; // a lone surrogate has no UTF-8 form
            appendUtf8(out, cp);
            break;
        }
        default: // '"', '\\', '/'
            out.append(e);
        }
    }
    return out;
}

QByteArray HarStrings::quote(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (uchar(c) < 0x20)
                out.append(QByteArray("\\u00") +
                           QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
            else
                out.append(c);
        }
    }
    out.append('"');
    return out;
}

bool HarStrings::scan(const QByteArray &json, qsizetype *errorOffset)
{
    m_bytes = json;
    m_pos = 0;
    m_keys.clear();
    m_spans.clear();
    m_paths.clear();
    m_pathIds.clear();
    m_objects.clear();
    m_entry = -1;
    m_logOffset = -1;
    m_logComment = -1;
    if (json.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    bool ok = parseValue(0);
    while (ok && m_pos < json.size() && isJsonSpace(json.at(m_pos)))
        ++m_pos;
    ok = ok && m_pos == json.size();
    if (!ok && errorOffset)
        *errorOffset = m_pos;
    return ok;
}

int HarStrings::internPath()
{
    const QByteArray path = m_keys.join('.');
    const auto it = m_pathIds.constFind(path);
    if (it != m_pathIds.constEnd())
        return it.value();
    m_paths.append(path);
    m_pathIds.insert(path, int(m_paths.size() - 1));
    return int(m_paths.size() - 1);
}

bool HarStrings::parseString(qsizetype *end)
{
    const QByteArray &s = m_bytes;
    qsizetype p = m_pos + 1;
    while (p < s.size() && s.at(p) != '"')
        p += s.at(p) == '\\' ? 2 : 1;
    if (p >= s.size())
        return false;
    *end = p + 1;
    return true;
}

bool HarStrings::parseValue(int depth)
{
    const QByteArray &s = m_bytes;
    while (m_pos < s.size() && isJsonSpace(s.at(m_pos)))
        ++m_pos;
    if (m_pos >= s.size() || depth > MaxDepth)
        return false;
    const char c = s.at(m_pos);
    if (c == '"') {
        qsizetype end = 0;
        if (!parseString(&end))
            return false;
        m_spans.append(Span{m_pos, end - m_pos, internPath(), m_entry, -1});
        m_pos = end;
        return true;
    }
    if (c == '{') {
        const int object = int(m_objects.size());
        m_objects.append(Object());
        if (m_keys.size() == 1 && m_keys.first() == "log")
            m_logOffset = m_pos;
        ++m_pos;
        for (bool first = true;; first = false) {
            while (m_pos < s.size() && isJsonSpace(s.at(m_pos)))
                ++m_pos;
            if (m_pos < s.size() && s.at(m_pos) == '}' && first) {
                ++m_pos;
                return true;
            }
            if (m_pos >= s.size() || s.at(m_pos) != '"')
                return false;
            qsizetype end = 0;
            if (!parseString(&end))
                return false;
            const QByteArray key = unescape(s.constData() + m_pos + 1, s.constData() + end - 1);
            m_pos = end;
            while (m_pos < s.size() && isJsonSpace(s.at(m_pos)))
                ++m_pos;
            if (m_pos >= s.size() || s.at(m_pos) != ':')
                return false;
            ++m_pos;
            while (m_pos < s.size() && isJsonSpace(s.at(m_pos)))
                ++m_pos;
            const bool isString = m_pos < s.size() && s.at(m_pos) == '"';
            m_keys.append(key);
            const int before = int(m_spans.size());
            if (!parseValue(depth + 1))
                return false;
            m_keys.removeLast();
            if (isString) {
                m_spans.last().object = object;
                if (key == "name")
                    m_objects[object].nameSpan = before;
                else if (key == "encoding")
                    m_objects[object].encodingSpan = before;
                else if (key == "comment" && m_logOffset >= 0 && m_keys.size() == 1 &&
                         m_keys.first() == "log")
                    m_logComment = before;
            }
            while (m_pos < s.size() && isJsonSpace(s.at(m_pos)))
                ++m_pos;
            if (m_pos < s.size() && s.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < s.size() && s.at(m_pos) == '}') {
                ++m_pos;
                return true;
            }
            return false;
        }
    }
    if (c == '[') {
        const bool entries = m_keys.size() == 2 && m_keys[0] == "log" && m_keys[1] == "entries";
        ++m_pos;
        for (int index = 0;; ++index) {
            while (m_pos < s.size() && isJsonSpace(s.at(m_pos)))
                ++m_pos;
            if (m_pos < s.size() && s.at(m_pos) == ']' && index == 0) {
                ++m_pos;
                return true;
            }
            if (entries)
                m_entry = index;
            if (!parseValue(depth + 1))
                return false;
            while (m_pos < s.size() && isJsonSpace(s.at(m_pos)))
                ++m_pos;
            if (m_pos < s.size() && s.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < s.size() && s.at(m_pos) == ']') {
                ++m_pos;
                if (entries)
                    m_entry = -1;
                return true;
            }
            return false;
        }
    }
    // A number, true, false or null: skipped up to the next delimiter.
    const qsizetype start = m_pos;
    while (m_pos < s.size() && !isJsonSpace(s.at(m_pos)) && s.at(m_pos) != ',' &&
           s.at(m_pos) != '}' && s.at(m_pos) != ']')
        ++m_pos;
    return m_pos > start;
}

QByteArray HarStrings::value(const Span &span) const
{
    const char *begin = m_bytes.constData() + span.offset;
    return unescape(begin + 1, begin + span.length - 1);
}

QByteArray HarStrings::nameOf(const Span &span) const
{
    if (span.object < 0 || m_objects.at(span.object).nameSpan < 0)
        return {};
    return value(m_spans.at(m_objects.at(span.object).nameSpan));
}

QByteArray HarStrings::encodingOf(const Span &span) const
{
    if (span.object < 0 || m_objects.at(span.object).encodingSpan < 0)
        return {};
    return value(m_spans.at(m_objects.at(span.object).encodingSpan));
}

} // namespace dcsdesk
