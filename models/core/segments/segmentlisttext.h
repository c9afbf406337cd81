#pragma once

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// Segments named in text a user pasted: a column from a spreadsheet, a row, a list typed into an
// e-mail ("1001, 1002; 1003") or rows copied from DCS Desk's own tables. Each item is a segment
// ID, an integration code or a segment name (case-insensitive). What is not recognised, named
// twice or left out is kept in the result, so the caller can say so instead of dropping it.
class SegmentListText
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SegmentListText)

public:
    struct Result
    {
        QVector<qint64> sids;  // recognised, in the order pasted, each once
        QStringList unknown;   // items that name no segment
        QStringList ambiguous; // names or codes that several segments share
        QString header;        // the header row left out, empty when there was none
        QString column;        // from a table of several columns: the one read (its header)
        int columnNumber = 0;  // 1-based, 0 when the text was not a table
        int repeated = 0;      // items naming a segment already in sids

        bool isEmpty() const { return sids.isEmpty() && unknown.isEmpty() && ambiguous.isEmpty(); }
        // What was left out or guessed, as sentences for a message ("Not recognised: “x”."),
        // empty when everything was read. At most maxItems items are quoted per list.
        QString notes(int maxItems = 8) const;
    };

    // Tables (several lines with tab-separated cells) are read by one column: the one with the
    // most recognised cells, unless every cell names a segment. Other text is split at line
    // breaks, tabs, semicolons or commas; an item that names nothing as a whole is split at
    // spaces too ("1001 1002"). A first line that names nothing and holds no number, above lines
    // that do, is a header.
    static Result read(const Workspace &workspace, const QString &text);

    // Items for a message, at most maxItems of them, then "and 3 more"; quoted: “x”, “y”.
    static QString shortList(const QStringList &items, bool quoted, int maxItems = 8);

    // True when text holds more than one line or a separator between items, i.e. when a paste
    // of it is a list rather than a search word.
    static bool looksLikeList(const QString &text);
};

} // namespace dcsdesk
