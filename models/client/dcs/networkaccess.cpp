#include "networkaccess.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QThread>

namespace dcsdesk {

namespace {

// Stores nothing: a DCS call must never pick up a demdex cookie from an earlier call.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

QPointer<QNetworkAccessManager> instance;

// Deletes the manager while the application still exists: its HTTP thread then closes the cached
// connections (TLS ones load the TLS backend, which needs the application) in order, instead of
// from the QCoreApplication's child list after the application is gone.
void deleteInstance()
{
    if (instance) {
        instance->clearConnectionCache();
        delete instance;
    }
}

QPointer<QNetworkAccessManager> &replacement()
{
    static QPointer<QNetworkAccessManager> manager;
    return manager;
}

} // namespace

void NetworkAccess::setManager(QNetworkAccessManager *manager)
{
    replacement() = manager;
}

QNetworkAccessManager *NetworkAccess::injectedManager()
{
    return replacement();
}

QNetworkAccessManager *NetworkAccess::manager()
{
    if (replacement())
        return replacement();
    Q_ASSERT(QCoreApplication::instance());
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    if (!instance) {
        instance = new QNetworkAccessManager(QCoreApplication::instance());
        instance->setCookieJar(new NoCookieJar(instance));
        instance->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        instance->setStrictTransportSecurityEnabled(false);
        qAddPostRoutine(deleteInstance);
    }
    return instance;
}

} // namespace dcsdesk
