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

} // namespace

QNetworkAccessManager *NetworkAccess::manager()
{
    static QPointer<QNetworkAccessManager> instance;
    Q_ASSERT(QCoreApplication::instance());
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    if (!instance) {
        instance = new QNetworkAccessManager(QCoreApplication::instance());
        instance->setCookieJar(new NoCookieJar(instance));
        instance->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        instance->setStrictTransportSecurityEnabled(false);
    }
    return instance;
}

} // namespace dcsdesk
