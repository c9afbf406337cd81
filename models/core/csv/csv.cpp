#include "csv.h"

#include "system/utf8.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace dcsdesk {

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@');
}

} // namespace

QString Csv::encodingName(CsvTable::Encoding encoding)
{
    switch (encoding) {
    case CsvTable::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvTable::Encoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

QString Csv::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("comma (,)");
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon (;)");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    return QStringLiteral("'%1'").arg(delimiter);
}

QChar Csv::detectDelimiter(QStringView firstRecord)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : firstRecord) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

CsvTable Csv::parse(const QByteArray &bytes, QChar delimiter)
{
    CsvTable table;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.hadBom = true;
        // The decoder drops the byte order mark itself (once: a second one stays a character).
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(bytes);
        if (decoder.hasError()) {
            table.error = tr("The file says it is UTF-8 but holds bytes that are not. Save it "
                             "again as \"CSV UTF-8\".");
            return table;
        }
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        table.hadBom = true;
        table.encoding = CsvTable::Encoding::Utf16;
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder(bytes);
        if (decoder.hasError() || !QStringView(text).isValidUtf16()) {
            table.error = tr("The file says it is UTF-16 but is not valid UTF-16. Save it again "
                             "as \"CSV UTF-8\".");
            return table;
        }
    } else {
        // Never guessed as another charset: a wrong guess would import changed names without a
        // word. Excel's plain "CSV" (the Windows code page) is refused with the line to look at.
        const qsizetype bad = Utf8::firstInvalid(bytes);
        if (bad >= 0) {
            const int line = int(bytes.left(bad).count('\n')) + 1;
            table.error = tr("Line %1 holds a byte that is not UTF-8 (0x%2), so the file was not "
                             "read. Save it as \"CSV UTF-8\" and import it again.")
                              .arg(line)
                              .arg(QString::number(static_cast<unsigned char>(bytes.at(bad)), 16)
                                       .toUpper()
                                       .rightJustified(2, QLatin1Char('0')));
            table.errorLine = line;
            return table;
        }
        text = QString::fromUtf8(bytes);
    }
    if (text.contains(QChar(0))) {
        table.error = tr("This is not a text file (it contains NUL bytes). Choose a CSV file.");
        return table;
    }

    int line = 1;
    qsizetype pos = 0;
    // Excel's "sep=;" first line names the delimiter.
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() >= 5) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QString hint = text.mid(4, (end < 0 ? text.size() : end) - 4).trimmed();
        if (hint.size() == 1) {
            if (delimiter.isNull())
                delimiter = hint.at(0);
            pos = end < 0 ? text.size() : end + 1;
            line = 2;
        }
    }
    table.delimiter = delimiter.isNull() ? detectDelimiter(QStringView(text).mid(pos)) : delimiter;
    const QChar delim = table.delimiter;

    const qsizetype n = text.size();
    while (pos < n) {
        QStringList record;
        const int recordLine = line;
        QString field;
        bool fieldQuoted = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (pos >= n) {
                record.append(unprotectFormula(field));
                break;
            }
            const QChar c = text.at(pos);
            if (c == QLatin1Char('"') && field.isEmpty() && !fieldQuoted) {
                fieldQuoted = true;
                ++pos;
                const int quoteLine = line;
                bool closed = false;
                while (pos < n) {
                    const QChar q = text.at(pos);
                    if (q == QLatin1Char('"')) {
                        if (pos + 1 < n && text.at(pos + 1) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (q == QLatin1Char('\r')) {
                        // Kept as written (CR or CRLF): a field's bytes round-trip exactly.
                        field += q;
                        ++pos;
                        if (pos < n && text.at(pos) == QLatin1Char('\n')) {
                            field += QLatin1Char('\n');
                            ++pos;
                        }
                        ++line;
                        continue;
                    }
                    if (q == QLatin1Char('\n'))
                        ++line;
                    field += q;
                    ++pos;
                }
                if (!closed) {
                    table.error = tr("A quoted field that starts on line %1 is never closed. "
                                     "Check that every \" in that row is doubled (\"\") or "
                                     "closed.")
                                      .arg(quoteLine);
                    table.errorLine = quoteLine;
                    return table;
                }
                continue;
            }
            if (c == delim) {
                record.append(unprotectFormula(field));
                field.clear();
                fieldQuoted = false;
                ++pos;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                record.append(unprotectFormula(field));
                if (c == QLatin1Char('\r') && pos + 1 < n && text.at(pos + 1) == QLatin1Char('\n'))
                    ++pos;
                ++pos;
                ++line;
                endOfRecord = true;
                continue;
            }
            // Text after a closing quote, or a quote inside an unquoted field: kept as is.
            field += c;
            ++pos;
        }
        bool allEmpty = true;
        for (const QString &f : record) {
            if (!f.trimmed().isEmpty()) {
                allEmpty = false;
                break;
            }
        }
        if (!allEmpty) {
            table.records.append(record);
            table.lines.append(recordLine);
        }
    }
    return table;
}

// A leading apostrophe is added before a formula start, and before apostrophes that precede one,
// so that unprotectFormula() gives back exactly what was written.
static bool needsProtection(const QString &field)
{
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == QLatin1Char('\''))
        ++i;
    return i < field.size() && isFormulaStart(field.at(i));
}

QString Csv::protectFormula(const QString &field)
{
    return needsProtection(field) ? QLatin1Char('\'') + field : field;
}

QString Csv::unprotectFormula(const QString &field)
{
    if (field.startsWith(QLatin1Char('\'')) && needsProtection(field))
        return field.mid(1);
    return field;
}

QString Csv::quoteField(const QString &field, QChar delimiter)
{
    const bool needsQuotes =
        field.contains(delimiter) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray Csv::write(const QVector<QStringList> &records, QChar delimiter, bool bom)
{
    QString text;
    for (const QStringList &record : records) {
        for (int i = 0; i < record.size(); ++i) {
            if (i > 0)
                text += delimiter;
            QString field = quoteField(protectFormula(record[i]), delimiter);
            // A first field reading "sep=" would be taken for Excel's delimiter line.
            if (text.isEmpty() && field.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
                field = QLatin1Char('"') + field + QLatin1Char('"');
            text += field;
        }
        text += QLatin1String("\r\n");
    }
    QByteArray out;
    if (bom)
        out = QByteArrayLiteral("\xEF\xBB\xBF");
    out += text.toUtf8();
    return out;
}

} // namespace dcsdesk
