#pragma once

#include "preparedrequest.h"

#include <QCoreApplication>

namespace dcsdesk {

// Turns a profile and a DcsRequest into the exact HTTP request (domain.md §1): the regional DCS
// host (or the sandbox / a custom base URL) in the URL, the alias in the Host header, every key
// and value percent-encoded on its own, the pairs in the query (GET) or a form body (POST). The
// checks of DcsRequestChecker run on the result, so every caller gets the same findings.
class DcsRequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DcsRequestBuilder)

public:
    static constexpr int MaxGetBytes = 8 * 1024;
    static constexpr int MaxPostBytes = 32 * 1024;

    // sandboxBaseUrl is where the local sandbox listens; used when the profile's region is
    // Profile::SandboxRegion and it has no custom base URL.
    static PreparedRequest prepare(const Profile &profile, const DcsRequest &request,
                                   const QUrl &sandboxBaseUrl = QUrl());

    // The request with the profile's default user ID, kind and org ID filled in.
    static DcsRequest withProfileDefaults(const Profile &profile, const DcsRequest &request);

    static QByteArray defaultUserAgent(); // "DCS-Desk/<version>"
    static QString hostHeaderFor(const QString &alias)
    {
        return alias + QStringLiteral(".demdex.net");
    }
};

} // namespace dcsdesk
