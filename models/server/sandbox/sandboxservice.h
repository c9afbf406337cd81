#pragma once

#include "aam/aamrestapi.h"
#include "http/httpserver.h"
#include "sandboxengine.h"
#include "workspace/workspacefile.h"

#include <QFileSystemWatcher>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

namespace dcsdesk {

class WorkspaceDocument;

// The local DCS as a running service: a SandboxEngine behind an HttpServer (its own threads), so
// the desktop app, the CLI and tests can start the same sandbox in-process (127.0.0.1, port 0 by
// default) and send real HTTP calls to baseUrl(). It is fed from one source at a time: an open
// WorkspaceDocument (follows every edit), a workspace file (reloaded when it changes on disk; a
// broken file keeps the last good workspace) or a Workspace value. Beside the DCS it serves an
// offline Audience Manager REST API (AamRestApi) from a workspace of its own, kept in memory.
class SandboxService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;         // 0: a free port, see port() / baseUrl()
        bool allowRemote = false; // required for any address that is not loopback
        HttpServer::Limits limits;
    };

    explicit SandboxService(QObject *parent = nullptr);
    ~SandboxService() override; // stops the server

    // Sources. Each replaces the previous one.
    void setDocument(WorkspaceDocument *document);
    bool setWorkspaceFile(const QString &path, QString *error); // false: not loaded, message set
    void setWorkspace(const Workspace &workspace);
    QString workspaceFile() const { return m_filePath; }

    bool start(const Options &options, QString *error = nullptr);
    bool start(QString *error = nullptr) { return start(Options(), error); }
    // Graceful: stops accepting, lets answers finish, waits at most graceMs (plus a margin).
    void stop(int graceMs = 2000);
    bool isRunning() const { return m_running; }

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:<port>
    QUrl eventUrl() const;                     // baseUrl()/event
    quint16 port() const { return quint16(m_baseUrl.port(0)); }

    SandboxEngine *engine() { return &m_engine; }
    // The Audience Manager REST API (/ims/token/v3, /v1/...): empty until loaded; REST writes
    // change only its in-memory account.
    AamRestApi *aam() { return &m_aam; }
    // Emit callHandled() for every call (off by default: thousands of calls per second would
    // flood the receiving thread otherwise).
    void setCallLogEnabled(bool enabled) { m_logCalls.store(enabled); }

    // Where a parsed request goes: the REST API for its paths, the DCS engine for the rest. The
    // server's threads call it; so does the fuzz target.
    static HttpResponse route(SandboxEngine &engine, AamRestApi &aam, const HttpRequest &request);

Q_SIGNALS:
    void workspaceLoaded(const QString &path);
    void workspaceLoadFailed(const QString &path, const QString &message);
    void settingsWarning(const QString &message);
    void callHandled(const dcsdesk::SandboxEngine::CallSummary &summary);

private:
    void applyWorkspace(const Workspace &workspace);
    // Compiling a workspace at the account limits takes about a tenth of a second, so edits and
    // reloads compile on a worker thread; the newest one wins.
    void applyWorkspaceInBackground(const Workspace &workspace, const QString &loadedPath);
    void emitSettingsWarnings();
    void applyDocument();
    void reloadFile();
    void watchFile();
    void detachSources();

    SandboxEngine m_engine;
    AamRestApi m_aam;
    std::unique_ptr<HttpServer> m_server;
    bool m_running = false;
    QUrl m_baseUrl;
    std::atomic<bool> m_logCalls{false};

    QPointer<WorkspaceDocument> m_document;
    QTimer m_documentTimer;
    QString m_filePath;
    WorkspaceFile::Stamp m_fileStamp;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_fileTimer;
    quint64 m_generation = 0; // of the last workspace handed to the engine
};

} // namespace dcsdesk

Q_DECLARE_METATYPE(dcsdesk::SandboxEngine::CallSummary)
