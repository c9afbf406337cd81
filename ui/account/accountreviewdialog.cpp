#include "accountreviewdialog.h"
#include "accountreviewitems.h"

#include "common/icons.h"
#include "common/semanticcolors.h"
#include "restfieldtext.h"
#include "reviewdelegates.h"
#include "system/colontext.h"
#include "validation/finding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dcsdesk {

using namespace accountreview;

namespace {

// A tree of 100,000 rows helps nobody and takes seconds to build; the filters narrow it.
constexpr int MaxListedItems = 5000;
constexpr int ItemIndexRole = Qt::UserRole;

} // namespace

AccountReviewDialog::AccountReviewDialog(const AamDiff &diff, const AccountName &account,
                                         const QHash<qint64, QString> &destinationNames,
                                         QWidget *parent)
    : QDialog(parent), m_diff(diff), m_account(account), m_destinationNames(destinationNames)
{
    setObjectName(QStringLiteral("accountReviewDialog"));
    for (const AamDiff::Item &item : m_diff.items()) {
        if (item.kind == EntityKind::Destination)
            m_differingDestinations.insert(item.id);
    }
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setMargin(6);
    SemanticColors::setStyleSheet(
        m_notes, QStringLiteral("QLabel { background: {BannerBackground}; color: {BannerText}; }"));
    layout->addWidget(m_notes);

    auto *filters = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setClearButtonEnabled(true);
    m_shown = new QLabel(this);
    filters->addWidget(m_filter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_shown);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_listStack = new QStackedWidget(splitter);
    m_tree = new QTreeWidget(m_listStack);
    m_tree->viewport()->installEventFilter(this);
    m_listStack->addWidget(m_tree);
    // Instead of a blank list: why nothing is shown and what to do.
    m_empty = new QLabel(m_listStack);
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setFrameShape(QFrame::StyledPanel); // where the list would be
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    m_listStack->addWidget(m_empty);
    m_tree->setColumnCount(2);
    // Titles and differences wrap in their columns, whole, instead of being cut with "…".
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new WrappingTreeDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->resizeSection(1,
                                    m_tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    // Wrapped rows take their height from their columns' widths: laid out again when those
    // change (once, after a drag or a resize has settled).
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, this, [this]() {
        m_tree->doItemsLayout();
        m_fields->resizeRowsToContents();
    });
    connect(m_tree->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_itemTitle = new QLabel(detail);
    m_itemTitle->setWordWrap(true);
    m_itemTitle->setTextFormat(Qt::PlainText);
    m_itemTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_itemTitle->font();
    bold.setBold(true);
    m_itemTitle->setFont(bold);
    detailLayout->addWidget(m_itemTitle);
    m_fields = new QTableWidget(0, 5, detail);
    m_fields->setObjectName(QStringLiteral("reviewFields"));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->verticalHeader()->hide();
    m_fields->setWordWrap(true);
    // The values wrap anywhere (a URL has no spaces) with what differs marked.
    auto *values = new ValueDiffDelegate(m_fields);
    for (int column = 1; column <= 3; ++column)
        m_fields->setItemDelegateForColumn(column, values);
    // The three values share the width; the field name and the side that changed are short.
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fields->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    detailLayout->addWidget(m_fields, 1);
    connect(m_fields->horizontalHeader(), &QHeaderView::sectionResized, relayout,
            qOverload<>(&QTimer::start));
    m_itemNotes = new QLabel(detail);
    m_itemNotes->setWordWrap(true);
    m_itemNotes->setTextFormat(Qt::PlainText);
    m_itemNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_itemNotes);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 720}); // the three values need the room more than the titles
    layout->addWidget(splitter, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_push = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_push->setObjectName(QStringLiteral("pushButton"));
    m_take = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_take->setObjectName(QStringLiteral("takeButton"));
    connect(m_take, &QPushButton::clicked, this, &AccountReviewDialog::takeRequested);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_push, &QPushButton::clicked, this, &AccountReviewDialog::pushRequested);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *node, int column) {
        const int index = node->data(0, ItemIndexRole).toInt();
        if (column == 0 && index >= 0 && (node->flags() & Qt::ItemIsUserCheckable))
            setIncluded(index, node->checkState(0) == Qt::Checked);
    });
    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &AccountReviewDialog::rebuildTree);
    connect(m_search, &QLineEdit::textChanged, this, &AccountReviewDialog::rebuildTree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AccountReviewDialog::showItem);
    // As wide as a 1280-pixel screen allows: the list and three values side by side.
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qMin(1400, screen.width() - 20), qMin(720, screen.height() - 60));
    retranslateUi();
}

