#pragma once

#include "httptransport.h"

#include <QElapsedTimer>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace dcsdesk {

// Sends calls through a QNetworkAccessManager (the application's, or a test's). HTTP/2 is off so
// the Host header goes out as given; redirects are reported, not followed; cookies and the cache
// are left alone; TLS errors are recorded and never ignored.
class QnamTransport : public HttpTransport
{
    Q_OBJECT

public:
    // manager null: NetworkAccess::manager(), the application's. Not owned.
    explicit QnamTransport(QNetworkAccessManager *manager, QObject *parent = nullptr);

    bool canSend(const PreparedRequest &request) const override;
    void send(DcsCall *call, const DcsResult &started, const DcsClient::Options &options) override;
    void cancel(DcsCall *call) override;

private:
    QNetworkAccessManager *m_manager;
};

// One call's reply, a child of its DcsCall: reads what arrives under the cap, keeps the timing,
// aborts at the deadline, and hands the result to the call once.
class QnamExchange : public QObject
{
    Q_OBJECT

public:
    QnamExchange(QNetworkAccessManager *manager, DcsCall *call, const DcsResult &started,
                 const DcsClient::Options &options);
    void abortWith(DcsResult::Outcome outcome);

private:
    void timerEvent(QTimerEvent *event) override;
    double elapsedMs() const;
    void onMetaData();
    void onReadyRead();
    void onFinished();

    DcsCall *m_call;
    DcsClient::Options m_options;
    DcsResult m_result;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    int m_deadlineTimer = 0; // QObject::startTimer: no timer object per call
    DcsResult::Outcome m_abortReason = DcsResult::Outcome::Pending;
    bool m_done = false;
};

} // namespace dcsdesk
