#include "profiledialog.h"
#include "common/tooltiptext.h"
#include "system/colontext.h"

#include "common/filefolders.h"
#include "dcs/tlsprobe.h"
#include "domain/region.h"
#include "headertablewidget.h"
#include "system/datetext.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

QString profileNameHelp()
{
    return paragraphToolTip(ProfileDialog::tr(
        "The profile's name, as the console's profile list shows it. Example: Acme live (US "
        "East)"));
}

} // namespace

ProfileDialog::ProfileDialog(WorkspaceDocument *document, int current, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Profiles"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Profiles"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Profile name"));
    m_alias = new QLineEdit(this);
    m_alias->setAccessibleName(tr("Domain alias"));
    m_alias->setPlaceholderText(tr("alias of <alias>.demdex.net"));
    m_region = new QComboBox(this);
    m_region->setAccessibleName(tr("Region"));
    for (const DcsRegion &r : DcsRegion::all())
        m_region->addItem(r.id == Profile::SandboxRegion ? tr("Local sandbox (offline)")
                                                         : DcsRegion::displayName(r.id),
                          r.id);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setAccessibleName(tr("Custom base URL"));
    m_baseUrl->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:8080"));
    m_userId = new QLineEdit(this);
    m_userId->setAccessibleName(tr("Default user ID"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Default user ID kind"));
    m_kind->addItem(QStringLiteral("d_uuid"), int(Profile::IdKind::Uuid));
    m_kind->addItem(QStringLiteral("d_mid"), int(Profile::IdKind::Mid));
    m_orgId = new QLineEdit(this);
    m_orgId->setAccessibleName(tr("Org ID"));
    m_caFile = new QLineEdit(this);
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setPlaceholderText(tr("optional: a PEM file")); // the tooltip says what for
    m_browseCa = new QPushButton(tr("Browse…"), this);
    m_pin = new QLineEdit(this);
    m_pin->setAccessibleName(tr("Pinned server key"));
    m_pin->setPlaceholderText(tr("optional: sha256//…"));
    m_pinFromServer = new QPushButton(tr("Pin from &Server…"), this);
    m_pinFromServer->setToolTip(tr("Connect to the profile's https address, show its certificate "
                                   "and trust its key for this profile only"));
    m_name->setToolTip(profileNameHelp());
    m_alias->setToolTip(paragraphToolTip(
        tr("Domain alias: the part before .demdex.net that Audience Manager assigned to your "
           "account; it goes in the Host header of every call. Example: acme for "
           "acme.demdex.net")));
    m_region->setToolTip(paragraphToolTip(
        tr("Where calls go: the local sandbox, which answers from this workspace without a "
           "network, or the live DCS host of a region. Example: US East (use.demdex.net)")));
    m_baseUrl->setToolTip(paragraphToolTip(
        tr("Sends the calls to this address instead of the region's host, e.g. a test server. "
           "Leave it blank to use the region. Example: http://127.0.0.1:8080")));
    m_userId->setToolTip(paragraphToolTip(
        tr("The user ID a new call starts with: a 38-digit Audience Manager ID (d_uuid) or an "
           "Experience Cloud ID (d_mid). Example: 07955261652886032950143702505894272138")));
    m_kind->setToolTip(paragraphToolTip(
        tr("d_uuid: the Audience Manager user ID. d_mid: the Experience Cloud ID, which also "
           "needs the Org ID.")));
    m_orgId->setToolTip(paragraphToolTip(
        tr("Your Experience Cloud organization ID, sent as d_orgid with a d_mid. Example: "
           "5DC5123F5245B1D20A490D46@AdobeOrg")));
    m_caFile->setToolTip(paragraphToolTip(
        tr("Optional: a file of PEM certificates to trust for https instead of the system's, "
           "e.g. your company's proxy certificate.")));
    m_pin->setToolTip(paragraphToolTip(
        tr("Optional: the only server key this profile trusts, as sha256// and the key's hash. "
           "Pin from Server fills it in.")));
    m_headers = new HeaderTableWidget(this);
    m_headers->setForProfile(true);
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("Re&move"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&lias:"), m_alias);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Custom base URL:"), m_baseUrl);
    form->addRow(tr("Default &user ID:"), m_userId);
    form->addRow(tr("User ID &kind:"), m_kind);
    form->addRow(tr("&Org ID:"), m_orgId);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    // A row whose field is a layout gets no buddy from addRow: the label is made here, so its
    // mnemonic reaches the line edit instead of showing a literal "&".
    auto *caLabel = new QLabel(tr("CA &file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_pinFromServer);
    auto *pinLabel = new QLabel(tr("&Pinned key:"), this);
    pinLabel->setBuddy(m_pin);
    form->addRow(pinLabel, pinRow);
    form->addRow(m_headers);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(form, 2);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::accept);

    reload();
    m_list->setCurrentRow(qMax(0, current));
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showProfile);
    showProfile(m_list->currentRow());
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit(Profile::Name, t); });
    connect(m_alias, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit(Profile::Alias, t.trimmed()); });
    connect(m_baseUrl, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit(Profile::CustomBaseUrl, t.trimmed()); });
    connect(m_userId, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit(Profile::DefaultUserId, t.trimmed()); });
    connect(m_orgId, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit(Profile::OrgId, t.trimmed()); });
    connect(m_caFile, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit(Profile::CaFile, t.trimmed()); });
    connect(m_pin, &QLineEdit::textEdited, this,
            [this](const QString &t) { edit(Profile::PinnedPublicKey, t.trimmed()); });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CA certificates"),
            m_caFile->text().isEmpty() ? FileFolders::folder(FileFolders::Kind::Certificate)
                                       : m_caFile->text(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        FileFolders::remember(FileFolders::Kind::Certificate, path);
        if (path.isEmpty())
            return;
        m_caFile->setText(path);
        edit(Profile::CaFile, path);
    });
    connect(m_pinFromServer, &QPushButton::clicked, this, &ProfileDialog::pinFromServer);
    connect(m_headers, &HeaderTableWidget::changed, this,
            [this]() { edit(Profile::Headers, QVariant::fromValue(m_headers->headers())); });
    connect(m_region, &QComboBox::activated, this,
            [this]() { edit(Profile::RegionId, m_region->currentData()); });
    connect(m_kind, &QComboBox::activated, this,
            [this]() { edit(Profile::UserIdKind, m_kind->currentData()); });
    connect(m_add, &QPushButton::clicked, this, [this]() {
        Profile p;
        QString name = tr("New profile");
        for (int n = 2; m_document->workspace().profile(name); ++n)
            name = tr("New profile %1").arg(n);
        p.name = name;
        p.alias = QStringLiteral("sample");
        ChangeSet changes;
        changes.addProfiles.append(p);
        m_document->apply(changes, tr("Add profile %1").arg(name));
        reload();
        m_list->setCurrentRow(m_list->count() - 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        if (m_document->workspace().profiles.size() <= 1) {
            QMessageBox::information(this, tr("Profiles"),
                                     tr("The last profile cannot be removed: the console needs "
                                        "one."));
            return;
        }
        ChangeSet changes;
        changes.removeProfiles.append(row);
        m_document->apply(changes,
                          tr("Remove profile %1").arg(m_document->workspace().profiles[row].name));
        reload();
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    });
}

