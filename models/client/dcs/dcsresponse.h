#pragma once

#include <limits>

#include "dcserrorcatalog.h"
#include "preparedrequest.h"
#include "validation/finding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace dcsdesk {

struct DcsRegion;

// A cookie destination of the answer's "stuff" array (domain.md §2.3).
struct CookieDestination
{
    QString name;      // cn
    QString value;     // cv
    QJsonValue ttl;    // days; "" = the client's maximum, 0 = no cookie written
    QString domain;    // dmn
    QString type;      // DIL only: "var" = keep the value, write no cookie
    QJsonObject extra; // keys the docs do not list
};

// A URL destination of the answer's "dests" array (needs d_dst=1).
struct UrlDestination
{
    QString id;              // DIL only
    QString url;             // c
    QString secureUrl;       // e
    QString tag;             // y: iframe or img
    QJsonValue hideReferrer; // hr, DIL only (default true)
    QJsonObject extra;
};

// One error code of the answer, from the JSON "errors" array, the X-Error header or both.
struct DcsError
{
    int code = 0;
    QString serverMessage; // msg as the DCS sent it (English)
    bool inBody = false;
    bool inHeader = false;

    const DcsErrorInfo *info() const { return DcsErrorCatalog::find(code); }
    QString explanation() const { return DcsErrorCatalog::explain(code); }
};

// Something the decoder has to say about an answer: that it is JSONP with the wrong callback, a
// pixel, empty (the DCS ignored the call), rate limited, an HTML error page ...
struct ResponseNote
{
    Finding::Severity severity = Finding::Severity::Info;
    QString code;    // stable machine name, e.g. "response.ignored"
    QString message; // translated
};

// The fields of an ID service (/id) answer, as visitorapi reads them (domain.md §2.3).
struct IdServiceFields
{
    bool present = false; // the answer has at least one of them
    QString mid;          // d_mid: the Experience Cloud ID
    QString blob;         // d_blob: the encrypted AAM metadata
    QJsonValue idSyncTtl; // id_sync_ttl, seconds
    QJsonValue optOutTtl; // d_ottl, seconds (visitorapi's default 7200)
    QJsonValue optOut;    // d_optout
    QString subdomain;
};

// A decoded DCS answer. The raw bytes are kept exactly as received; everything else is read
// from them once, in linear time, so multi-megabyte bodies are fine.
struct DcsResponse
{
    enum class Format { Empty, Json, Jsonp, Pixel, Html, Text, Binary };

    QString path = QStringLiteral("/event"); // the endpoint that answered (DcsEndpoint)
    int httpStatus = 0;
    HeaderList headers; // in received order
    QByteArray raw;
    Format format = Format::Empty;
    QString contentType;

    QString callback;         // the JSONP function name found in the body
    qsizetype jsonOffset = 0; // where the JSON text starts in raw (after "callback(")
    qsizetype jsonLength = 0;
    bool parsed = false; // the JSON text parsed
    QJsonDocument document;
    QStringList keyOrder; // top-level keys as received

    QString uuid;
    // Not in the answer. -1 is a real value: the local sandbox's own region
    // (Profile::SandboxRegion), which the sandbox answers by default.
    static constexpr int NoRegion = std::numeric_limits<int>::min();
    int dcsRegion = NoRegion;
    bool hasRegion() const { return dcsRegion != NoRegion; }
    QString tid;
    QVector<CookieDestination> stuff;
    QVector<UrlDestination> dests;
    bool hasTraits = false;
    bool hasSegments = false;
    QVector<qint64> traits;
    QVector<qint64> segments;
    IdServiceFields idService;
    QJsonValue ibs;     // the ID service's ID syncs; not documented for /event
    QJsonValue dpcalls; // likewise
    QJsonObject unknownKeys;

    QVector<DcsError> errors; // body and X-Error merged, in order of appearance
    QVector<ResponseNote> notes;
    bool optedOut = false;    // error 171 and no uuid
    bool ignored = false;     // HTTP 200 without data: the DCS ignored the request (§2.4)
    bool rateLimited = false; // HTTP 429
    bool pixel = false;       // no d_rtbd=json: a pixel and no data

    QByteArray jsonText() const { return raw.mid(jsonOffset, jsonLength); }
    const DcsRegion *region() const;
    QByteArray header(const QByteArray &name) const;
    bool hasProblems() const; // DCS errors, or a note of warning or error severity
    int countOf(Finding::Severity severity) const;

    static QString formatKey(Format format); // "json", "jsonp", "pixel" ...
    // Decoded fields, errors and notes; the raw body is not included (see CLI --json).
    QJsonObject toJson() const;
};

} // namespace dcsdesk
