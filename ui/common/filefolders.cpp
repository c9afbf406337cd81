#include "filefolders.h"

#include "system/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace dcsdesk {

QString FileFolders::settingsKey(Kind kind)
{
    const char *name = "";
    switch (kind) {
    case Kind::Workspace:
        name = "workspace";
        break;
    case Kind::MappingCsv:
        name = "mappingCsv";
        break;
    case Kind::SegmentCsv:
        name = "segmentCsv";
        break;
    case Kind::AamJson:
        name = "aamJson";
        break;
    case Kind::BatchCsv:
        name = "batchCsv";
        break;
    case Kind::BatchResults:
        name = "batchResults";
        break;
    case Kind::ImportReport:
        name = "importReport";
        break;
    case Kind::ResponseBody:
        name = "responseBody";
        break;
    case Kind::Certificate:
        name = "certificate";
        break;
    case Kind::Capture:
        name = "capture";
        break;
    case Kind::MaskedCapture:
        name = "maskedCapture";
        break;
    case Kind::Collection:
        name = "collection";
        break;
    }
    return QStringLiteral("folders/") + QLatin1String(name);
}

QString FileFolders::folder(Kind kind, const QString &fallback)
{
    const QString kept = QSettings().value(settingsKey(kind)).toString();
    if (!kept.isEmpty() && QFileInfo(kept).isDir())
        return kept;
    if (!fallback.isEmpty())
        return fallback;
    return documents();
}

QString FileFolders::documents()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString FileFolders::suggest(Kind kind, const QString &fileName)
{
    return QDir(folder(kind)).filePath(fileName);
}

void FileFolders::remember(Kind kind, const QString &chosenPath)
{
    if (chosenPath.isEmpty())
        return;
    QSettings settings;
    settings.setValue(settingsKey(kind), QFileInfo(chosenPath).absolutePath());
    // Folder names tell about the user's work, like the recent files next to them.
    settings.sync();
    PrivateFiles::restrict(settings.fileName());
}

} // namespace dcsdesk
