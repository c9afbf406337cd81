#include "checkspanel.h"

#include "checkeditor.h"
#include "checks/checkconflicts.h"
#include "checks/checksfromcomparison.h"
#include "checks/savedrequestchecks.h"
#include "common/tonebrush.h"
#include "common/uiprompts.h"
#include "common/wrappingdelegate.h"
#include "comparisonview.h"
#include "console/savedrequests.h"
#include "responsewidget.h"
#include "workspace/workspacedocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

enum ChecksColumn { CheckColumn, OutcomeColumn, DetailColumn };

const QJsonObject *savedObject(const Workspace &ws, const QString &name, QJsonObject *out)
{
    for (const QJsonValue &v : ws.savedRequests) {
        if (v.isObject() && v.toObject().value(QStringLiteral("name")).toString() == name) {
            *out = v.toObject();
            return out;
        }
    }
    return nullptr;
}

QString outcomeName(CheckOutcome::Status status)
{
    switch (status) {
    case CheckOutcome::Status::Passed:
        return ChecksPanel::tr("Passed");
    case CheckOutcome::Status::Failed:
        return ChecksPanel::tr("Failed");
    case CheckOutcome::Status::Error:
        break;
    }
    return ChecksPanel::tr("Not run");
}

OutlineNode::Tone outcomeTone(CheckOutcome::Status status)
{
    switch (status) {
    case CheckOutcome::Status::Passed:
        return OutlineNode::Tone::Good;
    case CheckOutcome::Status::Failed:
        return OutlineNode::Tone::Error;
    case CheckOutcome::Status::Error:
        break;
    }
    return OutlineNode::Tone::Warning;
}

} // namespace

ChecksPanel::ChecksPanel(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_saveName = new QLineEdit(this);
    m_save = new QPushButton(this);
    m_tagsLabel = new QLabel(this);
    m_tags = new QLineEdit(this);
    m_tagsLabel->setBuddy(m_tags);
    m_table = new QTreeWidget(this);
    followTones(m_table);
    m_table->setColumnCount(3);
    m_table->setRootIsDecorated(false);
    m_table->setWordWrap(true);
    m_table->setUniformRowHeights(false);
    m_table->setItemDelegateForColumn(CheckColumn, new WrappingDelegate(m_table));
    m_table->setItemDelegateForColumn(DetailColumn, new WrappingDelegate(m_table));
    m_table->header()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveName, 1);
    saveRow->addWidget(m_save);
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tagsLabel);
    tagsRow->addWidget(m_tags, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addLayout(saveRow);
    layout->addLayout(tagsRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_save, &QPushButton::clicked, this, &ChecksPanel::saveRequest);
    connect(m_saveName, &QLineEdit::returnPressed, this, &ChecksPanel::saveRequest);
    connect(m_tags, &QLineEdit::editingFinished, this, &ChecksPanel::applyTags);
    connect(m_add, &QPushButton::clicked, this, [this]() { editSelected(true); });
    connect(m_edit, &QPushButton::clicked, this, [this]() { editSelected(false); });
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this]() { editSelected(false); });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (m_table->currentItem())
            removeCheck(m_table->indexOfTopLevelItem(m_table->currentItem()));
    });
    connect(m_table, &QTreeWidget::currentItemChanged, this, &ChecksPanel::updateButtons);
    if (m_document)
        connect(m_document, &WorkspaceDocument::contentChanged, this, &ChecksPanel::reload);
    retranslate();
    reload();
}

void ChecksPanel::attachTo(ResponseWidget *response)
{
    m_response = response;
    ComparisonView *comparison = response->comparisonView();
    comparison->setChecksActionVisible(true);
    connect(comparison, &ComparisonView::checksRequested, this, [this, comparison]() {
        addFromComparison(comparison->result());
        m_table->setFocus();
    });
}

QList<QWidget *> ChecksPanel::tabChain() const
{
    return {m_saveName, m_save, m_tags, m_table, m_add, m_edit, m_remove};
}

