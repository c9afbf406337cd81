#include "mappingeditor.h"

#include "bulkeditdialog.h"
#include "common/emptystate.h"
#include "common/filefolders.h"
#include "common/headerfit.h"
#include "common/icons.h"
#include "common/importreportdialog.h"
#include "common/optionaldateedit.h"
#include "csv/csv.h"
#include "csv/mappingcsv.h"
#include "itemmodels/importreportmodel.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "mappingdelegate.h"
#include "scheduletimeline.h"
#include "segmentbrowserdialog.h"
#include "validation/finding.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

constexpr qint64 MaxImportBytes = 256 * 1024 * 1024;

// The delimiter a spreadsheet in this locale expects: where the decimal separator is a comma,
// Excel separates list items with semicolons.
QChar localeDelimiter()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

MappingEditor::MappingEditor(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_table(new MappingTableModel(document, this)),
      m_proxy(new MappingFilterProxyModel(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_message(new QLabel(this)), m_toolbar(new QToolBar(this)), m_filter(new QLineEdit(this)),
      m_filterTimer(new QTimer(this)), m_summaryTimer(new QTimer(this)),
      m_status(new QComboBox(this)), m_view(new QTableView(this)),
      m_timeline(new ScheduleTimeline(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_addAction(new QAction(this)), m_editAction(new QAction(this)),
      m_deleteAction(new QAction(this)), m_importAction(new QAction(this)),
      m_exportAction(new QAction(this))
{
    m_proxy->setSourceModel(m_table);

    // Actions: shortcuts work anywhere inside the editor, not elsewhere in the window.
    m_addAction->setIcon(Icons::action(Icons::Action::Add));
    m_editAction->setIcon(Icons::action(Icons::Action::Edit));
    m_deleteAction->setIcon(Icons::action(Icons::Action::Delete));
    m_importAction->setIcon(Icons::action(Icons::Action::Import));
    m_exportAction->setIcon(Icons::action(Icons::Action::Export));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_addAction, m_editAction, m_deleteAction, m_importAction, m_exportAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_addAction, &QAction::triggered, this, &MappingEditor::showAddSegments);
    connect(m_editAction, &QAction::triggered, this, &MappingEditor::showBulkEdit);
    connect(m_deleteAction, &QAction::triggered, this, &MappingEditor::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, &MappingEditor::chooseImportFile);
    connect(m_exportAction, &QAction::triggered, this, &MappingEditor::chooseExportFile);

    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addAction(m_addAction);
    m_toolbar->addAction(m_editAction);
    m_toolbar->addAction(m_deleteAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_importAction);
    m_toolbar->addAction(m_exportAction);
    m_toolbar->addSeparator();
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(180);
    m_toolbar->addWidget(m_filter);
    m_toolbar->addWidget(m_status);

    // Typing filters after a short pause, so each key does not re-filter 100,000 rows.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this]() { m_proxy->setFilterText(m_filter->text()); });
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_proxy->setStatusFilter(
            MappingFilterProxyModel::StatusFilter(m_status->itemData(i).toInt()));
    });

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new MappingDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MappingTableModel::SidColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setColumnWidth(MappingTableModel::SidColumn, 100);
    m_view->setColumnWidth(MappingTableModel::SegmentNameColumn, 220);
    m_view->setColumnWidth(MappingTableModel::ValueColumn, 220);
    m_view->setColumnWidth(MappingTableModel::SecondValueColumn, 140);
    m_view->setColumnWidth(MappingTableModel::StartColumn, 110);
    m_view->setColumnWidth(MappingTableModel::EndColumn, 110);
    m_view->setColumnWidth(MappingTableModel::PriorityColumn, 70);
    HeaderFit::fitTitles(m_view->horizontalHeader());
    connect(m_view->model(), &QAbstractItemModel::headerDataChanged, this,
            [this]() { HeaderFit::fitTitles(m_view->horizontalHeader()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_addAction);
        menu.addAction(m_editAction);
        menu.addAction(m_deleteAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MappingEditor::updateActions);
    m_timeline->setModel(m_proxy);
    m_timeline->setSelectionModel(m_view->selectionModel());
    setUpClipboard();
    connect(m_timeline, &ScheduleTimeline::rowClicked, this, [this](int row) {
        const QModelIndex index = m_proxy->index(row, MappingTableModel::SidColumn);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    });

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true); // a paste's report can be long
    m_message->setVisible(false);
    connect(m_message, &QLabel::linkActivated, this, [this](const QString &link) {
        // Only the step the message is about: anything undone or done since hides the link.
        if (link == QLatin1String("undo") && m_document->undoStack()->index() == m_messageUndoIndex)
            m_document->undo();
        m_message->setVisible(false);
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (m_messageUndoIndex >= 0 && index != m_messageUndoIndex)
            m_message->setVisible(false);
    });

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_toolbar);
    pageLayout->addWidget(m_message);
    pageLayout->addWidget(m_splitter, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &MappingEditor::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MappingEditor::scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MappingEditor::scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MappingEditor::scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MappingEditor::scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MappingEditor::scheduleSummary);
    connect(m_table, &QAbstractItemModel::headerDataChanged, this, [this]() {
        updateColumns();
        updateHeader();
    });
    connect(document, &WorkspaceDocument::contentChanged, this, [this]() {
        updateHeader();
        updateActions();
    });
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() { setDestination(0); });

    EmptyState::attach(
        m_view, []() { return tr("No segment is mapped to this destination yet"); },
        []() {
            return tr("A mapping sends a segment to this destination from its start date to its "
                      "end date. Add segments from the catalog, or import the mappings from a "
                      "CSV file.");
        },
        {m_addAction, m_importAction}, [this]() { return m_table->rowCount() == 0; });
    retranslateUi();
    setDestination(0);
}

void MappingEditor::retranslateUi()
{
    m_addAction->setText(tr("&Add Segments…"));
    m_addAction->setToolTip(tr("Map segments from the catalog to this destination (Insert)"));
    m_editAction->setText(tr("&Bulk Edit…"));
    m_editAction->setToolTip(
        tr("Set the value, dates or priority of the selected mappings at once (Ctrl+E)"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected mappings (Del)"));
    m_importAction->setText(tr("&Import CSV…"));
    m_importAction->setToolTip(tr("Add or update mappings from a CSV file; you see the result "
                                  "of every row before anything changes"));
    m_exportAction->setText(tr("E&xport CSV…"));
    m_exportAction->setToolTip(tr("Save this destination's mappings as CSV for a spreadsheet"));
    m_filter->setPlaceholderText(tr("Filter by segment, ID or value (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows only the mappings whose segment ID, segment name or value "
                            "contains every word you type"));
    m_filter->setAccessibleName(tr("Filter mappings"));
    m_empty->setText(tr("Select a destination to see and edit its segment mappings."));
    m_view->setAccessibleName(tr("Segment mappings"));
    const int current = m_status->currentIndex();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    using F = MappingFilterProxyModel::StatusFilter;
    for (F f : {F::All, F::Active, F::Expired, F::Future, F::Invalid, F::Flagged})
        m_status->addItem(MappingFilterProxyModel::statusFilterName(f), int(f));
    m_status->setCurrentIndex(std::max(0, current));
    m_status->setToolTip(tr("Show only active, expired, not yet started or flagged mappings"));
    m_status->setAccessibleName(tr("Mapping status"));
    updateHeader();
    updateSummary();
}

void MappingEditor::activateSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MappingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        renderMessage();
    }
    QWidget::changeEvent(event);
}

void MappingEditor::setDestination(qint64 destinationId)
{
    if (!m_document->workspace().destination(destinationId))
        destinationId = 0;
    m_table->setDestination(destinationId);
    m_message->setVisible(false);
    m_stack->setCurrentIndex(destinationId ? 1 : 0);
    updateColumns();
    updateHeader();
    updateActions();
    updateSummary();
}

qint64 MappingEditor::destinationId() const
{
    return m_table->destinationId();
}

void MappingEditor::setToday(const QDate &today)
{
    m_table->setToday(today);
    m_timeline->setToday(today);
}

void MappingEditor::updateColumns()
{
    for (int c = 0; c < MappingTableModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, !m_table->columnApplies(c));
}

void MappingEditor::updateHeader()
{
    const Destination *d = m_document->workspace().destination(destinationId());
    if (!d) {
        if (destinationId() != 0)
            setDestination(0); // deleted while shown
        m_title->clear();
        return;
    }
    QString type = Destination::typeName(d->type);
    if (d->type == Destination::Type::Url)
        type = d->serialized ? tr("serialized URL") : tr("URL, one pixel per segment");
    m_title->setText(tr("Segment mappings of %1 — %2").arg(d->name, type));
}

void MappingEditor::updateActions()
{
    const bool editable = destinationId() != 0 && !m_document->isReadOnly();
    const bool selected = m_view->selectionModel()->hasSelection();
    m_addAction->setEnabled(editable);
    m_editAction->setEnabled(editable && selected);
    m_deleteAction->setEnabled(editable && selected);
    m_importAction->setEnabled(editable);
    m_exportAction->setEnabled(destinationId() != 0 && m_table->rowCount() > 0);
}

void MappingEditor::scheduleSummary()
{
    m_summaryTimer->start();
}

void MappingEditor::updateSummary()
{
    if (destinationId() == 0) {
        m_summary->clear();
        return;
    }
    const MappingTableModel::Summary counts = m_table->summary();
    const int rows = counts.rows;
    // One plural message per count: "1 expired" and "2 expired" differ in Spanish and French.
    const QString text =
        tr("%1 · %2 · %3 · %4 · %5")
            .arg(tr("%n mapping(s)", nullptr, rows), tr("%n active", nullptr, counts.active),
                 tr("%n expired", nullptr, counts.expired),
                 tr("%n not started", nullptr, counts.future),
                 tr("%n flagged", nullptr, counts.flagged));
    const int shown = m_proxy->rowCount();
    m_summary->setText(shown == rows ? text
                                     : tr("%1 — %n shown by the filter", nullptr, shown).arg(text));
    updateActions();
}

void MappingEditor::showMessage(const std::function<QString()> &text, bool offerUndo)
{
    m_messageText = text;
    m_messageOffersUndo = offerUndo;
    m_messageUndoIndex = offerUndo ? m_document->undoStack()->index() : -1;
    renderMessage();
    m_message->setVisible(true);
}

void MappingEditor::renderMessage()
{
    if (!m_messageText)
        return;
    const QString text = m_messageText().toHtmlEscaped();
    m_message->setText(m_messageOffersUndo ? tr("%1 <a href=\"undo\">Undo</a>").arg(text) : text);
}

QVector<qint64> MappingEditor::selectedMappingIds() const
{
    // Straight from the selection ranges: selectedRows() checks every cell of every row.
    QVector<qint64> ids;
    QSet<int> seen;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (selection.size() > 1 && seen.contains(row))
                continue;
            if (selection.size() > 1)
                seen.insert(row);
            const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
            ids.append(m_table->mappingIdAt(source.row()));
        }
    }
    return ids;
}

