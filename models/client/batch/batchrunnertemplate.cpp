// What each user's call of a batch is built from: the template every user shares (without the
// IDs that name one person), the row's own values on top, and the notes about what the template
// leaves out. Split from batchrunner.cpp, which sends the calls.
#include "batchrunner.h"

#include "batchexpectations.h"
#include "dcs/dcsrequestbuilder.h"

namespace dcsdesk {

DcsRequest BatchRunner::everyUserTemplate(const DcsRequest &request, QStringList *dropped)
{
    // IDs that name one person or device are never sent for every user: against the live DCS
    // that would link all of them to one profile. Each user's own come from the input.
    DcsRequest t = request;
    for (const DeclaredId &id : std::as_const(t.declaredIds)) {
        const QString key = id.kind == DeclaredId::Kind::IntegrationCode
                                ? QStringLiteral("d_cid_ic")
                                : QStringLiteral("d_cid");
        if (dropped)
            dropped->append(QStringLiteral("%1 %2:%3").arg(key, id.ns, id.id));
    }
    t.declaredIds.clear();
    if (!t.tdpid.isEmpty()) {
        if (dropped)
            dropped->append(QStringLiteral("d_tdpid %1").arg(t.tdpid));
        t.tdpid.clear();
    }
    return t;
}

QStringList BatchRunner::describeTemplate(const Profile &profile, const DcsRequest &request)
{
    QStringList dropped;
    DcsRequest t = everyUserTemplate(request, &dropped);
    t.userId = QString(38, QLatin1Char('0')); // stands for each user's own; left out below
    const PreparedRequest p = DcsRequestBuilder::prepare(profile, t);
    QStringList params;
    for (const PreparedParam &param : p.params) {
        if (param.key != QLatin1String("d_uuid") && param.key != QLatin1String("d_mid"))
            params << QString::fromUtf8(param.encoded);
    }
    QStringList headers;
    for (const auto &h : p.headers)
        headers << QString::fromUtf8(h.first + ": " + h.second);
    QStringList lines;
    lines << tr("Every user's call: %1 %2")
                 .arg(QString::fromLatin1(p.method),
                      t.path.isEmpty() ? QStringLiteral("/event") : t.path);
    lines << tr("Parameters for every user: %1")
                 .arg(params.isEmpty() ? tr("none") : params.join(QLatin1Char('&')));
    lines << tr("Headers for every user: %1").arg(headers.join(QStringLiteral("; ")));
    lines << tr("From each user's row: the user ID (d_uuid or d_mid), and the row's own signals, "
                "d_cid, d_cid_ic, d_orgid and region.");
    if (!dropped.isEmpty())
        lines << tr("Not sent for every user, because it identifies one user: %1.")
                     .arg(dropped.join(QStringLiteral("; ")));
    return lines;
}

QString BatchRunner::templateNote() const
{
    QStringList notes = BatchExpectations::templateNotes(m_template, m_input.users);
    if (!m_droppedFromTemplate.isEmpty())
        notes.prepend(tr("Not sent for every user, because it identifies one user: %1. Give each "
                         "user's own IDs in the input (columns d_cid or d_cid_ic).")
                          .arg(m_droppedFromTemplate.join(QStringLiteral("; "))));
    return notes.join(QLatin1Char(' '));
}

Profile BatchRunner::profileFor(const BatchUser &user) const
{
    Profile p = m_profile;
    // A row's region picks the regional host only when the call goes to the live DCS; the
    // sandbox and a custom base URL stay where they are.
    if (user.regionId != BatchUser::NoRegion && p.regionId >= 0 && p.customBaseUrl.isEmpty())
        p.regionId = user.regionId;
    return p;
}

DcsRequest BatchRunner::requestFor(const BatchUser &user) const
{
    DcsRequest r = m_template;
    r.userIdKind = user.kind;
    r.userId = user.userId;
    if (!user.orgId.isEmpty())
        r.orgId = user.orgId;
    if (!user.platform.isEmpty())
        r.platform = user.platform;
    if (!user.sid.isEmpty())
        r.sid = user.sid;
    if (!user.tdpid.isEmpty())
        r.tdpid = user.tdpid;
    for (const DcsSignal &s : user.signalList) {
        bool replaced = false;
        for (DcsSignal &t : r.signalList) {
            if (t.enabled && t.key == s.key) {
                t.values = s.values;
                t.raw = false;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            r.signalList.append(s);
    }
    r.declaredIds += user.declaredIds;
    return r;
}

} // namespace dcsdesk
