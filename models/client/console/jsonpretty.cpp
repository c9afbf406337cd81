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

QString JsonPretty::breakLongLines(const QString &text, qsizetype maxLine, bool *broken)
{
    bool didBreak = false;
    const qsizetype n = text.size();
    if (maxLine < 8 || n <= maxLine) {
        if (broken)
            *broken = false;
        return text;
    }
    QString out;
    out.reserve(n + n / maxLine + 16);
    const QStringView view(text);
    qsizetype lineStart = 0;
    while (lineStart < n) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), lineStart);
        if (end < 0)
            end = n;
        qsizetype pos = lineStart;
        while (end - pos > maxLine) {
            qsizetype cut = pos + maxLine;
            const qsizetype window = maxLine / 4;
            const qsizetype comma = view.mid(cut - window, window).lastIndexOf(QLatin1Char(','));
            if (comma >= 0)
                cut = cut - window + comma + 1;
            if (text.at(cut - 1).isHighSurrogate())
                --cut;
            out.append(view.mid(pos, cut - pos));
            out.append(QLatin1Char('\n'));
            pos = cut;
            didBreak = true;
        }
        out.append(view.mid(pos, end - pos));
        if (end < n)
            out.append(QLatin1Char('\n'));
        lineStart = end + 1;
    }
    if (broken)
        *broken = didBreak;
    return out;
}

} // namespace dcsdesk
