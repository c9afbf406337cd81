#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

namespace dcsdesk {

QStringList catalogueDirectories()
{
    QStringList dirs;
    if (QCoreApplication::instance())
        dirs << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                QStringLiteral("/../share/dcsdesk/translations"));
    const QString buildTree = QStringLiteral(DCSDESK_BUILD_TRANSLATIONS_DIR);
    if (!dirs.contains(buildTree))
        dirs << buildTree;
    return dirs;
}

QString loadCatalogue(QTranslator &translator, const QString &language, const QString &catalogue)
{
    const QString name = QStringLiteral("%1_%2.qm").arg(catalogue, language);
    for (const QString &dir : catalogueDirectories()) {
        const QString file = dir + QLatin1Char('/') + name;
        if (QFileInfo::exists(file) && translator.load(file))
            return file;
    }
    return {};
}

} // namespace dcsdesk
