#include "keychainsecretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <qt6keychain/keychain.h>

namespace dcsdesk {

namespace {

SecretStore::Reply replyOf(QKeychain::Job *job)
{
    SecretStore::Reply r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretStore::Status::Refused;
        break;
    default:
        r.status = SecretStore::Status::Unavailable;
        break;
    }
    if (r.status != SecretStore::Status::Ok && r.status != SecretStore::Status::NotFound)
        r.error = KeychainSecretStore::reasonFor(int(job->error()), job->errorString(),
                                                 KeychainSecretStore::diagnose());
    return r;
}

template <typename JobType>
JobType *startJob(KeychainSecretStore *store, const SecretKey &key, SecretStore::Callback done,
                  std::function<void(JobType *, SecretStore::Reply *)> onOk = {})
{
    auto *job = new JobType(QString::fromLatin1(KeychainSecretStore::serviceName()), store);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.toString());
    QObject::connect(job, &QKeychain::Job::finished, store,
                     [job, done = std::move(done), onOk](QKeychain::Job *) {
                         SecretStore::Reply r = replyOf(job);
                         if (r.status == SecretStore::Status::Ok && onOk)
                             onOk(job, &r);
                         done(r);
                     });
    return job;
}

} // namespace

void KeychainSecretStore::read(const SecretKey &key, Callback done)
{
    auto *job = startJob<QKeychain::ReadPasswordJob>(
        this, key, std::move(done),
        [](QKeychain::ReadPasswordJob *j, Reply *r) { r->value = j->textData(); });
    job->start();
}

void KeychainSecretStore::write(const SecretKey &key, const QString &value, Callback done)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(this, key, std::move(done));
    job->setTextData(value);
    job->start();
}

void KeychainSecretStore::remove(const SecretKey &key, Callback done)
{
    auto *job = startJob<QKeychain::DeletePasswordJob>(this, key, std::move(done));
    job->start();
}

QString KeychainSecretStore::reasonFor(int code, const QString &systemText,
                                       const QString &diagnosis)
{
    QString plain;
    switch (code) {
    case QKeychain::NoBackendAvailable:
        plain = tr("no keychain service is running");
        break;
    case QKeychain::AccessDeniedByUser:
        plain = tr("the request to the keychain was declined");
        break;
    case QKeychain::AccessDenied:
        plain = tr("the keychain refused access; it may be locked");
        break;
    case QKeychain::CouldNotDeleteEntry:
        plain = tr("the keychain could not delete the value");
        break;
    case QKeychain::NotImplemented:
        plain = tr("this system's keychain cannot do this");
        break;
    default:
        plain = tr("the keychain failed without saying why");
        break;
    }
    // What is missing (the session bus, a Secret Service) says more than QtKeychain's words.
    if (!diagnosis.isEmpty())
        plain = diagnosis;
    QString detail = systemText.trimmed();
    if (detail.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0)
        detail.clear(); // QtKeychain's placeholder says nothing the code does not
    // No parentheses: callers put the whole reason in theirs.
    return detail.isEmpty() ? tr("%1 — QtKeychain error %2").arg(plain).arg(code)
                            : tr("%1 — QtKeychain error %2: %3").arg(plain).arg(code).arg(detail);
}

QString KeychainSecretStore::diagnose()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString detail = bus.lastError().message();
        return detail.isEmpty() ? tr("no D-Bus session bus")
                                : tr("no D-Bus session bus, the system says “%1”").arg(detail);
    }
    if (bus.interface() &&
        !bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")))
        return tr("no Secret Service (org.freedesktop.secrets) on the session bus");
    return QString();
}

QString KeychainSecretStore::name() const
{
    return tr("system keychain");
}

} // namespace dcsdesk
