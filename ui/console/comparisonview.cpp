#include "comparisonview.h"

#include "common/headerfit.h"
#include "common/singlelinedelegate.h"
#include "common/tonebrush.h"
#include "common/wrappingdelegate.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace dcsdesk {

namespace {

enum CompareColumn {
    StatusColumn,
    KindColumn,
    NameColumn,
    ExpectedColumn,
    ActualColumn,
    ReasonColumn
};
constexpr int RowRole = Qt::UserRole + 1;

OutlineNode::Tone toneOf(ExpectedVsActual::Status status)
{
    switch (status) {
    case ExpectedVsActual::Status::Match:
        return OutlineNode::Tone::Good;
    case ExpectedVsActual::Status::Missing:
    case ExpectedVsActual::Status::Unexpected:
        return OutlineNode::Tone::Error;
    case ExpectedVsActual::Status::Different:
        return OutlineNode::Tone::Warning;
    case ExpectedVsActual::Status::NotExpected:
        break;
    }
    return OutlineNode::Tone::Normal;
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree = new QTreeWidget(this);
    followTones(m_tree);
    m_tree->setColumnCount(6);
    m_tree->setRootIsDecorated(false);
    // Names wrap in their column. Values and reasons stay on one line, cut in the middle so both
    // ends show, and rows stay short in a narrow pane; the pane below holds them whole.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setItemDelegateForColumn(NameColumn, new WrappingDelegate(m_tree));
    m_tree->setItemDelegateForColumn(ReasonColumn, new SingleLineDelegate(Qt::ElideRight, m_tree));
    m_tree->setItemDelegateForColumn(ExpectedColumn,
                                     new SingleLineDelegate(Qt::ElideMiddle, m_tree));
    m_tree->setItemDelegateForColumn(ActualColumn, new SingleLineDelegate(Qt::ElideMiddle, m_tree));
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this]() {
        if (!m_fittingColumns)
            m_columnsSizedByUser = true;
    });
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_toChecks = new QPushButton(this);
    m_toChecks->hide();
    m_toChecks->setEnabled(false);
    connect(m_toChecks, &QPushButton::clicked, this, &ComparisonView::checksRequested);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The summary has the pane's whole width (beside the button, German counts took a line of
    // their own); the button sits under the rows it turns into checks.
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    auto *foot = new QHBoxLayout;
    foot->addStretch(1);
    foot->addWidget(m_toChecks);
    layout->addLayout(foot);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ComparisonView::showDetail);
    retranslate();
}

