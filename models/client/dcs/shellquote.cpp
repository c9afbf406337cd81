#include "shellquote.h"

#include <QCoreApplication>

namespace dcsdesk {

namespace {

bool isSafe(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
           QStringLiteral("_@%+=:,./-").contains(c);
}

int hexDigit(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

QString ShellQuote::quote(const QString &word)
{
    if (!word.isEmpty() && std::all_of(word.begin(), word.end(), isSafe))
        return word;
    QString out = QStringLiteral("'");
    for (const QChar c : word) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

ShellQuote::SplitResult ShellQuote::split(const QString &command)
{
    SplitResult result;
    QString text = command;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString word;
    bool inWord = false;
    const qsizetype n = text.size();
    const auto flush = [&] {
        if (inWord)
            result.words.append(word);
        word.clear();
        inWord = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            flush();
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i; // line continuation
            } else if (i + 1 < n) {
                word += text.at(++i);
                inWord = true;
            }
        } else if (c == QLatin1Char('^') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n') &&
                   !inWord) {
            ++i; // Windows cmd continuation, as in "copy as cURL (cmd)"
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0) {
                result.error =
                    QCoreApplication::translate("ShellQuote", "A single quote (') is not closed.");
                return result;
            }
            word += text.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            bool closed = false;
            for (; j < n; ++j) {
                const QChar d = text.at(j);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (d == QLatin1Char('\\') && j + 1 < n) {
                    const QChar e = text.at(j + 1);
                    if (e == QLatin1Char('\n')) {
                        ++j;
                        continue;
                    }
                    if (e == QLatin1Char('"') || e == QLatin1Char('\\') || e == QLatin1Char('$') ||
                        e == QLatin1Char('`')) {
                        word += e;
                        ++j;
                        continue;
                    }
                }
                word += d;
            }
            if (!closed) {
                result.error =
                    QCoreApplication::translate("ShellQuote", "A double quote (\") is not closed.");
                return result;
            }
            inWord = true;
            i = j;
        } else if (c == QLatin1Char('$') && i + 1 < n && text.at(i + 1) == QLatin1Char('\'')) {
            qsizetype j = i + 2;
            bool closed = false;
            for (; j < n; ++j) {
                const QChar d = text.at(j);
                if (d == QLatin1Char('\'')) {
                    closed = true;
                    break;
                }
                if (d != QLatin1Char('\\') || j + 1 >= n) {
                    word += d;
                    continue;
                }
                const QChar e = text.at(++j);
                switch (e.unicode()) {
                case 'n':
                    word += QLatin1Char('\n');
                    break;
                case 't':
                    word += QLatin1Char('\t');
                    break;
                case 'r':
                    word += QLatin1Char('\r');
                    break;
                case 'a':
                    word += QChar(7);
                    break;
                case 'b':
                    word += QChar(8);
                    break;
                case 'e':
                case 'E':
                    word += QChar(27);
                    break;
                case 'f':
                    word += QChar(12);
                    break;
                case 'v':
                    word += QChar(11);
                    break;
                case 'x': {
                    int value = 0;
                    int digits = 0;
                    while (digits < 2 && j + 1 < n && hexDigit(text.at(j + 1)) >= 0) {
                        value = value * 16 + hexDigit(text.at(++j));
                        ++digits;
                    }
                    word += digits ? QChar(value) : QStringLiteral("\\x");
                    break;
                }
                case 'u': {
                    int value = 0;
                    int digits = 0;
                    while (digits < 4 && j + 1 < n && hexDigit(text.at(j + 1)) >= 0) {
                        value = value * 16 + hexDigit(text.at(++j));
                        ++digits;
                    }
                    word += digits ? QChar(value) : QStringLiteral("\\u");
                    break;
                }
                default:
                    if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                        int value = e.unicode() - '0';
                        int digits = 1;
                        while (digits < 3 && j + 1 < n && text.at(j + 1) >= QLatin1Char('0') &&
                               text.at(j + 1) <= QLatin1Char('7')) {
                            value = value * 8 + (text.at(++j).unicode() - '0');
                            ++digits;
                        }
                        word += QChar(value);
                    } else {
                        word += e; // \\ \' \" \?
                    }
                }
            }
            if (!closed) {
                result.error =
                    QCoreApplication::translate("ShellQuote", "A $'…' quote is not closed.");
                return result;
            }
            inWord = true;
            i = j;
        } else {
            word += c;
            inWord = true;
        }
    }
    flush();
    return result;
}

} // namespace dcsdesk