// The difference as wide as its longest text, up to two fifths of the list: beyond, it wraps and
// the titles keep the room.
void AccountReviewDialog::sizeDifferenceColumn()
{
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int margins = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
    int natural = metrics.horizontalAdvance(m_tree->headerItem()->text(1)) + margins;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int icon = (*it)->icon(1).isNull()
                             ? 0
                             : m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
        natural = qMax(natural, metrics.horizontalAdvance((*it)->text(1)) + icon + margins);
    }
    const int x = metrics.horizontalAdvance(QLatin1Char('x'));
    m_tree->header()->resizeSection(
        1, qMax(14 * x, qMin(natural, m_tree->viewport()->width() * 2 / 5)));
}

bool AccountReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        sizeDifferenceColumn();
    return QDialog::eventFilter(watched, event);
}

void AccountReviewDialog::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void AccountReviewDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void AccountReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountReviewDialog::retranslateUi()
{
    setWindowTitle(m_account.local ? tr("Compare with the Local Account")
                                   : tr("Compare with %1").arg(m_account.adobe));
    const QSignalBlocker blocker(m_filter);
    const int current = m_filter->currentIndex() < 0 ? 0 : m_filter->currentIndex();
    m_filter->clear();
    m_filter->addItem(tr("All differences"), int(Filter::All));
    m_filter->addItem(tr("To push"), int(Filter::ToPush));
    m_filter->addItem(tr("To take from the account"), int(Filter::ToTake));
    m_filter->addItem(tr("Conflicts"), int(Filter::Conflicts));
    m_filter->addItem(tr("Cannot be pushed"), int(Filter::CannotPush));
    m_filter->addItem(tr("Only in the account"), int(Filter::OnlyInAccount));
    m_filter->setCurrentIndex(current);
    m_filter->setAccessibleName(tr("Show"));
    m_search->setPlaceholderText(tr("Destination name, or a destination, mapping or segment ID"));
    m_search->setToolTip(tr("Shows the items whose title contains this text (not case-sensitive): "
                            "a destination's name, or a destination, mapping or segment ID. "
                            "Segment names are not searched."));
    m_search->setAccessibleName(tr("Search"));
    m_tree->setHeaderLabels({tr("Destination or mapping"), tr("Difference")});
    m_tree->setAccessibleName(tr("Destinations and mappings that differ"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Last pulled"), tr("In the workspace"),
                                         tr("In the account"), tr("Change")});
    m_fields->setAccessibleName(tr("Fields that differ"));
    m_push->setToolTip(m_account.local
                           ? tr("Sends the checked destinations and mappings, and the conflicts "
                                "you settled, to the local account. You confirm first.")
                           : tr("Sends the checked destinations and mappings, and the conflicts "
                                "you settled, to %1. You confirm first.")
                                 .arg(m_account.adobe));
    m_take->setToolTip(m_account.local
                           ? tr("Brings the checked changes of the local account into the "
                                "workspace, keeping the workspace's own changes, as one step you "
                                "can undo. Nothing is sent.")
                           : tr("Brings the checked changes of %1 into the workspace, keeping "
                                "the workspace's own changes, as one step you can undo. Nothing "
                                "is sent.")
                                 .arg(m_account.adobe));

    updateNotes();
    rebuildTree(); // the summary with it
}

bool AccountReviewDialog::passes(const AamDiff::Item &item) const
{
    switch (Filter(m_filter->currentData().toInt())) {
    case Filter::All:
        break;
    case Filter::ToPush:
        if (!isToPush(item))
            return false;
        break;
    case Filter::ToTake:
        if (!isToTake(item))
            return false;
        break;
    case Filter::Conflicts:
        if (item.outcome != AamDiff::Outcome::Conflict)
            return false;
        break;
    case Filter::CannotPush:
        if (!item.readOnly)
            return false;
        break;
    case Filter::OnlyInAccount:
        if (item.outcome != AamDiff::Outcome::CreatedInAccount)
            return false;
        break;
    }
    const QString search = m_search->text().trimmed();
    return search.isEmpty() || item.title.contains(search, Qt::CaseInsensitive) ||
           QString::number(item.id) == search || QString::number(item.destinationId) == search;
}

