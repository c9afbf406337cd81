#include "userguide.h"

#include "application/languagemanager.h"

#include <QFile>
#include <QHash>
#include <QTextBlock>
#include <QTextDocument>

namespace dcsdesk {

QStringList UserGuide::pages()
{
    return {QStringLiteral("index"),    QStringLiteral("destinations"),
            QStringLiteral("mappings"), QStringLiteral("bulk-edit"),
            QStringLiteral("segments"), QStringLiteral("import-export"),
            QStringLiteral("findings"), QStringLiteral("console"),
            QStringLiteral("runner"),   QStringLiteral("batch"),
            QStringLiteral("captures")};
}

QStringList UserGuide::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString UserGuide::languageFor(const QString &uiLanguage)
{
    const QString code = uiLanguage.left(2).toLower();
    if (languages().contains(code) &&
        QFile::exists(QStringLiteral(":/guide/%1/index.html").arg(code)))
        return code;
    return QStringLiteral("en");
}

QString UserGuide::currentLanguage()
{
    return languageFor(LanguageManager::instance()->effectiveLanguage());
}

QUrl UserGuide::topicUrl(const QString &topic, const QString &language)
{
    const qsizetype hash = topic.indexOf(QLatin1Char('#'));
    QString page = hash >= 0 ? topic.left(hash) : topic;
    if (!pages().contains(page))
        page = QStringLiteral("index");
    QUrl url(QStringLiteral("qrc:/guide/%1/%2.html").arg(languageFor(language), page));
    if (hash >= 0 && hash + 1 < topic.size())
        url.setFragment(topic.mid(hash + 1));
    return url;
}

QString UserGuide::topicForView(const QString &viewId)
{
    if (viewId == QLatin1String("destinations"))
        return QStringLiteral("destinations");
    if (viewId == QLatin1String("mappings"))
        return QStringLiteral("mappings");
    if (viewId == QLatin1String("segments"))
        return QStringLiteral("segments");
    if (viewId == QLatin1String("console"))
        return QStringLiteral("console");
    if (viewId == QLatin1String("history"))
        return QStringLiteral("console#history");
    if (viewId == QLatin1String("batch"))
        return QStringLiteral("batch");
    if (viewId == QLatin1String("captures"))
        return QStringLiteral("captures");
    return QStringLiteral("index");
}

QString UserGuide::topicForDialog(const QString &className)
{
    static const QHash<QString, QString> topics{
        {QStringLiteral("dcsdesk::BulkEditDialog"), QStringLiteral("bulk-edit")},
        {QStringLiteral("dcsdesk::SegmentBrowserDialog"), QStringLiteral("mappings#add")},
        {QStringLiteral("dcsdesk::SegmentEditorDialog"), QStringLiteral("segments#new")},
        {QStringLiteral("dcsdesk::ImportReportDialog"), QStringLiteral("import-export")},
        {QStringLiteral("dcsdesk::RestImportDialog"), QStringLiteral("import-export#aam-json")},
        {QStringLiteral("dcsdesk::RestExportDialog"), QStringLiteral("import-export#aam-json")},
        {QStringLiteral("dcsdesk::FindingsDialog"), QStringLiteral("findings")},
        {QStringLiteral("dcsdesk::RunnerDialog"), QStringLiteral("runner")},
        {QStringLiteral("dcsdesk::ProfileDialog"), QStringLiteral("console#live")},
        {QStringLiteral("dcsdesk::HistoryCompareDialog"), QStringLiteral("console#history")},
        {QStringLiteral("dcsdesk::MaskPreviewDialog"), QStringLiteral("captures#mask")}};
    return topics.value(className);
}

QList<UserGuide::Section> UserGuide::sections(const QTextDocument &page)
{
    QList<Section> result;
    for (QTextBlock block = page.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 2)
            continue;
        Section section;
        section.title = block.text().simplified();
        section.level = level;
        for (auto it = block.begin(); !it.atEnd() && section.anchor.isEmpty(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty())
                section.anchor = names.constFirst();
        }
        if (level == 1 || !section.anchor.isEmpty())
            result.append(section);
    }
    return result;
}

QString UserGuide::pageOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String("qrc") || !url.path().startsWith(QLatin1String("/guide/")))
        return {};
    QString name = url.fileName();
    if (!name.endsWith(QLatin1String(".html")))
        return {};
    name.chop(5);
    return pages().contains(name) ? name : QString();
}

QString UserGuide::languageOf(const QUrl &url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() >= 3 && parts[0] == QLatin1String("guide") ? parts[1] : QString();
}

} // namespace dcsdesk
