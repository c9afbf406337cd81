#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace dcsdesk {

bool InputFile::isRegularFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist. Check the file name and folder.").arg(name);
        return false;
    }
    if (info.isDir()) {
        *error = tr("%1 is a folder. Choose a file inside it.").arg(name);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a regular file (it is a device, a pipe or a socket), so it was not "
                    "read. Save what it holds to a file and choose that; for a pipe, use - to "
                    "read standard input.")
                     .arg(name);
        return false;
    }
    return true;
}

bool InputFile::readStream(QIODevice *device, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    bytes->clear();
    while (!device->atEnd() || device->waitForReadyRead(-1)) {
        const QByteArray chunk = device->read(qMin<qint64>(1 << 20, maxBytes + 1 - bytes->size()));
        if (chunk.isEmpty())
            break;
        bytes->append(chunk);
        if (bytes->size() > maxBytes) {
            bytes->clear();
            *error = tr("The input holds more than %1, the most this command reads; nothing "
                        "was done.")
                         .arg(QLocale().formattedDataSize(maxBytes));
            return false;
        }
    }
    return true;
}

bool InputFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    if (!isRegularFile(path, error))
        return false;
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (file.size() > maxBytes) {
        *error = tr("%1 is %2, more than the %3 a file of this kind may have.")
                     .arg(name, QLocale().formattedDataSize(file.size()),
                          QLocale().formattedDataSize(maxBytes));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be opened: %2. Check that you may read it.")
                     .arg(name, file.errorString());
        return false;
    }
    // Read in steps, not with one buffer of the cap's size (512 MB for a workspace, whatever the
    // file's size); a file that grows meanwhile stops at the cap.
    bytes->clear();
    bytes->reserve(qMin(file.size(), maxBytes));
    while (bytes->size() <= maxBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(1 << 20, maxBytes + 1 - bytes->size()));
        if (chunk.isEmpty())
            break;
        bytes->append(chunk);
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1 could not be read: %2.").arg(name, file.errorString());
        return false;
    }
    if (bytes->size() > maxBytes) {
        bytes->clear();
        *error = tr("%1 grew past %2 while it was read; nothing was done.")
                     .arg(name, QLocale().formattedDataSize(maxBytes));
        return false;
    }
    return true;
}

} // namespace dcsdesk
