#pragma once

#include "batchinput.h"
#include "batchrowresult.h"
#include "batchstats.h"
#include "dcs/dcsrequest.h"
#include "dcs/preparedrequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMultiMap>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;

namespace dcsdesk {

class DcsCall;
class DcsClient;
struct DcsResult;

// Sends one request template for many users (domain.md §2.4): at most `concurrency` calls in
// flight, at most `ratePerSecond` calls started per second, never two calls in flight for the
// same user (rows of one user go one after the other, each waiting for the previous answer),
// 429 answers and transport failures retried with exponential backoff that honours Retry-After
// (a 429 with Retry-After also holds back every other call until then). Pause lets the calls in
// flight finish and starts no new ones; cancel aborts them. One engine for the window and the
// CLI; no widgets.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int concurrency = 6;
        double ratePerSecond = 0; // calls started per second; 0 = no limit
        int maxRetries = 3;       // per row, on 429 and transport failures
        int backoffMs = 500;      // first retry delay without Retry-After; doubles each time
        int maxBackoffMs = 30000;
        int maxRetryAfterMs = 300000; // a longer Retry-After is cut to this
        int timeoutMs = 10000;        // one call
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        bool stopOnInvalidRow = false; // refuse to start when any row is invalid
    };
    enum class State { Idle, Running, Paused, Cancelling, Finished };

    // A non-sandbox target over this many calls needs a confirmation and starts at
    // LiveDefaultRate calls per second unless the user sets a rate.
    static constexpr int LiveConfirmThreshold = 100;
    static constexpr double LiveDefaultRate = 5.0;
    static constexpr int MaxConcurrency = 64;

    explicit BatchRunner(QObject *parent = nullptr);
    BatchRunner(QNetworkAccessManager *manager, QObject *parent); // tests
    ~BatchRunner() override;

    void setTarget(const Profile &profile, const QUrl &sandboxBaseUrl = QUrl());
    // The request every user's call is built from. Declared IDs (d_cid, d_cid_ic) and d_tdpid
    // in it are dropped, never copied to every user; templateNote() says which.
    void setTemplate(const DcsRequest &request);
    // translated; empty when nothing was dropped and the expectations find what they read
    QString templateNote() const;
    // The template as every user gets it, and what it left out (dropped may be null).
    static DcsRequest everyUserTemplate(const DcsRequest &request, QStringList *dropped);
    // Translated lines for the batch view and the live confirmation: the method and path, the
    // parameters and headers every user's call carries, what comes from each row, what is
    // dropped.
    static QStringList describeTemplate(const Profile &profile, const DcsRequest &request);
    void setInput(const BatchInput &input, const QString &sourceName = QString());
    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    Profile profile() const { return m_profile; }

    // The local sandbox or a loopback base URL: no confirmation, no conservative rate.
    static bool isLocalTarget(const Profile &profile, const QUrl &sandboxBaseUrl);
    bool needsLiveConfirmation() const;

    // Builds every call. Rows that cannot be sent become Invalid with the reason. Returns false
    // (with a translated reason) when nothing can be sent, or when stopOnInvalidRow is set and
    // a row is invalid.
    bool prepare(QString *error = nullptr);
    bool start(QString *error = nullptr); // prepares first when needed
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    bool isActive() const
    {
        return m_state == State::Running || m_state == State::Paused ||
               m_state == State::Cancelling;
    }
    bool wasCancelled() const { return m_cancelled; }
    const QVector<BatchRowResult> &results() const { return m_results; }
    const BatchStats &stats() const; // elapsed time brought up to date
    const QVector<BatchInputProblem> &problems() const { return m_problems; }
    int maxInFlightSeen() const { return m_maxInFlight; }
    QJsonObject summary() const; // settings, target, times and the stats, for history and CLI

Q_SIGNALS:
    void rowChanged(int index); // index into results()
    void progress();            // at most about ten times a second, and once at the end
    void stateChanged(dcsdesk::BatchRunner::State state);
    void finished();

private:
    struct UserSlot
    {
        QVector<int> rows;
        int next = 0;
    };

    DcsRequest requestFor(const BatchUser &user) const;
    Profile profileFor(const BatchUser &user) const;
    double nowMs() const;
    void setState(State state);
    void pump();
    void schedule(double delayMs);
    void sendRow(int slot);
    void onCallFinished(DcsCall *call);
    void finishRow(int slot, int row);
    double retryDelayMs(const DcsResult &result, int attempt, bool *fromRetryAfter) const;
    void finishRun();
    void updateElapsed() const;

    DcsClient *m_client = nullptr;
    bool m_managerInjected = false;
    Profile m_profile;
    QUrl m_sandboxBaseUrl;
    QStringList m_droppedFromTemplate;
    DcsRequest m_template;
    BatchInput m_input;
    QString m_sourceName;
    Settings m_settings;

    bool m_prepared = false;
    QVector<BatchRowResult> m_results;
    QVector<PreparedRequest> m_requests;    // per result; empty for invalid rows
    QVector<QVector<Check>> m_expectations; // per result: the row's expect_* columns
    QVector<BatchInputProblem> m_problems;
    QVector<UserSlot> m_slots;
    QVector<int> m_slotOfRow;
    std::deque<int> m_ready;          // slots whose next row may go now
    QMultiMap<double, int> m_retryAt; // due time (ms) -> slot waiting for a retry
    QHash<DcsCall *, int> m_inFlight; // call -> slot
    int m_maxInFlight = 0;

    State m_state = State::Idle;
    bool m_cancelled = false;
    QElapsedTimer m_clock;
    double m_nextSendAtMs = 0;
    double m_holdUntilMs = 0;
    mutable qint64 m_activeMs = 0; // running time before the last resume
    double m_resumedAtMs = 0;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    QTimer m_pumpTimer;
    QTimer m_progressTimer;
    mutable BatchStats m_stats;
};

} // namespace dcsdesk

Q_DECLARE_METATYPE(dcsdesk::BatchRunner::State)
