// What the console takes in from outside the builder: a URL edited by hand, a pasted cURL
// command and an AMCV cookie (with the profile it may need), each read into the request with a
// message that says what was taken and what was not.
#include "consoleview.h"

#include "calls/dcsendpoint.h"
#include "console/savedrequests.h"
#include "dcs/amcvcookie.h"
#include "dcs/curlimport.h"
#include "dcs/dcsrequestbuilder.h"
#include "domain/region.h"
#include "requestbuilderwidget.h"
#include "responsewidget.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace dcsdesk {

void ConsoleView::importEditedUrl()
{
    const QString t = m_url->text().trimmed();
    if (!t.startsWith(QLatin1String("curl ")) && !t.startsWith(QLatin1String("http://")) &&
        !t.startsWith(QLatin1String("https://"))) {
        // Said, never dropped in silence, and the field shows again the URL Send would use.
        m_url->setModified(false);
        refreshPreview();
        m_response->showRunning(
            t.isEmpty() ? tr("The URL field was left empty: the request is unchanged and its "
                             "URL is shown again.")
                        : tr("“%1” is neither a URL (http:// or https://) nor a cURL command: "
                             "the request is unchanged and its URL is shown again. Type the "
                             "whole URL, or paste a cURL command.")
                              .arg(t.left(120)));
        return;
    }
    // Same scheme, host, port and path as now: the user edited the parameters, not the target.
    // An ID sync's pairs are part of its path, after "/ibs:".
    const auto target = [](const QString &text) {
        QString url = text.left(
            text.indexOf(QLatin1Char('?')) < 0 ? text.size() : text.indexOf(QLatin1Char('?')));
        const qsizetype idSync = url.indexOf(QLatin1String("/ibs:"));
        if (idSync >= 0)
            url.truncate(idSync + 4);
        return QUrl(url).adjusted(QUrl::RemoveFragment);
    };
    const QUrl now = target(QString::fromUtf8(prepared().urlText));
    const QUrl edited = target(t);
    const bool sameTarget =
        !t.startsWith(QLatin1String("curl ")) && now.isValid() && edited.isValid() && now == edited;
    QString message;
    if (!importCurl(t, &message, sameTarget))
        m_response->showRunning(message);
}

bool ConsoleView::importCurl(const QString &command, QString *message, bool keepTarget)
{
    const QString text = command.trimmed();
    // A URL alone carries no headers and no body: those of the request stay.
    const bool urlOnly = !text.startsWith(QLatin1String("curl"));
    CurlImport::Result r = urlOnly ? CurlImport::parseUrl(text) : CurlImport::parse(text);
    if (urlOnly && r.ok) {
        const DcsRequest current = m_builder->request();
        r.request.headers = current.headers;
        // Options the URL cannot show because its endpoint does not send them stay as set.
        const DcsEndpoint::Kind kind = DcsEndpoint::kindOf(r.request.path);
        if (kind != DcsEndpoint::Kind::Event && kind != DcsEndpoint::Kind::Other) {
            r.request.jsonVersion = current.jsonVersion;
            r.request.destinations = current.destinations;
            r.request.cts = current.cts;
            r.request.platform = current.platform;
            r.request.sid = current.sid;
            r.request.tdpid = current.tdpid;
            if (kind != DcsEndpoint::Kind::IdService) {
                r.request.rtbdJson = current.rtbdJson;
                r.request.callback = current.callback;
            }
        }
    }
    if (!r.ok) {
        if (message)
            *message = r.error;
        return false;
    }
    // The command's target is used for the calls; the workspace changes only when the user
    // saves it as a profile. A profile with the same alias (and base URL) is picked instead.
    const int regionOverride =
        keepTarget ? Profile::SandboxRegion
                   : (r.baseUrl.isEmpty() ? r.regionId : RequestBuilderWidget::CustomBaseUrlRegion);
    if (!keepTarget && (!r.alias.isEmpty() || !r.baseUrl.isEmpty())) {
        const Profile current = m_builder->profile();
        int found = -1;
        if (m_document) {
            const auto &profiles = m_document->workspace().profiles;
            for (int i = 0; i < profiles.size() && found < 0; ++i) {
                const Profile &p = profiles[i];
                if (p.alias == (r.alias.isEmpty() ? current.alias : r.alias) &&
                    p.customBaseUrl == r.baseUrl)
                    found = i;
            }
        }
        if (found >= 0) {
            m_builder->setProfileByName(m_document->workspace().profiles[found].name);
        } else {
            Profile pasted = r.applyTo(current);
            pasted.name.clear();
            m_builder->setPastedProfile(pasted);
        }
    }
    m_method->setCurrentIndex(r.request.method == DcsRequest::Method::Post ? 1 : 0);
    if (regionOverride != Profile::SandboxRegion) // else the command names no region
        m_builder->setRegion(regionOverride);
    m_builder->setRequest(r.request);
    m_url->setModified(false);
    refreshPreview();
    QStringList notes = r.notes;
    for (const QString &o : r.unknownOptions)
        notes.append(tr("Ignored option: %1").arg(o));
    QString text2 = urlOnly ? tr("URL read into the request.") : tr("cURL command imported.");
    if (!notes.isEmpty())
        text2 = tr("%1 %2").arg(text2, notes.join(QLatin1Char(' ')));
    m_response->showRunning(text2);
    if (message)
        *message = text2;
    return true;
}