void ProfileDialog::reload()
{
    m_updating = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Profile &p : m_document->workspace().profiles)
        m_list->addItem(p.name);
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_updating = false;
}

void ProfileDialog::showProfile(int index)
{
    const bool valid = m_document && index >= 0 && index < m_document->workspace().profiles.size();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_alias),
                       static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_baseUrl),
                       static_cast<QWidget *>(m_userId), static_cast<QWidget *>(m_kind),
                       static_cast<QWidget *>(m_orgId), static_cast<QWidget *>(m_remove),
                       static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(m_browseCa),
                       static_cast<QWidget *>(m_pin), static_cast<QWidget *>(m_pinFromServer),
                       static_cast<QWidget *>(m_headers)})
        w->setEnabled(valid);
    if (!valid)
        return;
    const Profile &p = m_document->workspace().profiles[index];
    m_updating = true;
    m_name->setText(p.name);
    m_alias->setText(p.alias);
    m_region->setCurrentIndex(m_region->findData(p.regionId));
    m_baseUrl->setText(p.customBaseUrl);
    m_userId->setText(p.defaultUserId);
    m_kind->setCurrentIndex(m_kind->findData(int(p.idKind)));
    m_orgId->setText(p.orgId);
    m_caFile->setText(p.caFile);
    m_pin->setText(p.pinnedPublicKey);
    m_headers->setHeaders(p.headers);
    m_updating = false;
}