void AccountReviewDialog::rebuildTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> destinationNodes;
    const QVector<AamDiff::Item> &items = m_diff.items();
    int matching = 0;
    int listed = 0;
    for (int i = 0; i < items.size(); ++i) {
        const AamDiff::Item &item = items.at(i);
        if (!passes(item))
            continue;
        ++matching;
        if (listed >= MaxListedItems)
            continue;
        ++listed;
        QTreeWidgetItem *node = nullptr;
        if (item.kind == EntityKind::Destination) {
            node = destinationNodes.value(item.id);
            if (!node) {
                node = new QTreeWidgetItem(m_tree);
                destinationNodes.insert(item.id, node);
            }
        } else {
            QTreeWidgetItem *parent = destinationNodes.value(item.destinationId);
            if (!parent) {
                parent = new QTreeWidgetItem(m_tree);
                const QString name = m_destinationNames.value(item.destinationId);
                parent->setText(0,
                                name.isEmpty()
                                    ? tr("Destination %1").arg(item.destinationId)
                                    : tr("Destination %1 (%2)").arg(item.destinationId).arg(name));
                parent->setText(1, tr("mappings differ"));
                parent->setData(0, ItemIndexRole, -1);
                parent->setData(1, ItemIndexRole, item.destinationId);
                destinationNodes.insert(item.destinationId, parent);
            }
            node = new QTreeWidgetItem(parent);
        }
        node->setText(0, item.title);
        node->setToolTip(0, item.title);
        node->setText(1, item.readOnly
                             ? tr("%1 — cannot be pushed").arg(AamDiff::outcomeName(item.outcome))
                             : AamDiff::outcomeName(item.outcome));
        node->setData(0, ItemIndexRole, i);
        node->setToolTip(1, node->text(1));
        if (isToPush(item) || isTakeable(item)) {
            node->setFlags(node->flags() | Qt::ItemIsUserCheckable);
            node->setCheckState(0, m_excluded.contains(i) ? Qt::Unchecked : Qt::Checked);
        } else if (item.outcome == AamDiff::Outcome::Conflict && isSettled(i)) {
            node->setText(1, settledText(i));
        }
        const QStringList errors = validationErrors(i);
        if (!errors.isEmpty()) {
            // First, so a narrow column still shows it.
            node->setText(1, tr("validation errors — %1").arg(node->text(1)));
            node->setIcon(1, Icons::severity(int(Finding::Severity::Error)));
            node->setToolTip(1, errors.join(QLatin1Char('\n')));
        } else if (item.outcome == AamDiff::Outcome::Conflict) {
            node->setIcon(1, Icons::severity(int(Finding::Severity::Warning)));
        } else if (item.readOnly) {
            node->setIcon(1, Icons::severity(int(Finding::Severity::Info)));
        }
    }
    if (matching > listed) {
        auto *more = new QTreeWidgetItem(m_tree);
        more->setText(0, tr("… and %n more: narrow the list with the filter or the search", nullptr,
                            matching - listed));
        more->setFirstColumnSpanned(true);
        more->setDisabled(true);
        more->setData(0, ItemIndexRole, -1);
    }
    m_tree->expandAll();
    sizeDifferenceColumn();
    updateEmptyText(matching);
    m_shown->setText(tr("%1 of %2 shown")
                         .arg(QLocale().toString(matching))
                         .arg(QLocale().toString(qsizetype(items.size()))));
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showItem(m_tree->currentItem());
    updatePushButton();
}

void AccountReviewDialog::setIncluded(int itemIndex, bool included)
{
    if (included)
        m_excluded.remove(itemIndex);
    else
        m_excluded.insert(itemIndex);
    updatePushButton();
}

void AccountReviewDialog::setSide(int itemIndex, const QString &field, Side side)
{
    m_sides[itemIndex][field] = side;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, ItemIndexRole).toInt() == itemIndex && (*it)->childCount() == 0) {
            const QSignalBlocker blocker(m_tree);
            (*it)->setText(1, isSettled(itemIndex)
                                  ? settledText(itemIndex)
                                  : AamDiff::outcomeName(AamDiff::Outcome::Conflict));
        }
    }
    updatePushButton();
}

