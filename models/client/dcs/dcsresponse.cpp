#include "dcsresponse.h"

#include "domain/region.h"

namespace dcsdesk {

const DcsRegion *DcsResponse::region() const
{
    return hasRegion() ? DcsRegion::find(dcsRegion) : nullptr;
}

QByteArray DcsResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int DcsResponse::countOf(Finding::Severity severity) const
{
    int n = 0;
    for (const ResponseNote &note : notes)
        n += note.severity == severity ? 1 : 0;
    return n;
}

bool DcsResponse::hasProblems() const
{
    return !errors.isEmpty() || countOf(Finding::Severity::Error) > 0 ||
           countOf(Finding::Severity::Warning) > 0;
}

QString DcsResponse::formatKey(Format format)
{
    switch (format) {
    case Format::Empty:
        return QStringLiteral("empty");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Jsonp:
        return QStringLiteral("jsonp");
    case Format::Pixel:
        return QStringLiteral("pixel");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Text:
        return QStringLiteral("text");
    case Format::Binary:
        return QStringLiteral("binary");
    }
    return {};
}

QJsonObject DcsResponse::toJson() const
{
    static const char *const severities[] = {"error", "warning", "info"};
    QJsonObject o;
    o.insert(QStringLiteral("status"), httpStatus);
    o.insert(QStringLiteral("format"), formatKey(format));
    o.insert(QStringLiteral("contentType"), contentType);
    o.insert(QStringLiteral("bodyBytes"), double(raw.size()));
    if (!callback.isEmpty())
        o.insert(QStringLiteral("callback"), callback);
    o.insert(QStringLiteral("keyOrder"), QJsonArray::fromStringList(keyOrder));
    o.insert(QStringLiteral("uuid"), uuid.isEmpty() ? QJsonValue() : QJsonValue(uuid));
    o.insert(QStringLiteral("dcs_region"), hasRegion() ? QJsonValue(dcsRegion) : QJsonValue());
    if (const DcsRegion *r = region()) {
        o.insert(QStringLiteral("region"),
                 QJsonObject{{QStringLiteral("id"), r->id},
                             {QStringLiteral("host"), r->host},
                             {QStringLiteral("code"), r->code},
                             {QStringLiteral("location"), r->location()}});
    }
    o.insert(QStringLiteral("tid"), tid.isEmpty() ? QJsonValue() : QJsonValue(tid));
    QJsonArray cookies;
    for (const CookieDestination &c : stuff) {
        QJsonObject co = c.extra;
        co.insert(QStringLiteral("cn"), c.name);
        co.insert(QStringLiteral("cv"), c.value);
        if (!c.ttl.isUndefined())
            co.insert(QStringLiteral("ttl"), c.ttl);
        co.insert(QStringLiteral("dmn"), c.domain);
        if (!c.type.isEmpty())
            co.insert(QStringLiteral("type"), c.type);
        cookies.append(co);
    }
    o.insert(QStringLiteral("stuff"), cookies);
    QJsonArray urls;
    for (const UrlDestination &d : dests) {
        QJsonObject uo = d.extra;
        if (!d.id.isEmpty())
            uo.insert(QStringLiteral("id"), d.id);
        uo.insert(QStringLiteral("c"), d.url);
        uo.insert(QStringLiteral("e"), d.secureUrl);
        uo.insert(QStringLiteral("y"), d.tag);
        if (!d.hideReferrer.isUndefined())
            uo.insert(QStringLiteral("hr"), d.hideReferrer);
        urls.append(uo);
    }
    o.insert(QStringLiteral("dests"), urls);
    const auto ids = [](const QVector<qint64> &list) {
        QJsonArray a;
        for (qint64 v : list)
            a.append(double(v));
        return a;
    };
    if (hasTraits)
        o.insert(QStringLiteral("traits"), ids(traits));
    if (hasSegments)
        o.insert(QStringLiteral("segments"), ids(segments));
    if (idService.present) {
        QJsonObject id;
        id.insert(QStringLiteral("d_mid"), idService.mid);
        id.insert(QStringLiteral("d_blob"), idService.blob);
        id.insert(QStringLiteral("id_sync_ttl"), idService.idSyncTtl);
        id.insert(QStringLiteral("d_ottl"), idService.optOutTtl);
        id.insert(QStringLiteral("d_optout"), idService.optOut);
        id.insert(QStringLiteral("subdomain"), idService.subdomain);
        o.insert(QStringLiteral("idService"), id);
    }
    if (!ibs.isUndefined())
        o.insert(QStringLiteral("ibs"), ibs);
    if (!dpcalls.isUndefined())
        o.insert(QStringLiteral("dpcalls"), dpcalls);
    o.insert(QStringLiteral("unknownKeys"), unknownKeys);
    QJsonArray errs;
    for (const DcsError &e : errors) {
        const DcsErrorInfo *info = e.info();
        QJsonObject eo{
            {QStringLiteral("code"), e.code},
            {QStringLiteral("msg"), e.serverMessage},
            {QStringLiteral("inBody"), e.inBody},
            {QStringLiteral("inHeader"), e.inHeader},
            {QStringLiteral("group"), DcsErrorCatalog::groupKey(DcsErrorCatalog::groupOf(e.code))},
            {QStringLiteral("documented"), info != nullptr}};
        if (info) {
            eo.insert(QStringLiteral("documentedMessage"), info->message());
            eo.insert(QStringLiteral("meaning"), info->meaning());
        }
        errs.append(eo);
    }
    o.insert(QStringLiteral("errors"), errs);
    QJsonArray ns;
    for (const ResponseNote &n : notes)
        ns.append(QJsonObject{
            {QStringLiteral("severity"), QString::fromLatin1(severities[int(n.severity)])},
            {QStringLiteral("code"), n.code},
            {QStringLiteral("message"), n.message}});
    o.insert(QStringLiteral("notes"), ns);
    o.insert(QStringLiteral("optedOut"), optedOut);
    o.insert(QStringLiteral("ignored"), ignored);
    o.insert(QStringLiteral("rateLimited"), rateLimited);
    o.insert(QStringLiteral("pixel"), pixel);
    return o;
}

} // namespace dcsdesk