void ProfileDialog::edit(int field, const QVariant &value)
{
    const int row = m_list->currentRow();
    if (m_updating || !m_document || row < 0)
        return;
    if (field == Profile::Name) {
        const QString name = value.toString().trimmed();
        const Profile *other = m_document->workspace().profile(name);
        if (name.isEmpty() || (other && other != &m_document->workspace().profiles[row])) {
            m_name->setToolTip(tr("Names must be unique and not empty."));
            return;
        }
        m_name->setToolTip(profileNameHelp());
        m_document->setProfileField(row, field, name);
        if (QListWidgetItem *item = m_list->item(row))
            item->setText(name);
        return;
    }
    m_document->setProfileField(row, field, value);
}

void ProfileDialog::pinFromServer()
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0)
        return;
    const Profile p = m_document->workspace().profiles[row];
    QUrl target = p.customBaseUrl.isEmpty() ? QUrl() : QUrl(p.customBaseUrl);
    if (target.isEmpty()) {
        const DcsRegion *region = DcsRegion::find(p.regionId);
        if (region && !region->host.isEmpty())
            target = QUrl(QStringLiteral("https://") + region->host);
    }
    if (target.scheme() != QLatin1String("https")) {
        QMessageBox::information(
            this, tr("Pin from Server"),
            tr("The profile does not send over https (its target is %1), so "
               "there is no certificate to pin.")
                .arg(target.isEmpty() ? tr("the local sandbox") : target.toString()));
        return;
    }
    m_pinFromServer->setEnabled(false);
    QPointer<ProfileDialog> self(this);
    const QString host = target.host();
    const quint16 port = quint16(target.port(443));
    TlsProbe::run(host, port, p.caFile, this, [self, row, host, port](const TlsProbe::Findings &f) {
        if (!self)
            return;
        self->m_pinFromServer->setEnabled(true);
        self->offerPin(row, QStringLiteral("%1:%2").arg(host).arg(port), f);
    });
}

void ProfileDialog::offerPin(int row, const QString &hostPort, const TlsProbe::Findings &f)
{
    if (f.pin.isEmpty()) {
        QMessageBox::warning(
            this, tr("Pin from Server"),
            tr("No certificate came from %1: %2").arg(hostPort, ColonText::continued(f.error)));
        return;
    }
    const QLocale locale;
    QStringList problems = f.errors;
    const QString text =
        tr("%1 presents a certificate for %2, valid until %3.\n\nIts key: %4\n\n%5Trust this key "
           "for this profile? Calls of the profile then accept this server, and no other key, "
           "whoever signed its certificate.")
            .arg(hostPort, f.names.join(QStringLiteral(", ")),
                 DateText::dateTime(f.expiry.toLocalTime(), locale), f.pin,
                 problems.isEmpty() ? QString()
                                    : tr("What the system's check says: %1\n\n")
                                          .arg(problems.join(QStringLiteral("; "))));
    if (QMessageBox::question(this, tr("Pin from Server"), text) != QMessageBox::Yes)
        return;
    if (row == m_list->currentRow())
        m_pin->setText(f.pin);
    m_document->setProfileField(row, Profile::PinnedPublicKey, f.pin);
}

} // namespace dcsdesk
