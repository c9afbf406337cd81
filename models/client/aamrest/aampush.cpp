#include "aampush.h"

#include "aam/aamrestreader.h"
#include "system/colontext.h"
#include "system/jsonnumber.h"

#include <QJsonDocument>

namespace dcsdesk {

namespace {

const char *const kPushMappingIdKeys[] = {"destinationMappingId", "mappingId",
                                          "traitToDataOrderId"};

qint64 pushPositiveId(const QJsonValue &v)
{
    const std::optional<qint64> id = idOf(v);
    return id && *id > 0 ? *id : 0;
}

qint64 pushMappingIdOf(const QJsonObject &o)
{
    for (const char *key : kPushMappingIdKeys) {
        if (const qint64 id = pushPositiveId(o.value(QLatin1String(key))))
            return id;
    }
    return 0;
}

bool isPushOutcome(AamDiff::Outcome o)
{
    return o == AamDiff::Outcome::ChangedLocally || o == AamDiff::Outcome::ChangedBoth ||
           o == AamDiff::Outcome::Conflict || o == AamDiff::Outcome::CreatedLocally ||
           o == AamDiff::Outcome::DeletedLocally;
}

// Why an item that is not a change of the workspace has nothing to push.
QString nothingToPush(AamDiff::Outcome o)
{
    switch (o) {
    case AamDiff::Outcome::ChangedInAccount:
        return AamPush::tr("Changed only in the account: nothing to push. Pull to take the "
                           "account's version.");
    case AamDiff::Outcome::DeletedInAccount:
        return AamPush::tr("Deleted in the account and unchanged in the workspace: nothing to "
                           "push.");
    case AamDiff::Outcome::CreatedInAccount:
        return AamPush::tr("Only the account has it: nothing to push. Pull to take it, or take "
                           "it and delete it in the workspace to delete it in the account.");
    default:
        return AamPush::tr("No difference to push.");
    }
}

// The API creates URL (PUSH) and cookie (ADS) destinations only.
bool isCreatableDestination(const QJsonObject &o)
{
    const QString type = o.value(QStringLiteral("destinationType")).toString().toUpper();
    return type == QLatin1String("PUSH") || type == QLatin1String("ADS");
}

// Keys the account sets itself; a create does not send them.
QJsonObject withoutAccountKeys(QJsonObject o)
{
    for (const char *key : {"createTime", "updateTime", "crUID", "upUID", "mappings"})
        o.remove(QLatin1String(key));
    return o;
}

QString mappingCreatePath(qint64 destinationId)
{
    return QStringLiteral("/v1/destinations/%1/mappings/").arg(destinationId);
}

} // namespace

int AamPush::Report::count(State state) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [state](const ItemResult &r) { return r.state == state; }));
}

int AamPush::Report::toSend() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const ItemResult &r) { return !r.method.isEmpty(); }));
}

QString AamPush::Report::summary() const
{
    return tr("%n sent to the account", nullptr, count(State::Sent)) + QLatin1String(", ") +
           tr("%n failed", nullptr, count(State::Failed)) + QLatin1String(", ") +
           tr("%n not sent", nullptr, count(State::NotSent));
}

QString AamPush::stateName(State state)
{
    switch (state) {
    case State::Sent:
        return tr("sent");
    case State::Failed:
        return tr("failed");
    case State::NotSent:
        return tr("not sent");
    }
    return QString();
}

QString AamPush::stateKey(State state)
{
    switch (state) {
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NotSent:
        return QStringLiteral("not-sent");
    }
    return QString();
}

