#include "jsongrammar.h"

#include "system/utf8.h"

namespace dcsdesk {

namespace {

class Checker
{
public:
    explicit Checker(const QByteArray &bytes)
        : m_p(reinterpret_cast<const unsigned char *>(bytes.constData())), m_size(bytes.size())
    {
    }

    bool run()
    {
        skipWhitespace();
        if (!value(0))
            return false;
        skipWhitespace();
        if (m_pos != m_size)
            return fail(JsonGrammar::tr("more text after the end of the JSON value"));
        return true;
    }

    qsizetype offset() const { return m_pos; }
    QString reason() const { return m_reason; }

private:
    bool fail(const QString &reason)
    {
        m_reason = reason;
        return false;
    }
    bool atEnd() const { return m_pos >= m_size; }
    unsigned char peek() const { return m_p[m_pos]; }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool literal(const char *word)
    {
        for (const char *c = word; *c; ++c, ++m_pos) {
            if (atEnd() || peek() != static_cast<unsigned char>(*c))
                return fail(JsonGrammar::tr("unexpected character (true, false and null are "
                                            "the only words JSON knows)"));
        }
        return true;
    }

    bool value(int depth)
    {
        if (atEnd())
            return fail(JsonGrammar::tr("the text ends where a value should be"));
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number();
            return fail(JsonGrammar::tr("unexpected character where a value should be"));
        }
    }

    bool object(int depth)
    {
        if (depth > JsonGrammar::MaxDepth)
            return fail(JsonGrammar::tr("nested too deeply"));
        ++m_pos; // {
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return fail(JsonGrammar::tr("a key in double quotes was expected (no trailing "
                                            "comma before })"));
            if (!string())
                return false;
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return fail(JsonGrammar::tr("a colon was expected after the key"));
            ++m_pos;
            skipWhitespace();
            if (!value(depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(JsonGrammar::tr("the text ends inside an object"));
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail(JsonGrammar::tr("a comma or } was expected"));
            ++m_pos;
        }
    }

    bool array(int depth)
    {
        if (depth > JsonGrammar::MaxDepth)
            return fail(JsonGrammar::tr("nested too deeply"));
        ++m_pos; // [
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (!atEnd() && peek() == ']')
                return fail(JsonGrammar::tr("a value was expected (no trailing comma before ])"));
            if (!value(depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(JsonGrammar::tr("the text ends inside a list"));
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail(JsonGrammar::tr("a comma or ] was expected"));
            ++m_pos;
        }
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        if (peek() == '-')
            ++m_pos;
        if (atEnd())
            return fail(JsonGrammar::tr("a digit was expected"));
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && peek() >= '0' && peek() <= '9')
                return fail(JsonGrammar::tr("a number cannot start with 0 followed by digits"));
        } else if (!digits()) {
            return fail(JsonGrammar::tr("a digit was expected"));
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (!digits())
                return fail(JsonGrammar::tr("a digit was expected after the decimal point"));
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return fail(JsonGrammar::tr("a digit was expected in the exponent"));
        }
        return true;
    }

    static bool isHex(unsigned char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // One UTF-8 sequence starting at m_pos (a byte >= 0x80), well formed (Utf8).
    bool utf8()
    {
        const int length = Utf8::sequenceLength(m_p + m_pos, m_size - m_pos);
        if (length == 0)
            return fail(JsonGrammar::tr("invalid UTF-8 (the file must be saved as UTF-8)"));
        m_pos += length;
        return true;
    }

    bool string()
    {
        ++m_pos; // "
        for (;;) {
            if (atEnd())
                return fail(JsonGrammar::tr("the text ends inside a string (a closing \" is "
                                            "missing)"));
            const unsigned char c = peek();
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(JsonGrammar::tr("a control character (such as a tab or a line break) "
                                            "inside a string must be written as an escape, "
                                            "e.g. \\t or \\n"));
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    return fail(JsonGrammar::tr("the text ends inside an escape"));
                const unsigned char e = peek();
                if (e == 'u') {
                    ++m_pos;
                    for (int i = 0; i < 4; ++i, ++m_pos) {
                        if (atEnd() || !isHex(peek()))
                            return fail(JsonGrammar::tr("\\u must be followed by four hex digits"));
                    }
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' &&
                    e != 'r' && e != 't') {
                    --m_pos;
                    return fail(JsonGrammar::tr("\\%1 is not a JSON escape (a backslash itself "
                                                "is written \\\\)")
                                    .arg(QChar(e)));
                }
                ++m_pos;
                continue;
            }
            if (c >= 0x80) {
                if (!utf8())
                    return false;
                continue;
            }
            ++m_pos;
        }
    }

    const unsigned char *m_p;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QString m_reason;
};

} // namespace

bool JsonGrammar::check(const QByteArray &bytes, qsizetype *errorOffset, QString *reason)
{
    Checker checker(bytes);
    if (checker.run())
        return true;
    if (errorOffset)
        *errorOffset = checker.offset();
    if (reason)
        *reason = checker.reason();
    return false;
}

} // namespace dcsdesk