void ComparisonView::retranslate()
{
    m_tree->setHeaderLabels({tr("Status"), tr("Kind"), tr("Segment or destination"), tr("Expected"),
                             tr("Actual"), tr("Reason")});
    m_tree->setAccessibleName(tr("Expected vs actual segments and destinations"));
    // Widths set here are the view's own, not the user's: the table keeps fitting the pane.
    m_fittingColumns = true;
    HeaderFit::fitTitles(m_tree->header());
    // The status is never cut: as wide as the longest status name of this language.
    int statusWidth = HeaderFit::titleWidth(m_tree->header(), StatusColumn);
    for (int status = 0; status <= int(ExpectedVsActual::Status::NotExpected); ++status)
        statusWidth =
            qMax(statusWidth, fontMetrics().horizontalAdvance(
                                  ExpectedVsActual::statusName(ExpectedVsActual::Status(status))) +
                                  2 * fontMetrics().averageCharWidth());
    m_tree->setColumnWidth(StatusColumn, statusWidth);
    int kindWidth = HeaderFit::titleWidth(m_tree->header(), KindColumn);
    for (const QString &kind : {tr("URL"), tr("Cookie"), tr("Segment")})
        kindWidth = qMax(kindWidth, fontMetrics().horizontalAdvance(kind) +
                                        2 * fontMetrics().averageCharWidth());
    m_tree->setColumnWidth(KindColumn, kindWidth);
    m_fittingColumns = false;
    fitColumns();
    m_detail->setAccessibleName(tr("Selected row in full"));
    m_toChecks->setText(tr("Turn into Checks"));
    m_toChecks->setAccessibleName(tr("Turn the expectations into checks"));
    m_toChecks->setToolTip(
        tr("Add the Expected column to the saved request's checks: segments that must or must "
           "not qualify, destinations that must or must not fire with these values"));
    m_detail->setPlaceholderText(tr("Select a row to read its values and reason in full."));
    if (m_hasResult)
        fill();
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The tree's own viewport, not this widget: in a tab not shown yet the tree is laid out only
// after this widget's resize event, so fitting there measured a 98 px placeholder.
bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// The table fits the pane it is in: the name, the two values and the reason share the width left
// after the status and the kind, so no column starts beyond the pane's edge. Names wrap; values
// and reasons stay on one line and are shown whole below.
void ComparisonView::fitColumns()
{
    if (m_columnsSizedByUser)
        return;
    const QHeaderView *header = m_tree->header();
    const int room = m_tree->viewport()->width() - m_tree->columnWidth(StatusColumn) -
                     m_tree->columnWidth(KindColumn);
    if (room <= 0)
        return;
    m_fittingColumns = true;
    // Each column gets its title's width, then the rest of the room by these shares. The two
    // values get the same base, wide enough for a short value: sized by its title, French
    // "Réel" left a column that cut every value to "a…1".
    const int valueBase = std::max({HeaderFit::titleWidth(header, ExpectedColumn),
                                    HeaderFit::titleWidth(header, ActualColumn),
                                    10 * fontMetrics().averageCharWidth()});
    const auto baseWidth = [&](int column) {
        return column == ExpectedColumn || column == ActualColumn
                   ? valueBase
                   : HeaderFit::titleWidth(header, column);
    };
    const std::pair<int, int> shares[] = {
        {NameColumn, 24}, {ExpectedColumn, 18}, {ActualColumn, 18}, {ReasonColumn, 40}};
    int titles = 0;
    for (const auto &share : shares)
        titles += baseWidth(share.first);
    const int spare = std::max(0, room - titles);
    int left = room;
    for (const auto &[column, percent] : shares) {
        const int title = baseWidth(column);
        const int width = column == ReasonColumn ? std::max(title, left)
                                                 : title + spare * percent / 100;
        m_tree->setColumnWidth(column, width);
        left -= width;
    }
    m_fittingColumns = false;
}

void ComparisonView::setChecksActionVisible(bool visible)
{
    m_toChecks->setVisible(visible);
}

void ComparisonView::showMessage(const QString &text)
{
    m_hasResult = false;
    m_result = ExpectedVsActual::Result();
    m_tree->clear();
    m_detail->clear();
    m_note->setText(text);
    m_toChecks->setEnabled(false);
}

void ComparisonView::setResult(ExpectedVsActual::Result result, int maxRows)
{
    m_result = std::move(result);
    m_maxRows = maxRows;
    m_hasResult = true;
    fill();
}

void ComparisonView::fill()
{
    m_tree->clear();
    m_detail->clear();
    m_note->setText(ExpectedVsActual::summary(m_result).join(QLatin1Char('\n')));
    m_toChecks->setEnabled(m_result.compared && !m_result.rows.isEmpty());
    if (!m_result.compared)
        return;

    const int shown = qMin(int(m_result.rows.size()), m_maxRows);
    m_tree->setUpdatesEnabled(false);
    for (int i = 0; i < shown; ++i) {
        const ExpectedVsActual::Row &row = m_result.rows[i];
        QString kind = tr("URL");
        QString name = row.destinationId > 0
                           ? tr("%1 (%2)").arg(row.destinationName).arg(row.destinationId)
                           : tr("unknown");
        if (row.kind == ExpectedVsActual::Kind::Cookie) {
            kind = tr("Cookie");
        } else if (row.kind == ExpectedVsActual::Kind::Segment) {
            kind = tr("Segment");
            name = row.destinationName.isEmpty()
                       ? tr("not in the workspace")
                       : tr("%1 (%2)").arg(row.destinationName).arg(row.sids.value(0));
        }
        auto *item = new QTreeWidgetItem(m_tree, {ExpectedVsActual::statusName(row.status), kind,
                                                  name, row.expected, row.actual, row.reason});
        item->setData(StatusColumn, RowRole, i);
        setTone(item, StatusColumn, toneOf(row.status));
        for (int c = NameColumn; c <= ReasonColumn; ++c) {
            if (!item->text(c).isEmpty()) // rich text, so that a long value wraps
                item->setToolTip(c, QStringLiteral("<p>%1</p>").arg(item->text(c).toHtmlEscaped()));
        }
    }
    if (m_result.rows.size() > shown)
        new QTreeWidgetItem(
            m_tree, {tr("… %n more not shown", nullptr, int(m_result.rows.size() - shown))});
    m_tree->setUpdatesEnabled(true);
}

void ComparisonView::showDetail()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QVariant index = item ? item->data(StatusColumn, RowRole) : QVariant();
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    const auto none = [](const QString &value) { return value.isEmpty() ? tr("—") : value; };
    QStringList lines;
    lines << tr("%1 · %2 · %3")
                 .arg(item->text(StatusColumn), item->text(KindColumn), item->text(NameColumn));
    lines << tr("Expected: %1").arg(none(item->text(ExpectedColumn)));
    lines << tr("Actual: %1").arg(none(item->text(ActualColumn)));
    if (!item->text(ReasonColumn).isEmpty())
        lines << tr("Why: %1").arg(item->text(ReasonColumn));
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace dcsdesk
