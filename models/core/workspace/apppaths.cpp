#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace dcsdesk {

QString AppPaths::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::sampleWorkspacePath()
{
    return dataDir() + QStringLiteral("/sample-workspace.json");
}

QString AppPaths::ensureSampleWorkspace(QString *error)
{
    const QString target = sampleWorkspacePath();
    if (QFile::exists(target))
        return target;
    if (!QDir().mkpath(dataDir())) {
        if (error)
            *error = QCoreApplication::translate("AppPaths", "The folder %1 could not be created.")
                         .arg(QDir::toNativeSeparators(dataDir()));
        return {};
    }
    if (!QFile::copy(bundledSamplePath(), target)) {
        if (error)
            *error = QCoreApplication::translate("AppPaths",
                                                 "The sample workspace could not be copied to %1.")
                         .arg(QDir::toNativeSeparators(target));
        return {};
    }
    // Files copied out of resources are read-only.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                      QFile::ReadOther);
    return target;
}

} // namespace dcsdesk
