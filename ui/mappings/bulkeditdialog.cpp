#include "bulkeditdialog.h"

#include "common/accessiblename.h"
#include "common/datefield.h"
#include "common/optionaldateedit.h"
#include "common/tooltiptext.h"
#include "itemmodels/mappingcolumnhelp.h"
#include "itemmodels/mappingtablemodel.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dcsdesk {

BulkEditDialog::BulkEditDialog(WorkspaceDocument *document, qint64 destinationId,
                               const QVector<qint64> &mappingIds, QWidget *parent)
    : QDialog(parent), m_document(document), m_ids(mappingIds), m_setValue(new QCheckBox(this)),
      m_valuePattern(new QLineEdit(this)),
      m_setStart(new QCheckBox(tr("Set the &start date to"), this)),
      m_startDate(new DateField(this)), m_setEnd(new QCheckBox(tr("Set the &end date to"), this)),
      m_endDate(new OptionalDateEdit(this)), m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Workspace &ws = document->workspace();
    const Destination *d = ws.destination(destinationId);
    const bool cookie = d && d->type == Destination::Type::Cookie;
    const bool multiKey = cookie && d->cookieFormat == Destination::CookieFormat::MultiKey;
    setWindowTitle(tr("Edit %n Mapping(s)", nullptr, int(mappingIds.size())));

    const QString what = !d ? tr("Set the &value to")
                         : d->type == Destination::Type::Url
                             ? (d->serialized ? tr("Set the a&lias to") : tr("Set the &URL to"))
                         : multiKey ? tr("Set the &key to")
                         : cookie   ? tr("Set the &value to")
                                    : tr("Set the a&lias to");
    m_setValue->setText(what);
    m_valuePattern->setText(d ? MappingBulk::defaultValuePattern(*d) : QString());
    if (m_valuePattern->text().isEmpty())
        m_valuePattern->setText(QStringLiteral("{sid}"));
    const QString help = tr("Placeholders: {sid} segment ID, {code} integration code, {name} "
                            "segment name, {value} the current value, {second} the current "
                            "second value.");
    const QString example = tr("Example: seg-{sid} gives seg-1005 for segment 1005.");
    m_valuePattern->setToolTip(paragraphToolTip(help + QLatin1Char(' ') + example));
    m_setValue->setToolTip(paragraphToolTip(tr("Tick it to give every selected mapping this "
                                               "value; untick it to keep each mapping's own.")));
    m_setStart->setToolTip(
        paragraphToolTip(tr("Tick it to give every selected mapping this start date.")));
    m_startDate->setToolTip(
        paragraphToolTip(MappingColumnHelp::toolTip(MappingTableModel::StartColumn, d)));
    m_setEnd->setToolTip(paragraphToolTip(
        tr("Tick it to give every selected mapping this end date, or no end date (Never).")));
    m_endDate->setToolTip(
        paragraphToolTip(MappingColumnHelp::toolTip(MappingTableModel::EndColumn, d)));
    m_endDate->setDate(QDate());

    // The check box beside each field names it for a screen reader.
    m_valuePattern->setAccessibleName(accessibleNameFromLabel(m_setValue->text()));
    m_startDate->setFieldName(accessibleNameFromLabel(m_setStart->text()));
    m_endDate->dateEdit()->setFieldName(accessibleNameFromLabel(m_setEnd->text()));

    auto *grid = new QGridLayout;
    int row = 0;
    grid->addWidget(m_setValue, row, 0);
    grid->addWidget(m_valuePattern, row++, 1);
    if (multiKey) {
        m_setSecond = new QCheckBox(tr("Set the &value of the key to"), this);
        m_secondPattern = new QLineEdit(QStringLiteral("{sid}"), this);
        m_secondPattern->setToolTip(paragraphToolTip(help + QLatin1Char(' ') + example));
        m_secondPattern->setAccessibleName(accessibleNameFromLabel(m_setSecond->text()));
        m_setSecond->setToolTip(paragraphToolTip(
            tr("Tick it to give every selected mapping this value of its key; untick it to keep "
               "each mapping's own.")));
        grid->addWidget(m_setSecond, row, 0);
        grid->addWidget(m_secondPattern, row++, 1);
    }
    grid->addWidget(m_setStart, row, 0);
    grid->addWidget(m_startDate, row++, 1);
    grid->addWidget(m_setEnd, row, 0);
    grid->addWidget(m_endDate, row++, 1);
    if (cookie) {
        m_setPriority = new QCheckBox(tr("Set the &priority to"), this);
        m_priority = new QSpinBox(this);
        m_priority->setRange(0, 999);
        m_priority->setSpecialValueText(tr("None"));
        m_priority->setValue(1);
        m_setPriority->setToolTip(
            paragraphToolTip(tr("Tick it to give every selected mapping this priority.")));
        m_priority->setToolTip(
            paragraphToolTip(MappingColumnHelp::toolTip(MappingTableModel::PriorityColumn, d)));
        m_priority->setAccessibleName(accessibleNameFromLabel(m_setPriority->text()));
        grid->addWidget(m_setPriority, row, 0);
        grid->addWidget(m_priority, row++, 1);
    }
    auto *helpLabel = new QLabel(help, this);
    helpLabel->setWordWrap(true);
    helpLabel->setEnabled(false);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Only the checked fields change; the others keep each mapping's own value. This is one "
           "step on the undo stack."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(helpLabel);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QCheckBox *box : {m_setValue, m_setSecond, m_setStart, m_setEnd, m_setPriority}) {
        if (box)
            connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateState);
    }
    // Changing a field's editor ticks its box: what a user edits is what they mean to set.
    connect(m_valuePattern, &QLineEdit::textEdited, this,
            [this]() { m_setValue->setChecked(true); });
    if (m_secondPattern)
        connect(m_secondPattern, &QLineEdit::textEdited, this,
                [this]() { m_setSecond->setChecked(true); });
    connect(m_startDate, &DateField::dateChanged, this, [this]() { m_setStart->setChecked(true); });
    connect(m_endDate, &OptionalDateEdit::dateChanged, this,
            [this]() { m_setEnd->setChecked(true); });
    // A date being typed that cannot be read blocks Apply until it can.
    for (QLineEdit *dateText : {m_startDate->lineEdit(), m_endDate->dateEdit()->lineEdit()})
        connect(dateText, &QLineEdit::textChanged, this, &BulkEditDialog::updateState);
    for (QCheckBox *box : {m_setStart, m_setEnd})
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateState);
    if (m_priority)
        connect(m_priority, qOverload<int>(&QSpinBox::valueChanged), this,
                [this]() { m_setPriority->setChecked(true); });
    connect(m_valuePattern, &QLineEdit::textChanged, this, &BulkEditDialog::updateState);
    resize(560, sizeHint().height());
    updateState();
}

