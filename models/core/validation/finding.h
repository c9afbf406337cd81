#pragma once

#include "workspace/changeset.h"

#include <QString>
#include <QVector>

namespace dcsdesk {

// One result of validation, structured so views can put it next to the field it concerns, the
// CLI can print it and the sandbox can refuse what is broken.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    EntityKind kind = EntityKind::Destination;
    qint64 key = 0;  // destination ID, segment ID, mapping ID or profile index
    int field = -1;  // the kind's Field enum, -1 for the whole object
    QString code;    // stable machine name, e.g. "url.alias-missing"
    QString message; // translated

    static QString severityName(Severity s);
};

struct FindingSummary
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    static FindingSummary of(const QVector<Finding> &findings);
};

} // namespace dcsdesk
