#include "dcsresult.h"
#include "system/colontext.h"
#include "system/datetext.h"

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

void DcsResult::settle(Outcome abortReason)
{
    bool compressed = false;
    for (const auto &h : std::as_const(headers))
        compressed = compressed || (h.first.compare("Content-Encoding", Qt::CaseInsensitive) == 0 &&
                                    !h.second.isEmpty());
    if (httpStatus > 0 && !compressed && declaredLength >= 0 && body.size() < declaredLength &&
        abortReason == Outcome::Pending)
        truncated = true;
    // Transport errors (codes below 100) after the status line mean the body is incomplete.
    if (httpStatus > 0 && abortReason == Outcome::Pending &&
        networkErrorCode != QNetworkReply::NoError && int(networkErrorCode) < 100)
        truncated = true;

    if (abortReason != Outcome::Pending)
        outcome = abortReason;
    else if (!tlsErrors.isEmpty() || networkErrorCode == QNetworkReply::SslHandshakeFailedError)
        outcome = Outcome::TlsError;
    else if (httpStatus == 0 || truncated)
        outcome = Outcome::NetworkError;
    else
        outcome = Outcome::Response;
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
                return tr("The request was not sent: %1").arg(ColonText::continued(f.message));
        }
        return tr("The request was not sent: it has no valid URL.");
    case Outcome::Cancelled:
        return tr("The request was canceled.");
    case Outcome::Timeout:
        return tr("No complete answer from %1 within %2 s (%3 received). The server or the "
                  "network is slow, or the address is wrong; try again or raise the timeout.")
            .arg(hostPort, QLocale().toString(timeoutMs / 1000.0, 'g', 3), byteSize(body.size()));
    case Outcome::TooLarge:
        return tr("The answer is larger than the limit of %1, so DCS Desk stopped reading it "
                  "(%2 kept). Raise the limit if you expect such a large answer.")
            .arg(byteSize(maxBodyBytes), byteSize(body.size()));
    case Outcome::TlsError:
        return tlsFailureMessage(hostPort);
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
        return tr("The host name %1 could not be found. Check the region and the alias of the "
                  "profile (or its base URL), then the network connection.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection without answering.").arg(hostPort);
    default:
        return tr("The request to %1 failed: %2").arg(hostPort, ColonText::continued(networkError));
    }
}

QStringList DcsResult::tlsProblemKeys() const
{
    QStringList keys;
    const auto add = [&keys](const char *key) {
        if (!keys.contains(QLatin1String(key)))
            keys.append(QLatin1String(key));
    };
    for (const QSslError::SslError kind : tlsErrorKinds) {
        switch (kind) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            add("self-signed");
            break;
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            add("untrusted");
            break;
        case QSslError::CertificateExpired:
            add("expired");
            break;
        case QSslError::CertificateNotYetValid:
            add("not-yet-valid");
            break;
        case QSslError::HostNameMismatch:
            add("host-mismatch");
            break;
        default:
            add("other");
            break;
        }
    }
    if (tlsPinMismatch)
        add("pin-mismatch");
    if (keys.isEmpty() && outcome == Outcome::TlsError)
        add("other");
    return keys;
}

QString DcsResult::tlsFailureMessage(const QString &hostPort) const
{
    // One sentence saying what happened, then one per problem with what to do about it.
    QStringList parts;
    parts.append(tr("DCS Desk did not send the request: the TLS certificate of %1 cannot be "
                    "trusted, and DCS Desk never ignores TLS errors.")
                     .arg(hostPort));
    const QLocale locale;
    QStringList other;
    for (const QString &key : tlsProblemKeys()) {
        if (key == QLatin1String("self-signed")) {
            parts.append(tr("The certificate is self-signed: no certificate authority vouches for "
                            "it. A DCS host never uses one; if this is your own test server, trust "
                            "it for its profile: Manage profiles › Pin from Server, or give the "
                            "profile a CA file."));
        } else if (key == QLatin1String("untrusted")) {
            parts.append(tr("The certificate is issued by an authority this system does not "
                            "trust. A proxy or company firewall that inspects TLS may have "
                            "replaced it: add that authority to the system's trusted "
                            "certificates, or ask your network administrator."));
        } else if (key == QLatin1String("expired")) {
            parts.append(
                tlsCertificateExpiry.isValid()
                    ? tr("The certificate expired on %1. Check that this computer's date and time "
                         "are right; if they are, the server has to renew its certificate.")
                          .arg(DateText::dateTime(tlsCertificateExpiry.toLocalTime(), locale))
                    : tr("The certificate has expired. Check that this computer's date and time "
                         "are right; if they are, the server has to renew its certificate."));
        } else if (key == QLatin1String("not-yet-valid")) {
            parts.append(
                tlsCertificateStart.isValid()
                    ? tr("The certificate is not valid before %1. Check this computer's "
                         "date and time.")
                          .arg(DateText::dateTime(tlsCertificateStart.toLocalTime(), locale))
                    : tr("The certificate is not valid yet. Check this computer's date "
                         "and time."));
        } else if (key == QLatin1String("pin-mismatch")) {
            parts.append(tr("The server's key is not the one pinned in the profile (%1). If its "
                            "certificate was replaced on purpose, pin the new one in Manage "
                            "profiles › Pin from Server; otherwise something else answers at this "
                            "address.")
                             .arg(pinnedPublicKey));
        } else if (key == QLatin1String("host-mismatch")) {
            parts.append(
                tr("The certificate is for %1, not for %2 (host name mismatch). Check the region "
                   "and the alias of the profile; a custom base URL must use a host name the "
                   "certificate names.")
                    .arg(tlsCertificateNames.isEmpty()
                             ? tr("another host")
                             : tlsCertificateNames.join(QStringLiteral(", ")),
                         request.url.host()));
        }
    }
    for (int i = 0; i < tlsErrorKinds.size() && i < tlsErrors.size(); ++i) {
        switch (tlsErrorKinds.at(i)) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
        case QSslError::HostNameMismatch:
            break;
        default:
            if (!other.contains(tlsErrors.at(i)))
                other.append(tlsErrors.at(i));
        }
    }
    if (tlsErrorKinds.isEmpty() && !tlsPinMismatch && !networkError.isEmpty())
        other.append(networkError);
    if (!other.isEmpty())
        parts.append(tr("The TLS check failed: %1. Check that the address uses HTTPS on this "
                        "port, then the system's certificates.")
                         .arg(other.join(QStringLiteral("; "))));
    return parts.join(QLatin1Char(' '));
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
    if (outcome == Outcome::TlsError)
        o.insert(QStringLiteral("tlsProblems"), QJsonArray::fromStringList(tlsProblemKeys()));
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
