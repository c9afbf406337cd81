#include "tscheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace dcsdesk::test {

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage();
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:[1-9][0-9]?|n|L[1-9])"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0));
    out.sort();
    out.removeDuplicates();
    return out;
}

int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        // "&amp;" style entities are decoded by the reader; a mnemonic precedes a letter or digit.
        if (text[i + 1].isLetterOrNumber())
            ++count;
    }
    return count;
}

} // namespace

QStringList checkTs(const QList<TsMessage> &messages, const QSet<QString> &sameAsEnglishAllowed)
{
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = QStringLiteral("%1 | %2").arg(m.context, m.source.left(80));
        if (m.type == QLatin1String("unfinished")) {
            problems.append(where + QStringLiteral(": unfinished"));
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems.append(where + QStringLiteral(": obsolete, remove it"));
            continue;
        }
        if (m.translations.isEmpty()) {
            problems.append(where + QStringLiteral(": no translation"));
            continue;
        }
        const QStringList sourcePlaceholders = placeholders(m.source);
        for (int i = 0; i < m.translations.size(); ++i) {
            const QString &t = m.translations[i];
            if (t.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral(": empty translation"));
                continue;
            }
            QStringList expected = sourcePlaceholders;
            QStringList actual = placeholders(t);
            if (m.numerus) {
                // A singular form may spell the number out ("un", "ein"); the last form may not.
                const bool lastForm = i == m.translations.size() - 1;
                if (!lastForm) {
                    expected.removeAll(QStringLiteral("%n"));
                    actual.removeAll(QStringLiteral("%n"));
                }
            }
            if (expected != actual)
                problems.append(where + QStringLiteral(": placeholders %1 became %2")
                                            .arg(expected.join(QLatin1Char(' ')),
                                                 actual.join(QLatin1Char(' '))));
            if (mnemonics(m.source) != mnemonics(t))
                problems.append(where + QStringLiteral(": mnemonic & dropped or added"));
            if (t == m.source && !sameAsEnglishAllowed.contains(m.source) &&
                m.source.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}"))))
                problems.append(where + QStringLiteral(": left in English (add it to "
                                                       "translations/same-as-english_xx.txt if "
                                                       "it is the same word)"));
        }
    }
    return problems;
}

QStringList compareMessageSets(const QList<TsMessage> &expected, const QList<TsMessage> &actual)
{
    const auto key = [](const TsMessage &m) {
        return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
    };
    QSet<QString> a, b;
    for (const TsMessage &m : expected)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            a.insert(key(m));
    for (const TsMessage &m : actual)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            b.insert(key(m));
    QStringList out;
    for (const QString &k : a - b)
        out.append(QStringLiteral("no longer in the sources: ") +
                   QString(k).replace(QLatin1Char('\x1f'), QLatin1String(" | ")));
    for (const QString &k : b - a)
        out.append(QStringLiteral("missing from the catalogue: ") +
                   QString(k).replace(QLatin1Char('\x1f'), QLatin1String(" | ")));
    out.sort();
    return out;
}

} // namespace dcsdesk::test
