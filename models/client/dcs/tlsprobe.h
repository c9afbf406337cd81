#pragma once

#include "dcsresult.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslError>

#include <functional>

namespace dcsdesk {

// libcurl refuses a certificate with one line of OpenSSL text; the app explains a refusal by
// its kinds (expired, self-signed, wrong host…) and the certificate's names and dates, which Qt
// reports. After a failed handshake this opens a second connection with QSslSocket, trusting the
// same certificates, records what Qt finds wrong and closes it before anything is sent. The call
// keeps curl's text when the probe learns nothing (a server gone meanwhile).
class TlsProbe : public QObject
{
    Q_OBJECT

public:
    struct Findings
    {
        QStringList errors;
        QList<QSslError::SslError> kinds;
        QDateTime expiry;
        QDateTime start;
        QStringList names;
        QString pin;       // the server key as curl pins it: "sha256//BASE64" of its DER form
        QString error;     // no handshake at all: why (refused, timed out ...)

        // What Qt found wrong, and the names, dates and key of the certificate it was about.
        void add(const QList<QSslError> &sslErrors);
        void describe(const QSslCertificate &certificate);
        void applyTo(DcsResult &result) const;
    };

    static constexpr int TimeoutMs = 5000;

    // A https call whose handshake failed in curl and that has no Qt findings yet.
    static bool wanted(const DcsResult &result);
    // Probes the call's host and port; done runs once, on parent's thread, later.
    static void run(const DcsResult &result, const QString &caFile, QObject *parent,
                    std::function<void(const Findings &)> done);
    // Probes host:port (the profile dialog's "Pin from Server…").
    static void run(const QString &host, quint16 port, const QString &caFile, QObject *parent,
                    std::function<void(const Findings &)> done);
    static QString pinOf(const QSslCertificate &certificate);

private:
    TlsProbe(std::function<void(const Findings &)> done, QObject *parent);
    void finish();

    std::function<void(const Findings &)> m_done;
    Findings m_findings;
    bool m_finished = false;
};

} // namespace dcsdesk
