#include "requestbuilderwidget.h"

#include "calls/dcsendpoint.h"
#include "dcs/dcsrequestbuilder.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

// Where the builder's calls go: the profile picker (the workspace's profiles and a target
// pasted from a cURL command, which stays out of the workspace until saved) and the region
// picker (the DCS regions, the local sandbox and the profile's custom base URL).
namespace dcsdesk {

void RequestBuilderWidget::reloadProfiles()
{
    if (!m_document)
        return;
    const QString current = m_profile->currentText();
    const int currentIndex = m_profile->currentIndex();
    const int oldCount = m_profile->count();
    m_updating = true;
    m_profile->clear();
    for (const Profile &p : m_document->workspace().profiles)
        m_profile->addItem(p.name);
    if (m_hasPasted)
        m_profile->addItem(pastedProfileName());
    int index = m_profile->findText(current);
    if (index < 0 && oldCount == m_profile->count() && currentIndex < m_profile->count())
        index = currentIndex; // the profile was renamed
    m_profile->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
    if (index < 0)
        applyProfileDefaults();
    showHostHeaderOf(profile());
    emitChanged();
}

void RequestBuilderWidget::applyProfileDefaults()
{
    const int index = profileIndex();
    const bool pasted = isPastedProfileSelected();
    if (!pasted && (!m_document || index < 0))
        return;
    const Profile p = pasted ? m_pasted : m_document->workspace().profiles[index];
    m_saveProfile->setVisible(pasted);
    const bool was = m_updating;
    m_updating = true;
    updateCustomBaseUrlItem();
    setRegion(p.customBaseUrl.isEmpty() ? p.regionId : CustomBaseUrlRegion);
    m_updating = was;
    showHostHeaderOf(p);
    updateUserIdPlaceholder();
}

// An empty User ID field sends the profile's default ID: the field says so, short enough beside
// two buttons in every language, and its tooltip says which ID.
void RequestBuilderWidget::updateUserIdPlaceholder()
{
    const QString id = profile().defaultUserId;
    m_userId->setPlaceholderText(id.isEmpty() ? tr("38 digits") : tr("profile default"));
    m_userId->setToolTip(id.isEmpty() ? tr("38 digits; empty = the profile's default")
                                      : tr("38 digits; empty = the profile's default, %1").arg(id));
}

QString RequestBuilderWidget::pastedProfileName() const
{
    const QString target = m_pasted.alias.isEmpty()
                               ? m_pasted.customBaseUrl
                               : DcsRequestBuilder::hostHeaderFor(m_pasted.alias);
    return tr("%1 (pasted, not saved)").arg(target);
}

bool RequestBuilderWidget::isPastedProfileSelected() const
{
    return m_hasPasted && m_document &&
           m_profile->currentIndex() == m_document->workspace().profiles.size();
}

void RequestBuilderWidget::setPastedProfile(const Profile &profile)
{
    m_pasted = profile;
    m_hasPasted = true;
    m_updating = true;
    reloadProfiles();
    m_profile->setCurrentIndex(m_profile->count() - 1);
    m_updating = false;
    applyProfileDefaults();
    emitChanged();
}

void RequestBuilderWidget::forgetPastedProfile()
{
    if (!m_hasPasted)
        return;
    m_hasPasted = false;
    m_saveProfile->hide();
    reloadProfiles();
}

void RequestBuilderWidget::updateCustomBaseUrlItem()
{
    const int existing = m_region->findData(CustomBaseUrlRegion);
    Profile p;
    if (isPastedProfileSelected())
        p = m_pasted;
    else if (profileIndex() >= 0)
        p = m_document->workspace().profiles[profileIndex()];
    const bool blocked = m_region->blockSignals(true);
    if (p.customBaseUrl.isEmpty()) {
        if (existing >= 0)
            m_region->removeItem(existing);
    } else {
        const QString text = tr("Custom base URL: %1").arg(p.customBaseUrl);
        if (existing >= 0)
            m_region->setItemText(existing, text);
        else
            m_region->addItem(text, CustomBaseUrlRegion);
    }
    m_region->blockSignals(blocked);
}

int RequestBuilderWidget::profileIndex() const
{
    if (!m_document)
        return -1;
    const int index = m_profile->currentIndex();
    return index >= 0 && index < m_document->workspace().profiles.size() ? index : -1;
}

Profile RequestBuilderWidget::profile() const
{
    Profile p;
    const int index = profileIndex();
    if (isPastedProfileSelected())
        p = m_pasted;
    else if (index >= 0)
        p = m_document->workspace().profiles[index];
    const int regionId = region();
    if (regionId == CustomBaseUrlRegion)
        return p;
    if (regionId != p.regionId || !p.customBaseUrl.isEmpty()) {
        p.regionId = regionId;
        p.customBaseUrl.clear(); // a region picked over a custom base URL replaces it
    }
    return p;
}

void RequestBuilderWidget::setProfileByName(const QString &name)
{
    const int index = m_profile->findText(name);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void RequestBuilderWidget::setRegion(int regionId)
{
    const int index = m_region->findData(regionId);
    if (index >= 0)
        m_region->setCurrentIndex(index);
}

int RequestBuilderWidget::region() const
{
    return m_region->currentIndex() < 0 ? Profile::SandboxRegion : m_region->currentData().toInt();
}

// The options only /event reads keep their values (they come back with /event) but are greyed
// out for the other endpoints, so the builder shows what is sent; a finding names them too.
void RequestBuilderWidget::applyEndpoint()
{
    const DcsEndpoint::Kind kind = DcsEndpoint::kindOf(m_endpoint->path());
    const bool event = kind == DcsEndpoint::Kind::Event || kind == DcsEndpoint::Kind::Other;
    const bool answersJson = event || kind == DcsEndpoint::Kind::IdService;
    for (QWidget *w : {static_cast<QWidget *>(m_jsonv), static_cast<QWidget *>(m_dst),
                       static_cast<QWidget *>(m_ctsLabel), static_cast<QWidget *>(m_cts),
                       static_cast<QWidget *>(m_ptfmLabel), static_cast<QWidget *>(m_platform),
                       static_cast<QWidget *>(m_sidLabel), static_cast<QWidget *>(m_sid)})
        w->setEnabled(event);
    for (QWidget *w : {static_cast<QWidget *>(m_rtbd), static_cast<QWidget *>(m_cbLabel),
                       static_cast<QWidget *>(m_callback)})
        w->setEnabled(answersJson);
}

} // namespace dcsdesk
