#include "recoverystore.h"

#include "apppaths.h"
#include "system/privatefiles.h"
#include "workspacedocument.h"
#include "workspaceserializer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent>
#include <algorithm>

namespace dcsdesk {

namespace {

QString metaPathOf(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".meta");
}

QString lockPathOf(const QString &runKey)
{
    return RecoveryStore::folder() + QLatin1Char('/') + runKey + QStringLiteral(".lock");
}

// <file hash>-<run>.json or untitled-<run>.json
QString runKeyOf(const QString &recoveryPath)
{
    const QString base = QFileInfo(recoveryPath).completeBaseName();
    return base.mid(base.lastIndexOf(QLatin1Char('-')) + 1);
}

// True while the run that holds the lock is alive. The lock's age never makes it stale (a run
// may stay open for days); a dead process does, and its lock file is removed here.
bool runIsOpen(const QString &runKey)
{
    const QString path = lockPathOf(runKey);
    if (runKey.isEmpty() || !QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

// Returns an empty string on success, else the reason.
QString writeCopy(const Workspace &workspace, const QString &path, const QString &originalPath,
                  int changes)
{
    // The copy holds the whole workspace, profile URLs included: the user's eyes only.
    PrivateFiles::makeFolder(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QString error;
    if (!WorkspaceSerializer::write(workspace, &file, &error)) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    PrivateFiles::restrict(path);
    QSaveFile meta(metaPathOf(path));
    if (!meta.open(QIODevice::WriteOnly))
        return meta.errorString();
    const QJsonObject info{
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("writtenAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("changes"), changes}};
    meta.write(QJsonDocument(info).toJson());
    if (!meta.commit())
        return meta.errorString();
    PrivateFiles::restrict(metaPathOf(path));
    return QString();
}

} // namespace

RecoveryStore::RecoveryStore(WorkspaceDocument *document, QObject *parent)
    : QObject(parent), m_document(document),
      m_runKey(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    PrivateFiles::makeFolder(folder());
    m_runLock = std::make_unique<QLockFile>(lockPathOf(m_runKey));
    m_runLock->setStaleLockTime(0);
    m_runLock->tryLock(0); // without it, a second instance would take this run's copy as left
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryStore::maybeWrite);
    m_timer.start();
    connect(document, &WorkspaceDocument::contentChanged, this, [this]() {
        ++m_changesSinceWrite;
        m_discardedByUser = false;
    });
    connect(document, &WorkspaceDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() {
        discard(); // this run's copy of the workspace that was open; never an earlier run's
        m_changesSinceWrite = 0;
        m_discardedByUser = false; // a new workspace (a pull is unsaved): its copy is kept
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this]() {
        const QString error = m_watcher.result();
        if (error.isEmpty()) {
            dropAdopted();
            Q_EMIT written(recoveryPath());
        }
        else
            Q_EMIT failed(tr("The recovery copy could not be written: %1").arg(error));
    });
}

RecoveryStore::~RecoveryStore()
{
    m_watcher.waitForFinished();
}

void RecoveryStore::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

QString RecoveryStore::folder()
{
    return AppPaths::dataDir() + QStringLiteral("/recovery");
}

QString RecoveryStore::recoveryPath() const
{
    const QString original = m_document->filePath();
    const QString file =
        original.isEmpty()
            ? QStringLiteral("untitled")
            : QString::fromLatin1(
                  QCryptographicHash::hash(QFileInfo(original).absoluteFilePath().toUtf8(),
                                           QCryptographicHash::Sha1)
                      .toHex()
                      .left(16));
    return folder() + QLatin1Char('/') + file + QLatin1Char('-') + m_runKey + QStringLiteral(".json");
}

void RecoveryStore::maybeWrite()
{
    if (!m_document->isModified() || m_discardedByUser || m_changesSinceWrite == 0 ||
        m_watcher.isRunning())
        return;
    m_changesSinceWrite = 0;
    // Copying the workspace is cheap (implicitly shared); serializing happens off the UI thread.
    const Workspace snapshot = m_document->workspace();
    m_writtenPath = recoveryPath();
    m_watcher.setFuture(QtConcurrent::run(writeCopy, snapshot, m_writtenPath,
                                          m_document->filePath(), unsavedSteps()));
}

void RecoveryStore::writeNow()
{
    m_watcher.waitForFinished();
    if (!m_document->isModified() || m_discardedByUser)
        return;
    m_changesSinceWrite = 0;
    m_writtenPath = recoveryPath();
    const QString error = writeCopy(m_document->workspace(), m_writtenPath, m_document->filePath(),
                                    unsavedSteps());
    if (error.isEmpty()) {
        dropAdopted();
        Q_EMIT written(recoveryPath());
    }
    else
        Q_EMIT failed(tr("The recovery copy could not be written: %1").arg(error));
}

void RecoveryStore::discard()
{
    m_watcher.waitForFinished();
    dropAdopted();
    if (m_writtenPath.isEmpty())
        return;
    QFile::remove(m_writtenPath);
    QFile::remove(metaPathOf(m_writtenPath));
    m_writtenPath.clear();
}

void RecoveryStore::discardByUser()
{
    discard();
    m_changesSinceWrite = 0;
    m_discardedByUser = true;
}

int RecoveryStore::unsavedSteps() const
{
    // What the user counts as changes: undo steps since the last save (a typed name is one).
    const QUndoStack *stack = m_document->undoStack();
    const int clean = stack->cleanIndex();
    return clean < 0 ? stack->index() : qAbs(stack->index() - clean);
}

void RecoveryStore::adoptCopy(const QString &recoveryPath)
{
    m_adoptedPath = recoveryPath;
    m_discardedByUser = false;
    // Edits are pending: the next interval writes this run's copy, which includes them.
    ++m_changesSinceWrite;
}

void RecoveryStore::dropAdopted()
{
    if (m_adoptedPath.isEmpty() || m_adoptedPath == m_writtenPath)
        return;
    QFile::remove(m_adoptedPath);
    QFile::remove(metaPathOf(m_adoptedPath));
    m_adoptedPath.clear();
}

QList<RecoveryStore::Entry> RecoveryStore::leftByOthers(const QString &originalPath) const
{
    QList<Entry> out;
    const QString wanted =
        originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath();
    for (const Entry &e : pending()) {
        if (e.runIsOpen)
            continue;
        if (!m_writtenPath.isEmpty() && QFileInfo(e.recoveryPath) == QFileInfo(m_writtenPath))
            continue;
        if (!wanted.isEmpty() && QFileInfo(e.originalPath).absoluteFilePath() != wanted)
            continue;
        out.append(e);
    }
    return out;
}

QList<RecoveryStore::Entry> RecoveryStore::openElsewhere(const QString &originalPath) const
{
    QList<Entry> out;
    const QString wanted = QFileInfo(originalPath).absoluteFilePath();
    for (const Entry &e : pending()) {
        if (e.runIsOpen && runKeyOf(e.recoveryPath) != m_runKey &&
            QFileInfo(e.originalPath).absoluteFilePath() == wanted)
            out.append(e);
    }
    return out;
}

QList<RecoveryStore::Entry> RecoveryStore::pending()
{
    QList<Entry> out;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        Entry e;
        e.recoveryPath = info.absoluteFilePath();
        QFile meta(metaPathOf(e.recoveryPath));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            e.originalPath = o.value(QStringLiteral("originalPath")).toString();
            e.writtenAt = QDateTime::fromString(o.value(QStringLiteral("writtenAt")).toString(),
                                                Qt::ISODateWithMs);
            e.changes = o.value(QStringLiteral("changes")).toInt(-1);
        }
        if (!e.writtenAt.isValid())
            e.writtenAt = info.lastModified();
        e.runIsOpen = runIsOpen(runKeyOf(e.recoveryPath));
        out.append(e);
    }
    std::sort(out.begin(), out.end(),
              [](const Entry &a, const Entry &b) { return a.writtenAt > b.writtenAt; });
    return out;
}

void RecoveryStore::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryPath);
    QFile::remove(metaPathOf(entry.recoveryPath));
}

} // namespace dcsdesk
