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
        if (array[i].toObject().value(QStringLiteral("name")).toString() == request.name) {
            array[i] = request.toJson();
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
