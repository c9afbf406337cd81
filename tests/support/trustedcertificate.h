#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

namespace dcsdesk::test {

// Trusts one certificate while it lives, on both ways a DCS call is made: Qt's default TLS
// configuration (QNAM, the TLS probe) and SSL_CERT_FILE (libcurl), which then names a PEM file
// holding only that certificate, as a user's own CA bundle would.
class TrustedCertificate
{
public:
    explicit TrustedCertificate(const QSslCertificate &certificate);
    ~TrustedCertificate();
    TrustedCertificate(const TrustedCertificate &) = delete;
    TrustedCertificate &operator=(const TrustedCertificate &) = delete;

    QString pemPath() const { return m_dir.filePath(QStringLiteral("trusted.pem")); }

private:
    QSslConfiguration m_savedConfiguration;
    QByteArray m_savedCertFile;
    bool m_hadCertFile = false;
    QTemporaryDir m_dir;
};

} // namespace dcsdesk::test
