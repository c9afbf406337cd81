#include "responseoutline.h"

#include "calls/dcsendpoint.h"
#include "domain/region.h"
#include "firing/destinationfiring.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace dcsdesk {

namespace {

OutlineNode node(const QString &label, const QString &value, const QString &detail = QString(),
                 OutlineNode::Tone tone = OutlineNode::Tone::Normal)
{
    OutlineNode n;
    n.label = label;
    n.value = value;
    n.detail = detail;
    n.tone = tone;
    return n;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

QString secondsText(const QJsonValue &v)
{
    if (v.isDouble())
        return ResponseOutline::tr("%n second(s)", nullptr, v.toInt());
    return jsonText(v);
}

// What an ID sync or an opt-out answered: these endpoints answer with a redirect or an image
// and cookies, not with the JSON of an /event call, so their outline is the HTTP answer itself.
OutlineNode endpointAnswerNode(const DcsResponse &r, DcsEndpoint::Kind kind)
{
    const bool ok = r.httpStatus >= 200 && r.httpStatus < 400;
    OutlineNode n = node(kind == DcsEndpoint::Kind::OptOut ? ResponseOutline::tr("Opt-out answer")
                                                           : ResponseOutline::tr("ID sync answer"),
                         QStringLiteral("HTTP %1").arg(r.httpStatus), QString(),
                         ok ? OutlineNode::Tone::Good : OutlineNode::Tone::Warning);
    if (!r.contentType.isEmpty())
        n.children.append(
            node(ResponseOutline::tr("Content type"), r.contentType,
                 ResponseOutline::tr("An image or a redirect is the normal answer.")));
    const QByteArray location = r.header("Location");
    if (!location.isNull())
        n.children.append(node(ResponseOutline::tr("Redirect to"), QString::fromUtf8(location),
                               ResponseOutline::tr("The redir address, with ${DD_UUID} replaced "
                                                   "by the user's AAM UUID.")));
    for (const auto &h : r.headers) {
        if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            n.children.append(node(ResponseOutline::tr("Cookie set"), QString::fromUtf8(h.second)));
    }
    const QByteArray detail = r.header("X-Sandbox-Detail");
    if (!detail.isNull())
        n.children.append(node(ResponseOutline::tr("Sandbox"), QString::fromUtf8(detail),
                               ResponseOutline::tr("What the local sandbox did with the call.")));
    return n;
}

// The /id answer's own fields (domain.md §2.3, as visitorapi reads them) and its ID syncs.
OutlineNode idServiceNode(const DcsResponse &r)
{
    const IdServiceFields &id = r.idService;
    OutlineNode n = node(ResponseOutline::tr("ID service (/id)"), id.mid);
    n.children.append(node(QStringLiteral("d_mid"), id.mid,
                           ResponseOutline::tr("The Experience Cloud ID; send it as d_mid with "
                                               "d_orgid.")));
    if (!id.blob.isEmpty())
        n.children.append(node(QStringLiteral("d_blob"), id.blob,
                               ResponseOutline::tr("Encrypted Audience Manager metadata that "
                                                   "goes with d_mid in later calls.")));
    if (!id.idSyncTtl.isUndefined())
        n.children.append(node(QStringLiteral("id_sync_ttl"), secondsText(id.idSyncTtl),
                               ResponseOutline::tr("How long ID syncs are not fired again.")));
    if (!id.optOutTtl.isUndefined())
        n.children.append(node(QStringLiteral("d_ottl"), secondsText(id.optOutTtl),
                               ResponseOutline::tr("How long the opt-out state is kept.")));
    if (!id.optOut.isUndefined())
        n.children.append(node(QStringLiteral("d_optout"), jsonText(id.optOut),
                               ResponseOutline::tr("The user's opt-out state."),
                               OutlineNode::Tone::Warning));
    if (!id.subdomain.isEmpty())
        n.children.append(node(QStringLiteral("subdomain"), id.subdomain,
                               ResponseOutline::tr("The customer's demdex.net subdomain.")));
    if (r.ibs.isArray()) {
        const QJsonArray syncs = r.ibs.toArray();
        OutlineNode ibs = node(ResponseOutline::tr("ID syncs (ibs)"),
                               ResponseOutline::tr("%n ID sync(s)", nullptr, int(syncs.size())));
        for (const QJsonValue &sync : syncs) {
            const QJsonObject o = sync.toObject();
            OutlineNode s = node(jsonText(o.value(QStringLiteral("id"))),
                                 jsonText(o.value(QStringLiteral("url"))));
            for (auto it = o.begin(); it != o.end(); ++it)
                s.children.append(node(it.key(), jsonText(it.value())));
            ibs.children.append(s);
        }
        n.children.append(ibs);
    }
    return n;
}

} // namespace

void OutlineNode::limit(int max)
{
    if (children.size() > max) {
        hiddenChildren += int(children.size() - max);
        children.resize(max);
    }
    for (OutlineNode &child : children)
        child.limit(max);
}

QVector<OutlineNode> ResponseOutline::build(const DcsResponse &r, const Workspace *ws,
                                            int maxChildren)
{
    QVector<OutlineNode> out;
    // False (and the child counted as hidden) once a section has maxChildren children.
    const auto room = [maxChildren](OutlineNode &section) {
        if (maxChildren < 0 || section.children.size() < maxChildren)
            return true;
        ++section.hiddenChildren;
        return false;
    };

    const DcsEndpoint::Kind kind = DcsEndpoint::kindOf(r.path);
    const bool eventSections = kind == DcsEndpoint::Kind::Event || kind == DcsEndpoint::Kind::Other;
    if (kind == DcsEndpoint::Kind::IdSync || kind == DcsEndpoint::Kind::OptOut)
        out.append(endpointAnswerNode(r, kind));

    if (kind == DcsEndpoint::Kind::Event || kind == DcsEndpoint::Kind::Other ||
        kind == DcsEndpoint::Kind::IdService) {
        const QString userValue = !r.uuid.isEmpty()            ? r.uuid
                                  : !r.idService.mid.isEmpty() ? r.idService.mid
                                                               : tr("no uuid in the answer");
        OutlineNode user = node(tr("User"), userValue);
        user.children.append(
            node(tr("uuid"), r.uuid, tr("The AAM unique user ID; use it as d_uuid.")));
        if (r.dcsRegion >= 0) {
            const DcsRegion *region = DcsRegion::find(r.dcsRegion);
            OutlineNode reg = node(tr("dcs_region"), QString::number(r.dcsRegion),
                                   tr("The DCS region that holds this user; send to its host."));
            if (region) {
                reg.children.append(node(tr("Location"), region->location()));
                reg.children.append(node(tr("Host"), region->host));
            } else {
                reg.tone = OutlineNode::Tone::Warning;
                reg.children.append(node(tr("Location"), tr("not a documented region")));
            }
            user.children.append(reg);
        }
        if (!r.tid.isEmpty())
            user.children.append(
                node(tr("tid"), r.tid, tr("Transaction ID: quote it to support.")));
        if (r.idService.present)
            user.children.append(idServiceNode(r));
        if (r.optedOut)
            user.children.append(node(tr("Opt-out"), tr("The user opted out (error 171)."),
                                      QString(), OutlineNode::Tone::Warning));
        out.append(user);
    }

    // An /id, /ibs or opt-out answer has no destinations or segments to list as empty.
    if (eventSections) {
        OutlineNode cookies = node(tr("Cookie destinations (stuff)"),
                                   tr("%n cookie(s)", nullptr, int(r.stuff.size())));
        for (const CookieDestination &c : r.stuff) {
            if (!room(cookies))
                continue;
            OutlineNode n = node(c.name, c.value);
            const Destination *known = nullptr;
            if (ws) {
                for (const Destination &d : ws->destinations) {
                    if (d.type == Destination::Type::Cookie && d.cookieName == c.name) {
                        known = &d;
                        break;
                    }
                }
            }
            if (known)
                n.children.append(
                    node(tr("Destination"), tr("%1 (%2)").arg(known->name).arg(known->id)));
            const auto pairs =
                known ? DestinationFiring::splitCookieValue(
                            c.value, known->keySeparator, known->valueSeparator,
                            known->serialized ? known->serializationSeparator : QString())
                      : DestinationFiring::splitCookieValue(c.value);
            OutlineNode values = node(tr("Value"), c.value);
            for (const auto &pair : pairs)
                values.children.append(node(pair.first.isEmpty() ? tr("(no key)") : pair.first,
                                            pair.second.join(QStringLiteral(", "))));
            n.children.append(values);
            n.children.append(node(tr("TTL"),
                                   c.ttl.isDouble() ? tr("%n day(s)", nullptr, c.ttl.toInt())
                                                    : tr("the client's maximum"),
                                   tr("0 means no cookie is written.")));
            n.children.append(
                node(tr("Domain"), c.domain.isEmpty() ? tr("(the page's domain)") : c.domain));
            if (!c.type.isEmpty())
                n.children.append(node(tr("Type"), c.type));
            for (auto it = c.extra.begin(); it != c.extra.end(); ++it)
                n.children.append(
                    node(it.key(), jsonText(it.value()), tr("Not a documented field.")));
            cookies.children.append(n);
        }
        out.append(cookies);

        OutlineNode urls =
            node(tr("URL destinations (dests)"), tr("%n URL(s)", nullptr, int(r.dests.size())));
        for (const UrlDestination &u : r.dests) {
            if (!room(urls))
                continue;
            QString title = u.id;
            if (ws && !u.id.isEmpty()) {
                const Destination *d = ws->destination(u.id.toLongLong());
                if (d)
                    title = tr("%1 (%2)").arg(d->name, u.id);
            }
            OutlineNode n = node(title.isEmpty() ? tr("(no ID)") : title,
                                 u.secureUrl.isEmpty() ? u.url : u.secureUrl);
            n.children.append(node(tr("ID"), u.id));
            n.children.append(node(tr("Type"), u.tag, tr("img or iframe")));
            n.children.append(node(tr("URL"), u.url));
            n.children.append(node(tr("Secure URL"), u.secureUrl));
            for (auto it = u.extra.begin(); it != u.extra.end(); ++it)
                n.children.append(
                    node(it.key(), jsonText(it.value()), tr("Not a documented field.")));
            urls.children.append(n);
        }
        out.append(urls);

        OutlineNode segs = node(tr("Traits and segments"),
                                r.hasSegments || r.hasTraits ? QString()
                                : r.optedOut ? tr("none: the user opted out (error 171)")
                                             : tr("not asked for (send d_cts=2)"));
        if (r.hasTraits) {
            OutlineNode t = node(tr("Traits"), tr("%n trait(s)", nullptr, int(r.traits.size())));
            for (qint64 id : r.traits)
                if (room(t))
                    t.children.append(node(QString::number(id), QString()));
            segs.children.append(t);
        }
        if (r.hasSegments) {
            OutlineNode s =
                node(tr("Segments"), tr("%n segment(s)", nullptr, int(r.segments.size())));
            for (qint64 sid : r.segments) {
                if (!room(s))
                    continue;
                const Segment *seg = ws ? ws->segment(sid) : nullptr;
                s.children.append(node(QString::number(sid), seg ? seg->name : QString(),
                                       seg ? seg->rule : QString()));
            }
            segs.children.append(s);
        }
        out.append(segs);
    }

    OutlineNode errors = node(tr("Errors"), tr("%n error(s)", nullptr, int(r.errors.size())));
    // No DCS error code is good news only when the call itself succeeded: a 503 with an empty
    // errors[] is not a success. An ID sync's redirect is its documented answer.
    const bool httpOk = (r.httpStatus >= 200 && r.httpStatus < 300) ||
                        (kind == DcsEndpoint::Kind::IdSync && r.httpStatus >= 300 &&
                         r.httpStatus < 400);
    errors.tone = !r.errors.isEmpty() ? OutlineNode::Tone::Error
                  : httpOk            ? OutlineNode::Tone::Good
                                      : OutlineNode::Tone::Warning;
    if (r.errors.isEmpty() && !httpOk)
        errors.detail =
            tr("The answer has no DCS error code, but its HTTP status is %1.").arg(r.httpStatus);
    for (const DcsError &e : r.errors) {
        if (!room(errors))
            continue;
        QString where;
        if (e.inBody && e.inHeader)
            where = tr("errors[] and X-Error");
        else if (e.inHeader)
            where = tr("X-Error header");
        else
            where = tr("errors[]");
        OutlineNode n =
            node(QString::number(e.code),
                 e.serverMessage.isEmpty() ? (e.info() ? e.info()->message() : QString())
                                           : e.serverMessage,
                 QString(), OutlineNode::Tone::Error);
        n.children.append(node(tr("Meaning"), e.explanation()));
        n.children.append(node(tr("Source"), where));
        errors.children.append(n);
    }
    out.append(errors);

    OutlineNode notes = node(tr("Notes"), tr("%n note(s)", nullptr, int(r.notes.size())));
    for (const ResponseNote &n : r.notes) {
        if (!room(notes))
            continue;
        const auto tone = n.severity == Finding::Severity::Error     ? OutlineNode::Tone::Error
                          : n.severity == Finding::Severity::Warning ? OutlineNode::Tone::Warning
                                                                     : OutlineNode::Tone::Normal;
        notes.children.append(node(n.message, QString(), n.code, tone));
    }
    out.append(notes);

    // ibs (unless an /id answer shows it) and dpcalls are listed here too, so they count.
    const bool hasIbs =
        !r.ibs.isUndefined() && !r.ibs.isNull() && !(r.idService.present && r.ibs.isArray());
    const bool hasDpcalls = !r.dpcalls.isUndefined() && !r.dpcalls.isNull();
    const int unknownCount = int(r.unknownKeys.size()) + (hasIbs ? 1 : 0) + (hasDpcalls ? 1 : 0);
    OutlineNode unknown = node(tr("Unknown fields"), tr("%n field(s)", nullptr, unknownCount));
    for (auto it = r.unknownKeys.begin(); it != r.unknownKeys.end(); ++it)
        if (room(unknown))
            unknown.children.append(
                node(it.key(), jsonText(it.value()), tr("Not a documented field.")));
    if (hasIbs)
        unknown.children.append(node(QStringLiteral("ibs"), jsonText(r.ibs)));
    if (hasDpcalls)
        unknown.children.append(node(QStringLiteral("dpcalls"), jsonText(r.dpcalls)));
    out.append(unknown);
    return out;
}

} // namespace dcsdesk
