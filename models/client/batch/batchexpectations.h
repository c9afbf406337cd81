#pragma once

#include "checks/check.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVector>

namespace dcsdesk {

class BatchStats;
struct BatchRowResult;
struct BatchUser;
struct DcsRequest;
struct DcsResult;
struct Destination;

// The expectations a batch CSV gives per user (expect_segments, expect_not_segments,
// expect_destinations) and what they said about the row's answer. A cell becomes the checks a
// saved request carries (check.h) and CheckEvaluator judges them, so a batch row and a saved
// request read segments and destinations from an answer the same way. Values in a cell are
// separated by ";" (docs/cli.md).
class BatchExpectations
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::BatchExpectations)

public:
    enum class Column { Unknown, Segments, NotSegments, Destinations };

    static bool isExpectationColumn(const QString &lowerName); // starts with expect_
    static Column columnFor(const QString &lowerName);
    static QStringList columnNames(); // the known ones, for messages

    // Appends the checks of one cell to *checks; false with a translated message that says
    // what to write instead. destinations (may be null) resolves destination IDs and names.
    static bool parseCell(Column column, const QString &header, const QString &cell,
                          const QVector<Destination> *destinations, QVector<Check> *checks,
                          QString *error);

    // Translated notes when the template leaves out what the expectations read (d_cts=2 for
    // segment IDs, d_dst=1 for URL destinations); empty when nothing is missing.
    static QStringList templateNotes(const DcsRequest &request, const QVector<BatchUser> &users);

    // Sets the row's expectation outcome from the answer (or the lack of one).
    static void evaluate(const QVector<Check> &checks, const DcsResult &result,
                         BatchRowResult *row);
    // Before the run: every row with expectations is "not checked" until its answer arrives.
    static void markUnchecked(const QVector<Check> &checks, const QString &reason,
                              BatchRowResult *row);

    // "4 of 120 rows failed their expectations; 110 passed, 6 not checked." Empty when no row
    // expects anything.
    static QString summaryLine(const BatchStats &stats);
    // The rows that failed or could not be checked, {row, line, user, expectations, failures},
    // at most max of them.
    static QJsonArray failuresJson(const QVector<BatchRowResult> &rows, int max);
    static bool isFailure(const BatchRowResult &row); // failed or not checked
};

} // namespace dcsdesk
