#include "checkrun.h"

#include "checkvariables.h"

#include "dcs/dcsrequestbuilder.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace dcsdesk {

CheckRun::CheckRun(QObject *parent) : QObject(parent), m_client(new DcsClient(this)) {}

CheckRun::~CheckRun()
{
    if (m_call)
        m_call->disconnect(this);
}

QVector<SavedRequestChecks::Entry>
CheckRun::choose(const Workspace &workspace, const QStringList &tags, const QStringList &folder)
{
    QVector<SavedRequestChecks::Entry> out;
    for (const SavedRequestChecks::Entry &e : SavedRequestChecks::entries(workspace)) {
        if (e.checks.isEmpty() && e.problems.isEmpty())
            continue;
        bool tagged = tags.isEmpty();
        for (const QString &t : tags)
            tagged = tagged || e.tags.contains(t);
        if (tagged && e.folder.mid(0, folder.size()) == folder)
            out.append(e);
    }
    return out;
}

QStringList CheckRun::tagsIn(const Workspace &workspace)
{
    QStringList out;
    for (const SavedRequestChecks::Entry &e : choose(workspace, QStringList())) {
        for (const QString &t : e.tags) {
            if (!out.contains(t))
                out.append(t);
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QByteArray CheckRun::inputsOf(const Workspace &workspace, const QStringList &tags,
                              const QString &environment, const QString &profile)
{
    QJsonArray inputs;
    for (const SavedRequestChecks::Entry &e : choose(workspace, tags)) {
        QJsonArray checks;
        for (const Check &c : e.checks)
            checks.append(c.toJson());
        inputs.append(QJsonObject{{QStringLiteral("request"), e.request.toJson()},
                                  {QStringLiteral("checks"), checks},
                                  {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)}});
    }
    for (const QJsonValue &e : workspace.environments) {
        if (e.toObject().value(QStringLiteral("name")).toString() == environment)
            inputs.append(e);
    }
    if (const Profile *p = workspace.profile(profile)) {
        inputs.append(QJsonObject{{QStringLiteral("profile"), p->name},
                                  {QStringLiteral("alias"), p->alias},
                                  {QStringLiteral("region"), p->regionId},
                                  {QStringLiteral("baseUrl"), p->customBaseUrl}});
    }
    return QJsonDocument(inputs).toJson(QJsonDocument::Compact);
}

bool CheckRun::prepare(const QVector<SavedRequestChecks::Entry> &entries, const Profile &profile,
                       const Environment *environment, const SessionSecrets *secrets,
                       QStringList *errors)
{
    if (m_running)
        return false;
    m_requests.clear();
    m_report.items.clear();
    m_variables = VariableResolution();
    m_variables.environment = environment ? environment->name : QString();
    m_profileName = profile.name;
    m_next = 0;
    m_prepared = false;
    m_cancelled = m_stopped = false;
    VariableResolver resolver(environment, secrets);
    resolver.setAdvice(m_advice);
    QStringList unresolved;
    for (const SavedRequestChecks::Entry &e : entries) {
        Request r;
        r.entry = e;
        r.profile = profile;
        r.request = e.request;
        r.resolution = resolver.apply(&r.profile, &r.request);
        QStringList own = r.resolution.errors();
        QStringList checkErrors;
        r.checks = CheckVariables::resolve(e.checks, resolver, &checkErrors);
        own += checkErrors;
        for (const QString &line : std::as_const(own))
            unresolved.append(tr("Saved request “%1”: %2").arg(e.request.name, line));
        if (!own.isEmpty())
            r.notSentReason = own.join(QLatin1Char(' '));
        for (const VariableUse &use : std::as_const(r.resolution.used)) {
            bool seen = false;
            for (const VariableUse &u : std::as_const(m_variables.used))
                seen = seen || u.name == use.name;
            if (!seen)
                m_variables.used.append(use);
        }
        m_requests.append(r);
    }
    if (errors)
        *errors = unresolved;
    if (!unresolved.isEmpty()) {
        for (Request &r : m_requests) { // nothing may be sent; each says why
            r.state = State::NotSent;
            if (r.notSentReason.isEmpty())
                r.notSentReason = tr("Nothing was sent: another saved request of this run has a "
                                     "variable that cannot be resolved.");
        }
        m_prepared = false;
        return false;
    }
    m_prepared = true;
    return true;
}

bool CheckRun::start()
{
    if (m_running || !m_prepared || m_requests.isEmpty() || m_next > 0)
        return false;
    m_running = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    DcsClient::Options options = m_options;
    options.caFile = m_requests.first().profile.caFile;
    options.pinnedPublicKey = m_requests.first().profile.pinnedPublicKey;
    m_client->setOptions(options);
    sendNext();
    return true;
}

void CheckRun::sendNext()
{
    if (m_next >= m_requests.size() || m_cancelled) {
        QTimer::singleShot(0, this, &CheckRun::finish);
        return;
    }
    Request &r = m_requests[m_next];
    r.state = State::Sending;
    const PreparedRequest prepared =
        DcsRequestBuilder::prepare(r.profile, r.request, m_sandboxBaseUrl);
    // A refused request is not sent; DcsCall still finishes (asynchronously) with Refused.
    m_call = m_client->send(prepared);
    connect(m_call, &DcsCall::finished, this, &CheckRun::onCallFinished);
    Q_EMIT requestStarted(m_next);
}

void CheckRun::onCallFinished()
{
    DcsCall *call = m_call;
    if (!call)
        return;
    m_call = nullptr;
    call->deleteLater();
    const int index = m_next++;
    Request &r = m_requests[index];
    if (m_cancelled) {
        r.state = State::NotSent;
        r.notSentReason = tr("Not sent: the run was canceled while it was being sent.");
        finish();
        return;
    }
    r.result = call->result();
    r.resolution.maskSecrets(&r.result); // nothing kept holds a secret's value
    r.state = State::Done;
    r.reportIndex = int(m_report.items.size());
    m_report.add(r.entry.request.name, r.entry.tags, r.checks, r.entry.problems, r.result);
    Q_EMIT requestFinished(index);
    if (m_stopAtFirstFailure && !passed(m_report.items.constLast())) {
        m_stopped = m_next < m_requests.size();
        finish();
        return;
    }
    sendNext();
}

void CheckRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel(); // onCallFinished() ends the run
}

void CheckRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    QString failed;
    for (const Request &r : std::as_const(m_requests)) {
        if (r.state == State::Done && r.reportIndex >= 0 &&
            !passed(m_report.items.at(r.reportIndex)))
            failed = r.entry.request.name;
    }
    const QString reason = m_cancelled ? tr("Not sent: the run was canceled.")
                           : m_stopped ? tr("Not sent: the run stopped at the first failure "
                                            "(“%1”), as chosen.")
                                             .arg(failed)
                                       : tr("Not sent: the run ended before it.");
    for (Request &r : m_requests) {
        if (r.state == State::Waiting || r.state == State::Sending) {
            r.state = State::NotSent;
            r.notSentReason = reason;
        }
    }
    m_elapsedMs = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs);
    Q_EMIT finished();
}

