#pragma once

#include "checkreport.h"
#include "dcs/dcsclient.h"
#include "environments/variableresolver.h"
#include "savedrequestchecks.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace dcsdesk {

struct Workspace;

// Runs the checks of several saved requests, one request after the other, for the CLI's
// `check` and the app's runner alike: chooses the requests by tag or folder, fills in every
// {{variable}} before anything is sent (one that cannot be resolved stops the run before it
// starts), sends asynchronously so a window never stalls, reports each request as it finishes, and
// stops at the first failure or goes on, as asked. Secrets are put back as {{name}} in every result
// kept.
class CheckRun : public QObject
{
    Q_OBJECT

public:
    enum class State { Waiting, Sending, Done, NotSent };
    struct Request
    {
        SavedRequestChecks::Entry entry;
        Profile profile;    // with its variables filled in
        DcsRequest request; // with its variables filled in
        VariableResolution resolution;
        QVector<Check> checks; // entry's checks with the environment's values in their text
        State state = State::Waiting;
        int reportIndex = -1;  // into report().items once done
        DcsResult result;      // once done, secrets masked
        QString notSentReason; // translated, when NotSent: cancelled, stopped, a variable…
    };

    explicit CheckRun(QObject *parent = nullptr);
    ~CheckRun() override;

    // The saved requests with checks (or checks that cannot run), those with one of `tags`
    // when tags is not empty, those in `folder` or its subfolders when it is not empty, in the
    // workspace's order.
    static QVector<SavedRequestChecks::Entry> choose(const Workspace &workspace,
                                                     const QStringList &tags,
                                                     const QStringList &folder = QStringList());
    // Every tag of a saved request with checks, sorted.
    static QStringList tagsIn(const Workspace &workspace);

    // What a run's results depend on in the workspace (the chosen saved requests with their
    // checks and tags, the environment, the profile), to tell results that are out of date.
    static QByteArray inputsOf(const Workspace &workspace, const QStringList &tags,
                               const QString &environment, const QString &profile);

    // Fills in the variables of every request; false (and nothing can start) when one cannot be
    // resolved, with a translated line per variable in *errors. Then every request is NotSent,
    // each with its reason (its own variables, or another request's).
    bool prepare(const QVector<SavedRequestChecks::Entry> &entries, const Profile &profile,
                 const Environment *environment, const SessionSecrets *secrets,
                 QStringList *errors);
    void setSandboxBaseUrl(const QUrl &url) { m_sandboxBaseUrl = url; }
    void setAdvice(VariableResolution::Advice advice) { m_advice = advice; } // before prepare()
    void setOptions(const DcsClient::Options &options) { m_options = options; }
    void setStopAtFirstFailure(bool stop) { m_stopAtFirstFailure = stop; }
    bool stopAtFirstFailure() const { return m_stopAtFirstFailure; }
    void setWorkspaceName(const QString &name) { m_report.workspaceName = name; }

    // Starts sending; false when nothing is prepared or a run is under way. finished() follows,
    // always asynchronously.
    bool start();
    void cancel(); // the call in flight is aborted; the requests after it are not sent

    bool isRunning() const { return m_running; }
    int count() const { return int(m_requests.size()); }
    int doneCount() const; // sent and answered (or not) so far
    const Request &request(int index) const { return m_requests.at(index); }
    const CheckRunReport &report() const { return m_report; }
    // Each variable once, over all requests, and the environment they came from.
    const VariableResolution &variables() const { return m_variables; }
    bool wasCancelled() const { return m_cancelled; }
    bool stoppedAtFailure() const { return m_stopped; }
    bool anyUnanswered() const;
    int notSentCount() const;
    // True when every check of the request passed and none was kept but not run.
    static bool passed(const CheckRunReport::Item &item);

    // What the history keeps of a finished run (HistoryEntry::fromCheckRun): environment, tags,
    // each request's outcome and checks; the answer's excerpt only for requests that did not pass.
    QJsonObject historySummary(const QStringList &tags) const;

Q_SIGNALS:
    void requestStarted(int index);
    void requestFinished(int index);
    void finished();

private:
    void sendNext();
    void onCallFinished();
    void finish();

    QVector<Request> m_requests;
    CheckRunReport m_report;
    VariableResolution m_variables;
    DcsClient::Options m_options;
    DcsClient *m_client;
    QPointer<DcsCall> m_call;
    QUrl m_sandboxBaseUrl;
    QString m_profileName;
    int m_next = 0;
    bool m_running = false;
    bool m_prepared = false;
    VariableResolution::Advice m_advice = VariableResolution::Advice::App;
    bool m_cancelled = false;
    bool m_stopped = false;
    bool m_stopAtFirstFailure = false;
    qint64 m_startedMs = 0;
    double m_elapsedMs = 0;
};

} // namespace dcsdesk
