#include "callqualification.h"

#include "segments/traitrule.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace dcsdesk {

namespace {

QString shortRule(const QString &rule)
{
    const QString flat = rule.simplified();
    return flat.size() <= 120 ? flat : flat.left(119) + QChar(0x2026);
}

} // namespace

CallQualification::CallQualification(const Workspace &workspace, const SignalSet &callSignals,
                                     const QVector<qint64> &requestedSids)
    : m_workspace(workspace)
{
    for (const Segment &s : workspace.segments) {
        if (!s.active || s.rule.trimmed().isEmpty())
            continue;
        const auto rule = TraitRule::cached(s.rule);
        if (rule->isValid() && rule->evaluate(callSignals))
            m_byRule.insert(s.sid);
    }
    m_qualifiedSet = m_byRule;
    for (qint64 sid : requestedSids) {
        const Segment *s = workspace.segment(sid);
        if (s && s->active)
            m_qualifiedSet.insert(sid);
    }
    m_qualified = QVector<qint64>(m_qualifiedSet.begin(), m_qualifiedSet.end());
    std::sort(m_qualified.begin(), m_qualified.end());
}

QString CallQualification::whyQualified(qint64 sid) const
{
    const Segment *s = m_workspace.segment(sid);
    if (!s || !m_qualifiedSet.contains(sid))
        return QString();
    if (m_byRule.contains(sid))
        return tr("Segment %1 qualifies: its rule %2 holds for this call's signals.")
            .arg(sid)
            .arg(shortRule(s->rule));
    return tr("Segment %1 qualifies: d_sid asks for it.").arg(sid);
}

QString CallQualification::whyNot(qint64 sid) const
{
    const Segment *s = m_workspace.segment(sid);
    if (!s)
        return tr("Segment %1 is not in the workspace.").arg(sid);
    if (!s->active)
        return tr("Segment %1 is inactive in the workspace.").arg(sid);
    if (m_qualifiedSet.contains(sid))
        return QString();
    if (s->rule.trimmed().isEmpty())
        return tr("Segment %1 has no rule: only d_sid qualifies a user for it.").arg(sid);
    const auto rule = TraitRule::cached(s->rule);
    if (!rule->isValid())
        return tr("Segment %1 is not qualified: its rule has an error (%2).")
            .arg(sid)
            .arg(rule->errorText());
    return tr("Segment %1 is not qualified: its rule %2 is false for this call's signals.")
        .arg(sid)
        .arg(shortRule(s->rule));
}

QVector<qint64> CallQualification::sidList(const QString &dSid)
{
    QVector<qint64> out;
    const QStringList parts = dSid.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const qint64 sid = p.trimmed().toLongLong(&ok);
        if (ok && !out.contains(sid))
            out.append(sid);
    }
    return out;
}

} // namespace dcsdesk
