#include "batchhistory.h"

#include "system/colontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace dcsdesk {

QString BatchHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/batch-history.jsonl");
}

BatchHistory::BatchHistory(const QString &path) : m_path(path) {}

bool BatchHistory::append(const QJsonObject &summary, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QByteArray line = QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n';
    QVector<QJsonObject> entries = load();
    if (entries.size() >= MaxEntries) {
        // Rewrite atomically with the newest entries only.
        entries = entries.mid(entries.size() - MaxEntries + 1);
        QSaveFile file(m_path);
        if (file.open(QIODevice::WriteOnly)) {
            for (const QJsonObject &o : std::as_const(entries))
                file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            file.write(line);
            if (file.commit())
                return true;
        }
        if (error)
            *error = tr("Cannot save the run in the history (%1): %2")
                         .arg(m_path, ColonText::continued(file.errorString()));
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size()) {
        if (error)
            *error = tr("Cannot save the run in the history (%1): %2")
                         .arg(m_path, ColonText::continued(file.errorString()));
        return false;
    }
    return true;
}

QVector<QJsonObject> BatchHistory::load(QString *error) const
{
    QVector<QJsonObject> entries;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the batch history (%1): %2")
                         .arg(m_path, ColonText::continued(file.errorString()));
        return entries;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            entries.append(doc.object());
    }
    return entries;
}

} // namespace dcsdesk
