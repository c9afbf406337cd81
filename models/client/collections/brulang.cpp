#include "brulang.h"

#include <QRegularExpression>

namespace dcsdesk {

namespace {

// Removes up to `indent` leading spaces (a tab counts as one), as the writer indented them.
QString dedent(const QString &line, int indent)
{
    int i = 0;
    while (i < line.size() && i < indent &&
           (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    return line.mid(i);
}

// A text block (a JSON body, a script) holds its own "}" lines, indented; only one in the first
// column closes it. A dictionary block holds none, so any "}" line closes it.
bool isClosing(const QString &line, bool textBlock)
{
    if (line.trimmed() != QLatin1String("}"))
        return false;
    return !textBlock ||
           (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('\t')));
}

} // namespace

QString BruBlock::value(const QString &key) const
{
    for (const BruEntry &e : entries) {
        if (e.enabled && e.key == key)
            return e.value;
    }
    return {};
}

const BruBlock *BruLang::File::block(const QString &name) const
{
    for (const BruBlock &b : blocks) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

bool BruLang::isTextBlock(const QString &name)
{
    return (name.startsWith(QLatin1String("body:")) &&
            name != QLatin1String("body:form-urlencoded") &&
            name != QLatin1String("body:multipart-form") && name != QLatin1String("body:file")) ||
           name.startsWith(QLatin1String("script:")) || name == QLatin1String("tests") ||
           name == QLatin1String("docs");
}

BruLang::File BruLang::parse(const QString &source)
{
    File file;
    QString normalized = source;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (normalized.startsWith(QChar(0xFEFF)))
        normalized.remove(0, 1);
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    static const QRegularExpression opening(
        QStringLiteral("^([A-Za-z][A-Za-z0-9_:.\\-]*)\\s*\\{\\s*(\\})?\\s*$"));
    const auto fail = [&file](int line, const QString &message) {
        file.error = tr("line %1: %2").arg(line).arg(message);
        file.errorLine = line;
        return file;
    };

    int i = 0;
    while (i < lines.size()) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            ++i;
            continue;
        }
        const QRegularExpressionMatch m = opening.match(trimmed);
        if (!m.hasMatch())
            return fail(i + 1, tr("“%1” is outside any block; a block opens with a name and "
                                  "“{”, such as “headers {”.")
                                   .arg(trimmed.left(60)));
        BruBlock block;
        block.name = m.captured(1);
        block.line = i + 1;
        block.isText = isTextBlock(block.name);
        ++i;
        if (!m.captured(2).isEmpty()) { // "docs {}" on one line
            file.blocks.append(block);
            continue;
        }
        bool closed = false;
        QStringList textLines;
        while (i < lines.size()) {
            const QString current = lines.at(i);
            if (isClosing(current, block.isText)) {
                closed = true;
                ++i;
                break;
            }
            if (block.isText) {
                textLines.append(dedent(current, 2));
                ++i;
                continue;
            }
            QString entry = current.trimmed();
            if (entry.isEmpty()) {
                ++i;
                continue;
            }
            if (opening.match(entry).hasMatch())
                return fail(block.line, tr("the block “%1” is not closed: put “}” on a line of "
                                           "its own before line %2.")
                                            .arg(block.name)
                                            .arg(i + 1));
            BruEntry e;
            e.line = i + 1;
            if (entry.startsWith(QLatin1Char('~'))) {
                e.enabled = false;
                entry = entry.mid(1).trimmed();
            }
            qsizetype colon = -1;
            if (entry.startsWith(QLatin1Char('"'))) { // "key with: colon": value
                qsizetype k = 1;
                QString key;
                for (; k < entry.size() && entry.at(k) != QLatin1Char('"'); ++k) {
                    if (entry.at(k) == QLatin1Char('\\') && k + 1 < entry.size())
                        ++k;
                    key += entry.at(k);
                }
                if (k >= entry.size())
                    return fail(
                        i + 1,
                        tr("the quoted name “%1” has no closing quote.").arg(entry.left(60)));
                e.key = key;
                colon = entry.indexOf(QLatin1Char(':'), k);
            } else {
                colon = entry.indexOf(QLatin1Char(':'));
                e.key = entry.left(colon).trimmed();
            }
            if (colon < 0 || e.key.isEmpty())
                return fail(i + 1, tr("“%1” in the block “%2” is not “name: value”.")
                                       .arg(entry.left(60), block.name));
            e.value = entry.mid(colon + 1).trimmed();
            ++i;
            if (e.value == QLatin1String("'''") || e.value == QLatin1String("[")) {
                const QString end =
                    e.value == QLatin1String("[") ? QStringLiteral("]") : QStringLiteral("'''");
                QStringList valueLines;
                bool ended = false;
                while (i < lines.size()) {
                    if (lines.at(i).trimmed() == end) {
                        ended = true;
                        ++i;
                        break;
                    }
                    valueLines.append(end == QLatin1String("]") ? lines.at(i).trimmed()
                                                                : dedent(lines.at(i), 4));
                    ++i;
                }
                if (!ended)
                    return fail(e.line, tr("the value of “%1” opens with %2 but never ends "
                                           "with %3.")
                                            .arg(e.key, e.value, end));
                e.value = valueLines.join(end == QLatin1String("]") ? QLatin1Char(',')
                                                                    : QLatin1Char('\n'));
            }
            block.entries.append(e);
        }
        if (!closed)
            return fail(block.line, tr("the block “%1” is never closed: add “}” on a line of its "
                                       "own.")
                                        .arg(block.name));
        // Text blocks keep their inner lines; the blank lines around them are the writer's.
        while (!textLines.isEmpty() && textLines.constFirst().trimmed().isEmpty())
            textLines.removeFirst();
        while (!textLines.isEmpty() && textLines.constLast().trimmed().isEmpty())
            textLines.removeLast();
        block.text = textLines.join(QLatin1Char('\n'));
        file.blocks.append(block);
    }
    return file;
}

} // namespace dcsdesk
