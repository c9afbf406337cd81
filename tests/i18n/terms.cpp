#include "terms.h"

namespace dcsdesk::test {

namespace {

// Mnemonic markers split words ("Enca&bezado"); "&&" is a literal ampersand.
QString withoutMnemonics(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            if (text[i + 1] == QLatin1Char('&'))
                out.append(text[++i]);
            continue;
        }
        out.append(text[i]);
    }
    return out;
}

QString plainToRegex(const QString &written)
{
    QString body;
    QString word = written.trimmed();
    const bool stem = word.endsWith(QLatin1Char('*'));
    if (stem)
        word.chop(1);
    for (const QChar c : word) {
        if (c.isSpace())
            body += QStringLiteral("[\\s\\x{00a0}\\x{202f}]+");
        else if (c == QLatin1Char('\'') || c == QChar(0x2019))
            body += QStringLiteral("['\\x{2019}]");
        else
            body += QRegularExpression::escape(QString(c));
    }
    if (stem)
        body += QStringLiteral("[\\p{L}\\p{N}]*");
    return QStringLiteral("(?<![\\p{L}\\p{N}_])") + body + QStringLiteral("(?![\\p{L}\\p{N}_])");
}

} // namespace

QRegularExpression bannedPattern(const QString &written, QString *error)
{
    const QString w = written.trimmed();
    QRegularExpression re;
    if (w.size() > 2 && w.startsWith(QLatin1Char('/')) && w.endsWith(QLatin1Char('/'))) {
        re = QRegularExpression(w.mid(1, w.size() - 2),
                                QRegularExpression::UseUnicodePropertiesOption);
    } else {
        re =
            QRegularExpression(plainToRegex(w), QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::UseUnicodePropertiesOption);
    }
    if (w.isEmpty() || w == QLatin1String("*"))
        *error = QStringLiteral("empty variant");
    else if (!re.isValid())
        *error = QStringLiteral("%1: %2").arg(w, re.errorString());
    return re;
}

QHash<QString, QList<BannedVariant>> readBannedTerms(const QString &markdown, QString *error)
{
    QHash<QString, QList<BannedVariant>> out;
    QString lang;
    int lineNo = 0;
    for (const QString &raw : markdown.split(QLatin1Char('\n'))) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (lang.isEmpty()) {
            if (line.startsWith(QLatin1String("```banned-")))
                lang = line.mid(10).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String("```"))) {
            lang.clear();
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1String(" | "));
        if (cols.size() != 3) {
            *error = QStringLiteral("line %1: want \"term | use | banned; banned\": %2")
                         .arg(lineNo)
                         .arg(line);
            return out;
        }
        for (const QString &variant : cols[2].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            QString why;
            BannedVariant b{cols[0].trimmed(), cols[1].trimmed(), variant.trimmed(),
                            bannedPattern(variant, &why)};
            if (!why.isEmpty()) {
                *error = QStringLiteral("line %1: %2").arg(lineNo).arg(why);
                return out;
            }
            out[lang].append(b);
        }
    }
    if (!lang.isEmpty())
        *error = QStringLiteral("the banned-%1 block is not closed").arg(lang);
    return out;
}

QList<TermHit> findBannedTerms(const QList<TsMessage> &messages, const QList<BannedVariant> &banned)
{
    QList<TermHit> out;
    for (const TsMessage &m : messages) {
        if (!m.type.isEmpty()) // unfinished, vanished or obsolete: checkTs reports those
            continue;
        for (const QString &translation : m.translations) {
            const QString text = withoutMnemonics(translation);
            for (const BannedVariant &b : banned) {
                const QRegularExpressionMatch match = b.re.match(text);
                if (match.hasMatch())
                    out.append({m.context, m.source, translation, b.written, match.captured(0),
                                b.preferred});
            }
        }
    }
    return out;
}

QString describe(const TermHit &hit)
{
    return QStringLiteral("%1 | %2 | %3 | banned \"%4\" (found \"%5\"; use \"%6\")")
        .arg(hit.context, hit.source.left(70), hit.translation, hit.banned, hit.found,
             hit.preferred);
}

} // namespace dcsdesk::test
