#pragma once

#include "dcs/dcsrequest.h"
#include "dcs/dcsresponse.h"
#include "firing/firecontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace dcsdesk {

struct Workspace;

// Compares what a DCS answer holds with what the workspace's mappings predict for the segments
// the user qualified for (the answer's segments with d_cts, else the request's d_sid). What the
// DCS should fire comes from DestinationFiring, the code the sandbox answers with, so a mismatch
// is either a workspace the live DCS does not have or a mapping that is not active.
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
    enum class Kind { Cookie, Url };
    enum class SegmentSource { None, Response, RequestSid };

    struct Row
    {
        Status status = Status::Match;
        Kind kind = Kind::Cookie;
        qint64 destinationId = 0; // 0 when the answer names no known destination
        QString destinationName;
        QString expected; // cookie name=value, or the URL
        QString actual;
        QVector<qint64> sids; // the qualified segments behind the prediction
        QString reason;       // translated, empty when there is nothing to add
    };

    struct Result
    {
        SegmentSource source = SegmentSource::None;
        QVector<qint64> segments;
        QVector<Row> rows;
        QString note; // translated: why nothing could be compared, or what was assumed
        int hiddenRows = 0;
        QVector<int> hiddenCounts; // per Status, of the rows limitRows() left out

        int count(Status status) const; // all rows, including the hidden ones
        void limitRows(int max);
    };

    // maxRows >= 0: as limitRows(maxRows) afterwards, without building the rows left out.
    static Result compare(const Workspace &workspace, const DcsRequest &request,
                          const DcsResponse &response, const QDate &day = QDate::currentDate(),
                          int maxRows = -1);

    static QString statusName(Status status); // translated
    static QString statusKey(Status status);  // stable English
};

} // namespace dcsdesk
