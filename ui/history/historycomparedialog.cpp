#include "historycomparedialog.h"
#include "system/datetext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

HistoryCompareDialog::HistoryCompareDialog(const HistoryEntry &older, const HistoryEntry &newer,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare calls"));
    // To the second: two calls of the same minute are the usual case here.
    const auto when = [](const HistoryEntry &e) {
        const QDateTime local = e.time.toLocalTime();
        return DateText::date(local.date()) + QLatin1Char(' ') +
               local.time().toString(QStringLiteral("HH:mm:ss"));
    };
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Field"), when(older), when(newer)});
    m_tree->setAccessibleName(tr("Differences between the two calls"));
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_onlyDifferences = new QCheckBox(tr("Only &differences"), this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);

    const QVector<HistoryComparison::Row> rows = HistoryComparison::compare(older, newer);
    QTreeWidgetItem *section = nullptr;
    QFont marked = font();
    marked.setBold(true);
    for (const HistoryComparison::Row &row : rows) {
        if (!section || section->text(0) != row.section) {
            section = new QTreeWidgetItem(m_tree, {row.section});
            section->setFirstColumnSpanned(true);
            section->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(section, {row.field, row.left, row.right});
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, item->text(c));
        if (row.differs) {
            for (int c = 0; c < 3; ++c) {
                item->setFont(c, marked);
                item->setBackground(c, palette().alternateBase());
            }
            item->setData(0, Qt::UserRole, true);
            item->setText(0, tr("≠ %1").arg(row.field));
        }
    }
    m_summary->setText(tr("%n field(s) differ.", nullptr, HistoryComparison::countDiffering(rows)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &HistoryCompareDialog::applyFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(buttons);
    resize(900, 600);
}

void HistoryCompareDialog::applyFilter()
{
    const bool only = m_onlyDifferences->isChecked();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            QTreeWidgetItem *item = section->child(i);
            item->setHidden(only && !item->data(0, Qt::UserRole).toBool());
        }
    }
}

} // namespace dcsdesk
