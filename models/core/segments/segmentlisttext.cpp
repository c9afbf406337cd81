#include "segmentlisttext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dcsdesk {

namespace {

// What one item resolves to.
struct SegmentMatch
{
    enum Kind { None, One, Several } kind = None;
    qint64 sid = 0;
};

class SegmentResolver
{
public:
    explicit SegmentResolver(const Workspace &ws) : m_ws(ws)
    {
        for (const Segment &s : ws.segments) {
            if (!s.name.trimmed().isEmpty())
                m_names[s.name.trimmed().toCaseFolded()].append(s.sid);
            if (!s.integrationCode.trimmed().isEmpty())
                m_codes[s.integrationCode.trimmed().toCaseFolded()].append(s.sid);
        }
    }

    SegmentMatch resolve(const QString &item) const
    {
        SegmentMatch m;
        bool number = false;
        const qint64 sid = item.toLongLong(&number);
        if (number && m_ws.segment(sid)) {
            m.kind = SegmentMatch::One;
            m.sid = sid;
            return m;
        }
        const QString key = item.toCaseFolded();
        for (const auto *table : {&m_codes, &m_names}) {
            const auto it = table->constFind(key);
            if (it == table->constEnd())
                continue;
            m.sid = it->constFirst();
            m.kind = it->size() == 1 ? SegmentMatch::One : SegmentMatch::Several;
            return m;
        }
        return m;
    }

private:
    const Workspace &m_ws;
    QHash<QString, QVector<qint64>> m_names;
    QHash<QString, QVector<qint64>> m_codes;
};

// A cell as a spreadsheet writes it: surrounding quotes removed, doubled quotes undone.
QString cleanItem(QString item)
{
    item = item.trimmed();
    if (item.size() >= 2 && item.startsWith(QLatin1Char('"')) && item.endsWith(QLatin1Char('"')))
        item = item.mid(1, item.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return item.trimmed();
}

bool isAllDigits(const QString &item)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(item).hasMatch();
}

QStringList nonBlankLines(const QString &text)
{
    QString t = text;
    if (t.startsWith(QChar(0xfeff)))
        t.remove(0, 1);
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList out;
    for (const QString &line : t.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line);
    }
    return out;
}

// Items of one line of a list: at tabs, else semicolons, else commas.
QStringList splitLine(const QString &line)
{
    for (QChar sep : {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')}) {
        if (line.contains(sep))
            return line.split(sep);
    }
    return {line};
}

class SegmentCollector
{
public:
    SegmentCollector(const SegmentResolver &resolver, SegmentListText::Result &result)
        : m_resolver(resolver), m_result(result)
    {
    }

    // An item as a whole, else word by word when some word names a segment.
    void addItem(const QString &raw)
    {
        const QString item = cleanItem(raw);
        if (item.isEmpty())
            return;
        const SegmentMatch whole = m_resolver.resolve(item);
        if (whole.kind != SegmentMatch::None) {
            add(item, whole);
            return;
        }
        const QStringList words =
            item.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        bool some = false;
        QVector<SegmentMatch> matches;
        for (const QString &word : words) {
            matches.append(m_resolver.resolve(word));
            some = some || matches.last().kind != SegmentMatch::None;
        }
        if (words.size() < 2 || !some) {
            m_result.unknown.append(item);
            return;
        }
        for (int i = 0; i < words.size(); ++i)
            add(words[i], matches[i]);
    }

    // An item of a table column: as a whole only.
    void addCell(const QString &raw)
    {
        const QString item = cleanItem(raw);
        if (!item.isEmpty())
            add(item, m_resolver.resolve(item));
    }

private:
    void add(const QString &item, const SegmentMatch &m)
    {
        if (m.kind == SegmentMatch::None) {
            m_result.unknown.append(item);
        } else if (m.kind == SegmentMatch::Several) {
            if (!m_result.ambiguous.contains(item))
                m_result.ambiguous.append(item);
        } else if (m_seen.contains(m.sid)) {
            ++m_result.repeated;
        } else {
            m_seen.insert(m.sid);
            m_result.sids.append(m.sid);
        }
    }

    const SegmentResolver &m_resolver;
    SegmentListText::Result &m_result;
    QSet<qint64> m_seen;
};

bool namesNothing(const SegmentResolver &resolver, const QStringList &items)
{
    for (const QString &raw : items) {
        const QString item = cleanItem(raw);
        if (isAllDigits(item) || resolver.resolve(item).kind != SegmentMatch::None)
            return false;
        for (const QString &word : item.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (isAllDigits(word) || resolver.resolve(word).kind != SegmentMatch::None)
                return false;
        }
    }
    return true;
}

QString quotedItem(const QString &item)
{
    return SegmentListText::tr("“%1”").arg(item);
}

} // namespace

