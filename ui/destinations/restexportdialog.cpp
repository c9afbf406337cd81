#include "restexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dcsdesk {

RestExportDialog::RestExportDialog(int totalCount, int selectedCount, QWidget *parent)
    : QDialog(parent), m_total(totalCount), m_selected(selectedCount)
{
    setObjectName(QStringLiteral("restExportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_all = new QRadioButton(this);
    m_selection = new QRadioButton(this);
    layout->addWidget(m_all);
    layout->addWidget(m_selection);
    m_selection->setEnabled(selectedCount > 0);
    (selectedCount > 1 ? m_selection : m_all)->setChecked(true);
    layout->addSpacing(8);
    m_mappingsOnly = new QCheckBox(this);
    layout->addWidget(m_mappingsOnly);
    m_mappings = new QCheckBox(this);
    m_mappings->setChecked(true);
    layout->addWidget(m_mappings);
    m_extensions = new QCheckBox(this);
    m_extensions->setChecked(true);
    layout->addWidget(m_extensions);
    m_extensionsHint = new QLabel(this);
    m_extensionsHint->setWordWrap(true);
    m_extensionsHint->setIndent(24);
    m_extensionsHint->setEnabled(false);
    layout->addWidget(m_extensionsHint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_mappingsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_mappings->setEnabled(!only);
        m_extensions->setEnabled(!only);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

void RestExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RestExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export to AAM REST JSON"));
    // A no-break space and word joiners keep the call on one line (French wrapped it at "?").
    m_intro->setText(
        tr("Writes destinations as the Audience Manager REST API returns them (%1).")
            .arg(QStringLiteral(
                "GET\u00a0/\u2060v1/\u2060destinations/\u2060<id>?\u2060includeMappings=true")));
    m_all->setText(tr("All destinations (%1)").arg(m_total));
    m_selection->setText(tr("Selected destinations (%1)").arg(m_selected));
    m_mappingsOnly->setText(tr("Only their mappings, as one list (as GET "
                               "/v1/destinations/<id>/mappings returns them)"));
    m_mappings->setText(tr("Include segment mappings"));
    m_extensions->setText(tr("Include DCS Desk's own fields (platform, auto-fill, export labels)"));
    m_extensionsHint->setText(
        tr("These fields go in an “x-dcsdesk” object that the REST API does not "
           "know. Without them, server-to-server destinations are left out: "
           "the REST API has no type for them."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

bool RestExportDialog::selectedOnly() const
{
    return m_selection->isChecked();
}

AamRestWriter::Options RestExportDialog::options() const
{
    AamRestWriter::Options o;
    o.includeMappings = m_mappings->isChecked();
    o.includeDcsDeskFields = m_extensions->isChecked();
    o.mappingsOnly = m_mappingsOnly->isChecked();
    return o;
}

} // namespace dcsdesk