void MappingEditor::selectMappings(const QVector<qint64> &mappingIds)
{
    QVector<int> rows;
    rows.reserve(mappingIds.size());
    for (qint64 id : mappingIds) {
        const int sourceRow = m_table->rowOfMapping(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_table->index(sourceRow, 0));
        if (proxyIndex.isValid())
            rows.append(proxyIndex.row());
    }
    std::sort(rows.begin(), rows.end());
    // Contiguous rows as one range each: a selection of thousands of single rows is slow.
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
            ++j;
        selection.append(
            QItemSelectionRange(m_proxy->index(rows[i], 0), m_proxy->index(rows[j], lastColumn)));
        i = j + 1;
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_proxy->index(rows.first(), 0);
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
}

void MappingEditor::showAddSegments()
{
    if (destinationId() == 0 || m_document->isReadOnly())
        return;
    auto *dialog = new SegmentBrowserDialog(m_document, destinationId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog]() { addSegments(dialog->checkedSids(), dialog->addOptions()); });
    dialog->open();
}

void MappingEditor::addSegments(const QVector<qint64> &sids, const MappingBulk::AddOptions &options)
{
    const ChangeSet changes = MappingBulk::addSegments(m_document->workspace(), destinationId(),
                                                       sids, options, QDate::currentDate());
    if (changes.isEmpty()) {
        showMessage([]() { return tr("Nothing added: every chosen segment is already mapped."); },
                    false);
        return;
    }
    const int n = int(changes.addMappings.size());
    // Counted before the change: which of them are another flight of a mapped segment.
    int flights = 0;
    if (!options.skipMapped) {
        QSet<qint64> mapped;
        for (int i : m_document->workspace().mappingIndexesOf(destinationId()))
            mapped.insert(m_document->workspace().mappings[i].sid);
        for (const SegmentMapping &m : changes.addMappings)
            flights += mapped.contains(m.sid) ? 1 : 0;
    }
    m_document->apply(changes, tr("Add %n segment mapping(s)", nullptr, n));
    revealAdded(changes);
    showMessage(
        [n, flights]() {
            QString message = tr("Added %n mapping(s).", nullptr, n);
            if (flights > 0)
                message += QLatin1Char(' ') +
                           tr("Another flight of a segment already mapped: %n mapping(s). Give "
                              "each flight its own dates; overlapping ones are flagged.",
                              nullptr, flights);
            return message;
        },
        true);
}

