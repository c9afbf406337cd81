#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace dcsdesk::test {

// A QNetworkAccessManager whose every request fails with one transport error, without touching
// the network: for faults that loopback cannot produce, above all an unknown host (a real name
// lookup would leave the machine). The reply behaves like Qt's: errorOccurred, then finished,
// both asynchronously, with errorString() worded as Qt words it.
class FailingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FailingNetworkAccessManager(QNetworkReply::NetworkError error,
                                         QObject *parent = nullptr);

    int requestCount() const { return m_requests; }
    QUrl lastUrl() const { return m_lastUrl; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QNetworkReply::NetworkError m_error;
    int m_requests = 0;
    QUrl m_lastUrl;
};

} // namespace dcsdesk::test