int CheckRun::doneCount() const
{
    return int(m_report.items.size());
}

bool CheckRun::anyUnanswered() const
{
    for (const CheckRunReport::Item &item : m_report.items) {
        if (!item.answered)
            return true;
    }
    return false;
}

int CheckRun::notSentCount() const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.state == State::NotSent ? 1 : 0;
    return n;
}

bool CheckRun::passed(const CheckRunReport::Item &item)
{
    if (!item.problems.isEmpty())
        return false;
    for (const CheckOutcome &o : item.outcomes) {
        if (o.status != CheckOutcome::Status::Passed)
            return false;
    }
    return true;
}

QJsonObject CheckRun::historySummary(const QStringList &tags) const
{
    QJsonObject o = m_report.toJson();
    QJsonArray requests = o.value(QStringLiteral("requests")).toArray();
    for (int i = 0; i < requests.size(); ++i) {
        if (passed(m_report.items.at(i))) {
            QJsonObject r = requests.at(i).toObject();
            r.remove(QStringLiteral("excerpt"));
            requests[i] = r;
        }
    }
    QJsonArray notSent;
    QJsonArray notSentReasons; // beside notSent, one each
    for (const Request &r : m_requests) {
        if (r.state == State::NotSent) {
            notSent.append(r.entry.request.name);
            notSentReasons.append(r.notSentReason);
        }
    }
    o.insert(QStringLiteral("requests"), requests);
    o.insert(QStringLiteral("notSent"), notSent);
    o.insert(QStringLiteral("notSentReasons"), notSentReasons);
    o.insert(QStringLiteral("workspace"), m_report.workspaceName);
    o.insert(QStringLiteral("profile"), m_profileName);
    o.insert(QStringLiteral("environment"), m_variables.environment);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    o.insert(QStringLiteral("stopAtFirstFailure"), m_stopAtFirstFailure);
    o.insert(QStringLiteral("cancelled"), m_cancelled);
    o.insert(QStringLiteral("stopped"), m_stopped);
    o.insert(QStringLiteral("elapsedMs"), m_elapsedMs);
    o.insert(QStringLiteral("startedAt"),
             QDateTime::fromMSecsSinceEpoch(m_startedMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.remove(QStringLiteral("summary")); // translated at the time; the counts are kept
    return o;
}

} // namespace dcsdesk