void ChecksPanel::retranslate()
{
    m_title->setAccessibleName(tr("Checks of the request"));
    m_saveName->setAccessibleName(tr("Name to save the request under"));
    m_saveName->setPlaceholderText(tr("Name of the saved request"));
    m_save->setText(tr("Save Request"));
    m_save->setAccessibleName(tr("Save Request"));
    m_save->setToolTip(tr("Save the request in the workspace, so that it can keep checks"));
    m_tagsLabel->setText(tr("Tags:"));
    m_tags->setAccessibleName(tr("Tags of the saved request"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. smoke, eu"));
    m_tags->setToolTip(
        tr("dcsdesk-cli check --tag smoke runs only the saved requests tagged “smoke”"));
    m_table->setHeaderLabels({tr("Check"), tr("Result"), tr("Actual value or reason")});
    m_table->setAccessibleName(tr("Checks and their results"));
    m_add->setText(tr("Add Check…"));
    m_add->setAccessibleName(tr("Add Check"));
    m_add->setToolTip(tr("Add a check with pickers for its kind and values"));
    m_edit->setText(tr("Edit Check…"));
    m_edit->setAccessibleName(tr("Edit Check"));
    m_remove->setText(tr("Remove Check"));
    m_remove->setAccessibleName(tr("Remove Check"));
    m_note->setAccessibleName(tr("Checks note"));
    int outcomeWidth = 0;
    for (const QString &name :
         {outcomeName(CheckOutcome::Status::Passed), outcomeName(CheckOutcome::Status::Failed),
          outcomeName(CheckOutcome::Status::Error), tr("Not run yet")})
        outcomeWidth = qMax(outcomeWidth, fontMetrics().horizontalAdvance(name));
    outcomeWidth += 4 * fontMetrics().averageCharWidth();
    m_table->setColumnWidth(OutcomeColumn, outcomeWidth);
    m_table->setColumnWidth(CheckColumn, fontMetrics().averageCharWidth() * 36);
    reload();
}

void ChecksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

CheckEditor *ChecksPanel::openEditor() const
{
    return m_editor;
}

QString ChecksPanel::savedName() const
{
    return m_saved ? m_request.name : QString();
}

void ChecksPanel::setRequest(const DcsRequest &request)
{
    const bool other = request.name != m_request.name;
    m_request = request;
    if (other) {
        m_saveName->setText(request.name);
        m_note->clear();
        reload();
    }
}

void ChecksPanel::setResult(const DcsResult &result, CheckResolver resolveChecks)
{
    m_result = result;
    m_resolveChecks = std::move(resolveChecks);
    m_hasResult = true;
    m_resultFor = m_request.name;
    evaluate();
    fill();
}

void ChecksPanel::reload()
{
    m_note->clear(); // what the last action said is stale once the checks change (Undo too)
    m_saved = false;
    m_readOnly.clear();
    m_checks.clear();
    m_tagList.clear();
    QJsonObject saved;
    if (m_document && !m_request.name.isEmpty() &&
        savedObject(m_document->workspace(), m_request.name, &saved)) {
        m_saved = true;
        m_checks = SavedRequestChecks::checksOf(saved);
        m_tagList = SavedRequestChecks::tagsOf(saved);
        const QJsonValue raw = saved.value(QStringLiteral("checks"));
        bool whole = raw.isUndefined() || raw.isArray();
        for (const QJsonValue &v : raw.toArray())
            whole = whole && v.isObject();
        if (!whole)
            m_readOnly = tr("The file holds checks that are not check objects; they are kept as "
                            "they are. Correct them in the workspace file to edit the checks "
                            "here.");
    }
    if (m_saved)
        m_title->setText(tr("Checks of the saved request “%1”, run on the answer of every call.")
                             .arg(m_request.name));
    else
        m_title->setText(tr("This request is not saved yet. Checks are kept with a saved "
                            "request: type a name and save it. Adding a check saves it too."));
    m_saveName->setVisible(!m_saved);
    m_save->setVisible(!m_saved);
    m_tagsLabel->setVisible(m_saved);
    m_tags->setVisible(m_saved);
    if (!m_tags->hasFocus())
        m_tags->setText(m_tagList.join(QStringLiteral(", ")));
    evaluate();
    fill();
}

void ChecksPanel::evaluate()
{
    m_outcomes.clear();
    if (!m_hasResult || m_resultFor != m_request.name)
        return;
    const QVector<Check> resolved = m_resolveChecks ? m_resolveChecks(m_checks) : m_checks;
    for (const Check &c : resolved) {
        if (c.problem.isEmpty())
            m_outcomes.append(CheckEvaluator::evaluate(c, m_result));
        else
            m_outcomes.append(CheckOutcome{CheckOutcome::Status::Error, c.problem});
    }
}

void ChecksPanel::fill()
{
    const int current =
        m_table->currentItem() ? m_table->indexOfTopLevelItem(m_table->currentItem()) : -1;
    m_table->clear();
    for (int i = 0; i < m_checks.size(); ++i) {
        const Check &c = m_checks[i];
        auto *item = new QTreeWidgetItem(m_table, {c.describe()});
        if (c.kind == Check::Kind::Unknown || !c.problem.isEmpty()) {
            item->setText(OutcomeColumn, tr("Not run"));
            item->setText(DetailColumn,
                          c.kind == Check::Kind::Unknown
                              ? tr("This version does not know the kind “%1”; the check is "
                                   "kept as it is.")
                                    .arg(c.json.value(QStringLiteral("kind")).toString())
                              : c.problem);
            setTone(item, OutcomeColumn, OutlineNode::Tone::Warning);
        } else if (i < m_outcomes.size()) {
            item->setText(OutcomeColumn, outcomeName(m_outcomes[i].status));
            item->setText(DetailColumn, m_outcomes[i].message);
            setTone(item, OutcomeColumn, outcomeTone(m_outcomes[i].status));
        } else {
            item->setText(OutcomeColumn, tr("Not run yet"));
            item->setText(DetailColumn, tr("Send the request to run the check."));
        }
        for (int column = CheckColumn; column <= DetailColumn; ++column)
            item->setToolTip(column,
                             QStringLiteral("<p>%1</p>").arg(item->text(column).toHtmlEscaped()));
    }
    if (current >= 0 && current < m_table->topLevelItemCount())
        m_table->setCurrentItem(m_table->topLevelItem(current));
    if (m_checks.isEmpty()) {
        auto *hint = new QTreeWidgetItem(
            m_table, {tr("No checks yet: add one, or click Turn into Checks under Expected vs. "
                         "Actual after a call.")});
        hint->setFlags(Qt::ItemIsEnabled);
        hint->setFirstColumnSpanned(true);
    }
    QString heading = tr("Checks");
    if (m_hasResult && m_resultFor == m_request.name && !m_outcomes.isEmpty()) {
        int passed = 0;
        for (const CheckOutcome &o : std::as_const(m_outcomes))
            passed += o.status == CheckOutcome::Status::Passed ? 1 : 0;
        // The count beside the title, so a failure shows without scrolling the list.
        heading = QStringLiteral("%1 — %2").arg(
            heading,
            tr("%1 of %n check(s) passed on the latest answer.", nullptr, int(m_outcomes.size()))
                .arg(passed));
    }
    m_heading->setText(heading);
    updateButtons();
}

void ChecksPanel::updateButtons()
{
    QTreeWidgetItem *item = m_table->currentItem();
    const int index = item ? m_table->indexOfTopLevelItem(item) : -1;
    const bool editable = m_readOnly.isEmpty() && m_document && !m_document->isReadOnly();
    const bool selected = index >= 0 && index < m_checks.size();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && selected && m_checks[index].kind != Check::Kind::Unknown);
    m_remove->setEnabled(editable && selected);
    m_tags->setEnabled(editable);
    if (!m_readOnly.isEmpty())
        m_note->setText(m_readOnly);
}

QString ChecksPanel::nameForSaving(QString *why) const
{
    const QString name = m_saveName->text().trimmed();
    if (name.isEmpty()) {
        *why = tr("Type a name for the request first: checks are kept with a saved request.");
        return QString();
    }
    QJsonObject existing;
    if (m_document && savedObject(m_document->workspace(), name, &existing)) {
        *why = tr("A saved request named “%1” exists already. Type another name, or open it "
                  "from Saved to edit its checks.")
                   .arg(name);
        return QString();
    }
    return name;
}

bool ChecksPanel::saveRequest()
{
    return commit({}, QString());
}

bool ChecksPanel::commit(const QVector<Check> &checks, const QString &undoText)
{
    if (!m_document)
        return false;
    if (m_saved) {
        const ChangeSet changes =
            SavedRequestChecks::setChecks(m_document->workspace(), m_request.name, checks);
        if (changes.isEmpty())
            return false;
        m_document->apply(changes, undoText);
        return true;
    }
    QString why;
    const QString name = nameForSaving(&why);
    if (name.isEmpty()) {
        m_note->setText(why);
        m_saveName->setFocus();
        return false;
    }
    DcsRequest request = m_request;
    request.name = name;
    // Saved and given its checks in one step, so one Undo takes both back.
    Workspace after = m_document->workspace();
    ChangeSet changes = SavedRequests::save(after, request);
    after.savedRequests = *changes.savedRequests;
    if (!checks.isEmpty())
        changes = SavedRequestChecks::setChecks(after, name, checks);
    m_document->apply(
        changes,
        checks.isEmpty()
            ? tr("Save request %1").arg(name)
            : tr("Save request %1 with %n check(s)", nullptr, int(checks.size())).arg(name));
    m_request.name = name;
    if (m_hasResult && m_resultFor.isEmpty())
        m_resultFor = name; // the answer on show is this request's
    reload();
    Q_EMIT requestSaved(name);
    return true;
}

bool ChecksPanel::addCheck(const Check &check)
{
    for (int i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i).toJson() == check.toJson()) {
            m_note->setText(tr("The request has this check already (row %1): %2. Nothing was "
                               "added.")
                                .arg(i + 1)
                                .arg(check.describe()));
            m_table->setCurrentItem(m_table->topLevelItem(i));
            return false;
        }
    }
    QVector<Check> checks = m_checks;
    // A check that cannot pass together with one already there is never added silently.
    const QVector<int> conflicts = CheckConflicts::with(m_checks, check);
    bool replaced = false;
    if (!conflicts.isEmpty()) {
        QStringList lines;
        for (int i : conflicts)
            lines << tr("Row %1: %2").arg(i + 1).arg(m_checks.at(i).describe());
        const int choice = UiPrompts::choose(
            this, QMessageBox::Warning, tr("Contradicting Check"),
            tr("“%1” contradicts %n check(s) of this request; they cannot all pass on one "
               "answer:",
               nullptr, int(conflicts.size()))
                    .arg(check.describe()) +
                QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                tr("Replace them with the new check, keep both, or cancel?"),
            {tr("&Replace"), tr("&Keep both"), tr("Cancel")}, 0, 2);
        if (choice != 0 && choice != 1) {
            m_note->setText(tr("Nothing was added: %1 contradicts a check of this request.")
                                .arg(check.describe()));
            return false;
        }
        replaced = choice == 0;
        if (replaced) {
            for (int k = int(conflicts.size()) - 1; k >= 0; --k)
                checks.removeAt(conflicts.at(k));
        }
    }
    checks.append(check);
    if (!commit(checks, tr("Add check to %1").arg(m_request.name)))
        return false;
    if (conflicts.isEmpty())
        m_note->setText(tr("Check added: %1. Edit › Undo takes it back.").arg(check.describe()));
    else if (replaced)
        m_note->setText(tr("Check added: %1, in place of %n contradicting check(s). Edit › Undo "
                           "takes it back.",
                           nullptr, int(conflicts.size()))
                            .arg(check.describe()));
    else
        m_note->setText(tr("Check added: %1. It contradicts %n other check(s), so the request "
                           "cannot pass until you remove one of them. Edit › Undo takes it back.",
                           nullptr, int(conflicts.size()))
                            .arg(check.describe()));
    m_table->setCurrentItem(m_table->topLevelItem(int(m_checks.size()) - 1));
    return true;
}

