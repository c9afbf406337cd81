#include "typography.h"

#include <QRegularExpression>

#include <algorithm>

namespace dcsdesk::test {

namespace {

const QChar kNbsp(0x00a0);
const QChar kNarrowNbsp(0x202f);

using Ranges = QList<QPair<qsizetype, qsizetype>>;

QRegularExpression unicodeRe(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

Ranges matchRanges(const QRegularExpression &re, const QString &text)
{
    Ranges out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

bool isInside(qsizetype pos, const Ranges &ranges)
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [pos](const auto &r) { return r.first <= pos && pos < r.second; });
}

bool isProseFollow(const QString &text, qsizetype i)
{
    return i + 1 == text.size() || text[i + 1].isSpace() || text[i + 1] == QLatin1Char(')') ||
           text[i + 1] == QLatin1Char('<');
}

bool mentionedInSource(QChar mark, const QString &source)
{
    for (qsizetype i = 1; i < source.size(); ++i)
        if (source[i] == mark && source[i - 1].isSpace())
            return true;
    return false;
}

QChar wantedSpace(QChar mark)
{
    return mark == QLatin1Char(':') ? kNbsp : kNarrowNbsp;
}

bool isSpaceKind(QChar c)
{
    return c == QLatin1Char(' ') || c == kNbsp || c == kNarrowNbsp;
}

// Whether a mark glued to the text before it ("Continuer?") takes an inserted space.
bool wantsInsertedSpace(const QString &before, QChar mark, const QString &source)
{
    static const QString codeChars = QStringLiteral("=/_<>{}[]*\"`@#|\\&");
    qsizetype start = before.size();
    while (start > 0 && !before[start - 1].isSpace())
        --start;
    for (qsizetype k = start; k < before.size(); ++k)
        if (codeChars.contains(before[k]))
            return false;
    static const QRegularExpression wordRe = unicodeRe(QStringLiteral("\\p{L}[\\w’'-]*$"));
    static const QRegularExpression placeholderRe = unicodeRe(QStringLiteral("%(?:\\d\\d?|n)$"));
    const auto word = wordRe.match(before);
    if (word.hasMatch()) {
        const QString literal = word.captured(0) + mark;
        return !unicodeRe(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(literal))
                    .match(source)
                    .hasMatch();
    }
    const QChar prev = before.back();
    return placeholderRe.match(before).hasMatch() || prev == QLatin1Char(')') ||
           prev == QChar(0x00bb);
}

} // namespace

QList<TypographyFix> frenchTypography(const QString &text, const QString &source)
{
    static const QRegularExpression literalRe =
        unicodeRe(QStringLiteral("`[^`]*`|«[^»]*»|\"[^\"\\n]*\"|(?<!\\w)'[^'\\n]*'(?!\\w)"
                                 "|[A-Za-z][A-Za-z0-9+.-]*://\\S*|<[^<>]*>|&#?\\w+;"));
    static const QRegularExpression codeRe =
        unicodeRe(QStringLiteral("`[^`]*`|[A-Za-z][A-Za-z0-9+.-]*://\\S*|<[^<>]*>|&#?\\w+;"));
    static const QString marks = QStringLiteral(":;?!");
    QList<TypographyFix> out;
    const Ranges literal = matchRanges(literalRe, text);
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!marks.contains(c) || isInside(i, literal) || !isProseFollow(text, i))
            continue;
        const QChar want = wantedSpace(c);
        const QChar prev = text[i - 1];
        if (isSpaceKind(prev)) {
            if (prev == want || i < 2 || text[i - 2].isSpace() || mentionedInSource(c, source))
                continue;
            out.append({i - 1, want, false, QStringLiteral("space before '%1'").arg(c)});
        } else if (wantsInsertedSpace(text.left(i), c, source)) {
            out.append({i, want, true, QStringLiteral("no space before '%1'").arg(c)});
        }
    }
    const Ranges code = matchRanges(codeRe, text);
    static const QRegularExpression unitRe = unicodeRe(QStringLiteral(
        "(?:\\d|%(?:L?\\d\\d?|n))([ \\x{202f}])"
        "(?:ms|s|min|h|o|Ko|Mo|Go|Kio|Mio|Gio|octets?|jours?|ans?|appels/s|%(?![\\dLn]))"
        "(?![\\w’'])"));
    for (auto it = unitRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!isInside(m.capturedStart(1), code))
            out.append({m.capturedStart(1), kNbsp, false,
                        QStringLiteral("space between a number and its unit")});
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool opening = c == QChar(0x00ab);
        if ((!opening && c != QChar(0x00bb)) || isInside(i, code))
            continue;
        const qsizetype j = opening ? i + 1 : i - 1;
        const bool hasNeighbour = j >= 0 && j < text.size();
        if (hasNeighbour && text[j] == kNbsp)
            continue;
        if (hasNeighbour && (text[j] == QLatin1Char(' ') || text[j] == kNarrowNbsp))
            out.append({j, kNbsp, false, QStringLiteral("space inside %1").arg(c)});
        else
            out.append(
                {opening ? i + 1 : i, kNbsp, true, QStringLiteral("no space inside %1").arg(c)});
    }
    return out;
}

QString applyTypography(QString text, QList<TypographyFix> fixes)
{
    std::sort(fixes.begin(), fixes.end(),
              [](const TypographyFix &a, const TypographyFix &b) { return a.pos > b.pos; });
    for (const TypographyFix &f : fixes) {
        if (f.insert)
            text.insert(f.pos, f.space);
        else
            text[f.pos] = f.space;
    }
    return text;
}

} // namespace dcsdesk::test
