#include "findingsdialog.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/wrappingdelegate.h"
#include "validation/findingsubject.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

QString mappingFieldName(int field)
{
    switch (field) {
    case SegmentMapping::DestinationId:
        return FindingsDialog::tr("Destination");
    case SegmentMapping::Sid:
        return FindingsDialog::tr("Segment");
    case SegmentMapping::Value:
        return FindingsDialog::tr("Mapping value");
    case SegmentMapping::SecondValue:
        return FindingsDialog::tr("Cookie value");
    case SegmentMapping::StartDate:
        return FindingsDialog::tr("Start date");
    case SegmentMapping::EndDate:
        return FindingsDialog::tr("End date");
    case SegmentMapping::Priority:
        return FindingsDialog::tr("Priority");
    default:
        return {};
    }
}

QString segmentFieldName(int field)
{
    switch (field) {
    case Segment::Sid:
        return FindingsDialog::tr("Segment ID");
    case Segment::Name:
        return FindingsDialog::tr("Name");
    case Segment::IntegrationCode:
        return FindingsDialog::tr("Integration code");
    case Segment::Rule:
        return FindingsDialog::tr("Rule");
    default:
        return {};
    }
}

QString profileFieldName(int field)
{
    switch (field) {
    case Profile::Name:
        return FindingsDialog::tr("Name");
    case Profile::Alias:
        return FindingsDialog::tr("Domain alias");
    case Profile::CustomBaseUrl:
        return FindingsDialog::tr("Custom base URL");
    default:
        return {};
    }
}

// Sorts the severity column by rank (errors first), not by the translated word.
class FindingItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 0) {
            const int a = data(0, Qt::UserRole + 1).toInt();
            const int b = other.data(0, Qt::UserRole + 1).toInt();
            if (a != b)
                return a < b;
            return text(1) < other.text(1);
        }
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

FindingsDialog::FindingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("findingsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(4);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder); // errors first
    m_tree->header()->setStretchLastSection(true);
    // The object names its segment and destination, so it wraps like the message.
    auto *wrapping = new WrappingDelegate(m_tree);
    m_tree->setItemDelegateForColumn(1, wrapping);
    m_tree->setItemDelegateForColumn(3, wrapping);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT findingActivated(EntityKind(item->data(0, Qt::UserRole).toInt()),
                                item->data(1, Qt::UserRole).toLongLong(),
                                item->data(2, Qt::UserRole).toInt());
    });
    EmptyState::attach(
        m_tree, []() { return tr("No problems found"); },
        []() {
            return tr("DCS Desk checks every destination, mapping and segment as you edit. What "
                      "Audience Manager would refuse shows here as an error, what may not work "
                      "as you expect as a warning; double-click one to go to it.");
        });
    resize(1060, 480);
    retranslateUi();
}

void FindingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FindingsDialog::retranslateUi()
{
    setWindowTitle(tr("Validation Findings"));
    m_tree->setHeaderLabels({tr("Severity"), tr("Object"), tr("Field"), tr("Message")});
    m_tree->setAccessibleName(windowTitle());
    rebuild();
}

void FindingsDialog::setFindings(const Workspace &workspace, const QVector<Finding> &findings)
{
    m_workspace = workspace;
    m_workspace.rebuildIndex();
    m_findings = findings;
    rebuild();
}

void FindingsDialog::rebuild()
{
    const FindingSummary s = FindingSummary::of(m_findings);
    m_summary->setText(m_findings.isEmpty()
                           ? tr("No problems found in this workspace.")
                           : tr("%1, %2 and %3. Double-click a row to go to the object.")
                                 .arg(tr("%n error(s)", nullptr, s.errors),
                                      tr("%n warning(s)", nullptr, s.warnings),
                                      tr("%n note(s)", nullptr, s.infos)));
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    for (const Finding &f : m_findings) {
        auto *item = new FindingItem(m_tree);
        item->setIcon(0, Icons::severity(int(f.severity)));
        item->setData(0, Qt::UserRole + 1, int(f.severity));
        item->setText(0, Finding::severityName(f.severity));
        item->setData(0, Qt::UserRole, int(f.kind));
        QString object = FindingSubject::of(m_workspace, f);
        if (!object.isEmpty())
            object[0] = object[0].toUpper();
        QString field;
        switch (f.kind) {
        case EntityKind::Destination:
            field = Destination::fieldName(f.field);
            break;
        case EntityKind::Mapping:
            field = mappingFieldName(f.field);
            break;
        case EntityKind::Segment:
            field = segmentFieldName(f.field);
            break;
        case EntityKind::Profile:
            field = profileFieldName(f.field);
            break;
        }
        item->setText(1, object);
        item->setData(1, Qt::UserRole, f.key);
        item->setText(2, field);
        item->setData(2, Qt::UserRole, f.field);
        item->setText(3, f.message);
        item->setToolTip(3, f.message);
    }
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(std::max(0, m_tree->sortColumn()), m_tree->header()->sortIndicatorOrder());
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(1, 360);
    m_tree->resizeColumnToContents(2);
    // A gap before the message: "Zuordnungswert" touched it.
    m_tree->setColumnWidth(2, m_tree->columnWidth(2) + 2 * fontMetrics().averageCharWidth());
}

} // namespace dcsdesk