AamPush::Report AamPush::plan(const Workspace &ws, const QVector<Choice> &choices)
{
    Report report;
    // Destinations before their mappings; mapping deletes before destination deletes.
    QVector<const Choice *> ordered;
    for (const Choice &c : choices) {
        if (c.item.kind == EntityKind::Destination && !c.item.deletedLocally)
            ordered.append(&c);
    }
    for (const Choice &c : choices) {
        if (c.item.kind == EntityKind::Mapping)
            ordered.append(&c);
    }
    for (const Choice &c : choices) {
        if (c.item.kind == EntityKind::Destination && c.item.deletedLocally)
            ordered.append(&c);
    }
    // Destinations new in the workspace that this push creates (unless refused below).
    QSet<qint64> creating;
    QSet<qint64> refusedDestinations;
    QSet<QPair<int, qint64>> seen;
    for (const Choice *c : ordered) {
        const AamDiff::Item &item = c->item;
        if (!seen.contains({int(item.kind), item.id}))
            seen.insert({int(item.kind), item.id});
        else
            continue; // the same item twice: once is enough
        ItemResult r;
        r.kind = item.kind;
        r.outcome = item.outcome;
        r.id = item.id;
        r.destinationId = item.destinationId;
        r.title = item.title;
        const QStringList conflicts = AamDiff::conflictingFields(item);
        const bool created = item.outcome == AamDiff::Outcome::CreatedLocally;
        if (!isPushOutcome(item.outcome)) {
            r.message = nothingToPush(item.outcome);
        } else if (item.readOnly) {
            r.message = item.reason;
        } else if (item.outcome == AamDiff::Outcome::Conflict && item.account.isEmpty()) {
            r.message = tr("Deleted in the account and changed in the workspace: it cannot be "
                           "updated. Delete it in the workspace, or add it again as a new one to "
                           "create it.");
        } else if (!conflicts.isEmpty() && !c->resolved) {
            r.message = item.deletedLocally
                            ? tr("Deleted in the workspace and changed in the account since the "
                                 "pull (%1): keep the workspace's side to delete it anyway, or "
                                 "take the account's to keep it.")
                                  .arg(conflicts.join(QLatin1String(", ")))
                            : tr("Changed on both sides (%1): choose for each field whether to "
                                 "keep the workspace's value or take the account's, then push "
                                 "again.")
                                  .arg(conflicts.join(QLatin1String(", ")));
        } else if (item.deletedLocally && !c->takeFromAccount.isEmpty()) {
            r.message = tr("Deleted in the workspace, but the account's version is chosen: nothing "
                           "is deleted. Take it from the account to have it back in the "
                           "workspace.");
        } else if (item.deletedLocally) {
            r.method = "DELETE";
            if (item.kind == EntityKind::Destination) {
                r.path = QStringLiteral("/v1/destinations/%1").arg(item.id);
            } else {
                r.path = QStringLiteral("/v1/destinations/%1/segments/%2")
                             .arg(item.destinationId)
                             .arg(item.id);
                r.accountDestinationId = item.destinationId;
            }
            r.accountId = item.id;
        } else if (item.kind == EntityKind::Destination) {
            r.body = AamDiff::resolved(item, c->takeFromAccount);
            r.body.remove(QStringLiteral("mappings"));
            if (created && !isCreatableDestination(r.body)) {
                r.message = tr("Audience Manager's API creates URL (PUSH) and cookie (ADS) "
                               "destinations only; this one is %1. Server-to-server destinations "
                               "are set up by Adobe: create it in Audience Manager, then pull.")
                                .arg(r.body.value(QStringLiteral("destinationType")).toString());
            } else if (created) {
                r.body = withoutAccountKeys(r.body);
                r.body.remove(QStringLiteral("destinationId"));
                r.method = "POST";
                r.path = QStringLiteral("/v1/destinations/");
                creating.insert(item.id);
            } else {
                r.method = "PUT";
                r.path = QStringLiteral("/v1/destinations/%1").arg(item.id);
                r.accountId = item.id;
            }
        } else {
            const Destination *d = ws.destination(item.destinationId);
            const bool newDestination = d && d->remote.isEmpty();
            r.body = AamDiff::resolved(item, c->takeFromAccount);
            if (newDestination && refusedDestinations.contains(item.destinationId)) {
                r.message = tr("Its destination %1 is new in the workspace and cannot be created "
                               "(see the destination): this mapping waits for it.")
                                .arg(item.destinationId);
            } else if (newDestination && !creating.contains(item.destinationId)) {
                r.message = tr("Its destination %1 is new in the workspace and is not created by "
                               "this push: push the destination with it.")
                                .arg(item.destinationId);
            } else if (created) {
                r.body = withoutAccountKeys(r.body);
                for (const char *key : kPushMappingIdKeys)
                    r.body.remove(QLatin1String(key));
                r.method = "POST";
                r.path = mappingCreatePath(item.destinationId);
                if (!newDestination)
                    r.accountDestinationId = item.destinationId;
            } else {
                r.method = "PUT";
                r.path = QStringLiteral("/v1/destinations/mappings/%1").arg(item.id);
                r.accountId = item.id;
                r.accountDestinationId = item.destinationId;
            }
        }
        if (item.kind == EntityKind::Destination && r.method.isEmpty())
            refusedDestinations.insert(item.id);
        // The account's side taken for every field that differs: the call would change nothing.
        if (r.method == "PUT" &&
            AamDiff::compareFields(item.account, r.body, item.account).isEmpty()) {
            r.method.clear();
            r.path.clear();
            r.message = tr("Nothing to send: the account already has these values.");
        }
        report.items.append(r);
    }
    return report;
}

