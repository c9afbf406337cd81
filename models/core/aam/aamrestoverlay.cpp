#include "aamrestoverlay.h"

#include "system/jsonnumber.h"

#include <QStringList>

namespace dcsdesk {

namespace {

// Names the REST API uses for the same key; an edit goes to the name the account used.
const QList<QStringList> kAliases = {
    {QStringLiteral("mappingId"), QStringLiteral("destinationMappingId"),
     QStringLiteral("traitToDataOrderId")},
    {QStringLiteral("destinationId"), QStringLiteral("orderId"), QStringLiteral("orderID")},
};

QString targetKey(const QJsonObject &remote, const QString &key)
{
    if (remote.contains(key))
        return key;
    for (const QStringList &names : kAliases) {
        if (!names.contains(key))
            continue;
        for (const QString &name : names) {
            if (remote.contains(name))
                return name;
        }
    }
    return key;
}

bool isCapitalised(const QString &s)
{
    return s.toUpper() == s && s.toLower() != s;
}

} // namespace

QJsonValue AamRestOverlay::styled(const QJsonValue &value, const QJsonValue &replaced)
{
    if (replaced.isString() && wholeNumberOf(value))
        return QString::number(*wholeNumberOf(value));
    if (replaced.isDouble() && value.isString()) {
        const QString s = value.toString();
        if (s == QLatin1String("active"))
            return 1;
        if (s == QLatin1String("inactive"))
            return 0;
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        return ok ? QJsonValue(n) : value;
    }
    if (replaced.isString() && value.isString() && isCapitalised(replaced.toString()))
        return value.toString().toUpper();
    return value;
}

QJsonObject AamRestOverlay::apply(const QJsonObject &remote, const QJsonObject &before,
                                  const QJsonObject &after)
{
    QJsonObject out = remote;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()) == it.value())
            continue;
        const QString key = targetKey(remote, it.key());
        out.insert(key, styled(it.value(), remote.value(key)));
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            out.remove(targetKey(remote, it.key()));
    }
    return out;
}

} // namespace dcsdesk