bool ConsoleView::applyAmcv(const QString &cookie, QString *message)
{
    const AmcvCookie amcv = AmcvCookie::parse(cookie);
    if (!amcv.ok || amcv.mcmid.isEmpty()) {
        if (message)
            *message = amcv.ok ? tr("The cookie has no valid MCMID (ECID).") : amcv.error;
        return false;
    }
    DcsRequest r = m_builder->request();
    const int region = amcv.fillRequest(r);
    m_builder->setUserId(Profile::IdKind::Mid, r.userId, r.orgId);
    if (region >= 0 && DcsRegion::find(region) && m_builder->region() != Profile::SandboxRegion)
        m_builder->setRegion(region);
    QString text =
        region >= 0 ? tr("d_mid %1, region %2 from the AMCV cookie.")
                          .arg(amcv.mcmid, DcsRegion::displayName(region))
                    : tr("d_mid %1 from the AMCV cookie; it has no valid region.").arg(amcv.mcmid);
    if (region >= 0 && m_builder->region() == Profile::SandboxRegion)
        text = tr("%1 The local sandbox stays selected; pick the region to send live.").arg(text);
    m_response->showRunning(text);
    if (message)
        *message = text;
    return true;
}

void ConsoleView::pasteAmcv()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste AMCV cookie"),
        tr("AMCV_…@AdobeOrg cookie (name=value, the value alone, or a whole Cookie header):"),
        QApplication::clipboard()->text(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QString message;
    if (!applyAmcv(text, &message))
        QMessageBox::warning(this, tr("AMCV cookie"), message);
}

bool ConsoleView::savePastedProfile(const QString &name)
{
    if (!m_document || !m_builder->isPastedProfileSelected())
        return false;
    for (const Profile &p : m_document->workspace().profiles) {
        if (p.name == name) {
            QMessageBox::warning(
                this, tr("Save as Profile"),
                tr("A profile named “%1” exists already. Choose another name.").arg(name));
            return false;
        }
    }
    Profile p = m_builder->pastedProfile();
    p.name = name;
    ChangeSet changes;
    changes.addProfiles.append(p);
    m_document->apply(changes, tr("Add profile %1").arg(name));
    m_builder->forgetPastedProfile();
    m_builder->setProfileByName(name);
    m_response->showRunning(
        tr("Profile “%1” added to the workspace (Edit › Undo removes it).").arg(name));
    return true;
}

} // namespace dcsdesk
