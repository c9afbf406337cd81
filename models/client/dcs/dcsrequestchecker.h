#pragma once

#include "preparedrequest.h"

#include <QCoreApplication>

namespace dcsdesk {

// The rules a request is checked against before it is sent (domain.md §1.2, §1.6, §7): sizes,
// declared-ID limits, IDFA case, encoding that would trigger error 311, missing user ID or
// d_rtbd, and anything that would put a line break or a bad host name into a header (blocking).
class DcsRequestChecker
{
    Q_DECLARE_TR_FUNCTIONS(DcsRequestChecker)

public:
    static constexpr int MaxDeclaredIds = 10;
    static constexpr int MaxDeclaredIdsPerNamespace = 3;

    // Appends findings about the request's content (not its target) to prepared.findings.
    static void check(const Profile &profile, PreparedRequest &prepared);

    // Header rules shared with the client: a name must be an RFC 7230 token, a value Latin-1
    // without control characters. Returns an empty string or a translated reason.
    static QString headerNameProblem(const QString &name);
    static QString headerValueProblem(const QString &value);
    static bool isManagedHeader(const QString &name); // Host, Content-Length, ... set by DCS Desk

    // "20915" for d_cid=20915 and for d_cid_ic=DSID_20915, so both count in the same namespace.
    static QString namespaceKey(const DeclaredId &id);
};

} // namespace dcsdesk
