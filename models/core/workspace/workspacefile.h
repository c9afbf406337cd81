#pragma once

#include "workspaceserializer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QFileDevice;

namespace dcsdesk {

// Reads and writes workspace files so that nothing a user has is ever lost: atomic writes with
// QSaveFile, the previous file kept as <name>.bak (rotated: .bak, .bak.1, .bak.2), and a refusal
// to write over any file that is not a workspace this version can read.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::WorkspaceFile)

public:
    // What we know about the file on disk, to skip re-checking a file we wrote or read ourselves.
    struct Stamp
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Stamp &o) const { return size == o.size && modified == o.modified; }
    };

    struct LoadResult : WorkspaceSerializer::ReadResult
    {
        Stamp stamp;
    };

    static constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;
    static constexpr int BackupCount = 3;

    static LoadResult load(const QString &path);

    // Returns false with a translated message; the old file is then intact. knownStamp is the
    // stamp of the last load or save of this path (or a default Stamp when it is new to us).
    // warning (when given) says what went wrong beside a save that succeeded: no backup copy.
    static bool save(const Workspace &workspace, const QString &path, const Stamp &knownStamp,
                     Stamp *newStamp, QString *error, QString *warning = nullptr);
    // Why a write failed, in words a user can act on: the system's reason, and the free space
    // when the disk is full.
    static QString writeProblem(const QFileDevice &file, const QString &path);

    static Stamp stampOf(const QString &path);
    static QString backupPath(const QString &path, int generation = 0);

    // Checks that path may be written: it does not exist, or it is the file as last read or
    // written (knownStamp), or, with no knownStamp, it holds a workspace of this version.
    static bool mayOverwrite(const QString &path, const Stamp &knownStamp, QString *error);
};

} // namespace dcsdesk
