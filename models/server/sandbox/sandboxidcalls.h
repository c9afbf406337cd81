#pragma once

#include "calls/dcsendpoint.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "profilestore.h"

#include <QStringList>
#include <QVector>

namespace dcsdesk {

struct SandboxIndex;

// The sandbox's answers to the DCS endpoints around /event (domain.md §7): /demoptout.jpg
// records an opt-out that holds for the rest of the run, /ibs links a vendor's ID to the AAM
// UUID and redirects to redir with ${DD_UUID} replaced, /id hands out an Experience Cloud ID.
// Apart from SandboxEngine so each stays readable; both share its ProfileStore, so an ID sync
// or opt-out shows in the /event calls that follow. Every answer says in X-Sandbox-Detail what
// the sandbox did, which the live DCS does not.
class SandboxIdCalls
{
public:
    SandboxIdCalls(const SandboxIndex &index, ProfileStore &profiles, qint64 nowMs);

    HttpResponse answer(DcsEndpoint::Kind endpoint, const HttpRequest &request);

    // For the engine's call summary, once answer() returned.
    QString uuid() const { return m_uuid; }
    QVector<int> errorCodes() const { return m_errors; }

    static QByteArray pixelJpeg(); // a 1×1 white JPEG, what /demoptout.jpg answers
    // The 429 every sandbox endpoint answers when the user's calls come too fast.
    static HttpResponse rateLimited(qint64 retryAfterMs);

private:
    HttpResponse optOut(const HttpRequest &request);
    HttpResponse idSync(const HttpRequest &request);
    HttpResponse idService(const HttpRequest &request);
    // Records the call's IDs on the user's profile (found by uuid or one of the links).
    ProfileStore::Result visit(const QString &uuid, const QStringList &links);

    const SandboxIndex &m_index;
    ProfileStore &m_profiles;
    qint64 m_nowMs = 0;
    QString m_uuid;
    QVector<int> m_errors;
};

} // namespace dcsdesk