MappingBulk::Edit BulkEditDialog::edit() const
{
    MappingBulk::Edit e;
    if (m_setValue->isChecked())
        e.valuePattern = m_valuePattern->text();
    if (m_setSecond && m_setSecond->isChecked())
        e.secondValuePattern = m_secondPattern->text();
    if (m_setStart->isChecked())
        e.startDate = m_startDate->date();
    if (m_setEnd->isChecked())
        e.endDate = m_endDate->date();
    if (m_setPriority && m_setPriority->isChecked())
        e.priority = m_priority->value();
    return e;
}

void BulkEditDialog::updateState()
{
    const MappingBulk::Edit e = edit();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool datesReadable = (!m_setStart->isChecked() || m_startDate->hasAcceptableInput()) &&
                               (!m_setEnd->isChecked() || m_endDate->hasAcceptableInput());
    ok->setEnabled(!e.isEmpty() && !m_ids.isEmpty() && datesReadable);
    ok->setText(tr("&Apply to %n Mapping(s)", nullptr, int(m_ids.size())));
    const Workspace &ws = m_document->workspace();
    const int i = m_ids.isEmpty() ? -1 : ws.mappingIndex(m_ids.first());
    if (i < 0 || !e.valuePattern) {
        m_preview->clear();
        return;
    }
    const SegmentMapping &m = ws.mappings[i];
    const QString value = MappingBulk::expandPattern(*e.valuePattern, m, ws.segment(m.sid));
    m_preview->setText(tr("Segment %1: \u201C%2\u201D becomes \u201C%3\u201D.")
                           .arg(QString::number(m.sid), m.value, value));
}

} // namespace dcsdesk