QString SegmentListText::shortList(const QStringList &items, bool quoted, int maxItems)
{
    QStringList shown;
    for (int i = 0; i < std::min<qsizetype>(items.size(), maxItems); ++i)
        shown.append(quoted ? quotedItem(items[i]) : items[i]);
    const QString list = shown.join(QStringLiteral(", "));
    const int more = int(items.size()) - int(shown.size());
    return more > 0 ? tr("%1 and %n more", nullptr, more).arg(list) : list;
}

bool SegmentListText::looksLikeList(const QString &text)
{
    const QStringList all = nonBlankLines(text);
    if (all.size() > 1)
        return true;
    if (all.isEmpty())
        return false;
    int items = 0;
    for (const QString &item : splitLine(all.first()))
        items += item.trimmed().isEmpty() ? 0 : 1;
    return items > 1;
}

SegmentListText::Result SegmentListText::read(const Workspace &ws, const QString &text)
{
    Result result;
    const SegmentResolver resolver(ws);
    SegmentCollector collector(resolver, result);
    QStringList rows = nonBlankLines(text);
    if (rows.isEmpty())
        return result;

    QVector<QStringList> table;
    int multiCell = 0;
    for (const QString &row : rows) {
        table.append(row.split(QLatin1Char('\t')));
        multiCell += table.last().size() > 1 ? 1 : 0;
    }
    const bool isTable = rows.size() > 1 && multiCell > 1;
    // A header names nothing and holds no number, above lines that do.
    bool restNamesSomething = false;
    for (int r = 1; r < rows.size() && !restNamesSomething; ++r)
        restNamesSomething = !namesNothing(resolver, isTable ? table[r] : splitLine(rows[r]));
    if (!isTable) {
        if (restNamesSomething && namesNothing(resolver, splitLine(rows.first())))
            result.header = rows.takeFirst().trimmed();
        for (const QString &row : rows) {
            for (const QString &item : splitLine(row))
                collector.addItem(item);
        }
        return result;
    }

    // A table: which column names segments?
    int columns = 0;
    for (const QStringList &row : table)
        columns = std::max(columns, int(row.size()));
    const bool hasHeader = restNamesSomething && namesNothing(resolver, table.first());
    const int firstData = hasHeader ? 1 : 0;
    QVector<int> recognised(columns, 0);
    bool everyCell = true;
    for (int r = firstData; r < table.size(); ++r) {
        for (int c = 0; c < table[r].size(); ++c) {
            const QString item = cleanItem(table[r][c]);
            if (item.isEmpty())
                continue;
            if (resolver.resolve(item).kind != SegmentMatch::None)
                ++recognised[c];
            else
                everyCell = false;
        }
    }
    if (hasHeader)
        result.header = table.first().join(QLatin1Char(' ')).simplified();
    if (everyCell) {
        // A block of IDs or names: every cell is one.
        for (int r = firstData; r < table.size(); ++r) {
            for (const QString &cell : table[r])
                collector.addCell(cell);
        }
        return result;
    }
    int best = 0;
    for (int c = 1; c < columns; ++c) {
        if (recognised[c] > recognised[best])
            best = c;
    }
    result.columnNumber = best + 1;
    if (hasHeader) {
        result.column = cleanItem(table.first().value(best));
        result.header.clear(); // it named the column; nothing else was left out
    }
    for (int r = firstData; r < table.size(); ++r)
        collector.addCell(table[r].value(best));
    return result;
}

QString SegmentListText::Result::notes(int maxItems) const
{
    QStringList parts;
    if (columnNumber > 0) {
        parts.append(column.isEmpty()
                         ? tr("Read column %1 of the pasted table.").arg(columnNumber)
                         : tr("Read the column %1 of the pasted table.").arg(quotedItem(column)));
    }
    if (!header.isEmpty())
        parts.append(tr("Left out the header row %1.").arg(quotedItem(header)));
    if (!unknown.isEmpty())
        parts.append(tr("Not recognized as a segment ID, name or integration code: %1.")
                         .arg(shortList(unknown, true, maxItems)));
    if (!ambiguous.isEmpty())
        parts.append(tr("Shared by several segments (paste their IDs instead): %1.")
                         .arg(shortList(ambiguous, true, maxItems)));
    if (repeated > 0)
        parts.append(tr("%n repeated item(s) counted once.", nullptr, repeated));
    return parts.join(QLatin1Char(' '));
}

} // namespace dcsdesk
