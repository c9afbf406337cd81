#pragma once

#include "checks/check.h"
#include "dcs/dcsrequest.h"
#include "domain/profile.h"

#include <QString>
#include <QVector>

namespace dcsdesk {

// One user of a batch: the ID and what this user adds to the request template (signals,
// declared IDs, region). Read from a CSV row or generated.
struct BatchUser
{
    static constexpr int NoRegion = -1000; // the row names no region: the profile's applies

    int line = 0; // 1-based line of the CSV row; 0 for a generated user
    Profile::IdKind kind = Profile::IdKind::Uuid;
    QString userId;
    QString orgId;
    int regionId = NoRegion;
    QString platform; // d_ptfm, d_sid, d_tdpid override the template when set
    QString sid;
    QString tdpid;
    QVector<DcsSignal> signalList;
    QVector<DeclaredId> declaredIds;
    QVector<Check> expectations; // expect_* columns (BatchExpectations); never sent

    // Identifies the user for the one-call-in-flight rule (domain.md §2.4).
    QString key() const;
    QString idKey() const
    {
        return kind == Profile::IdKind::Mid ? QStringLiteral("d_mid") : QStringLiteral("d_uuid");
    }
};

// A row that will not be sent, and why (translated).
struct BatchInputProblem
{
    int line = 0; // 0: not tied to a line
    QString message;
};

} // namespace dcsdesk
