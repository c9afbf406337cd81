#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace dcsdesk {

// Summaries of past batch runs, one JSON object per line in batch-history.jsonl in the
// application data folder (the console's request history has no store for runs yet). Appending
// never rewrites earlier runs; the file is trimmed to the newest MaxEntries when it grows.
class BatchHistory
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::BatchHistory)

public:
    static constexpr int MaxEntries = 500;

    static QString defaultPath();
    explicit BatchHistory(const QString &path = defaultPath());

    QString path() const { return m_path; }
    bool append(const QJsonObject &summary, QString *error = nullptr);
    QVector<QJsonObject> load(QString *error = nullptr) const; // oldest first; bad lines skipped

private:
    QString m_path;
};

} // namespace dcsdesk
