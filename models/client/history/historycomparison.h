#pragma once

#include "historyentry.h"

#include <QCoreApplication>
#include <QVector>

namespace dcsdesk {

// Two calls of the history side by side, row by row: what was sent (method, target, every
// header, every parameter) and what came back (status, every answer header, the decoded
// fields, cookie and URL destinations, errors). A row present in one call only has an empty
// cell on the other side; `differs` marks the rows to look at.
class HistoryComparison
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::HistoryComparison)

public:
    struct Row
    {
        QString section; // translated: "Request", "Answer", "Decoded"
        QString field;
        QString left;
        QString right;
        bool differs = false;
    };

    static QVector<Row> compare(const HistoryEntry &left, const HistoryEntry &right);
    static int countDiffering(const QVector<Row> &rows);
};

} // namespace dcsdesk
