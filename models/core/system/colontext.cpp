#include "colontext.h"

#include <QSet>

namespace dcsdesk {

namespace {

// Names that begin messages and keep their capital in every language.
bool isName(const QString &word)
{
    static const QSet<QString> names{
        QStringLiteral("Adobe"),      QStringLiteral("Audience"), QStringLiteral("Experience"),
        QStringLiteral("Chromium"),   QStringLiteral("Chrome"),   QStringLiteral("Firefox"),
        QStringLiteral("Playwright"), QStringLiteral("Bruno"),    QStringLiteral("Postman"),
        QStringLiteral("Insomnia"),   QStringLiteral("Windows"),  QStringLiteral("Linux"),
        QStringLiteral("Debian"),     QStringLiteral("Qt"),       QStringLiteral("Ctrl"),
        QStringLiteral("Alt"),
    };
    return names.contains(word);
}

} // namespace

QString ColonText::continued(const QString &sentence)
{
    //: After a colon, a sentence keeps its capital letter ("capital": English, German) or
    //: continues in lower case ("lower": French, Spanish). Translate with one of the two words.
    if (tr("capital") != QLatin1String("lower"))
        return sentence;
    int end = 0;
    while (end < sentence.size() && sentence.at(end).isLetterOrNumber())
        ++end;
    if (end == 0 || !sentence.at(0).isUpper())
        return sentence;
    const QString word = sentence.left(end);
    for (int i = 1; i < end; ++i) {
        if (!word.at(i).isLower())
            return sentence; // DCS, URL, PowerShell, Base64
    }
    if (isName(word))
        return sentence;
    if (end == 1 && end < sentence.size() && sentence.at(end) == QLatin1Char('-'))
        return sentence; // X-Error
    return sentence.at(0).toLower() + sentence.mid(1);
}

} // namespace dcsdesk
