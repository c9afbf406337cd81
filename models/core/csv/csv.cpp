#include "csv.h"

#include "system/utf8.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace dcsdesk {

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@');
}

} // namespace

QString Csv::headerKey(const QString &header)
{
    QString key;
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

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

QChar Csv::detectDelimiter(QByteArrayView firstRecord)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : firstRecord) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

CsvReader::CsvReader(const QByteArray &bytes, QChar delimiter)
{
    CsvTable &f = m_format;
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        f.hadBom = true;
        start = 3;
        if (Utf8::firstInvalid(bytes) >= 0) {
            f.error = Csv::tr("The file says it is UTF-8 but holds bytes that are not. Save it "
                              "again as “CSV UTF-8”.");
            return;
        }
        m_bytes = bytes;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        f.hadBom = true;
        f.encoding = CsvTable::Encoding::Utf16;
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder(bytes);
        if (decoder.hasError() || !QStringView(text).isValidUtf16()) {
            f.error = Csv::tr("The file says it is UTF-16 but is not valid UTF-16. Save it again "
                              "as “CSV UTF-8”.");
            return;
        }
        m_bytes = text.toUtf8();
    } else {
        // Never guessed as another charset: a wrong guess would import changed names without a
        // word. Excel's plain "CSV" (the Windows code page) is refused with the line to look at.
        const qsizetype bad = Utf8::firstInvalid(bytes);
        if (bad >= 0) {
            const int line = int(QByteArrayView(bytes).first(bad).count('\n')) + 1;
            f.error = Csv::tr("Line %1 holds a byte that is not UTF-8 (0x%2), so the file was not "
                              "read. Save it as “CSV UTF-8” and import it again.")
                          .arg(line)
                          .arg(QString::number(static_cast<unsigned char>(bytes.at(bad)), 16)
                                   .toUpper()
                                   .rightJustified(2, QLatin1Char('0')));
            f.errorLine = line;
            return;
        }
        m_bytes = bytes;
    }
    if (m_bytes.indexOf('\0') >= 0) {
        f.error = Csv::tr("This is not a text file (it contains NUL bytes). Choose a CSV file.");
        return;
    }

    // Excel's "sep=;" first line names the delimiter.
    const QByteArrayView rest = QByteArrayView(m_bytes).sliced(std::min(start, m_bytes.size()));
    if (rest.size() >= 5 && rest.first(4).compare("sep=", Qt::CaseInsensitive) == 0) {
        const qsizetype end = rest.indexOf('\n');
        const QString hint =
            QString::fromUtf8(rest.sliced(4, (end < 0 ? rest.size() : end) - 4)).trimmed();
        if (hint.size() == 1) {
            if (delimiter.isNull())
                delimiter = hint.at(0);
            start = end < 0 ? m_bytes.size() : start + end + 1;
            m_firstLine = 2;
        }
    }
    f.delimiter = delimiter.isNull() ? Csv::detectDelimiter(QByteArrayView(m_bytes).sliced(start))
                                     : delimiter;
    m_delimiter = QString(f.delimiter).toUtf8();
    m_start = start;
    rewind();
}

void CsvReader::rewind()
{
    m_pos = m_start;
    m_line = m_firstLine;
}

bool CsvReader::atDelimiter() const
{
    return QByteArrayView(m_bytes).sliced(m_pos).startsWith(m_delimiter);
}

bool CsvReader::next(QStringList *record, int *line)
{
    while (ok() && m_pos < m_bytes.size()) {
        const int recordLine = m_line;
        if (!readRecord(record))
            return false;
        for (const QString &field : std::as_const(*record)) {
            if (!field.trimmed().isEmpty()) {
                *line = recordLine;
                return true;
            }
        }
    }
    return false;
}

bool CsvReader::readRecord(QStringList *record)
{
    record->clear();
    const qsizetype n = m_bytes.size();
    const char *text = m_bytes.constData();
    m_field.clear();
    bool fieldQuoted = false;
    const auto endField = [&] {
        // QString::fromUtf8 drops a leading byte order mark; in a field it is a character.
        QString fieldText;
        if (m_field.startsWith("\xEF\xBB\xBF")) {
            QStringDecoder keepingMarks(QStringDecoder::Utf8,
                                        QStringConverter::Flag::ConvertInitialBom);
            fieldText = keepingMarks(m_field);
        } else {
            fieldText = QString::fromUtf8(m_field);
        }
        record->append(Csv::unprotectFormula(fieldText));
        m_field.clear();
        fieldQuoted = false;
    };
    while (true) {
        if (m_pos >= n) {
            endField();
            return true;
        }
        const char c = text[m_pos];
        if (c == '"' && m_field.isEmpty() && !fieldQuoted) {
            fieldQuoted = true;
            ++m_pos;
            const int quoteLine = m_line;
            bool closed = false;
            while (m_pos < n) {
                const char q = text[m_pos];
                if (q == '"') {
                    if (m_pos + 1 < n && text[m_pos + 1] == '"') {
                        m_field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (q == '\r') {
                    // Kept as written (CR or CRLF): a field's bytes round-trip exactly.
                    m_field += q;
                    ++m_pos;
                    if (m_pos < n && text[m_pos] == '\n') {
                        m_field += '\n';
                        ++m_pos;
                    }
                    ++m_line;
                    continue;
                }
                if (q == '\n')
                    ++m_line;
                m_field += q;
                ++m_pos;
            }
            if (!closed) {
                m_format.error = Csv::tr("A quoted field that starts on line %1 is never closed. "
                                         "Check that every \" in that row is doubled (\"\") or "
                                         "closed.")
                                     .arg(quoteLine);
                m_format.errorLine = quoteLine;
                return false;
            }
            continue;
        }
        if (c == m_delimiter.front() && (m_delimiter.size() == 1 || atDelimiter())) {
            endField();
            m_pos += m_delimiter.size();
            continue;
        }
        if (c == '\r' || c == '\n') {
            endField();
            if (c == '\r' && m_pos + 1 < n && text[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            return true;
        }
        // Text after a closing quote, or a quote inside an unquoted field: kept as is.
        m_field += c;
        ++m_pos;
    }
}

CsvTable Csv::parse(const QByteArray &bytes, QChar delimiter)
{
    CsvReader reader(bytes, delimiter);
    CsvTable table = reader.format();
    QStringList record;
    int line = 0;
    while (reader.next(&record, &line)) {
        table.records.append(record);
        table.lines.append(line);
    }
    if (!reader.ok()) {
        table = reader.format();
        table.records.clear();
        table.lines.clear();
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

// A number such as -1 or +3.5 is data, not a formula: it is written as it is, so a spreadsheet
// reads a number (files written before kept '-1, which unprotectFormula() still reads as -1).
static bool isPlainNumber(const QString &field)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    return number.match(field).hasMatch();
}

QString Csv::protectFormula(const QString &field)
{
    return needsProtection(field) && !isPlainNumber(field) ? QLatin1Char('\'') + field : field;
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
