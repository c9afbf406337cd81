#pragma once

#include "dcsresponse.h"
#include "preparedrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QSslError>

namespace dcsdesk {

// When each phase of a call happened, in milliseconds since send() (-1: not seen). Qt 6.4 can
// tell when the socket starts connecting, TLS is done, the request is written, the headers and
// the first body bytes arrive and the reply ends. A reused connection skips connecting and TLS.
struct DcsTiming
{
    QDateTime startedAt; // UTC
    double connecting = -1;
    double encrypted = -1;
    double requestSent = -1;
    double headers = -1;
    double firstByte = -1;
    double finished = -1;

    // Durations between the phases (-1 when a phase was not seen).
    double queuedMs() const;  // send() until the socket starts connecting (or the request goes out)
    double connectMs() const; // connecting until TLS done or the request is written
    double tlsMs() const;     // part of connectMs spent on TLS (https only)
    double waitMs() const;    // request written until the first byte (server time)
    double downloadMs() const; // first byte until the end
    QJsonObject toJson() const;
};

// Everything known about one call: the request as sent, the HTTP answer as received (headers in
// order, body byte for byte), the timing, what went wrong on the way, and the decoded answer.
struct DcsResult
{
    Q_DECLARE_TR_FUNCTIONS(DcsResult)

public:
    enum class Outcome {
        Pending,
        Response,
        Refused,
        NetworkError,
        Timeout,
        Cancelled,
        TooLarge,
        TlsError
    };

    Outcome outcome = Outcome::Pending;
    PreparedRequest request;
    int httpStatus = 0;
    QByteArray reasonPhrase;
    HeaderList headers;
    QByteArray body;
    qint64 declaredLength = -1;               // Content-Length, when given
    bool truncated = false;                   // fewer bytes than Content-Length
    QString redirectTarget;                   // Location of a 3xx answer (never followed)
    QStringList tlsErrors;                    // never ignored; Qt's text of each error
    QList<QSslError::SslError> tlsErrorKinds; // the same errors, for the explanation
    QDateTime tlsCertificateExpiry;           // the server certificate's, when TLS failed
    QDateTime tlsCertificateStart;
    QStringList tlsCertificateNames; // the host names and addresses the certificate is for
    bool tlsPinMismatch = false;     // the server's key is not the profile's pinned one
    QString pinnedPublicKey;         // the pin the call was made with, if any
    QNetworkReply::NetworkError networkErrorCode = QNetworkReply::NoError;
    QString networkError; // Qt's text
    int timeoutMs = 0;
    qint64 maxBodyBytes = 0;
    DcsTiming timing;
    bool hasResponse = false; // an HTTP status line arrived and response was decoded
    DcsResponse response;

    // Sets truncated and outcome from what arrived (status, headers, body, network error) and
    // why the call was cut short (Pending when it was not). Before the answer is decoded.
    void settle(Outcome abortReason);

    bool isNetworkFailure() const;  // no usable answer: network, TLS, timeout, size cap, truncation
    QString failureMessage() const; // translated, what went wrong and what to do; empty if none
    static QString outcomeKey(Outcome outcome);
    // Stable keys of the TLS problems: self-signed, untrusted, expired, not-yet-valid,
    // host-mismatch, other.
    QStringList tlsProblemKeys() const;
    QJsonObject toJson() const; // without the body; see CLI for body output

private:
    QString tlsFailureMessage(const QString &hostPort) const;
};

} // namespace dcsdesk
