#pragma once

#include "historyentry.h"

#include <QObject>
#include <QVector>

namespace dcsdesk {

// The console's history on disk: one JSON object per line in <data folder>/history.jsonl, oldest
// first. A send appends one line (cheap, and a crash loses at most that line); deleting and
// pruning rewrite the file atomically (QSaveFile). Lines that cannot be read are skipped and the
// file is backed up before it is next rewritten, so nothing the user had is silently dropped.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxEntries = 500;             // the oldest are pruned past this
        qint64 maxBodyBytes = 256 * 1024; // of each response body
        bool keepPrivateValues = false;   // store p_ values (opt-in)
    };

    // dir: where history.jsonl lives; empty = AppPaths::dataDir().
    explicit HistoryStore(const QString &dir = QString(), QObject *parent = nullptr);

    Options options() const { return m_options; }
    void setOptions(const Options &options);

    QString filePath() const { return m_path; }
    bool load(QString *error = nullptr); // false: the file exists but cannot be read
    int skippedLines() const { return m_skipped; }

    const QVector<HistoryEntry> &entries() const { return m_entries; } // oldest first
    int indexOf(const QString &id) const;

    // Records a finished call (masking p_ values and capping the body per options()).
    bool record(const Profile &profile, const DcsResult &result, QString *error = nullptr);
    bool add(const HistoryEntry &entry, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool clear(QString *error = nullptr);

Q_SIGNALS:
    void entryAdded(int index);
    void aboutToReset();
    void reset();
    void writeFailed(const QString &message);

private:
    bool rewrite(QString *error);
    bool prune(QString *error);

    QString m_path;
    Options m_options;
    QVector<HistoryEntry> m_entries;
    int m_skipped = 0;
};

} // namespace dcsdesk
