#pragma once

#include <QString>

class QCoreApplication;

namespace dcsdesk {

// Installs the application's and Qt's translations for command-line tools (the desktop app has
// its own LanguageManager that switches at run time). The catalogues are compiled into
// dcsdesk_i18n, which every executable links.
class TranslationLoader
{
public:
    // language: "es", "de", "fr", "en"; empty means the system's UI language. Returns the
    // language in use ("en" when no catalogue matched).
    static QString install(QCoreApplication *app, const QString &language = QString());
};

} // namespace dcsdesk
