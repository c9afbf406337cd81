#include "savedrequestchecks.h"

#include "console/savedrequestcollection.h"
#include "system/colontext.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace dcsdesk {

namespace {

const QLatin1String kSavedChecksKey("checks");
const QLatin1String kSavedTagsKey("tags");

ChangeSet replaceSavedRequestKey(const Workspace &workspace, const QString &name,
                                 const QString &key, const QJsonArray &value)
{
    QJsonArray array = workspace.savedRequests;
    for (int i = 0; i < array.size(); ++i) {
        QJsonObject o = array[i].toObject();
        if (o.value(QStringLiteral("name")).toString() != name)
            continue;
        if (value.isEmpty())
            o.remove(key);
        else
            o.insert(key, value);
        array[i] = o;
        ChangeSet changes;
        changes.savedRequests = array;
        return changes;
    }
    return ChangeSet();
}

} // namespace

QVector<Check> SavedRequestChecks::checksOf(const QJsonObject &saved, QStringList *problems)
{
    QVector<Check> out;
    const QJsonValue list = saved.value(kSavedChecksKey);
    if (list.isUndefined())
        return out;
    const QString request = saved.value(QStringLiteral("name")).toString();
    if (!list.isArray()) {
        if (problems)
            problems->append(tr("The “checks” of saved request %1 are not a list; they are kept "
                                "in the file and not run.")
                                 .arg(request));
        return out;
    }
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        Check c = Check::fromJson(array.at(i).toObject());
        if (problems && !array.at(i).isObject())
            problems->append(tr("Check %1 of saved request %2 is not an object; it is kept in "
                                "the file and not run.")
                                 .arg(i + 1)
                                 .arg(request));
        else if (problems && c.kind == Check::Kind::Unknown)
            problems->append(tr("Check %1 of saved request %2 has the kind “%3”, which this "
                                "version does not know; it is kept in the file and not run. "
                                "Update DCS Desk to run it.")
                                 .arg(i + 1)
                                 .arg(request, c.json.value(QStringLiteral("kind")).toString()));
        else if (problems && !c.problem.isEmpty())
            problems->append(tr("Check %1 of saved request %2 is not run: %3")
                                 .arg(i + 1)
                                 .arg(request, ColonText::continued(c.problem)));
        if (array.at(i).isObject())
            out.append(c);
    }
    return out;
}

QStringList SavedRequestChecks::tagsOf(const QJsonObject &saved)
{
    QStringList out;
    for (const QJsonValue &v : saved.value(kSavedTagsKey).toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            out.append(v.toString());
    }
    return out;
}

QVector<SavedRequestChecks::Entry> SavedRequestChecks::entries(const Workspace &workspace)
{
    QVector<Entry> out;
    for (const QJsonValue &v : workspace.savedRequests) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        Entry e;
        e.request = DcsRequest::fromJson(o);
        e.request.unknownKeys.remove(kSavedChecksKey);
        e.request.unknownKeys.remove(kSavedTagsKey);
        e.request.unknownKeys.remove(QStringLiteral("folder"));
        e.tags = tagsOf(o);
        e.folder = SavedRequestCollection::folderOf(o);
        e.checks = checksOf(o, &e.problems);
        out.append(e);
    }
    return out;
}

ChangeSet SavedRequestChecks::setChecks(const Workspace &workspace, const QString &name,
                                        const QVector<Check> &checks)
{
    QJsonArray array;
    for (const Check &c : checks)
        array.append(c.toJson());
    return replaceSavedRequestKey(workspace, name, kSavedChecksKey, array);
}

ChangeSet SavedRequestChecks::setTags(const Workspace &workspace, const QString &name,
                                      const QStringList &tags)
{
    return replaceSavedRequestKey(workspace, name, kSavedTagsKey, QJsonArray::fromStringList(tags));
}

} // namespace dcsdesk
