// The console's side of the Captures view: a captured call opened as it was sent, and its
// server-to-server form put in the builder with the target it needs.
#include "consoleview.h"

#include "requestbuilderwidget.h"
#include "responsewidget.h"
#include "system/colontext.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>

namespace dcsdesk {

void ConsoleView::selectSandboxProfile()
{
    if (m_document) {
        for (const Profile &p : m_document->workspace().profiles) {
            if (p.regionId == Profile::SandboxRegion && p.customBaseUrl.isEmpty()) {
                m_builder->setProfileByName(p.name);
                break;
            }
        }
    }
    m_builder->setRegion(Profile::SandboxRegion);
}

void ConsoleView::openCapturedCall(const QString &curlCommand, const DcsResult &captured,
                                   const QString &note)
{
    QString message;
    if (!importCurl(curlCommand, &message)) {
        m_response->showRunning(
            tr("%1 It could not be read: %2").arg(note, ColonText::continued(message)));
        return;
    }
    m_response->showResult(captured);
    m_response->showRunning(tr("%1 %2").arg(note, message));
}

void ConsoleView::openServerCall(const CaptureCall::ServerCall &call, bool toSandbox,
                                 const QString &note)
{
    if (toSandbox) {
        selectSandboxProfile();
    } else {
        // A profile of the workspace with this alias and no base URL of its own, else the
        // capture's target as a pasted profile (saved only when the user asks).
        QString found;
        if (m_document) {
            for (const Profile &p : m_document->workspace().profiles) {
                if (p.alias == call.target.alias && p.customBaseUrl.isEmpty()) {
                    found = p.name;
                    break;
                }
            }
        }
        if (!found.isEmpty()) {
            m_builder->setProfileByName(found);
        } else {
            Profile pasted = call.target;
            pasted.name.clear();
            m_builder->setPastedProfile(pasted);
        }
        m_builder->setRegion(call.target.regionId);
    }
    m_method->setCurrentIndex(0);
    m_builder->setRequest(call.request);
    m_url->setModified(false);
    refreshPreview();
    m_response->clear();
    m_response->showRunning(note);
}

} // namespace dcsdesk
