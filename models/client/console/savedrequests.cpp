#include "savedrequests.h"

#include "workspace/workspace.h"

namespace dcsdesk {

QVector<DcsRequest> SavedRequests::list(const Workspace &workspace)
{
    QVector<DcsRequest> out;
    for (const QJsonValue &v : workspace.savedRequests) {
        if (v.isObject())
            out.append(DcsRequest::fromJson(v.toObject()));
    }
    return out;
}

ChangeSet SavedRequests::save(const Workspace &workspace, const DcsRequest &request)
{
    QJsonArray array = workspace.savedRequests;
    bool replaced = false;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject old = array[i].toObject();
        if (old.value(QStringLiteral("name")).toString() == request.name) {
            // The console edits the call only: the saved request's checks, tags and folder stay as
            // they are in the workspace, even when the request was loaded before they were edited.
            QJsonObject o = request.toJson();
            for (const QString &key :
                 {QStringLiteral("checks"), QStringLiteral("tags"), QStringLiteral("folder")}) {
                o.remove(key);
                if (old.contains(key))
                    o.insert(key, old.value(key));
            }
            array[i] = o;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        array.append(request.toJson());
    ChangeSet changes;
    changes.savedRequests = array;
    return changes;
}

ChangeSet SavedRequests::remove(const Workspace &workspace, const QString &name)
{
    QJsonArray array;
    for (const QJsonValue &v : workspace.savedRequests) {
        if (v.toObject().value(QStringLiteral("name")).toString() != name)
            array.append(v);
    }
    ChangeSet changes;
    changes.savedRequests = array;
    return changes;
}

} // namespace dcsdesk
