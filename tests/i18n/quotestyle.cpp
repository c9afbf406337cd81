#include "quotestyle.h"

#include <QRegularExpression>

namespace dcsdesk::test {

namespace {

constexpr QChar kLowOpen(0x201E);   // „
constexpr QChar kHighOpen(0x201C);  // “ (German: the closing quote)
constexpr QChar kHighClose(0x201D); // ”

// A straight "word" in prose: not a value after '=' and not inside code-like text.
bool hasProseStraightQuotes(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("(?<![=\\w\\\\])\"[^\"\\s][^\"]*\""));
    return quoted.match(text).hasMatch();
}

// Sentence-ending marks of prose: after a word or a closing bracket/quote, before a space, a
// closing quote or the end. "/event?d_rtbd=json" and "%1?" inside a URL do not count.
int proseMarks(const QString &text, QChar mark)
{
    const QRegularExpression re(QStringLiteral("(?<=[\\w)»”“])%1(?=[\\s»)]|$)")
                                    .arg(QRegularExpression::escape(QString(mark))));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

QStringList germanTypography(const QString &translation, const QString &source)
{
    QStringList problems;
    if (translation.contains(kHighClose))
        problems << QStringLiteral("” is an English closing quote; German closes with “");
    if (translation.contains(QChar(0x00AB)) || translation.contains(QChar(0x00BB)))
        problems << QStringLiteral("« » are not German quotes; use „…“");
    int open = 0;
    for (const QChar c : translation) {
        if (c == kLowOpen) {
            ++open;
        } else if (c == kHighOpen) {
            if (open == 0)
                problems << QStringLiteral("“ opens a quote; German opens with „");
            else
                --open;
        }
    }
    if (open > 0)
        problems << QStringLiteral("„ is never closed with “");
    if (hasProseStraightQuotes(translation) && !hasProseStraightQuotes(source))
        problems << QStringLiteral("straight \"…\" quotes in prose; use „…“");
    return problems;
}

QStringList spanishTypography(const QString &translation, const QString &source)
{
    Q_UNUSED(source)
    QStringList problems;
    if (translation.contains(kHighOpen) || translation.contains(kHighClose) ||
        translation.contains(kLowOpen))
        problems << QStringLiteral("“ ” „ are not the Spanish quotes; use «…»");
    if (proseMarks(translation, QLatin1Char('?')) > translation.count(QChar(0x00BF)))
        problems << QStringLiteral("a question without its opening ¿");
    if (proseMarks(translation, QLatin1Char('!')) > translation.count(QChar(0x00A1)))
        problems << QStringLiteral("an exclamation without its opening ¡");
    return problems;
}

QStringList frenchApostrophes(const QString &translation, const QString &source)
{
    static const QRegularExpression straight(QStringLiteral("(?<=\\p{L})'(?=[\\p{L}%])"));
    if (straight.match(translation).hasMatch() && !straight.match(source).hasMatch())
        return {QStringLiteral("a straight ' between letters; French writes ’ (l’URL)")};
    return {};
}

QStringList menuPathProblems(const QString &translation)
{
    if (translation.contains(QStringLiteral(" \u203a")))
        return {QStringLiteral("a space before › lets a line start with it; use U+00A0")};
    return {};
}

} // namespace dcsdesk::test
