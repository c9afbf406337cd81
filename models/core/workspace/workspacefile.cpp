#include "workspacefile.h"

#include "system/inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

namespace dcsdesk {

WorkspaceFile::Stamp WorkspaceFile::stampOf(const QString &path)
{
    const QFileInfo info(path);
    Stamp s;
    if (info.exists()) {
        s.size = info.size();
        s.modified = info.lastModified();
    }
    return s;
}

QString WorkspaceFile::backupPath(const QString &path, int generation)
{
    return generation == 0 ? path + QStringLiteral(".bak")
                           : path + QStringLiteral(".bak.%1").arg(generation);
}

WorkspaceFile::LoadResult WorkspaceFile::load(const QString &path)
{
    LoadResult result;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        result.error = tr("%1 does not exist.").arg(name);
        return result;
    }
    if (!info.isDir() && !info.isFile()) {
        QString reason;
        InputFile::isRegularFile(path, &reason);
        result.error = reason;
        return result;
    }
    if (info.isDir()) {
        result.error =
            tr("%1 is a folder, not a workspace file. Choose the .json file inside it.").arg(name);
        return result;
    }
    if (info.size() > MaxFileSize) {
        result.error = tr("%1 is %2 MB, more than the %3 MB a workspace may have.")
                           .arg(name)
                           .arg(info.size() / (1024 * 1024))
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 could not be opened: %2.").arg(name, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFile::NoError) {
        result.error = tr("%1 could not be read: %2.").arg(name, file.errorString());
        return result;
    }
    static_cast<WorkspaceSerializer::ReadResult &>(result) = WorkspaceSerializer::fromJson(bytes);
    if (!result.ok) {
        if (result.line > 0)
            result.error = tr("%1, line %2, column %3: %4 The file was not changed.")
                               .arg(name)
                               .arg(result.line)
                               .arg(result.column)
                               .arg(result.error);
        else
            result.error = tr("%1: %2 The file was not changed.").arg(name, result.error);
    }
    result.stamp = stampOf(path);
    return result;
}

bool WorkspaceFile::mayOverwrite(const QString &path, const Stamp &knownStamp, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    const QString name = QDir::toNativeSeparators(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder. Choose a file name.").arg(name);
        return false;
    }
    if (knownStamp.size >= 0) {
        if (stampOf(path) == knownStamp)
            return true; // the file is what we last read or wrote
        *error = tr("%1 was changed on disk after it was read (by another program or window), so "
                    "it was not overwritten. Reload it to see those changes, or save under "
                    "another name.")
                     .arg(name);
        return false;
    }
    const LoadResult existing = load(path);
    if (!existing.ok) {
        *error = tr("%1 exists and is not a workspace DCS Desk can read, so it was not "
                    "overwritten. Save under another name.")
                     .arg(name);
        return false;
    }
    if (existing.newerVersion) {
        *error = tr("%1 was written by a newer version of DCS Desk (format %2) and was not "
                    "overwritten. Save under another name.")
                     .arg(name)
                     .arg(existing.fileVersion);
        return false;
    }
    return true;
}

QString WorkspaceFile::writeProblem(const QFileDevice &file, const QString &path)
{
    QString reason = file.errorString();
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    const qint64 free = disk.isValid() ? disk.bytesAvailable() : -1;
    if (file.error() == QFileDevice::ResourceError || (free >= 0 && free < 64 * 1024)) {
        reason = tr("the disk is full (%1 free on %2)")
                     .arg(QLocale().formattedDataSize(qMax<qint64>(free, 0)),
                          QDir::toNativeSeparators(disk.rootPath()));
    } else if (reason.isEmpty() || reason == QLatin1String("Unknown error")) {
        reason = tr("the system gave no reason");
    }
    return reason;
}

bool WorkspaceFile::save(const Workspace &workspace, const QString &path, const Stamp &knownStamp,
                         Stamp *newStamp, QString *error, QString *warning)
{
    QString reason;
    if (!mayOverwrite(path, knownStamp, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be written: %2. Your changes are still open; save them "
                        "somewhere else.")
                         .arg(name, writeProblem(file, path));
        return false;
    }
    if (!WorkspaceSerializer::write(workspace, &file, &reason)) {
        const QString problem = file.error() != QFileDevice::NoError ? writeProblem(file, path)
                                                                      : reason;
        file.cancelWriting();
        if (error)
            *error = tr("%1 could not be written: %2. The file on disk was not changed.")
                         .arg(name, problem);
        return false;
    }
    // Rotate backups before the new version replaces the old one. A backup that cannot be
    // written does not stop the save, but it is said, never claimed.
    QString backupProblem;
    if (QFileInfo::exists(path)) {
        QFile::remove(backupPath(path, BackupCount - 1));
        for (int g = BackupCount - 2; g >= 0; --g) {
            if (QFileInfo::exists(backupPath(path, g)))
                QFile::rename(backupPath(path, g), backupPath(path, g + 1));
        }
        QFile original(path);
        if (!original.copy(backupPath(path, 0))) {
            backupProblem = writeProblem(original, backupPath(path, 0));
            QFile::remove(backupPath(path, 0)); // a partial copy is no backup
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be saved: %2. The file on disk was not changed.")
                         .arg(name, writeProblem(file, path));
        return false;
    }
    if (warning) {
        *warning = backupProblem.isEmpty()
                       ? QString()
                       : tr("%1 was saved, but no backup of the previous version could be "
                            "written (%2).")
                             .arg(name, backupProblem);
    }
    if (newStamp)
        *newStamp = stampOf(path);
    return true;
}

} // namespace dcsdesk
