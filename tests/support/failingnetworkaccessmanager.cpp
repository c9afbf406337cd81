#include "failingnetworkaccessmanager.h"

#include <QTimer>

namespace dcsdesk::test {

namespace {

// The reply FailingNetworkAccessManager hands out: no bytes, one error.
class FailingReply : public QNetworkReply
{
public:
    FailingReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                 QNetworkReply::NetworkError error, QObject *parent)
        : QNetworkReply(parent)
    {
        setOperation(op);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this, error] { fail(error); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        fail(QNetworkReply::OperationCanceledError);
    }
    qint64 bytesAvailable() const override { return 0; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return 0; }

private:
    void fail(QNetworkReply::NetworkError error)
    {
        if (isFinished())
            return;
        // The same wording as Qt's own HTTP backend.
        const QString text = error == QNetworkReply::HostNotFoundError
                                 ? QStringLiteral("Host %1 not found").arg(url().host())
                             : error == QNetworkReply::OperationCanceledError
                                 ? QStringLiteral("Operation canceled")
                                 : QStringLiteral("Network error %1").arg(int(error));
        setError(error, text);
        setFinished(true);
        Q_EMIT errorOccurred(error);
        Q_EMIT finished();
    }
};

} // namespace

FailingNetworkAccessManager::FailingNetworkAccessManager(QNetworkReply::NetworkError error,
                                                         QObject *parent)
    : QNetworkAccessManager(parent), m_error(error)
{
}

QNetworkReply *FailingNetworkAccessManager::createRequest(Operation op,
                                                          const QNetworkRequest &request,
                                                          QIODevice *)
{
    ++m_requests;
    m_lastUrl = request.url();
    return new FailingReply(op, request, m_error, this);
}

} // namespace dcsdesk::test
