#include "profiledialog.h"

#include "domain/region.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dcsdesk {

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
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Alias:"), m_alias);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Custom base URL:"), m_baseUrl);
    form->addRow(tr("Default &user ID:"), m_userId);
    form->addRow(tr("User ID &kind:"), m_kind);
    form->addRow(tr("&Org ID:"), m_orgId);
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
                       static_cast<QWidget *>(m_orgId), static_cast<QWidget *>(m_remove)})
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
        m_name->setToolTip(QString());
        m_document->setProfileField(row, field, name);
        if (QListWidgetItem *item = m_list->item(row))
            item->setText(name);
        return;
    }
    m_document->setProfileField(row, field, value);
}

} // namespace dcsdesk
