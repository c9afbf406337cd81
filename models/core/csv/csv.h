#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// A CSV file read into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes
// and line breaks). Spreadsheets write CSV in many shapes, so reading is forgiving where that
// loses nothing: UTF-8 with or without BOM, UTF-16 with BOM, comma, semicolon or tab detected
// from the first record or an Excel "sep=" line, CRLF, LF or CR line ends. Bytes that are not
// UTF-8 are refused with their line, never decoded as another charset.
struct CsvTable
{
    enum class Encoding { Utf8, Utf16 };

    QVector<QStringList> records;
    QVector<int> lines; // 1-based line on which each record starts
    QChar delimiter = QLatin1Char(',');
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
    QString error; // translated; set when the file cannot be read as CSV at all
    int errorLine = 0;
};

// Reads a CSV file one record at a time, so that a file of a million rows is never held as a
// million string lists. The structure of CSV is ASCII, and no byte of a multi-byte UTF-8
// sequence is ASCII, so the reader splits the UTF-8 bytes themselves and decodes field by field
// (UTF-16 input is converted to UTF-8 once). The bytes are shared, not copied.
class CsvReader
{
public:
    explicit CsvReader(const QByteArray &bytes, QChar delimiter = QChar());

    // The encoding, BOM, delimiter and, when the file cannot be read at all, the error.
    const CsvTable &format() const { return m_format; }
    bool ok() const { return m_format.error.isEmpty(); }
    // The next record whose fields are not all blank, and the line it starts on; false at the
    // end, or when a quoted field is never closed (format().error then says so).
    bool next(QStringList *record, int *line);
    // Back to the first record, to read the file again.
    void rewind();

private:
    QByteArray m_bytes;
    QByteArray m_delimiter; // UTF-8 bytes of the delimiter
    QByteArray m_field;
    qsizetype m_start = 0;
    qsizetype m_pos = 0;
    int m_firstLine = 1;
    int m_line = 1;
    CsvTable m_format;
    bool atDelimiter() const;
    bool readRecord(QStringList *record);
};

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::Csv)

public:
    // Decodes, detects the delimiter (unless one is given) and splits into records. Records whose
    // fields are all empty (blank lines, "; ; ;" rows a spreadsheet leaves) are dropped.
    static CsvTable parse(const QByteArray &bytes, QChar delimiter = QChar());

    // The delimiter the first record uses most, outside quotes: ',', ';' or '\t' (',' on a tie).
    static QChar detectDelimiter(QByteArrayView firstRecord);

    // Writes records as CSV that Excel and LibreOffice open correctly: UTF-8 with BOM, CRLF line
    // ends, fields quoted when they hold the delimiter, a quote, a line break or edge spaces.
    // Cells a spreadsheet would run as a formula (starting with = + - @) get a leading
    // apostrophe, which parse() removes again (see unprotectFormula); the pair is lossless. A
    // plain number (-1, +2.5, -3e4) is no formula and stays a number. bom: for Excel, which reads
    // UTF-8 without one as the system's code page; scripts may prefer none.
    static QByteArray write(const QVector<QStringList> &records, QChar delimiter = QLatin1Char(','),
                            bool bom = true);
    static QString quoteField(const QString &field, QChar delimiter);
    static QString protectFormula(const QString &field);
    static QString unprotectFormula(const QString &field);

    // A header as importers compare it: letters and digits only, lower case, so that
    // "Segment ID", "segment_id" and "SegmentId" name the same column.
    static QString headerKey(const QString &header);

    static QString encodingName(CsvTable::Encoding encoding);
    static QString delimiterName(QChar delimiter); // translated, e.g. "semicolon (;)"
};

} // namespace dcsdesk
