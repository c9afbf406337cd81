#include "languagemanager.h"

#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace dcsdesk {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager *LanguageManager::instance()
{
    static auto *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return code;
}

QString LanguageManager::effectiveLanguage() const
{
    if (!m_code.isEmpty())
        return m_code;
    const QString system = QLocale::system().name().left(2);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString &code)
{
    m_code = code;
    const QString lang = effectiveLanguage();
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QCoreApplication::removeTranslator(&m_qtOverrides);
    // English has a catalogue too, for its plural forms only ("1 destination").
    if (!loadCatalogue(m_appTranslator, lang).isEmpty())
        QCoreApplication::installTranslator(&m_appTranslator);
    if (lang != QLatin1String("en") &&
        m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(lang),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // Installed last, so searched first.
    if (lang != QLatin1String("en") &&
        !loadCatalogue(m_qtOverrides, lang, QStringLiteral("qt_overrides")).isEmpty())
        QCoreApplication::installTranslator(&m_qtOverrides);
    QLocale::setDefault(lang == QLatin1String("en") && m_code.isEmpty() ? QLocale::system()
                                                                        : QLocale(lang));
    QSettings().setValue(QStringLiteral("language"), m_code);
    Q_EMIT languageChanged(m_code);
}

void LanguageManager::loadSaved(const QString &overrideCode)
{
    if (!overrideCode.isEmpty()) {
        m_code = overrideCode;
        const QString saved = QSettings().value(QStringLiteral("language")).toString();
        setLanguage(overrideCode);
        QSettings().setValue(QStringLiteral("language"), saved); // --lang does not persist
        return;
    }
    setLanguage(QSettings().value(QStringLiteral("language")).toString());
}

} // namespace dcsdesk
