#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace dcsdesk {

// One HTTP response before serialization. toWire() adds Content-Length, Date, Server and
// Connection; everything else is the handler's.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    HttpResponse() = default;
    HttpResponse(int code, const QByteArray &contentType, const QByteArray &content);

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
    QByteArray header(const QByteArray &name) const;                 // case-insensitive

    // The bytes on the wire: status line, headers, Content-Length, Date, Server, Connection and
    // (unless head) the body. Header lines with CR or LF in them are left out.
    QByteArray toWire(bool head, bool close, bool http10, const QByteArray &date,
                      const QByteArray &server) const;

    static QByteArray reasonPhrase(int status);
    // A short text/plain answer, for errors the HTTP layer itself produces.
    static HttpResponse plain(int status, const QByteArray &text);
    // 429 with Retry-After in whole seconds (at least 1) and what to do.
    static HttpResponse tooManyRequests(qint64 retryAfterMs, const QByteArray &text);
};

} // namespace dcsdesk