void AccountReviewDialog::updatePushButton()
{
    // Counted, not built: this runs on every tick of a checkbox, over up to 100,000 items.
    int count = 0;
    int taken = 0;
    for (int i = 0; i < m_diff.items().size(); ++i) {
        count += isChosen(i) ? 1 : 0;
        taken += isTaken(i) ? 1 : 0;
    }
    m_push->setText(tr("&Push %n Item(s)…", nullptr, count));
    m_push->setEnabled(count > 0 && m_outOfDate.isEmpty());
    m_take->setText(tr("&Take %n Item(s) from the Account", nullptr, taken));
    m_take->setEnabled(taken > 0 && m_outOfDate.isEmpty());
    QStringList summary{chosenSummary()};
    if (m_diff.hasDifferences())
        summary << tr("All differences: %1.").arg(m_diff.summary());
    else
        summary << (m_account.local
                        ? tr("The workspace and the local account hold the same destinations "
                             "and mappings.")
                        : tr("The workspace and %1 hold the same destinations and mappings.")
                              .arg(m_account.adobe));
    summary << tr("Nothing is sent until you press Push and confirm. Uncheck what should not be "
                  "pushed; settle a conflict field by field on the right. Take brings the checked "
                  "changes of the account into the workspace (one step you can undo).");
    summary << tr("DCS Desk's own destination fields (auto-fill, data export labels, platform) are "
                  "not in Audience Manager's REST objects: they stay in the workspace and are "
                  "neither compared, pulled nor pushed.");
    m_summary->setText(summary.join(QLatin1Char('\n')));
}

void AccountReviewDialog::setOutOfDate(const QString &why)
{
    m_outOfDate = why;
    updateNotes();
    updatePushButton();
}

void AccountReviewDialog::setAccountWarning(const QString &text)
{
    m_accountWarning = text;
    updateNotes();
}

