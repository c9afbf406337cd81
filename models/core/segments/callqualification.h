#pragma once

#include "calls/signalset.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace dcsdesk {

struct Workspace;

// Which of a workspace's segments one call qualifies for, and why each other segment does not:
// the same rules, the same d_sid handling and the same header signals as the sandbox, so the
// console's expectation comes from the workspace and never from what the answer happens to list.
class CallQualification
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CallQualification)

public:
    CallQualification(const Workspace &workspace, const SignalSet &callSignals,
                      const QVector<qint64> &requestedSids);

    const QVector<qint64> &qualified() const { return m_qualified; } // ascending
    bool qualifies(qint64 sid) const { return m_qualifiedSet.contains(sid); }
    const QSet<qint64> &qualifiedSet() const { return m_qualifiedSet; }

    // Translated: why sid qualifies ("its rule … holds", "d_sid asks for it").
    QString whyQualified(qint64 sid) const;
    // Translated: why sid does not qualify (inactive, not in the workspace, rule false, blank or
    // broken rule), naming the rule.
    QString whyNot(qint64 sid) const;

    // The d_sid values of a request, as the DCS reads them: comma-separated segment IDs.
    static QVector<qint64> sidList(const QString &dSid);

private:
    const Workspace &m_workspace;
    QVector<qint64> m_qualified;
    QSet<qint64> m_qualifiedSet;
    QSet<qint64> m_byRule;
};

} // namespace dcsdesk
