#include "segmenteditordialog.h"

#include "common/accessiblename.h"
#include "common/semanticcolors.h"
#include "common/tooltiptext.h"
#include "ruleeditor.h"
#include "segments/ruletest.h"
#include "validation/validator.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace dcsdesk {

SegmentEditorDialog::SegmentEditorDialog(WorkspaceDocument *document, qint64 sid, QWidget *parent)
    : QDialog(parent), m_document(document),
      m_isNew(sid == 0 || !document->workspace().segment(sid)), m_id(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_code(new QLineEdit(this)), m_codeCount(new QLabel(this)),
      m_active(new QCheckBox(tr("&Active"), this)), m_description(new QPlainTextEdit(this)),
      m_rule(new RuleEditor(this)), m_signals(new QLineEdit(this)), m_testResult(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Workspace &ws = document->workspace();
    if (m_isNew) {
        m_original.sid = ws.nextSegmentId();
        setWindowTitle(tr("New Segment"));
    } else {
        m_original = *ws.segment(sid);
        setWindowTitle(tr("Edit Segment %1").arg(sid));
    }
    m_id->setText(QString::number(m_original.sid));
    m_id->setReadOnly(!m_isNew);
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[1-9][0-9]{0,17}")), m_id));
    m_name->setText(m_original.name);
    m_code->setText(m_original.integrationCode);
    m_active->setChecked(m_original.active);
    m_description->setPlainText(m_original.description);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 4);
    m_description->setTabChangesFocus(true);
    m_rule->setRule(m_original.rule);
    m_signals->setPlaceholderText(tr("for example c_interest=golf&c_score=5"));
    m_signals->setClearButtonEnabled(true);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    SemanticColors::setTextRole(m_problem, SemanticColors::ErrorText);

    m_id->setToolTip(paragraphToolTip(
        tr("The segment's ID (SID), a whole number. It identifies the segment in mappings, in "
           "d_sid and in the DCS answer; it cannot change once the segment exists. Example: "
           "1005")));
    m_name->setToolTip(
        paragraphToolTip(tr("The name marketers know the segment by. Example: Golf enthusiasts")));
    m_code->setToolTip(paragraphToolTip(
        tr("Integration code: your own code for the segment (at most 255 characters), which "
           "destinations with auto-fill by integration code receive as the mapping value. "
           "Example: golf_fans")));
    m_active->setToolTip(paragraphToolTip(
        tr("Only active segments qualify users and are sent to destinations; clear it to pause "
           "the segment without deleting it.")));
    m_description->setToolTip(paragraphToolTip(
        tr("An optional note: who the segment is for and where its data comes from.")));
    m_signals->setToolTip(paragraphToolTip(
        tr("Key-value pairs as a DCS call carries them, joined by &. The result below says "
           "whether a user with these signals qualifies. Example: c_interest=golf&c_score=5")));

    auto *form = new QFormLayout;
    form->addRow(tr("Segment &ID:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_codeCount);
    auto *codeLabel = new QLabel(tr("Integration &code:"), this);
    codeLabel->setBuddy(m_code); // a layout row gets no buddy by itself
    form->addRow(codeLabel, codeRow);
    form->addRow(QString(), m_active);
    form->addRow(tr("&Description:"), m_description);
    auto *ruleLabel = new QLabel(tr("&Rule:"), this);
    ruleLabel->setBuddy(m_rule);
    m_rule->textEdit()->setAccessibleName(accessibleNameFromLabel(ruleLabel->text()));
    form->addRow(ruleLabel, m_rule);
    if (!m_isNew) {
        const int destinations = ws.destinationCountOfSegment(m_original.sid);
        if (destinations > 0)
            form->addRow(
                QString(),
                new QLabel(tr("Mapped to %n destination(s).", nullptr, destinations), this));
    }

    auto *test = new QGroupBox(tr("Test with signals"), this);
    auto *testLayout = new QVBoxLayout(test);
    testLayout->addWidget(m_signals);
    testLayout->addWidget(m_testResult);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(test);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : {m_id, m_name, m_code})
        connect(edit, &QLineEdit::textChanged, this, &SegmentEditorDialog::updateState);
    connect(m_rule, &RuleEditor::ruleChanged, this, &SegmentEditorDialog::runTest);
    connect(m_rule, &RuleEditor::validityChanged, this, &SegmentEditorDialog::runTest);
    connect(m_signals, &QLineEdit::textChanged, this, &SegmentEditorDialog::runTest);
    resize(640, 560);
    updateState();
    runTest();
    m_name->setFocus();
}

Segment SegmentEditorDialog::segment() const
{
    Segment s = m_original;
    s.sid = m_id->text().toLongLong();
    s.name = m_name->text().trimmed();
    s.integrationCode = m_code->text().trimmed();
    s.active = m_active->isChecked();
    s.description = m_description->toPlainText();
    s.rule = m_rule->rule().trimmed();
    return s;
}

QString SegmentEditorDialog::problem() const
{
    const Segment s = segment();
    if (s.sid <= 0)
        return tr("The segment ID must be a positive number.");
    if (m_isNew && m_document->workspace().segment(s.sid))
        return tr("Segment ID %1 is taken; choose another.").arg(s.sid);
    if (s.name.isEmpty())
        return tr("Give the segment a name.");
    if (s.integrationCode.size() > Validator::MaxValueLength)
        return tr("The integration code has %1 characters; at most %2 are allowed.")
            .arg(s.integrationCode.size())
            .arg(Validator::MaxValueLength);
    return {};
}

void SegmentEditorDialog::updateState()
{
    m_codeCount->setText(
        tr("%1/%2").arg(m_code->text().trimmed().size()).arg(Validator::MaxValueLength));
    const QString reason = problem();
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(reason.isEmpty() && !m_document->isReadOnly());
}

void SegmentEditorDialog::runTest()
{
    const RuleTest::Result result = RuleTest::run(m_rule->rule(), m_signals->text());
    m_testResult->setText(result.message);
    int role = -1;
    if (result.outcome == RuleTest::Outcome::Qualifies)
        role = SemanticColors::SuccessText;
    else if (result.outcome == RuleTest::Outcome::DoesNotQualify ||
             result.outcome == RuleTest::Outcome::SignalsError ||
             result.outcome == RuleTest::Outcome::RuleError)
        role = SemanticColors::ErrorText;
    SemanticColors::setTextRole(m_testResult, role);
}

void SegmentEditorDialog::setSignals(const QString &signalText)
{
    m_signals->setText(signalText);
    runTest();
}

void SegmentEditorDialog::setRuleText(const QString &rule)
{
    m_rule->setRule(rule);
    runTest();
}

QString SegmentEditorDialog::sampleSignals() const
{
    return RuleTest::sampleSignals(m_rule->rule());
}

bool SegmentEditorDialog::apply()
{
    if (!problem().isEmpty() || m_document->isReadOnly())
        return false;
    const Segment s = segment();
    ChangeSet changes;
    if (m_isNew) {
        changes.addSegments.append(s);
        m_document->apply(changes, tr("Create segment %1").arg(s.sid));
        return true;
    }
    if (s == m_original)
        return false;
    changes.updateSegments.append(s);
    m_document->apply(changes, tr("Edit segment %1").arg(s.sid));
    return true;
}

} // namespace dcsdesk
