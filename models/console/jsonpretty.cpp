#include "jsonpretty.h"

namespace dcsdesk {

JsonPretty::Result JsonPretty::format(const QByteArray &json, qsizetype maxBytes, int indent)
{
    Result result;
    qsizetype n = json.size();
    if (maxBytes > 0 && n > maxBytes) {
        n = maxBytes;
        // Do not cut a UTF-8 sequence in half.
        while (n > 0 && (uchar(json[n]) & 0xC0) == 0x80)
            --n;
        result.cut = true;
    }
    result.inputBytes = n;
    QByteArray out;
    out.reserve(n + n / 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&]() {
        out.append('\n');
        out.append(QByteArray(qsizetype(depth) * indent, ' '));
    };
    const char *p = json.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < n) {
                out.append(p[++i]);
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            // Empty containers stay on one line.
            qsizetype j = i + 1;
            while (j < n && (p[j] == ' ' || p[j] == '\n' || p[j] == '\r' || p[j] == '\t'))
                ++j;
            if (j < n && (p[j] == '}' || p[j] == ']')) {
                out.append(c);
                out.append(p[j]);
                i = j;
                break;
            }
            out.append(c);
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            depth = qMax(0, depth - 1);
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out.append(c);
        }
    }
    result.text = QString::fromUtf8(out);
    return result;
}

} // namespace dcsdesk
