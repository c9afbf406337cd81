#include "dcsresult.h"

#include <QJsonArray>
#include <QLocale>

namespace dcsdesk {

namespace {

double span(double from, double to)
{
    return from >= 0 && to >= 0 ? to - from : -1;
}

QJsonValue ms(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(qRound(value * 1000) / 1000.0);
}

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

double DcsTiming::queuedMs() const
{
    if (connecting >= 0)
        return connecting;
    return requestSent;
}

double DcsTiming::connectMs() const
{
    if (connecting < 0)
        return -1;
    return span(connecting,
                requestSent >= 0 ? requestSent : (encrypted >= 0 ? encrypted : headers));
}

double DcsTiming::tlsMs() const
{
    // Qt reports no "TCP connected" moment, so TLS is measured up to the request being written.
    return encrypted >= 0 && connecting >= 0 ? encrypted - connecting : -1;
}

double DcsTiming::waitMs() const
{
    const double first = headers >= 0 ? headers : firstByte;
    return span(requestSent, first);
}

double DcsTiming::downloadMs() const
{
    const double first = headers >= 0 ? headers : firstByte;
    return span(first, finished);
}

QJsonObject DcsTiming::toJson() const
{
    return QJsonObject{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("connectingMs"), ms(connecting)},
        {QStringLiteral("tlsDoneMs"), ms(encrypted)},
        {QStringLiteral("requestSentMs"), ms(requestSent)},
        {QStringLiteral("headersMs"), ms(headers)},
        {QStringLiteral("firstByteMs"), ms(firstByte)},
        {QStringLiteral("finishedMs"), ms(finished)},
        {QStringLiteral("phases"), QJsonObject{{QStringLiteral("queued"), ms(queuedMs())},
                                               {QStringLiteral("connect"), ms(connectMs())},
                                               {QStringLiteral("tls"), ms(tlsMs())},
                                               {QStringLiteral("wait"), ms(waitMs())},
                                               {QStringLiteral("download"), ms(downloadMs())}}}};
}

bool DcsResult::isNetworkFailure() const
{
    switch (outcome) {
    case Outcome::NetworkError:
    case Outcome::Timeout:
    case Outcome::TooLarge:
    case Outcome::TlsError:
        return true;
    default:
        return false;
    }
}

QString DcsResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Response:
        return QStringLiteral("response");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::NetworkError:
        return QStringLiteral("network-error");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::TooLarge:
        return QStringLiteral("too-large");
    case Outcome::TlsError:
        return QStringLiteral("tls-error");
    }
    return {};
}

QString DcsResult::failureMessage() const
{
    const QString host = request.url.host();
    const QString hostPort =
        request.url.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(request.url.port()) : host;
    switch (outcome) {
    case Outcome::Pending:
    case Outcome::Response:
        return {};
    case Outcome::Refused:
        for (const RequestFinding &f : request.findings) {
            if (f.blocking)
                return tr("The request was not sent: %1").arg(f.message);
        }
        return tr("The request was not sent: it has no valid URL.");
    case Outcome::Cancelled:
        return tr("The request was cancelled.");
    case Outcome::Timeout:
        return tr("No complete answer from %1 within %2 s (%3 received). The server or the "
                  "network is slow, or the address is wrong; try again or raise the timeout.")
            .arg(hostPort, QLocale().toString(timeoutMs / 1000.0, 'g', 3), byteSize(body.size()));
    case Outcome::TooLarge:
        return tr("The answer is larger than the limit of %1, so DCS Desk stopped reading it "
                  "(%2 kept). Raise the limit if you expect such a large answer.")
            .arg(byteSize(maxBodyBytes), byteSize(body.size()));
    case Outcome::TlsError:
        return tr("The TLS connection to %1 could not be trusted: %2. DCS Desk never ignores TLS "
                  "errors; check the host name, the system time and the system's certificates.")
            .arg(hostPort,
                 tlsErrors.isEmpty() ? networkError : tlsErrors.join(QStringLiteral("; ")));
    case Outcome::NetworkError:
        break;
    }
    if (truncated) {
        return declaredLength >= 0
                   ? tr("The connection closed before the whole answer arrived (%1 of %2 bytes).")
                         .arg(QLocale().toString(body.size()), QLocale().toString(declaredLength))
                   : tr("The connection closed before the whole answer arrived (%1 bytes "
                        "received): %2")
                         .arg(QLocale().toString(body.size()), networkError);
    }
    switch (networkErrorCode) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Could not connect to %1: the connection was refused. Check the address, and "
                  "that the server (or the sandbox) is running.")
            .arg(hostPort);
    case QNetworkReply::HostNotFoundError:
        return tr("The host %1 was not found. Check the region or base URL and the network "
                  "connection.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection without answering.").arg(hostPort);
    default:
        return tr("The request to %1 failed: %2").arg(hostPort, networkError);
    }
}

QJsonObject DcsResult::toJson() const
{
    QJsonArray hs;
    for (const auto &h : headers)
        hs.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(h.first)},
                              {QStringLiteral("value"), QString::fromLatin1(h.second)}});
    QJsonObject o{{QStringLiteral("outcome"), outcomeKey(outcome)},
                  {QStringLiteral("status"), httpStatus},
                  {QStringLiteral("reason"), QString::fromLatin1(reasonPhrase)},
                  {QStringLiteral("headers"), hs},
                  {QStringLiteral("bodyBytes"), double(body.size())},
                  {QStringLiteral("truncated"), truncated},
                  {QStringLiteral("timing"), timing.toJson()},
                  {QStringLiteral("timeoutMs"), timeoutMs},
                  {QStringLiteral("maxBodyBytes"), double(maxBodyBytes)}};
    if (declaredLength >= 0)
        o.insert(QStringLiteral("contentLength"), double(declaredLength));
    if (!redirectTarget.isEmpty())
        o.insert(QStringLiteral("redirect"), redirectTarget);
    if (!tlsErrors.isEmpty())
        o.insert(QStringLiteral("tlsErrors"), QJsonArray::fromStringList(tlsErrors));
    if (!networkError.isEmpty())
        o.insert(QStringLiteral("networkError"), networkError);
    const QString failure = failureMessage();
    if (!failure.isEmpty())
        o.insert(QStringLiteral("failure"), failure);
    if (hasResponse)
        o.insert(QStringLiteral("response"), response.toJson());
    return o;
}

} // namespace dcsdesk
