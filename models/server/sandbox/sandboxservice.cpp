#include "sandboxservice.h"

#include "workspace/workspacedocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace dcsdesk {

SandboxService::SandboxService(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SandboxEngine::CallSummary>();
    m_documentTimer.setSingleShot(true);
    m_documentTimer.setInterval(150); // one recompile for a burst of edits
    connect(&m_documentTimer, &QTimer::timeout, this, &SandboxService::applyDocument);
    m_fileTimer.setSingleShot(true);
    m_fileTimer.setInterval(200); // editors and QSaveFile touch a file several times per save
    connect(&m_fileTimer, &QTimer::timeout, this, &SandboxService::reloadFile);
    m_engine.setObserver([this](const SandboxEngine::CallSummary &summary) {
        if (m_logCalls.load(std::memory_order_relaxed))
            Q_EMIT callHandled(summary);
    });
}

SandboxService::~SandboxService()
{
    stop(500);
}

QUrl SandboxService::eventUrl() const
{
    QUrl url = m_baseUrl;
    if (!url.isEmpty())
        url.setPath(QStringLiteral("/event"));
    return url;
}

void SandboxService::detachSources()
{
    if (m_document)
        m_document->disconnect(this);
    m_document = nullptr;
    m_documentTimer.stop();
    delete m_watcher;
    m_watcher = nullptr;
    m_fileTimer.stop();
    m_filePath.clear();
}

void SandboxService::applyWorkspace(const Workspace &workspace)
{
    ++m_generation; // results of background compiles still running are now stale
    m_engine.setWorkspace(workspace);
    emitSettingsWarnings();
}

void SandboxService::applyWorkspaceInBackground(const Workspace &workspace,
                                                const QString &loadedPath)
{
    using Watcher = QFutureWatcher<std::shared_ptr<const SandboxIndex>>;
    const quint64 generation = ++m_generation;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation, loadedPath] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_engine.setIndex(watcher->result());
        emitSettingsWarnings();
        if (!loadedPath.isEmpty())
            Q_EMIT workspaceLoaded(loadedPath);
    });
    watcher->setFuture(QtConcurrent::run([workspace] { return SandboxIndex::build(workspace); }));
}

void SandboxService::emitSettingsWarnings()
{
    for (const QString &warning : m_engine.index()->settingsWarnings)
        Q_EMIT settingsWarning(warning);
}

void SandboxService::setWorkspace(const Workspace &workspace)
{
    detachSources();
    applyWorkspace(workspace);
}

void SandboxService::setDocument(WorkspaceDocument *document)
{
    detachSources();
    m_document = document;
    if (!document) {
        applyWorkspace(Workspace());
        return;
    }
    connect(document, &WorkspaceDocument::contentChanged, &m_documentTimer,
            qOverload<>(&QTimer::start));
    connect(document, &WorkspaceDocument::workspaceReplaced, &m_documentTimer,
            qOverload<>(&QTimer::start));
    connect(document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    applyWorkspace(document->workspace()); // at once, so a call right after start sees it
}

void SandboxService::applyDocument()
{
    if (m_document)
        applyWorkspaceInBackground(m_document->workspace(), QString());
}

bool SandboxService::setWorkspaceFile(const QString &path, QString *error)
{
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(path);
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return false;
    }
    detachSources();
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_fileStamp = loaded.stamp;
    applyWorkspace(loaded.workspace);
    if (!m_filePath.startsWith(QLatin1Char(':'))) { // resources never change
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_fileTimer,
                qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_fileTimer,
                qOverload<>(&QTimer::start));
        watchFile();
    }
    Q_EMIT workspaceLoaded(m_filePath);
    return true;
}

// Watches the file and its folder: an atomic save replaces the file, which ends a watch on it.
void SandboxService::watchFile()
{
    if (!m_watcher)
        return;
    if (!m_watcher->files().contains(m_filePath) && QFileInfo::exists(m_filePath))
        m_watcher->addPath(m_filePath);
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
}

void SandboxService::reloadFile()
{
    if (m_filePath.isEmpty())
        return;
    watchFile();
    if (!QFileInfo::exists(m_filePath)) {
        Q_EMIT workspaceLoadFailed(m_filePath,
                                   tr("The workspace file is gone; still answering from the "
                                      "last workspace that loaded."));
        return;
    }
    const WorkspaceFile::Stamp stamp = WorkspaceFile::stampOf(m_filePath);
    if (stamp == m_fileStamp)
        return; // a change in the folder, not to this file
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(m_filePath);
    m_fileStamp = stamp;
    if (!loaded.ok) {
        Q_EMIT workspaceLoadFailed(
            m_filePath,
            tr("%1 Still answering from the last workspace that loaded.").arg(loaded.error));
        return;
    }
    m_fileStamp = loaded.stamp;
    applyWorkspaceInBackground(loaded.workspace, m_filePath);
}

HttpResponse SandboxService::route(SandboxEngine &engine, AamRestApi &aam,
                                   const HttpRequest &request)
{
    return AamRestApi::handles(request.path()) ? aam.handle(request) : engine.handle(request);
}

bool SandboxService::start(const Options &options, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("The sandbox is already running.");
        return false;
    }
    auto server = std::make_unique<HttpServer>();
    server->setServerName(QByteArrayLiteral("dcsdesk-sandbox/" DCSDESK_VERSION));
    server->setLimits(options.limits);
    SandboxEngine *engine = &m_engine;
    AamRestApi *aam = &m_aam;
    server->setHandler(
        [engine, aam](const HttpRequest &request) { return route(*engine, *aam, request); });
    QString message;
    if (!server->listen(options.address, options.port, options.allowRemote, &message)) {
        if (error)
            *error = message;
        return false;
    }
    m_baseUrl = server->baseUrl();
    m_server = std::move(server);
    m_running = true;
    return true;
}

void SandboxService::stop(int graceMs)
{
    if (!m_running)
        return;
    m_running = false;
    m_server->shutdown(graceMs);
    m_server->waitStopped(graceMs + 2000);
    m_server.reset(); // aborts what is left and joins the network threads
    m_baseUrl.clear();
}

} // namespace dcsdesk
