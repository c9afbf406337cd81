#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "profilestore.h"
#include "sandboxindex.h"

#include <QMutex>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>

namespace dcsdesk {

struct Workspace;

// The local DCS: answers an /event request the way domain.md §1, §2, §6 and §9 document it, from
// a workspace's profiles (aliases), segments (rules), destinations and mappings. No networking:
// a request goes in, a response comes out, so the HTTP server, the in-process service and tests
// all drive the same code. docs/sandbox.md lists every rule and the section it follows.
//
// Thread-safe: handle() may run on several threads at once. The workspace is an immutable
// compiled snapshot swapped under a lock; the profile store locks once per call.
class SandboxEngine
{
public:
    // What the engine decided for one call, for logs and the UI. Never holds p_ values.
    struct CallSummary
    {
        qint64 timeMs = 0;
        QByteArray method;
        QString target; // the request target with every p_ value replaced by "[private]"
        int status = 0;
        QVector<int> errorCodes;
        QString uuid;
        QVector<qint64> segments;
        int cookies = 0;
        int pixels = 0;
    };
    using Observer = std::function<void(const CallSummary &)>;
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    static constexpr int MaxDeclaredIds = 10;            // §1.6
    static constexpr int MaxDeclaredIdsPerNamespace = 3; // §1.6

    SandboxEngine();

    // Compiles the workspace and swaps it in; calls in progress finish with the old one.
    void setWorkspace(const Workspace &workspace);
    // Swaps in a workspace compiled elsewhere (SandboxIndex::build on a worker thread).
    void setIndex(std::shared_ptr<const SandboxIndex> index);
    std::shared_ptr<const SandboxIndex> index() const;

    HttpResponse handle(const HttpRequest &request);

    ProfileStore &profiles() { return m_profiles; }
    void setObserver(Observer observer); // called on the handling thread
    void setClock(Clock clock);          // for tests; set before calls start

    quint64 callCount() const { return m_calls.load(std::memory_order_relaxed); }

    // "The DCS message" of an error code (§2.5), with %1/%2 for its IDs.
    static QString errorMessage(int code);
    static QString redactedTarget(const QByteArray &target);
    static QByteArray transparentGif();

private:
    mutable QMutex m_indexMutex;
    std::shared_ptr<const SandboxIndex> m_index;
    ProfileStore m_profiles;
    Observer m_observer;
    Clock m_clock;
    std::atomic<quint64> m_calls{0};
};

} // namespace dcsdesk
