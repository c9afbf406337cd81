#include "dcsendpointchecker.h"

#include "calls/dcsencoding.h"
#include "calls/dcsendpoint.h"

#include <QRegularExpression>

namespace dcsdesk {

namespace {

using Part = RequestFinding::Part;
using Kind = DcsEndpoint::Kind;

// The value a signal row sends, decoded, so that an "As typed" redir is read like a typed one.
QString decodedValue(const DcsSignal &s)
{
    const QString joined = s.values.join(QLatin1Char(','));
    if (!s.raw)
        return joined;
    return QUrl::fromPercentEncoding(joined.toUtf8());
}

} // namespace

bool DcsEndpointChecker::isEventOnlyKey(const QString &key)
{
    const QString lower = key.toLower();
    static const QStringList eventKeys = {QStringLiteral("d_dst"),      QStringLiteral("d_cts"),
                                          QStringLiteral("d_sid"),      QStringLiteral("d_tdpid"),
                                          QStringLiteral("d_tdpid_ic"), QStringLiteral("d_ptfm"),
                                          QStringLiteral("d_jsonv")};
    return eventKeys.contains(lower) || lower.startsWith(QLatin1String("c_")) ||
           lower.startsWith(QLatin1String("p_")) || lower.startsWith(QLatin1String("h_"));
}

void DcsEndpointChecker::check(PreparedRequest &p)
{
    const DcsRequest &r = p.request;
    const Kind kind = DcsEndpoint::kindOf(r.path);
    const auto add = [&p](Finding::Severity s, Part part, int index, const QString &key,
                          const char *code, const QString &message, bool blocking = false) {
        p.findings.append(RequestFinding::make(s, part, index, key, code, message, blocking));
    };

    if (kind == Kind::Event)
        return;
    if (kind == Kind::Other) {
        add(Finding::Severity::Info, Part::Path, -1, QString(), "path.unknown",
            tr("Adobe documents the DCS paths /event, /ibs, /id and /demoptout.jpg; %1 is none of "
               "them, so the answer may be anything. Choose one of them unless you are testing "
               "another server.")
                .arg(r.path.left(80)));
        return;
    }

    const QString path = DcsEndpoint::pathOf(kind);
    bool hasDeclaredId = false;
    for (const DeclaredId &d : r.declaredIds)
        hasDeclaredId |= d.enabled;
    const auto signalIndex = [&r](const char *key) {
        for (int i = 0; i < r.signalList.size(); ++i) {
            const DcsSignal &s = r.signalList.at(i);
            if (s.enabled && s.key.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };

    if (r.method == DcsRequest::Method::Post) {
        if (kind == Kind::IdSync)
            add(Finding::Severity::Error, Part::Request, -1, QString(), "ibs.post",
                tr("An ID sync carries its pairs in the URL after /ibs:, so it cannot be sent "
                   "as POST. Switch the method to GET."),
                true);
        else
            add(Finding::Severity::Warning, Part::Request, -1, QString(), "endpoint.post",
                tr("Adobe documents %1 as a GET call only; POST may be ignored. Switch the "
                   "method to GET.")
                    .arg(path));
    }

    // Keys only an /event call reads (domain.md §1.4): pointless anywhere else.
    QStringList unsent;
    if (r.rtbdJson && kind != Kind::IdService)
        unsent.append(QStringLiteral("d_rtbd"));
    if (!r.jsonVersion.isEmpty())
        unsent.append(QStringLiteral("d_jsonv"));
    if (r.destinations)
        unsent.append(QStringLiteral("d_dst"));
    if (r.cts != 0)
        unsent.append(QStringLiteral("d_cts"));
    if (!r.platform.isEmpty())
        unsent.append(QStringLiteral("d_ptfm"));
    if (!r.sid.isEmpty())
        unsent.append(QStringLiteral("d_sid"));
    if (!r.tdpid.isEmpty())
        unsent.append(QStringLiteral("d_tdpid"));
    if (!r.callback.isEmpty() && kind != Kind::IdService)
        unsent.append(QStringLiteral("d_cb"));
    if (!unsent.isEmpty())
        add(Finding::Severity::Info, Part::Option, -1, unsent.first(), "endpoint.options-unsent",
            tr("%2 not sent: %1 does not read them, only /event does. Choose /event as the "
               "endpoint to send them.")
                .arg(path, unsent.join(QStringLiteral(", "))));
    for (int i = 0; i < r.signalList.size(); ++i) {
        const DcsSignal &s = r.signalList.at(i);
        if (s.enabled && isEventOnlyKey(s.key))
            add(Finding::Severity::Warning, Part::Signal, i, s.key, "endpoint.event-key",
                tr("%1 is read only by /event calls; %2 ignores it. Remove it, or send it to "
                   "/event.")
                    .arg(s.key, path));
    }

    switch (kind) {
    case Kind::OptOut:
        // data-privacy-requests.md: d_uuid, d_mid with d_orgid, or d_cid / d_cid_ic.
        if (r.userId.isEmpty() && !hasDeclaredId)
            add(Finding::Severity::Error, Part::UserId, -1, QStringLiteral("d_uuid"),
                "optout.no-id",
                tr("An opt-out names the ID to opt out, and this call has none. Set a user ID "
                   "(d_uuid, or d_mid with d_orgid) or add a declared ID (d_cid or d_cid_ic)."));
        break;
    case Kind::IdSync: {
        const int dpid = signalIndex("dpid");
        const int dpuuid = signalIndex("dpuuid");
        if ((dpid < 0 || dpuuid < 0) && !hasDeclaredId) {
            add(Finding::Severity::Error, Part::Signal, dpid < 0 ? dpuuid : dpid,
                QStringLiteral("dpid"), "ibs.no-id",
                tr("An ID sync needs the vendor's data source ID and user ID: add the signals "
                   "dpid=<VENDOR_ID> and dpuuid=<VENDOR_UUID>, or a declared ID (d_cid)."));
        } else if (dpid >= 0) {
            static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
            const QString value = decodedValue(r.signalList.at(dpid));
            if (!digits.match(value).hasMatch())
                add(Finding::Severity::Warning, Part::Signal, dpid, QStringLiteral("dpid"),
                    "ibs.dpid",
                    tr("dpid is the data source ID Audience Manager assigned to the vendor, a "
                       "number, not “%1”.")
                        .arg(value.left(40)));
        }
        const int redir = signalIndex("redir");
        if (redir >= 0) {
            const QString url = decodedValue(r.signalList.at(redir));
            if (!url.contains(DcsEndpoint::uuidMacro()))
                add(Finding::Severity::Info, Part::Signal, redir, QStringLiteral("redir"),
                    "ibs.redir-macro",
                    tr("The redir URL has no %1, so the partner gets no AAM UUID back. Put %1 "
                       "where the partner expects the ID, for example "
                       "https://partner.example/sync?aam=%1.")
                        .arg(DcsEndpoint::uuidMacro()));
            const QUrl target(url);
            const QString scheme = target.scheme().toLower();
            if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
                add(Finding::Severity::Warning, Part::Signal, redir, QStringLiteral("redir"),
                    "ibs.redir-url",
                    tr("redir is “%1”, not an http:// or https:// address; the DCS redirects the "
                       "browser there.")
                        .arg(url.left(80)));
        }
        break;
    }
    case Kind::IdService:
        if (!r.userId.isEmpty() && r.userIdKind == Profile::IdKind::Uuid)
            add(Finding::Severity::Info, Part::UserId, -1, QStringLiteral("d_uuid"), "id.uuid",
                tr("The ID service answers an Experience Cloud ID (d_mid) for an org "
                   "(d_orgid). Send d_mid with d_orgid, or a declared ID, rather than d_uuid."));
        break;
    case Kind::Event:
    case Kind::Other:
        break;
    }
}

} // namespace dcsdesk
