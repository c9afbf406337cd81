#include "jsonwriter.h"

#include <QChar>
#include <charconv>
#include <cstring>

namespace dcsdesk {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

void JsonWriter::reserve(qsizetype bytes)
{
    if (bytes > m_buffer.size()) {
        m_buffer.resize(bytes);
        m_data = m_buffer.data();
    }
}

void JsonWriter::reallocate(qsizetype atLeast)
{
    m_buffer.resize(std::max(atLeast, 2 * m_buffer.size() + 4096));
    m_data = m_buffer.data();
}

void JsonWriter::append(const char *text, qsizetype length)
{
    if (length > 0)
        std::memcpy(grow(length), text, size_t(length));
}

void JsonWriter::appendSpaces(int count)
{
    if (count > 0)
        std::memset(grow(count), ' ', size_t(count));
}

void JsonWriter::appendInteger(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    append(digits, qsizetype(result.ptr - digits));
}

void JsonWriter::appendString(QStringView text)
{
    // Worst case: every UTF-16 unit becomes a six-byte \uXXXX escape.
    char *const start = grow(6 * text.size() + 2);
    char *out = start;
    *out++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '\b':
                *out++ = 'b';
                break;
            case '\f':
                *out++ = 'f';
                break;
            case '\n':
                *out++ = 'n';
                break;
            case '\r':
                *out++ = 'r';
                break;
            case '\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(u >> 4);
                *out++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, *src++);
            *out++ = char(0xf0 | (ucs4 >> 18));
            *out++ = char(0x80 | ((ucs4 >> 12) & 0x3f));
            *out++ = char(0x80 | ((ucs4 >> 6) & 0x3f));
            *out++ = char(0x80 | (ucs4 & 0x3f));
        } else {
            // An unpaired surrogate has no UTF-8 form: QJsonDocument writes it as an escape.
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit((u >> 12) & 0xf);
            *out++ = hexDigit((u >> 8) & 0xf);
            *out++ = hexDigit((u >> 4) & 0xf);
            *out++ = hexDigit(u & 0xf);
        }
    }
    *out++ = '"';
    m_size = (start - m_data) + (out - start);
}

QByteArray JsonWriter::take()
{
    m_buffer.resize(m_size);
    QByteArray result = std::move(m_buffer);
    m_buffer = QByteArray();
    m_data = nullptr;
    m_size = 0;
    return result;
}

} // namespace dcsdesk
