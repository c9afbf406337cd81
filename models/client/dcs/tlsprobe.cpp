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

void TlsProbe::Findings::add(const QList<QSslError> &sslErrors)
{
    for (const QSslError &e : sslErrors) {
        errors.append(e.errorString());
        kinds.append(e.error());
        if (names.isEmpty())
            describe(e.certificate());
    }
}

void TlsProbe::Findings::describe(const QSslCertificate &cert)
{
    if (cert.isNull())
        return;
    expiry = cert.expiryDate();
    start = cert.effectiveDate();
    names = cert.subjectInfo(QSslCertificate::CommonName);
    const auto alternatives = cert.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (!names.contains(it.value()))
            names.append(it.value());
    }
    pin = pinOf(cert);
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
        probe->m_findings.add(errors);
        probe->finish();
    });
    connect(socket, &QSslSocket::encrypted, probe, [probe, socket] {
        probe->m_findings.describe(socket->peerCertificate());
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
