#pragma once

#include "console/sandboxendpoint.h"

#include <QPointer>
#include <memory>

namespace dcsdesk {

class SandboxService;
class WorkspaceDocument;

// The desktop app's "Local sandbox": an in-process SandboxService on 127.0.0.1 (a free port),
// fed from the open workspace so every edit is answered at once. Started by the first call
// that needs it, stopped with the app.
class SandboxServiceEndpoint : public SandboxEndpoint
{
public:
    explicit SandboxServiceEndpoint(WorkspaceDocument *document);
    ~SandboxServiceEndpoint() override;

    QUrl baseUrl(QString *error) override;
    bool isRunning() const;
    SandboxService *service() const { return m_service.get(); }

private:
    QPointer<WorkspaceDocument> m_document;
    std::unique_ptr<SandboxService> m_service;
    QString m_error; // the last start failure, reported once per attempt
};

} // namespace dcsdesk
