#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// A CSV file read into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes
// and line breaks). Spreadsheets write CSV in many shapes, so reading is forgiving where that
// loses nothing: UTF-8 with or without BOM, UTF-16 with BOM, Latin-1 when the bytes are not UTF-8,
// comma, semicolon or tab detected from the first record or an Excel "sep=" line, CRLF, LF or
// CR line ends.
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

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::Csv)

public:
    // Decodes, detects the delimiter (unless one is given) and splits into records. Records whose
    // fields are all empty (blank lines, "; ; ;" rows a spreadsheet leaves) are dropped.
    static CsvTable parse(const QByteArray &bytes, QChar delimiter = QChar());

    // The delimiter the first record uses most, outside quotes: ',', ';' or '\t' (',' on a tie).
    static QChar detectDelimiter(QStringView firstRecord);

    // Writes records as CSV that Excel and LibreOffice open correctly: UTF-8 with BOM, CRLF line
    // ends, fields quoted when they hold the delimiter, a quote, a line break or edge spaces.
    // Cells a spreadsheet would run as a formula (starting with = + - @) get a leading
    // apostrophe, which parse() removes again (see unprotectFormula); the pair is lossless.
    static QByteArray write(const QVector<QStringList> &records, QChar delimiter = QLatin1Char(','),
                            bool bom = true);
    static QString quoteField(const QString &field, QChar delimiter);
    static QString protectFormula(const QString &field);
    static QString unprotectFormula(const QString &field);

    static QString encodingName(CsvTable::Encoding encoding);
    static QString delimiterName(QChar delimiter); // translated, e.g. "semicolon (;)"
};

} // namespace dcsdesk
