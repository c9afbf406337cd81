#include "tlsprobe.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace dcsdesk {

void TlsProbe::Findings::applyTo(DcsResult &result) const
{
    if (kinds.isEmpty())
        return;
    result.tlsErrors = errors;
    result.tlsErrorKinds = kinds;
    result.tlsCertificateExpiry = expiry;
    result.tlsCertificateStart = start;
    result.tlsCertificateNames = names;
}

bool TlsProbe::wanted(const DcsResult &result)
{
    return result.networkErrorCode == QNetworkReply::SslHandshakeFailedError &&
           result.tlsErrorKinds.isEmpty() &&
           result.request.url.scheme() == QLatin1String("https") && QSslSocket::supportsSsl();
}

TlsProbe::TlsProbe(std::function<void(const Findings &)> done, QObject *parent)
    : QObject(parent), m_done(std::move(done))
{
}

void TlsProbe::run(const DcsResult &result, const QString &caFile, QObject *parent,
                   std::function<void(const Findings &)> done)
{
    auto *probe = new TlsProbe(std::move(done), parent);
    auto *socket = new QSslSocket(probe);
    // The certificates curl trusted: the profile's CA file, else SSL_CERT_FILE, else the system's.
    const QString trusted =
        caFile.isEmpty() ? QString::fromLocal8Bit(qgetenv("SSL_CERT_FILE")) : caFile;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!trusted.isEmpty())
        config.setCaCertificates(QSslCertificate::fromPath(trusted, QSsl::Pem));
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::sslErrors, probe, [probe](const QList<QSslError> &errors) {
        Findings &f = probe->m_findings;
        for (const QSslError &e : errors) {
            f.errors.append(e.errorString());
            f.kinds.append(e.error());
            const QSslCertificate cert = e.certificate();
            if (!cert.isNull() && f.names.isEmpty()) {
                f.expiry = cert.expiryDate();
                f.start = cert.effectiveDate();
                QStringList names = cert.subjectInfo(QSslCertificate::CommonName);
                const auto alternatives = cert.subjectAlternativeNames();
                for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
                    if (!names.contains(it.value()))
                        names.append(it.value());
                }
                f.names = names;
            }
        }
        probe->finish();
    });
    connect(socket, &QSslSocket::encrypted, probe, &TlsProbe::finish);
    connect(socket, &QAbstractSocket::errorOccurred, probe, &TlsProbe::finish);
    QTimer::singleShot(TimeoutMs, probe, &TlsProbe::finish);
    const QUrl url = result.request.url;
    socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void TlsProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Deferred: this may run inside the socket's own signal.
    QTimer::singleShot(0, this, [this] {
        m_done(m_findings);
        deleteLater();
    });
}

} // namespace dcsdesk
