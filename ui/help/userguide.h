#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTextDocument;

namespace dcsdesk {

// Where the bundled user guide lives and how it is put together: one HTML page per task under
// :/guide/<language>/ (with its pictures in images/), the same pages in every language, in the
// reading order of pages(). A language without a guide reads the English one. Topics name a page
// and optionally a section: "mappings#flights".
class UserGuide
{
public:
    struct Section
    {
        QString title;
        QString anchor; // empty for the page itself
        int level = 1;  // 1 = the page's title, 2 = a section of it
    };

    static QStringList pages();     // file names without .html, in reading order
    static QStringList languages(); // languages the guide is written in
    // The guide's language for the user interface's language: itself when the guide has it,
    // else English.
    static QString languageFor(const QString &uiLanguage);
    static QString currentLanguage(); // for the language the interface uses now
    // qrc:/guide/<language>/<page>.html#<anchor> for a topic ("index" when empty or unknown).
    static QUrl topicUrl(const QString &topic, const QString &language);
    // The topic the guide opens at for a main view ("destinations", "console", …).
    static QString topicForView(const QString &viewId);
    // The topic for F1 in a dialog, by its class ("dcsdesk::BulkEditDialog"); empty if none.
    static QString topicForDialog(const QString &className);
    // The headings of a loaded page that carry an anchor, and its <h1>.
    static QList<Section> sections(const QTextDocument &page);
    // The page a URL of the guide shows ("mappings"), empty for anything else.
    static QString pageOf(const QUrl &url);
    static QString languageOf(const QUrl &url);
};

} // namespace dcsdesk
