#pragma once

#include "validation/finding.h"

#include <QJsonObject>
#include <QString>

namespace dcsdesk {

// A problem found in a DCS request before it is sent. Unlike a workspace Finding it points at a
// part of the request (a signal row, a declared ID row, a header ...) and can be blocking: a
// blocking finding (a header that would smuggle a line break, an alias that is not a host name,
// no target) means the request is refused and never sent.
struct RequestFinding
{
    enum class Part {
        Request,
        Target,
        Alias,
        Path,
        UserId,
        OrgId,
        Option,
        Signal,
        DeclaredId,
        Header
    };

    Finding::Severity severity = Finding::Severity::Warning;
    Part part = Part::Request;
    int index = -1;  // row of signalList / declaredIds / headers, -1 otherwise
    QString key;     // the DCS key or header concerned, e.g. "d_cb", "Host"
    QString code;    // stable machine name, e.g. "size.get"
    QString message; // translated
    bool blocking = false;

    QJsonObject toJson() const;
    static QString partName(Part part); // stable English name for JSON
    static RequestFinding make(Finding::Severity severity, Part part, int index, const QString &key,
                               const char *code, const QString &message, bool blocking = false);
};

} // namespace dcsdesk
