#include "trustedcertificate.h"

#include <QFile>

namespace dcsdesk::test {

TrustedCertificate::TrustedCertificate(const QSslCertificate &certificate)
    : m_savedConfiguration(QSslConfiguration::defaultConfiguration()),
      m_savedCertFile(qgetenv("SSL_CERT_FILE")), m_hadCertFile(qEnvironmentVariableIsSet("SSL_CERT_FILE"))
{
    QSslConfiguration trusting = m_savedConfiguration;
    trusting.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    QFile pem(pemPath());
    if (pem.open(QIODevice::WriteOnly))
        pem.write(certificate.toPem());
    pem.close();
    qputenv("SSL_CERT_FILE", QFile::encodeName(pemPath()));
}

TrustedCertificate::~TrustedCertificate()
{
    QSslConfiguration::setDefaultConfiguration(m_savedConfiguration);
    if (m_hadCertFile)
        qputenv("SSL_CERT_FILE", m_savedCertFile);
    else
        qunsetenv("SSL_CERT_FILE");
}

} // namespace dcsdesk::test
