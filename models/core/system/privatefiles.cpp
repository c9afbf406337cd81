#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dcsdesk {
namespace PrivateFiles {

bool makeFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
}

bool restrict(const QString &filePath)
{
    return QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace PrivateFiles
} // namespace dcsdesk