bool ChecksPanel::replaceCheck(int index, const Check &check)
{
    if (index < 0 || index >= m_checks.size())
        return false;
    QVector<Check> checks = m_checks;
    checks[index] = check;
    if (!commit(checks, tr("Edit check of %1").arg(m_request.name)))
        return false;
    m_note->setText(tr("Check changed: %1. Edit › Undo takes it back.").arg(check.describe()));
    return true;
}

bool ChecksPanel::removeCheck(int index)
{
    if (index < 0 || index >= m_checks.size() || !m_saved)
        return false;
    QVector<Check> checks = m_checks;
    const Check removed = checks.takeAt(index);
    if (!commit(checks, tr("Remove check from %1").arg(m_request.name)))
        return false;
    m_note->setText(tr("Check removed: %1. Edit › Undo brings it back.").arg(removed.describe()));
    return true;
}

void ChecksPanel::applyTags()
{
    if (!m_saved || !m_document || !m_readOnly.isEmpty())
        return;
    QStringList tags;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    }
    if (tags == m_tagList)
        return;
    m_document->apply(SavedRequestChecks::setTags(m_document->workspace(), m_request.name, tags),
                      tr("Tags of %1").arg(m_request.name));
}

void ChecksPanel::editSelected(bool add)
{
    QTreeWidgetItem *item = m_table->currentItem();
    const int index = item ? m_table->indexOfTopLevelItem(item) : -1;
    if (!m_document || (!add && (index < 0 || index >= m_checks.size())) || m_editor)
        return;
    if (!m_saved) {
        QString why;
        if (nameForSaving(&why).isEmpty()) {
            m_note->setText(why);
            m_saveName->setFocus();
            return;
        }
    }
    Check start;
    if (add) {
        start.kind = Check::Kind::HttpStatus;
        start.json = start.toJson();
    }
    m_editor = new CheckEditor(m_document->workspace(), add ? start : m_checks[index], this);
    if (add)
        m_editor->setWindowTitle(tr("Add Check"));
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this, [this, add, index]() {
        const Check c = m_editor->check();
        if (add)
            addCheck(c);
        else
            replaceCheck(index, c);
    });
    m_editor->open();
}

int ChecksPanel::addFromComparison(const ExpectedVsActual::Result &comparison)
{
    if (!m_document)
        return 0;
    if (!m_readOnly.isEmpty()) {
        m_note->setText(m_readOnly);
        return 0;
    }
    const ChecksFromComparison::Conversion conversion =
        ChecksFromComparison::convert(m_document->workspace(), comparison, m_checks);
    QStringList lines;
    if (!conversion.added.isEmpty()) {
        if (!commit(m_checks + conversion.added, tr("Add %n check(s) from Expected vs. Actual",
                                                    nullptr, int(conversion.added.size()))))
            return 0;
        lines << tr("%n check(s) added from the Expected column; Edit › Undo takes them back.",
                    nullptr, int(conversion.added.size()));
    } else {
        lines << tr("No checks added.");
    }
    if (!conversion.skipped.isEmpty())
        lines << tr("Skipped, the request has them already: %1")
                     .arg(conversion.skipped.join(QStringLiteral("; ")));
    if (!conversion.notConverted.isEmpty())
        lines << conversion.notConverted;
    m_note->setText(lines.join(QLatin1Char('\n')));
    return int(conversion.added.size());
}

} // namespace dcsdesk
