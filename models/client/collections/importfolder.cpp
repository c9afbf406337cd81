#include "importfolder.h"

#include <QJsonArray>

namespace dcsdesk {

namespace {
const QString kFolder = QStringLiteral("folder");
} // namespace

void ImportFolder::set(DcsRequest *request, const QStringList &path)
{
    if (path.isEmpty())
        request->unknownKeys.remove(kFolder);
    else
        request->unknownKeys.insert(kFolder, QJsonArray::fromStringList(path));
}

QStringList ImportFolder::of(const DcsRequest &request)
{
    QStringList path;
    for (const QJsonValue &v : request.unknownKeys.value(kFolder).toArray())
        path.append(v.toString());
    return path;
}

QStringList ImportFolder::split(const QString &text)
{
    QStringList path;
    for (const QString &part : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            path.append(part.trimmed());
    }
    return path;
}

QString ImportFolder::join(const QStringList &path)
{
    return path.join(QLatin1Char('/'));
}

} // namespace dcsdesk