void MappingEditor::revealAdded(const ChangeSet &changes)
{
    // Show the new rows, selected, so the next step (an end date, a value) applies to them.
    if (m_proxy->statusFilter() != MappingFilterProxyModel::StatusFilter::All ||
        !m_proxy->filterText().isEmpty()) {
        m_filter->clear();
        m_proxy->setFilterText(QString());
        m_status->setCurrentIndex(0);
    }
    QVector<qint64> ids;
    ids.reserve(changes.addMappings.size());
    for (const SegmentMapping &m : changes.addMappings)
        ids.append(m.id);
    if (ids.size() <= 5000)
        selectMappings(ids);
}

void MappingEditor::showBulkEdit()
{
    const QVector<qint64> ids = selectedMappingIds();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    auto *dialog = new BulkEditDialog(m_document, destinationId(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { applyBulkEdit(dialog->edit()); });
    dialog->open();
}

void MappingEditor::applyBulkEdit(const MappingBulk::Edit &edit)
{
    const QVector<qint64> ids = selectedMappingIds();
    const ChangeSet changes = MappingBulk::edit(m_document->workspace(), ids, edit);
    if (changes.isEmpty()) {
        showMessage(
            []() {
                return tr("Nothing changed: the selected mappings already have these values.");
            },
            false);
        return;
    }
    const int n = int(changes.updateMappings.size());
    m_document->apply(changes, tr("Edit %n mapping(s)", nullptr, n));
    showMessage([n]() { return tr("Changed %n mapping(s).", nullptr, n); }, true);
}

void MappingEditor::deleteSelected()
{
    removeSelected(false);
}

void MappingEditor::removeSelected(bool cut)
{
    const QVector<qint64> ids = selectedMappingIds();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    const int n = int(ids.size());
    m_document->apply(MappingBulk::remove(ids), cut ? tr("Cut %n mapping(s)", nullptr, n)
                                                    : tr("Delete %n mapping(s)", nullptr, n));
    showMessage(
        [cut, n]() {
            return cut ? tr("Cut %n mapping(s): their rows are on the clipboard.", nullptr, n)
                       : tr("Deleted %n mapping(s).", nullptr, n);
        },
        true);
}

bool MappingEditor::exportCsv(const QString &path, QChar delimiter, QString *error) const
{
    const QByteArray bytes =
        MappingCsv::exportDestinations(m_document->workspace(), {destinationId()}, delimiter);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MappingEditor::chooseExportFile()
{
    const Destination *d = m_document->workspace().destination(destinationId());
    if (!d)
        return;
    QString base = d->name;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString comma = tr("CSV, comma-separated (*.csv)");
    const QString semicolon = tr("CSV, semicolon-separated (*.csv)");
    QString filter = localeDelimiter() == QLatin1Char(';') ? semicolon : comma;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Mappings"),
        FileFolders::suggest(FileFolders::Kind::MappingCsv,
                             tr("%1 mappings.csv").arg(base.trimmed())),
        QStringLiteral("%1;;%2").arg(comma, semicolon), &filter);
    FileFolders::remember(FileFolders::Kind::MappingCsv, path);
    if (path.isEmpty())
        return;
    QString error;
    const QChar delimiter = filter == semicolon ? QLatin1Char(';') : QLatin1Char(',');
    if (!exportCsv(path, delimiter, &error)) {
        QMessageBox::warning(this, tr("Export Mappings"), error);
        return;
    }
    const int rows = m_table->rowCount();
    const QString fileName = QFileInfo(path).fileName();
    showMessage(
        [rows, fileName]() {
            return tr("Exported %n mapping(s) to %1.", nullptr, rows).arg(fileName);
        },
        false);
}

void MappingEditor::chooseImportFile()
{
    if (destinationId() == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Mappings"), FileFolders::folder(FileFolders::Kind::MappingCsv),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    FileFolders::remember(FileFolders::Kind::MappingCsv, path);
    if (!path.isEmpty())
        importCsv(path);
}

void MappingEditor::importCsv(const QString &path)
{
    const Destination *d = m_document->workspace().destination(destinationId());
    if (!d || m_document->isReadOnly())
        return;
    QFile file(path);
    if (file.size() > MaxImportBytes) {
        QMessageBox::warning(this, tr("Import Mappings"),
                             tr("%1 is larger than 256 MB, too large for a mapping file. Check "
                                "that you chose the right file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Import Mappings"),
            tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    MappingCsv::ImportOptions options;
    options.onlyDestination = d->id;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const MappingCsv::ImportPlan plan =
        MappingCsv::planImport(m_document->workspace(), bytes, options);
    QApplication::restoreOverrideCursor();
    auto *dialog =
        new ImportReportDialog(tr("Import %1 into %2").arg(QFileInfo(path).fileName(), d->name),
                               plan.report, plan.changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString fileName = QFileInfo(path).fileName();
    connect(dialog, &QDialog::accepted, this, [this, dialog, fileName]() {
        if (!dialog->canImport())
            return;
        const ChangeSet &changes = dialog->changes();
        const int n = int(changes.addMappings.size() + changes.updateMappings.size());
        m_document->apply(changes, tr("Import %n mapping(s) from %1", nullptr, n).arg(fileName));
        QVector<qint64> ids;
        for (const SegmentMapping &m : changes.addMappings)
            ids.append(m.id);
        for (const SegmentMapping &m : changes.updateMappings)
            ids.append(m.id);
        if (ids.size() <= 5000)
            selectMappings(ids);
        const ImportReport report = dialog->model()->report();
        showMessage(
            [fileName, report]() { return tr("Imported %1: %2.").arg(fileName, report.summary()); },
            true);
    });
    dialog->open();
}

} // namespace dcsdesk
