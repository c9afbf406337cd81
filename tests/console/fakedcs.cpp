#include "fakedcs.h"

#include "dcs/dcsencoding.h"
#include "firing/destinationfiring.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dcsdesk::test {

TestHttpResponse fakeDcsAnswer(const Workspace &ws, const TestHttpRequest &request)
{
    QSet<qint64> sids;
    QString uuid = QStringLiteral("11111111111111111111111111111111111111");
    for (const auto &pair : DcsEncoding::splitQuery(request.query() + '&' + request.body)) {
        QString value;
        DcsEncoding::decode(pair.value, &value);
        if (pair.key == "c_interest" && value == QLatin1String("golf"))
            sids.insert(1001);
        if (pair.key == "d_sid") {
            for (const QString &s : value.split(QLatin1Char(',')))
                sids.insert(s.toLongLong());
        }
        if (pair.key == "d_uuid")
            uuid = value;
    }
    FireContext context;
    context.uuid = uuid;
    QJsonArray stuff;
    QJsonArray dests;
    for (const Destination &d : ws.destinations) {
        const auto mappings =
            DestinationFiring::activeMappings(ws, d.id, sids, QDate::currentDate());
        if (mappings.isEmpty())
            continue;
        const FireResult fired = DestinationFiring::fire(d, mappings, context);
        if (fired.cookie)
            stuff.append(QJsonObject{{"cn", fired.cookie->name},
                                     {"cv", fired.cookie->value},
                                     {"ttl", fired.cookie->ttlDays},
                                     {"dmn", fired.cookie->domain}});
        for (const FiredPixel &p : fired.pixels)
            dests.append(QJsonObject{
                {"id", QString::number(d.id)}, {"y", "img"}, {"c", p.url}, {"e", p.secureUrl}});
    }
    QJsonArray segments;
    for (qint64 sid : sids)
        segments.append(sid);
    QJsonObject o{{"stuff", stuff},  {"dests", dests},        {"uuid", uuid},
                  {"dcs_region", 7}, {"tid", "ss3OTqPiQp0="}, {"segments", segments}};
    return TestHttpResponse::json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace dcsdesk::test