void AccountReviewDialog::updateNotes()
{
    QStringList notes;
    if (!m_outOfDate.isEmpty())
        notes << m_outOfDate;
    if (!m_accountWarning.isEmpty())
        notes << m_accountWarning;
    notes += m_diff.notes();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void AccountReviewDialog::updateEmptyText(int matching)
{
    m_listStack->setCurrentWidget(matching > 0 ? static_cast<QWidget *>(m_tree) : m_empty);
    if (matching > 0)
        return;
    const QString search = m_search->text().trimmed();
    const QString all = m_filter->itemText(0);
    if (!m_diff.hasDifferences()) {
        m_empty->setText(m_account.local
                             ? tr("Nothing differs: the workspace and the local account hold the "
                                  "same destinations and mappings. There is nothing to push.")
                             : tr("Nothing differs: the workspace and %1 hold the same "
                                  "destinations and mappings. There is nothing to push.")
                                   .arg(m_account.adobe));
    } else if (!search.isEmpty()) {
        m_empty->setText(tr("Nothing shown under \"%1\" matches \"%2\". The search looks in "
                            "destination names and in destination, mapping and segment IDs. "
                            "Clear the search, or choose \"%3\".")
                             .arg(m_filter->currentText(), search, all));
    } else {
        m_empty->setText(tr("None of the %n difference(s) is in \"%1\". Choose \"%2\" to see "
                            "them all.",
                            nullptr, int(m_diff.items().size()))
                             .arg(m_filter->currentText(), all));
    }
}

void AccountReviewDialog::showItem(QTreeWidgetItem *treeItem)
{
    m_fields->setRowCount(0);
    const int index = treeItem ? treeItem->data(0, ItemIndexRole).toInt() : -1;
    if (!treeItem || index < 0 || index >= m_diff.items().size()) {
        m_itemTitle->setText(treeItem ? treeItem->text(0) : QString());
        QString note;
        if (treeItem && treeItem->childCount() > 0) {
            note = m_differingDestinations.contains(treeItem->data(1, ItemIndexRole).toLongLong())
                       ? tr("The destination itself differs too; choose \"%1\" to see how.")
                             .arg(m_filter->itemText(0))
                       : tr("The destination itself is the same on both sides; its mappings "
                            "below differ.");
        }
        m_itemNotes->setText(note);
        return;
    }
    const AamDiff::Item &item = m_diff.items().at(index);
    m_itemTitle->setText(
        tr("%1: %2").arg(item.title, ColonText::continued(AamDiff::outcomeName(item.outcome))));
    const QStringList errors = validationErrors(index);
    QStringList echoNotes;
    if (item.fields.isEmpty()) {
        showWholeObjects(item);
    } else {
        // One edit is one row: the keys that hold the same value (a serialized URL
        // destination's mapping value, kept in traitAlias, url and secureUrl) read as one.
        const QVector<QStringList> rows = RestFieldText::fieldRows(item.kind, item.fields);
        m_fields->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const QStringList &keys = rows.at(row);
            const AamDiff::Field &field =
                *std::find_if(item.fields.cbegin(), item.fields.cend(),
                              [&keys](const AamDiff::Field &f) { return f.name == keys.first(); });
            RestFieldText::setFieldRow(m_fields, row, item.kind, keys,
                                       {field.base, field.local, field.account},
                                       AamDiff::changeName(field.change));
            if (keys.size() > 1)
                echoNotes << RestFieldText::oneEditNote(keys);
            if (field.change == AamDiff::Change::Conflict) {
                // Settled here, field by field: the push sends the side chosen.
                auto *side = new QComboBox(m_fields);
                side->addItem(tr("Conflict: choose a side"), int(Side::Undecided));
                side->addItem(tr("Keep the workspace's"), int(Side::Workspace));
                side->addItem(tr("Take the account's"), int(Side::Account));
                side->setAccessibleName(tr("Value to push for %1")
                                            .arg(RestFieldText::fieldCell(item.kind, field.name)));
                side->setSizeAdjustPolicy(QComboBox::AdjustToContents);
                side->setCurrentIndex(
                    side->findData(int(m_sides.value(index).value(field.name, Side::Undecided))));
                // The side of every key the one edit changed: they are sent together.
                connect(side, qOverload<int>(&QComboBox::currentIndexChanged), this,
                        [this, side, index, keys]() {
                            for (const QString &key : keys)
                                setSide(index, key, Side(side->currentData().toInt()));
                        });
                m_fields->setCellWidget(row, 4, side);
                m_fields->item(row, 4)->setText(QString()); // the chooser says it
            }
        }
    }
    // The side that changed wraps in a narrow column, so the three values keep their width; a
    // conflict's choice shows whole, in every language.
    int sideWidth = m_fields->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (QWidget *side = m_fields->cellWidget(row, 4))
            sideWidth = qMax(sideWidth, side->sizeHint().width());
    }
    m_fields->setColumnWidth(4, sideWidth);
    // The field's words and REST key wrap beyond a width, so the three values keep theirs.
    // The REST key itself never wraps, so the column is at least as wide as the longest one.
    int keyWidth = 0;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QStringList keys =
            m_fields->item(row, 0)->data(RestFieldText::KeysRole).toStringList();
        for (const QString &key : keys)
            keyWidth =
                qMax(keyWidth,
                     m_fields->fontMetrics().horizontalAdvance(QStringLiteral("(%1,").arg(key)));
    }
    m_fields->setColumnWidth(
        0, qMax(keyWidth + 2 * m_fields->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12,
                qMin(static_cast<QAbstractItemView *>(m_fields)->sizeHintForColumn(0),
                     m_fields->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18)));
    m_fields->resizeRowsToContents();
    QStringList notes = echoNotes + item.notes;
    if (item.readOnly && !item.reason.isEmpty())
        notes.prepend(item.reason);
    if (!errors.isEmpty()) {
        const bool pushable = isToPush(item) || item.outcome == AamDiff::Outcome::Conflict;
        notes.prepend(
            tr("The validator finds errors in the workspace's version:") + QStringLiteral("\n• ") +
            errors.join(QStringLiteral("\n• ")) +
            (pushable ? QLatin1String("\n") + tr("It is not pushed unless you check it; the push "
                                                 "confirmation then names it.")
                      : QString()));
    }
    m_itemNotes->setText(notes.join(QLatin1Char('\n')));
}

// Created and deleted objects have no fields that differ: the whole object is the difference.
void AccountReviewDialog::showWholeObjects(const AamDiff::Item &item)
{
    QStringList keys = item.base.keys() + item.local.keys() + item.account.keys();
    keys.sort();
    keys.removeDuplicates();
    m_fields->setRowCount(int(keys.size()));
    const auto valueOf = [](const QJsonObject &object, const QString &key) {
        return object.isEmpty() ? QJsonValue(QJsonValue::Undefined) : object.value(key);
    };
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        RestFieldText::setFieldRow(
            m_fields, row, item.kind, {key},
            {valueOf(item.base, key), valueOf(item.local, key), valueOf(item.account, key)},
            QString());
    }
}

} // namespace dcsdesk
