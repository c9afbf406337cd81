#include "sandboxserviceendpoint.h"

#include "sandbox/sandboxservice.h"
#include "workspace/workspacedocument.h"

namespace dcsdesk {

SandboxServiceEndpoint::SandboxServiceEndpoint(WorkspaceDocument *document) : m_document(document)
{
}

SandboxServiceEndpoint::~SandboxServiceEndpoint()
{
    if (m_service)
        m_service->stop(500);
}

bool SandboxServiceEndpoint::isRunning() const
{
    return m_service && m_service->isRunning();
}

QUrl SandboxServiceEndpoint::baseUrl(QString *error)
{
    if (isRunning())
        return m_service->baseUrl();
    if (!m_service) {
        m_service = std::make_unique<SandboxService>();
        if (m_document)
            m_service->setDocument(m_document);
    }
    QString message;
    if (!m_service->start(&message)) {
        if (error)
            *error = message;
        return QUrl();
    }
    return m_service->baseUrl();
}

} // namespace dcsdesk
