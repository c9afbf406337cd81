#include "historystore.h"

#include "system/privatefiles.h"
#include "workspace/apppaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace dcsdesk {

HistoryStore::HistoryStore(const QString &dir, QObject *parent) : QObject(parent)
{
    const QString folder = dir.isEmpty() ? AppPaths::dataDir() : dir;
    m_path = QDir(folder).filePath(QStringLiteral("history.jsonl"));
}

void HistoryStore::setOptions(const Options &options)
{
    m_options = options;
    if (m_entries.size() > m_options.maxEntries)
        prune(nullptr);
}

bool HistoryStore::load(QString *error)
{
    Q_EMIT aboutToReset();
    m_entries.clear();
    m_skipped = 0;
    QFile file(m_path);
    if (!file.exists()) {
        Q_EMIT reset();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the history file %1: %2. New calls are not recorded until "
                        "it can be read.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        Q_EMIT reset();
        return false;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        bool ok = false;
        HistoryEntry e;
        if (doc.isObject())
            e = HistoryEntry::fromJson(doc.object(), &ok);
        if (ok)
            m_entries.append(e);
        else
            ++m_skipped;
    }
    Q_EMIT reset();
    return true;
}

int HistoryStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return i;
    }
    return -1;
}

bool HistoryStore::record(const Profile &profile, const DcsResult &result, QString *error)
{
    return add(HistoryEntry::fromResult(profile, result, m_options.maxBodyBytes,
                                        m_options.keepPrivateValues),
               error);
}

bool HistoryStore::add(const HistoryEntry &entry, QString *error)
{
    m_entries.append(entry);
    Q_EMIT entryAdded(int(m_entries.size() - 1));
    QString message;
    bool ok = true;
    // Prune with some slack so a full history is not rewritten on every call.
    if (m_entries.size() > m_options.maxEntries + qMax(1, m_options.maxEntries / 10)) {
        ok = prune(&message);
    } else {
        PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            ok = false;
        } else {
            QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
            line.append('\n');
            ok = file.write(line) == line.size() && file.flush();
            PrivateFiles::restrict(m_path);
        }
        if (!ok)
            message = tr("Cannot write the history file %1: %2. The call is kept until DCS Desk "
                         "closes.")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
    }
    if (!ok) {
        if (error)
            *error = message;
        Q_EMIT writeFailed(message);
    }
    return ok;
}

bool HistoryStore::remove(const QString &id, QString *error)
{
    const int index = indexOf(id);
    if (index < 0)
        return true;
    Q_EMIT aboutToReset();
    m_entries.remove(index);
    Q_EMIT reset();
    return rewrite(error);
}

bool HistoryStore::clear(QString *error)
{
    Q_EMIT aboutToReset();
    m_entries.clear();
    Q_EMIT reset();
    return rewrite(error);
}

bool HistoryStore::prune(QString *error)
{
    if (m_entries.size() <= m_options.maxEntries)
        return true;
    Q_EMIT aboutToReset();
    m_entries.remove(0, m_entries.size() - m_options.maxEntries);
    Q_EMIT reset();
    return rewrite(error);
}

bool HistoryStore::rewrite(QString *error)
{
    PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
    if (m_skipped > 0 && QFile::exists(m_path)) {
        // Lines this version could not read: keep them in a backup before they are dropped.
        const QString backup = m_path + QStringLiteral(".bak");
        QFile::remove(backup);
        QFile::copy(m_path, backup);
        PrivateFiles::restrict(backup);
        m_skipped = 0;
    }
    QSaveFile file(m_path);
    bool ok = file.open(QIODevice::WriteOnly);
    for (int i = 0; ok && i < m_entries.size(); ++i) {
        QByteArray line = QJsonDocument(m_entries[i].toJson()).toJson(QJsonDocument::Compact);
        line.append('\n');
        ok = file.write(line) == line.size();
    }
    ok = ok && file.commit();
    if (ok)
        PrivateFiles::restrict(m_path);
    if (!ok) {
        const QString message =
            tr("Cannot write the history file %1: %2. The previous file is unchanged.")
                .arg(QDir::toNativeSeparators(m_path), file.errorString());
        if (error)
            *error = message;
        Q_EMIT writeFailed(message);
    }
    return ok;
}

} // namespace dcsdesk
