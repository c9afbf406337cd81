#pragma once

#include "dcs/dcsresponse.h"
#include "dcs/preparedrequest.h"
#include "firing/firecontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace dcsdesk {

struct Workspace;

// Compares what a DCS answer holds with what the workspace predicts for the call that was sent:
// its segments' rules over the call's signals and headers, and d_sid (CallQualification), then
// the active mappings of those segments fired by DestinationFiring, the code the sandbox answers
// with. Nothing is predicted from what the answer lists, so a segment the DCS qualified on its own
// shows as unexpected, with the rule that says why not.
class ExpectedVsActual
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::ExpectedVsActual)

public:
    enum class Status {
        Match,      // predicted and in the answer
        Different,  // in the answer under the same cookie name / destination, another value
        Missing,    // predicted, not in the answer
        Unexpected, // in the answer, not predicted
        NotExpected // mapped, but the mapping is not active today: correctly absent
    };
    enum class Kind { Segment, Cookie, Url };

    struct Row
    {
        Status status = Status::Match;
        Kind kind = Kind::Cookie;
        qint64 destinationId = 0; // 0 when the answer names no known destination
        QString destinationName;  // the segment's name for a Segment row
        QString expected;         // the segment ID, cookie name=value, or the URL
        QString actual;
        QVector<qint64> sids; // the qualified segments behind the prediction
        QString reason;       // translated, empty when there is nothing to add
    };

    struct Result
    {
        bool compared = true;           // false: the endpoint answers no segments (note says)
        QVector<qint64> segments;       // qualified by the workspace for this call
        bool answerSegments = false;    // the answer lists segment IDs that can be compared
        QVector<qint64> listedSegments; // what the answer lists
        QVector<Row> rows;
        QString note; // translated: why nothing could be compared, or what was assumed
        int hiddenRows = 0;
        QVector<int> hiddenCounts; // per Status, of the rows limitRows() left out

        int count(Status status) const; // all rows, including the hidden ones
        void limitRows(int max);
    };

    // maxRows >= 0: as limitRows(maxRows) afterwards, without building the rows left out.
    static Result compare(const Workspace &workspace, const PreparedRequest &sent,
                          const DcsResponse &response, const QDate &day = QDate::currentDate(),
                          int maxRows = -1);

    // Translated lines above the table: the segments qualified and listed, the counts per
    // status, the note; only the note when nothing was compared.
    static QStringList summary(const Result &result);

    static QString statusName(Status status); // translated
    static QString statusKey(Status status);  // stable English
};

} // namespace dcsdesk
