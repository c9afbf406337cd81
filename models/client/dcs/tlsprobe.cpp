#include "tlsprobe.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslKey>
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
           result.tlsErrorKinds.isEmpty() && !result.tlsPinMismatch &&
           result.request.url.scheme() == QLatin1String("https") && QSslSocket::supportsSsl();
}

TlsProbe::TlsProbe(std::function<void(const Findings &)> done, QObject *parent)
    : QObject(parent), m_done(std::move(done))
{
}

QString TlsProbe::pinOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    const QByteArray spki = certificate.publicKey().toDer();
    return QStringLiteral("sha256//") +
           QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

void TlsProbe::run(const DcsResult &result, const QString &caFile, QObject *parent,
                   std::function<void(const Findings &)> done)
{
    const QUrl url = result.request.url;
    run(url.host(), quint16(url.port(443)), caFile, parent, std::move(done));
}

void TlsProbe::run(const QString &host, quint16 port, const QString &caFile, QObject *parent,
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
                f.pin = pinOf(cert);
            }
        }
        probe->finish();
    });
    connect(socket, &QSslSocket::encrypted, probe, [probe, socket] {
        const QSslCertificate cert = socket->peerCertificate();
        Findings &f = probe->m_findings;
        f.pin = pinOf(cert);
        f.expiry = cert.expiryDate();
        f.start = cert.effectiveDate();
        f.names = cert.subjectInfo(QSslCertificate::CommonName);
        probe->finish();
    });
    connect(socket, &QAbstractSocket::errorOccurred, probe, [probe, socket] {
        if (probe->m_findings.pin.isEmpty() && probe->m_findings.kinds.isEmpty())
            probe->m_findings.error = socket->errorString();
        probe->finish();
    });
    QTimer::singleShot(TimeoutMs, probe, [probe] {
        if (probe->m_findings.pin.isEmpty() && probe->m_findings.kinds.isEmpty())
            probe->m_findings.error = tr("No TLS answer within %1 s.").arg(TimeoutMs / 1000);
        probe->finish();
    });
    socket->connectToHostEncrypted(host, port);
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
