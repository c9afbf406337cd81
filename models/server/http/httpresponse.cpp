#include "httpresponse.h"

namespace dcsdesk {

HttpResponse::HttpResponse(int code, const QByteArray &contentType, const QByteArray &content)
    : status(code), body(content)
{
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpResponse::toWire(bool head, bool close, bool http10, const QByteArray &date,
                                const QByteArray &server) const
{
    QByteArray out;
    out.reserve(256 + (head ? 0 : body.size()));
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\n";
    bool hasLength = false;
    for (const auto &h : headers) {
        if (h.first.compare("Connection", Qt::CaseInsensitive) == 0 ||
            h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 ||
            h.first.contains('\r') || h.first.contains('\n') || h.second.contains('\r') ||
            h.second.contains('\n'))
            continue;
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            hasLength = true;
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    if (!hasLength) {
        out += "Content-Length: ";
        out += QByteArray::number(body.size());
        out += "\r\n";
    }
    out += "Date: ";
    out += date;
    out += "\r\nServer: ";
    out += server;
    out += "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!head)
        out += body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

HttpResponse HttpResponse::tooManyRequests(qint64 retryAfterMs, const QByteArray &text)
{
    HttpResponse r = plain(429, text);
    r.setHeader(QByteArrayLiteral("Retry-After"),
                QByteArray::number(qMax<qint64>(1, (retryAfterMs + 999) / 1000)));
    return r;
}

HttpResponse HttpResponse::plain(int status, const QByteArray &text)
{
    return HttpResponse(status, QByteArrayLiteral("text/plain; charset=utf-8"), text + '\n');
}

} // namespace dcsdesk
