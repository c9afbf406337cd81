#include "importfolder.h"

#include "console/savedrequestcollection.h"

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
    return SavedRequestCollection::pathFromText(text);
}

QString ImportFolder::join(const QStringList &path)
{
    return SavedRequestCollection::pathText(path);
}

} // namespace dcsdesk
