#pragma once

#include <QUrl>

namespace dcsdesk {

// Where the console sends a "Local sandbox" call. The desktop app starts the in-process sandbox
// on the first call that needs it; tests point at a loopback server. baseUrl() returns an empty
// URL and a translated message when the sandbox cannot be started.
class SandboxEndpoint
{
public:
    virtual ~SandboxEndpoint() = default;
    virtual QUrl baseUrl(QString *error) = 0;
};

// A sandbox that is already listening somewhere (tests, a dcsdesk-sandbox started by hand).
class FixedSandboxEndpoint : public SandboxEndpoint
{
public:
    explicit FixedSandboxEndpoint(const QUrl &url) : m_url(url) {}
    QUrl baseUrl(QString *) override { return m_url; }

private:
    QUrl m_url;
};

} // namespace dcsdesk
