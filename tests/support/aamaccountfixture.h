#pragma once

#include "aamrest/aampull.h"
#include "aamrest/aamrestclient.h"
#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

// The local account of the tests: the sandbox's Audience Manager REST API on 127.0.0.1, pulled
// through AamRestClient as the app, the command line and the benchmarks pull it. Header-only: a
// test that includes it links dcsdesk_client and dcsdesk_server.

namespace dcsdesk::test {

// The settings that reach the service's account, with short retry pauses.
inline AamRestClient::Settings localAccountSettings(SandboxService &service)
{
    AamRestClient::Settings settings;
    const AamRestApi::Credentials credentials = service.aam()->credentials();
    settings.baseUrl = service.baseUrl();
    settings.clientId = credentials.clientId;
    settings.clientSecret = credentials.clientSecret;
    settings.orgId = credentials.orgId;
    settings.backoffMs = 10;
    return settings;
}

// A whole pull of the service's account; a result that is not ok when it did not finish in time.
inline AamRestClient::PullResult pullAccount(SandboxService &service,
                                             QNetworkAccessManager *nam = nullptr,
                                             int timeoutMs = 30000)
{
    AamRestClient client(nam ? nam : NetworkAccess::manager());
    client.setSettings(localAccountSettings(service));
    QSignalSpy finished(&client, &AamRestClient::finished);
    client.pull();
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<AamRestClient::PullResult>();
}

// An account made of a workspace, served on 127.0.0.1 and pulled.
inline AamRestClient::PullResult pullServedAccount(const Workspace &account)
{
    SandboxService service;
    service.aam()->load(account);
    QString error;
    if (!service.start(&error))
        qFatal("sandbox: %s", qPrintable(error));
    const AamRestClient::PullResult pulled = pullAccount(service);
    if (!pulled.ok)
        qFatal("the pull of the account did not finish: %s", qPrintable(pulled.error));
    return pulled;
}

// The sample as the local account serves it, pulled.
inline AamRestClient::PullResult pullSampleAccount()
{
    return pullServedAccount(sampleWorkspace());
}

// A pull as a new workspace holds it: every object with its REST snapshot.
inline Workspace pulledWorkspace(const AamRestClient::PullResult &pulled)
{
    Workspace empty;
    empty.rebuildIndex();
    Workspace ws = AamPull::apply(empty, pulled).workspace;
    ws.rebuildIndex();
    return ws;
}

} // namespace dcsdesk::test
