#include "recoverystore.h"

#include "apppaths.h"
#include "workspacedocument.h"
#include "workspaceserializer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <QtConcurrent>
#include <algorithm>

namespace dcsdesk {

namespace {

QString metaPathOf(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".meta");
}

// Returns an empty string on success, else the reason.
QString writeCopy(const Workspace &workspace, const QString &path, const QString &originalPath)
{
    QDir().mkpath(QFileInfo(path).path());
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
    QSaveFile meta(metaPathOf(path));
    if (!meta.open(QIODevice::WriteOnly))
        return meta.errorString();
    const QJsonObject info{
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("writtenAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    meta.write(QJsonDocument(info).toJson());
    return meta.commit() ? QString() : meta.errorString();
}

} // namespace

RecoveryStore::RecoveryStore(WorkspaceDocument *document, QObject *parent)
    : QObject(parent), m_document(document),
      m_untitledKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryStore::maybeWrite);
    m_timer.start();
    connect(document, &WorkspaceDocument::contentChanged, this,
            [this]() { ++m_changesSinceWrite; });
    connect(document, &WorkspaceDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() {
        discard();
        m_changesSinceWrite = 0;
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this]() {
        const QString error = m_watcher.result();
        if (error.isEmpty())
            Q_EMIT written(recoveryPath());
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
    const QString key =
        original.isEmpty()
            ? m_untitledKey
            : QString::fromLatin1(
                  QCryptographicHash::hash(QFileInfo(original).absoluteFilePath().toUtf8(),
                                           QCryptographicHash::Sha1)
                      .toHex()
                      .left(16));
    return folder() + QLatin1Char('/') + key + QStringLiteral(".json");
}

void RecoveryStore::maybeWrite()
{
    if (!m_document->isModified() || m_changesSinceWrite == 0 || m_watcher.isRunning())
        return;
    m_changesSinceWrite = 0;
    // Copying the workspace is cheap (implicitly shared); serializing happens off the UI thread.
    const Workspace snapshot = m_document->workspace();
    m_watcher.setFuture(
        QtConcurrent::run(writeCopy, snapshot, recoveryPath(), m_document->filePath()));
}

void RecoveryStore::writeNow()
{
    m_watcher.waitForFinished();
    if (!m_document->isModified())
        return;
    m_changesSinceWrite = 0;
    const QString error =
        writeCopy(m_document->workspace(), recoveryPath(), m_document->filePath());
    if (error.isEmpty())
        Q_EMIT written(recoveryPath());
    else
        Q_EMIT failed(tr("The recovery copy could not be written: %1").arg(error));
}

void RecoveryStore::discard()
{
    m_watcher.waitForFinished();
    QFile::remove(recoveryPath());
    QFile::remove(metaPathOf(recoveryPath()));
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
        }
        if (!e.writtenAt.isValid())
            e.writtenAt = info.lastModified();
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
