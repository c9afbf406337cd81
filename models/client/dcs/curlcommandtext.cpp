#include "curlcommandtext.h"

#include <QRegularExpression>

namespace dcsdesk {

QString CurlCommandText::firstCommand(const QString &pasted, QStringList *notes)
{
    QString text = pasted;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    // Windows cmd (Chrome's "Copy as cURL (cmd)"): ^ escapes the next character and a ^ at the
    // end of a line continues it. What remains is quoted as a POSIX shell would read it.
    static const QRegularExpression cmdLineEnd(QStringLiteral("\\^[ \\t]*\\n"));
    const bool isCmd = text.contains(QLatin1String("^\"")) || text.contains(cmdLineEnd);
    if (isCmd) {
        text.replace(cmdLineEnd, QStringLiteral(" "));
        QString unescaped;
        unescaped.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('^') && i + 1 < text.size())
                ++i;
            unescaped.append(text.at(i));
        }
        text = unescaped;
        notes->append(tr("Read as a Windows cmd command: ^ escapes and line ends were removed."));
    }
    // Windows "Copy as cURL" of older Firefox and WebKit: double quotes only, a quote inside a
    // quoted word written "" and a % written "%" (so cmd does not expand it). MS CRT reads ""
    // inside quotes as one ", which a POSIX shell would read as nothing: rewritten in single
    // quotes, so the splitter below keeps every character.
    static const QRegularExpression windowsQuotes(QStringLiteral("\"%\"|\"\"[^\\s\"]"));
    // Such a command quotes with double quotes only: one whose first quote is a single quote is
    // POSIX, and "" inside its single-quoted words is two characters of a value.
    static const QRegularExpression firstQuote(QStringLiteral("['\"]"));
    const QRegularExpressionMatch quote = firstQuote.match(text);
    const bool doubleQuoted = quote.hasMatch() && quote.captured() == QLatin1String("\"");
    if (!isCmd && doubleQuoted && text.contains(windowsQuotes)) {
        QString posix;
        posix.reserve(text.size() + 16);
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    posix.append(QLatin1Char('"'));
                    ++i;
                    continue;
                }
                quoted = !quoted;
                posix.append(QLatin1Char('\''));
            } else if (quoted && c == QLatin1Char('\'')) {
                posix.append(QLatin1String("'\\''"));
            } else {
                posix.append(c);
            }
        }
        text = posix;
        notes->append(tr("Read as a Windows command quoted with \"\" and \"%\" (as older Firefox "
                         "copies it): \"\" inside quotes is one quote."));
    }
    // PowerShell: a backtick at the end of a line continues it.
    static const QRegularExpression powerShellLineEnd(QStringLiteral("`[ \\t]*\\n"));
    if (text.contains(powerShellLineEnd)) {
        text.replace(powerShellLineEnd, QStringLiteral(" "));
        notes->append(tr("Read as a PowerShell command: ` line ends were joined."));
    }
    static const QRegularExpression posixLineEnd(QStringLiteral("\\\\[ \\t]*\\n"));
    text.replace(posixLineEnd, QStringLiteral(" "));

    QStringList commands;
    int comments = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith(QLatin1Char('#'))) {
            ++comments;
            continue;
        }
        commands.append(trimmed);
    }
    if (comments > 0)
        notes->append(tr("%n comment line(s) ignored.", nullptr, comments));
    if (commands.size() > 1) {
        notes->append(tr("The paste holds %n more command(s) after the first; only the first was "
                         "imported.",
                         nullptr, int(commands.size() - 1)));
    }
    return commands.isEmpty() ? QString() : commands.first();
}

QStringList CurlCommandText::wordsBeforeOperator(const QStringList &words, QStringList *notes)
{
    static const QStringList operators = {QStringLiteral("|"), QStringLiteral("||"),
                                          QStringLiteral("&&"), QStringLiteral(";"),
                                          QStringLiteral("&")};
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (operators.contains(words.at(i))) {
            notes->append(tr("Only the curl command was imported; “%1” after it was not.")
                              .arg(words.mid(i).join(QLatin1Char(' ')).left(120)));
            return words.mid(0, i);
        }
    }
    return words;
}

} // namespace dcsdesk