AamPush::AamPush(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_client(manager)
{
    qRegisterMetaType<Report>();
}

AamPush::~AamPush() = default;

void AamPush::setSettings(const AamRestClient::Settings &settings)
{
    m_client.setSettings(settings);
}

void AamPush::push(const Workspace &workspace, const QVector<Choice> &choices)
{
    m_client.abort();
    m_report = plan(workspace, choices);
    m_createdDestinations.clear();
    m_index = -1;
    m_inFlight = false;
    m_done = 0;
    m_total = m_report.toSend();
    m_running = true;
    Q_EMIT progress(0, m_total);
    QMetaObject::invokeMethod(this, &AamPush::next, Qt::QueuedConnection); // finished() comes later
}

void AamPush::cancel()
{
    if (!m_running)
        return;
    m_client.abort();
    m_report.cancelled = true;
    if (m_inFlight) {
        m_inFlight = false;
        ItemResult &r = m_report.items[m_index];
        r.state = State::Failed;
        r.message = tr("Canceled while it was being sent: it may or may not have reached the "
                       "account. Pull and compare to see.");
    }
    for (int i = m_index + 1; i < m_report.items.size(); ++i) {
        ItemResult &r = m_report.items[i];
        if (!r.method.isEmpty())
            r.message = tr("Not sent: the push was canceled.");
    }
    finish();
}

void AamPush::next()
{
    while (m_running && ++m_index < m_report.items.size()) {
        ItemResult &r = m_report.items[m_index];
        if (r.method.isEmpty())
            continue; // refused before sending
        if (r.kind == EntityKind::Mapping && r.accountDestinationId == 0) {
            const auto it = m_createdDestinations.constFind(r.destinationId);
            if (it == m_createdDestinations.constEnd()) {
                r.message =
                    tr("Not sent: its destination %1 was not created.").arg(r.destinationId);
                Q_EMIT progress(++m_done, m_total);
                continue;
            }
            r.accountDestinationId = it.value();
            r.path = mappingCreatePath(it.value());
        }
        const bool deleting = r.method == "DELETE";
        if (r.kind == EntityKind::Mapping && !deleting)
            r.body.insert(QStringLiteral("destinationId"), r.accountDestinationId);
        m_inFlight = true;
        m_client.call(r.method, r.path,
                      deleting ? QByteArray()
                               : QJsonDocument(r.body).toJson(QJsonDocument::Compact),
                      [this](const AamRestClient::Answer &answer) { onAnswer(answer); });
        return;
    }
    if (m_running)
        finish();
}

void AamPush::onAnswer(const AamRestClient::Answer &answer)
{
    m_inFlight = false;
    ItemResult &r = m_report.items[m_index];
    r.status = answer.status;
    if (answer.tokenFailed) { // the call itself was not made, or was refused with a 401
        const QString itemMessage =
            tr("Not sent: the push stopped before it (%1).").arg(answer.error);
        stop(answer.error, answer.status, itemMessage);
        return;
    }
    if (answer.status == 0) {
        r.state = State::Failed;
        stop(answer.error, 0,
             tr("No answer: it may or may not have reached the account. Pull and compare to "
                "see."));
        return;
    }
    if (answer.authFailed || answer.status == 403) {
        r.state = State::Failed;
        const QString reason =
            answer.authFailed
                ? answer.error
                : tr("The account refused the call (HTTP 403 on %1: %2). Check that the "
                     "credential's technical account may change destinations in Audience "
                     "Manager.")
                      .arg(r.path, AamRestClient::messageOf(answer.body));
        stop(reason, answer.status, reason);
        return;
    }
    if (answer.status < 200 || answer.status >= 300) {
        r.state = State::Failed;
        r.message = tr("The account answered HTTP %1: %2")
                        .arg(answer.status)
                        .arg(ColonText::continued(AamRestClient::messageOf(answer.body)));
        stepDone();
        return;
    }
    r.state = State::Sent;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    QJsonObject returned = doc.object();
    if (doc.isArray() && doc.array().size() == 1) // a bulk answer of one
        returned = doc.array().first().toObject();
    r.returned = returned;
    if (r.method == "DELETE") {
        stepDone();
        return;
    }
    if (returned.isEmpty() && answer.status != 204) {
        r.message = tr("The account accepted the change but did not return the object; pull to "
                       "see what the account now holds.");
    } else if (r.kind == EntityKind::Destination) {
        if (const qint64 id = pushPositiveId(returned.value(QStringLiteral("destinationId"))))
            r.accountId = id;
    } else if (const qint64 id = pushMappingIdOf(returned)) {
        r.accountId = id;
    }
    if (r.kind == EntityKind::Destination && r.method == "POST") {
        if (r.accountId > 0 && !returned.isEmpty())
            m_createdDestinations.insert(r.id, r.accountId);
        else
            r.message = tr("The account created it but its answer has no destinationId: its "
                           "mappings are not sent. Pull to link it, then push them.");
    }
    stepDone();
}

// After the item's result is complete: a slot of progress() may cancel the push.
void AamPush::stepDone()
{
    Q_EMIT progress(++m_done, m_total);
    if (m_running)
        next();
}

void AamPush::stop(const QString &reason, int status, const QString &itemMessage)
{
    m_report.stopped = true;
    m_report.stopReason = reason;
    m_report.stopStatus = status;
    m_report.items[m_index].message = itemMessage;
    for (int i = m_index + 1; i < m_report.items.size(); ++i) {
        ItemResult &r = m_report.items[i];
        if (!r.method.isEmpty())
            r.message = tr("Not sent: the push stopped before it (%1).").arg(reason);
    }
    finish();
}

void AamPush::finish()
{
    m_running = false;
    m_report.counters = m_client.counters();
    Q_EMIT finished(m_report);
}

} // namespace dcsdesk
