#pragma once

#include <QByteArray>
#include <QString>

namespace dcsdesk {

// Re-indents JSON text as it was received: key order, number spelling (38-digit IDs) and escapes
// are kept, because it works on the bytes and never builds a QJsonDocument. Linear and
// allocation-light, so the console can pretty-print the first MiB of a huge answer in a worker.
class JsonPretty
{
public:
    struct Result
    {
        QString text;
        bool cut = false;         // input longer than the limit: only its start is shown
        qsizetype inputBytes = 0; // bytes that were formatted
    };
    // Formats at most maxBytes of json (0: no limit). Invalid JSON is indented as far as it goes.
    static Result format(const QByteArray &json, qsizetype maxBytes = 0, int indent = 2);

    // For showing raw text: lines longer than maxLine characters are broken, after a comma
    // near the limit when there is one. A text view lays out a whole line at once, and a
    // single-line multi-megabyte answer would take it seconds. *broken says whether it did.
    static QString breakLongLines(const QString &text, qsizetype maxLine, bool *broken = nullptr);
};

} // namespace dcsdesk
