#include "restimportdialog.h"

#include "common/icons.h"
#include "common/semanticcolors.h"
#include "validation/finding.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {
constexpr int MaxListedRows = 2000; // per group
} // namespace

RestImportDialog::RestImportDialog(const Workspace &workspace, const AamRestReader::Result &file,
                                   const QString &fileName, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_file(file), m_fileName(fileName)
{
    setObjectName(QStringLiteral("restImportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setMargin(6);
    SemanticColors::setStyleSheet(
        m_notes, QStringLiteral("QLabel { background: {BannerBackground}; color: {BannerText}; }"));
    layout->addWidget(m_notes);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setText(
            item && item->parent()
                ? tr("%1 (%2 %3): %4")
                      .arg(item->text(0), item->text(1), item->text(2),
                           item->text(3).isEmpty() ? tr("no remarks") : item->text(3))
                : QString());
    });
    m_addSegments = new QCheckBox(this);
    m_addSegments->setChecked(true);
    layout->addWidget(m_addSegments);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addSegments, &QCheckBox::toggled, this, &RestImportDialog::rebuild);
    resize(900, 560);
    retranslateUi();
}

void RestImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RestImportDialog::retranslateUi()
{
    setWindowTitle(tr("Review AAM REST import"));
    m_tree->setHeaderLabels({tr("Object"), tr("Kind"), tr("ID"), tr("Details")});
    m_tree->setAccessibleName(tr("What the import adds, updates and skips"));
    m_addSegments->setText(tr("Add the segments the mappings use that are missing from the catalog "
                              "(named from elementName and elementDescription)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    rebuild();
}

void RestImportDialog::rebuild()
{
    AamRestImportPlan::Options options;
    options.addMissingSegments = m_addSegments->isChecked();
    m_plan = AamRestImportPlan::build(m_workspace, m_file, options);

    // A small table of counts: kinds down, actions across.
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"3\">"
                                  "<tr><td></td>")
                       .arg(m_fileName.toHtmlEscaped());
    const QList<AamRestImportPlan::Action> actions = {
        AamRestImportPlan::Action::Add, AamRestImportPlan::Action::Update,
        AamRestImportPlan::Action::Unchanged, AamRestImportPlan::Action::Skip};
    for (AamRestImportPlan::Action a : actions)
        html += QStringLiteral("<td align=\"right\"><b>&nbsp;&nbsp;%1</b></td>")
                    .arg(AamRestImportPlan::actionName(a).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const QList<QPair<EntityKind, QString>> kinds = {{EntityKind::Destination, tr("Destinations")},
                                                     {EntityKind::Mapping, tr("Mappings")},
                                                     {EntityKind::Segment, tr("Segments")}};
    for (const auto &kind : kinds) {
        const AamRestImportPlan::Counts c = m_plan.counts(kind.first);
        html += QStringLiteral("<tr><td>%1</td>").arg(kind.second.toHtmlEscaped());
        for (int n : {c.added, c.updated, c.unchanged, c.skipped})
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(QLocale().toString(n));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Nothing changes until you click Import. The import is one step on the "
                        "undo stack.")
                         .toHtmlEscaped());
    m_summary->setText(html);
    m_notes->setText(m_plan.notes().join(QLatin1Char('\n')));
    m_notes->setVisible(!m_plan.notes().isEmpty());

    m_tree->clear();
    const QList<QPair<AamRestImportPlan::Action, bool>> groups = {
        {AamRestImportPlan::Action::Add, true},
        {AamRestImportPlan::Action::Update, true},
        {AamRestImportPlan::Action::Skip, true},
        {AamRestImportPlan::Action::Unchanged, false}};
    for (const auto &group : groups) {
        auto *top = new QTreeWidgetItem(m_tree);
        int count = 0;
        QHash<qint64, QTreeWidgetItem *> destinationItems;
        int listed = 0;
        for (const AamRestImportPlan::Row &row : m_plan.rows()) {
            if (row.action != group.first)
                continue;
            ++count;
            // A tree of 100,000 rows helps nobody and takes seconds to build.
            if (++listed > MaxListedRows)
                continue;
            QTreeWidgetItem *parent = top;
            if (row.kind == EntityKind::Mapping && destinationItems.contains(row.destinationId))
                parent = destinationItems.value(row.destinationId);
            auto *item = new QTreeWidgetItem(parent);
            item->setText(0, row.title);
            switch (row.kind) {
            case EntityKind::Destination: {
                item->setText(1, tr("Destination"));
                const Destination *existing = m_workspace.destination(row.key);
                for (const Destination &added : m_plan.changes().addDestinations) {
                    if (added.id == row.key)
                        existing = &added;
                }
                if (existing)
                    item->setIcon(0, Icons::destinationType(existing->type));
                destinationItems.insert(row.key, item);
                break;
            }
            case EntityKind::Mapping:
                item->setText(1, tr("Mapping"));
                break;
            case EntityKind::Segment:
                item->setText(1, tr("Segment"));
                break;
            case EntityKind::Profile:
                break;
            }
            item->setText(2, row.key > 0 ? QString::number(row.key) : QString());
            QStringList details = row.reasons;
            for (const QString &finding : row.findings)
                details.append(tr("Check after import: %1").arg(finding));
            item->setText(3, details.join(QLatin1Char('\n')));
            item->setToolTip(3, details.join(QLatin1Char('\n')));
            if (!row.findings.isEmpty())
                item->setIcon(3, Icons::severity(int(Finding::Severity::Warning)));
            item->setData(0, Qt::UserRole, int(row.kind));
            item->setData(2, Qt::UserRole, row.key);
        }
        if (listed > MaxListedRows) {
            auto *more = new QTreeWidgetItem(top);
            more->setText(0, tr("… and %n more", nullptr, listed - MaxListedRows));
            more->setFirstColumnSpanned(true);
            more->setDisabled(true);
        }
        top->setText(0, tr("%1 (%2)").arg(AamRestImportPlan::actionName(group.first)).arg(count));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        top->setData(0, Qt::UserRole + 1, int(group.first));
        top->setExpanded(group.second && count > 0);
        if (count == 0)
            top->setDisabled(true);
    }
    m_tree->expandToDepth(0);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, Qt::UserRole + 1).toInt() == int(AamRestImportPlan::Action::Unchanged))
            top->setExpanded(false);
    }
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::clamp(m_tree->columnWidth(0), 260, 380));

    // Show the reasons of the first skipped or updated object at once.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const int action = top->data(0, Qt::UserRole + 1).toInt();
        if (top->childCount() > 0 && action != int(AamRestImportPlan::Action::Add)) {
            m_tree->setCurrentItem(top->child(0));
            break;
        }
    }
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Import"));
    ok->setEnabled(!m_plan.isEmpty());
    ok->setToolTip(m_plan.isEmpty() ? tr("The file would change nothing in this workspace.")
                                    : QString());
}

} // namespace dcsdesk
