#pragma once

#include <QObject>
#include <QTranslator>

namespace dcsdesk {

// Two translators, switchable at run time (Tiled's LanguageManager): DCS Desk's own catalogue and
// Qt's qtbase catalogue for standard dialogs. Widgets retranslate on QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static LanguageManager *instance();

    // "" = system language, else "en", "es", "de", "fr".
    void setLanguage(const QString &code);
    QString language() const { return m_code; }
    QString effectiveLanguage() const;
    static QStringList availableLanguages(); // "en", "es", "de", "fr"
    static QString nativeName(const QString &code);

    // Reads the saved choice (QSettings) or an explicit override such as --lang.
    void loadSaved(const QString &overrideCode = QString());

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QTranslator m_qtOverrides; // searched before Qt's own: see translations/qt_overrides_xx.ts
    QString m_code;
    bool m_installed = false;
};

} // namespace dcsdesk
