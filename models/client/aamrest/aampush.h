#pragma once

#include "aam/aamdiff.h"
#include "aamrestclient.h"

#include <QObject>
#include <QSet>

namespace dcsdesk {

// Sends what the user accepted of an AamDiff to the account (aam-rest.md), through AamRestClient
// so token renewal and the retries of 429 and 5xx are the pull's. Destinations go first, so a
// created destination's new ID is used for its mappings. What AAM forbids or the user has not
// decided (a read-only item, a server-to-server destination to create, a conflict without a
// resolution, a mapping whose new destination is not pushed) is refused before anything is sent.
// A second 401, a 403 or a lost connection stops the push; every item then says whether it
// reached the account, failed, or was not sent and why, so no push is ever silently partial.
// What the user deleted of a pulled object is deleted in the account: mappings before their
// destination, and only when the account still holds the object as it was pulled.
class AamPush : public QObject
{
    Q_OBJECT

public:
    // One diff item the user accepted. A conflict is pushed only when resolved: then the fields
    // named in takeFromAccount get the account's value, the other conflicting ones the
    // workspace's.
    struct Choice
    {
        AamDiff::Item item;
        bool resolved = false;
        QSet<QString> takeFromAccount;
    };

    enum class State { Sent, Failed, NotSent };

    struct ItemResult
    {
        EntityKind kind = EntityKind::Destination;
        AamDiff::Outcome outcome = AamDiff::Outcome::Unchanged;
        qint64 id = 0;            // in the workspace
        qint64 destinationId = 0; // in the workspace
        QString title;            // translated
        State state = State::NotSent;
        QByteArray method; // the call, once planned: POST, PUT or DELETE
        QString path;
        int status = 0;       // HTTP status of the answer; 0 for none
        qint64 accountId = 0; // the ID the account holds it under (assigned when created)
        qint64 accountDestinationId = 0;
        QString message;      // translated: why it failed or was not sent
        QJsonObject body;     // what is (or would be) sent
        QJsonObject returned; // the object as the account returned it
    };

    struct Report
    {
        QVector<ItemResult> items; // destinations first, in the order they were (to be) sent
        bool stopped = false;      // by an authentication, permission or connection failure
        int stopStatus = 0;
        QString stopReason; // translated
        bool cancelled = false;
        AamRestClient::Counters counters;

        int count(State state) const;
        int toSend() const; // planned calls: items not refused before sending
        // "3 sent, 1 failed, 2 not sent" for the end of a push.
        QString summary() const;
    };

    // The workspace with what the account returned: the IDs it assigned and each pushed object's
    // new REST snapshot, as one ChangeSet (one undo step in the app).
    struct WriteBack
    {
        ChangeSet changes;
        QString undoText;  // translated
        QStringList notes; // translated
        int written = 0;   // items whose returned object was written back
    };

    explicit AamPush(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~AamPush() override;

    // The calls a push would make and what it refuses before sending, in order; nothing is sent.
    static Report plan(const Workspace &workspace, const QVector<Choice> &choices);
    static WriteBack writeBack(const Workspace &workspace, const Report &report);
    static QString stateName(State state); // translated
    static QString stateKey(State state);  // stable, for --json

    void setSettings(const AamRestClient::Settings &settings);
    void push(const Workspace &workspace, const QVector<Choice> &choices); // finished() once
    void cancel(); // finished() at once; the item in flight is reported as possibly sent

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const dcsdesk::AamPush::Report &report);

private:
    void next();
    void onAnswer(const AamRestClient::Answer &answer);
    void stepDone();
    void stop(const QString &reason, int status, const QString &itemMessage);
    void finish();

    AamRestClient m_client;
    Report m_report;
    int m_index = -1; // the item being sent, or last sent
    bool m_inFlight = false;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    QHash<qint64, qint64> m_createdDestinations; // workspace ID -> the account's new ID
};

} // namespace dcsdesk

Q_DECLARE_METATYPE(dcsdesk::AamPush::Report)
