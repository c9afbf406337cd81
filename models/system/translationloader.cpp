#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dcsdesk {

QString TranslationLoader::install(QCoreApplication *app, const QString &language)
{
    QStringList candidates;
    if (!language.isEmpty())
        candidates.append(language.left(2).toLower());
    else
        for (const QString &ui : QLocale::system().uiLanguages())
            candidates.append(ui.left(2).toLower());
    for (const QString &lang : std::as_const(candidates)) {
        if (lang == QLatin1String("en"))
            return lang;
        auto *appTranslator = new QTranslator(app);
        if (!appTranslator->load(QStringLiteral(":/i18n/dcsdesk_%1.qm").arg(lang))) {
            delete appTranslator;
            continue;
        }
        QCoreApplication::installTranslator(appTranslator);
        auto *qtTranslator = new QTranslator(app);
        if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(lang),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            delete qtTranslator;
        return lang;
    }
    return QStringLiteral("en");
}

} // namespace dcsdesk
