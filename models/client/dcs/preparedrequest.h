#pragma once

#include "dcsrequest.h"
#include "requestfinding.h"

#include <QByteArray>
#include <QPair>
#include <QUrl>
#include <QVector>

namespace dcsdesk {

using HeaderList = QVector<QPair<QByteArray, QByteArray>>;

// One key=value pair as it goes on the wire, with where it came from, so a console can show the
// parameters grouped by prefix next to the exact bytes.
struct PreparedParam
{
    QString key;
    QString value;      // decoded, for display
    QByteArray encoded; // key=value exactly as sent
    RequestFinding::Part origin = RequestFinding::Part::Option;
    int index = -1; // row in signalList / declaredIds
};

// The exact HTTP request DcsRequestBuilder made from a profile and a DcsRequest: what is shown,
// copied as cURL and sent are the same bytes.
struct PreparedRequest
{
    DcsRequest request; // the request with the profile's defaults filled in
    QByteArray method;  // "GET" or "POST"
    QUrl url;           // valid only when the request can be sent
    QByteArray urlText; // the URL as sent (or as it would be, for a refused request)
    HeaderList headers; // in send order, Host first
    QByteArray body;    // form-urlencoded pairs for POST, empty for GET
    QVector<PreparedParam> params;
    QVector<RequestFinding> findings;

    bool isRefused() const; // a blocking finding: never send
    // d_rtbd=json is sent: /event and /id answer JSON then; /ibs and opt-outs never do.
    bool expectsJson() const;
    QString expectedCallback() const { return request.callback; }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    int countOf(Finding::Severity severity) const;

    QString toCurl() const;     // a POSIX shell command that sends exactly this request
    QJsonObject toJson() const; // method, url, headers, body, params, findings, request
};

} // namespace dcsdesk
