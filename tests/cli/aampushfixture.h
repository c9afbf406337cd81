#pragma once

#include "aam/aamdiff.h"
#include "aamaccountfixture.h"
#include "aamrest/aampull.h"
#include "aamrest/aampush.h"
#include "aamrest/aamrestclient.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QSignalSpy>
#include <QTest>

#include <functional>

// What tst_aampush and tst_aampushcli share: the sample pulled from the sandbox's account, an
// edited copy of it (a destination and a mapping changed, a mapping and a destination with a
// mapping created), and pull and push against a running sandbox.

namespace dcsdesk::test {

const qint64 kMapping = 5001;     // sample: destination 2001 (URL), segment 1001
const qint64 kDestination = 2002; // sample: a URL destination
const qint64 kS2s = 2011;         // sample: a server-to-server destination

// A call of the REST API the sandbox serves, as another user of the account would make it.
inline int restCall(SandboxService &service, const QByteArray &method, const QByteArray &target,
             const QJsonObject &body = QJsonObject())
{
    AamRestApi *api = service.aam();
    const AamRestApi::Credentials c = api->credentials();
    HttpRequest token;
    token.method = "POST";
    token.target = AamRestApi::TokenPath;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), c.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), c.clientSecret);
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
    token.body = form.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray bearer = QJsonDocument::fromJson(api->handle(token).body)
                                  .object()
                                  .value(QStringLiteral("access_token"))
                                  .toString()
                                  .toUtf8();
    HttpRequest call;
    call.method = method;
    call.target = target;
    call.headers = {{"Authorization", "Bearer " + bearer},
                    {"x-api-key", c.clientId.toUtf8()},
                    {"x-gw-ims-org-id", c.orgId.toUtf8()},
                    {"Content-Type", "application/json"}};
    if (!body.isEmpty())
        call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return api->handle(call).status;
}

inline AamDiff::Account accountOf(const AamRestClient::PullResult &pulled)
{
    return AamDiff::Account{pulled.destinations, pulled.mappings, pulled.mappingDestinations};
}

// A segment of the workspace not yet mapped to the destination.
inline qint64 freeSegmentOf(const Workspace &ws, qint64 destinationId)
{
    for (const Segment &s : ws.segments) {
        bool mapped = false;
        for (const SegmentMapping &m : ws.mappings)
            mapped = mapped || (m.destinationId == destinationId && m.sid == s.sid);
        if (!mapped)
            return s.sid;
    }
    return 0;
}

inline QVector<AamPush::Choice> acceptAll(const AamDiff &diff)
{
    QVector<AamPush::Choice> choices;
    for (const AamDiff::Item &item : diff.items())
        choices.append(AamPush::Choice{item, false, {}});
    return choices;
}

class AamPushTestBase : public QObject
{
protected:
    QNetworkAccessManager m_nam;
    Workspace m_pulled;

    static AamRestClient::Settings settingsOf(SandboxService &service)
    {
        return localAccountSettings(service);
    }

    AamRestClient::PullResult pull(SandboxService &service) { return pullAccount(service, &m_nam); }

    // Pushes; onProgress runs at each step, so a test can change the account mid-push.
    AamPush::Report push(SandboxService &service, const Workspace &ws,
                         const QVector<AamPush::Choice> &choices,
                         std::function<void(int)> onProgress = {})
    {
        AamPush pusher(&m_nam);
        pusher.setSettings(settingsOf(service));
        if (onProgress)
            connect(&pusher, &AamPush::progress, &pusher, [&](int done, int) { onProgress(done); });
        QSignalSpy finished(&pusher, &AamPush::finished);
        pusher.push(ws, choices);
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<AamPush::Report>();
    }

    // The sample as pulled, with a mapping and a destination edited, a mapping created on an
    // existing destination, and a new URL destination with a mapping of its own (IDs the account
    // will not give, so the write-back must move them).
    struct Edited
    {
        Workspace ws;
        qint64 newDestination = 0;
        qint64 newMapping = 0;
        qint64 newMappingOfNew = 0;
    };
    Edited edited(const Workspace &pulled)
    {
        Edited e;
        e.ws = pulled;
        Workspace &ws = e.ws;
        ws.mappings[ws.mappingIndex(kMapping)].endDate = QDate(2031, 1, 1);
        ws.destinations[ws.destinationIndex(kDestination)].description =
            QStringLiteral("Edited before the push");
        SegmentMapping added = ws.mappings.at(ws.mappingIndexesOf(kDestination).first());
        added.id = e.newMapping = ws.nextMappingId() + 50;
        added.sid = freeSegmentOf(ws, kDestination);
        added.remote = QJsonObject();
        ws.mappings.append(added);
        Destination d = *ws.destination(kDestination);
        d.id = e.newDestination = ws.nextDestinationId() + 50;
        d.name = QStringLiteral("Created by the push");
        d.remote = QJsonObject();
        ws.destinations.append(d);
        SegmentMapping ofNew = added;
        ofNew.id = e.newMappingOfNew = added.id + 1;
        ofNew.destinationId = d.id;
        ws.mappings.append(ofNew);
        ws.rebuildIndex();
        return e;
    }

    // The sample as the account serves it, pulled: m_pulled.
    bool pullSample()
    {
        SandboxService service;
        service.aam()->load(sampleWorkspace());
        if (!service.start())
            return false;
        const AamRestClient::PullResult pulled = pull(service);
        if (!pulled.ok)
            return false;
        m_pulled = pulledWorkspace(pulled);
        return m_pulled.mappingIndex(kMapping) >= 0 && m_pulled.destination(kDestination) &&
               freeSegmentOf(m_pulled, kDestination) > 0;
    }
};

} // namespace dcsdesk::test
