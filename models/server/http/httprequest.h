#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace dcsdesk {

// One parsed HTTP/1.x request as the sandbox engine and test servers see it: no sockets, so the
// engine can be driven directly by tests and by in-process callers.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ... as sent (methods are case-sensitive)
    QByteArray target; // origin-form: "/event?d_rtbd=json"
    QByteArray version = QByteArrayLiteral("HTTP/1.1");
    QList<QPair<QByteArray, QByteArray>> headers; // names and values as received, in order
    QByteArray body;
    QHostAddress peer;
    bool secure = false; // reached over TLS (never, for the built-in server)

    // The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QByteArray path() const;  // target before '?'
    QByteArray query() const; // target after '?', without it
};

} // namespace dcsdesk
