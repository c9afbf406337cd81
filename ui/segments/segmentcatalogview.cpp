#include "segmentcatalogview.h"

#include "common/emptystate.h"
#include "common/filefolders.h"
#include "common/headerfit.h"
#include "common/icons.h"
#include "common/importreportdialog.h"
#include "common/selectionkeeper.h"
#include "common/tableclipboard.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "segmenteditordialog.h"
#include "segments/segmentimport.h"
#include "system/inputfile.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {
constexpr qint64 MaxImportBytes = 256 * 1024 * 1024;
}

SegmentCatalogView::SegmentCatalogView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new SegmentCatalogModel(document, this)),
      m_proxy(new SegmentFilterProxyModel(this)), m_toolbar(new QToolBar(this)),
      m_search(new QLineEdit(this)), m_searchTimer(new QTimer(this)), m_status(new QComboBox(this)),
      m_view(new QTableView(this)), m_count(new QLabel(this)), m_newAction(new QAction(this)),
      m_editAction(new QAction(this)), m_deleteAction(new QAction(this)),
      m_importCsvAction(new QAction(this)), m_importJsonAction(new QAction(this)),
      m_exportAction(new QAction(this))
{
    m_proxy->setSourceModel(m_model);

    m_newAction->setIcon(Icons::action(Icons::Action::Add));
    m_editAction->setIcon(Icons::action(Icons::Action::Edit));
    m_deleteAction->setIcon(Icons::action(Icons::Action::Delete));
    m_importCsvAction->setIcon(Icons::action(Icons::Action::Import));
    m_importJsonAction->setIcon(Icons::action(Icons::Action::Import));
    m_exportAction->setIcon(Icons::action(Icons::Action::Export));
    m_newAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *a :
         {m_newAction, m_deleteAction, m_importCsvAction, m_importJsonAction, m_exportAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    // Enter edits only from the list: in the search box it must not open the editor.
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_newAction, &QAction::triggered, this, &SegmentCatalogView::newSegment);
    connect(m_editAction, &QAction::triggered, this, &SegmentCatalogView::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &SegmentCatalogView::askDeleteSelected);
    connect(m_importCsvAction, &QAction::triggered, this, &SegmentCatalogView::chooseImportCsv);
    connect(m_importJsonAction, &QAction::triggered, this, &SegmentCatalogView::chooseImportJson);
    connect(m_exportAction, &QAction::triggered, this, &SegmentCatalogView::chooseExportCsv);

    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addAction(m_newAction);
    m_toolbar->addAction(m_editAction);
    m_toolbar->addAction(m_deleteAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_importCsvAction);
    m_toolbar->addAction(m_importJsonAction);
    m_toolbar->addAction(m_exportAction);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this]() { m_proxy->setFilterText(m_search->text()); });
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_proxy->setStatusFilter(
            SegmentFilterProxyModel::StatusFilter(m_status->itemData(i).toInt()));
    });

    m_view->setModel(m_proxy);
    m_view->addAction(m_editAction);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SegmentCatalogModel::SidColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SegmentCatalogModel::SidColumn, 100);
    m_view->setColumnWidth(SegmentCatalogModel::NameColumn, 240);
    m_view->setColumnWidth(SegmentCatalogModel::CodeColumn, 160);
    m_view->setColumnWidth(SegmentCatalogModel::StatusColumn, 80);
    m_view->setColumnWidth(SegmentCatalogModel::RuleColumn, 320);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openEditor(index.data(KeyRole).toLongLong()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentCatalogView::updateActions);
    TableClipboard::install(m_view);
    SelectionKeeper::install(m_view, [this](qint64 sid) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(sid), 0));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_newAction);
        menu.addAction(m_editAction);
        menu.addAction(m_deleteAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    for (auto *model : {static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &SegmentCatalogView::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &SegmentCatalogView::updateCount);
        connect(model, &QAbstractItemModel::rowsInserted, this, &SegmentCatalogView::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SegmentCatalogView::updateCount);
    }
    connect(document, &WorkspaceDocument::contentChanged, this, &SegmentCatalogView::updateActions);
    connect(m_proxy, &QAbstractItemModel::headerDataChanged, this,
            [this]() { HeaderFit::fitTitles(m_view->horizontalHeader()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    // The search gets its own row: beside six translated actions it was cut in German and French.
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(4, 0, 4, 0);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_status);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    EmptyState::attach(
        m_view, []() { return tr("The segment catalog is empty"); },
        []() {
            return tr("Segments are the audiences you map to destinations, each with an ID, a "
                      "name and the rule that qualifies a user. Create one, or import the "
                      "segment list from a CSV file or from Audience Manager's REST API.");
        },
        {m_newAction, m_importCsvAction, m_importJsonAction},
        [this]() { return m_model->rowCount() == 0; });
    retranslateUi();
    updateActions();
}

void SegmentCatalogView::retranslateUi()
{
    m_newAction->setText(tr("&New Segment…"));
    m_newAction->setToolTip(tr("Create a segment (Insert)"));
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Edit the selected segment and test its rule (Enter)"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected segments (Del)"));
    m_importCsvAction->setText(tr("Import &CSV…"));
    m_importCsvAction->setToolTip(tr("Add or update segments from a CSV file; you see the result "
                                     "of every row before anything changes"));
    m_importJsonAction->setText(tr("Import AAM &JSON…"));
    m_importJsonAction->setToolTip(
        tr("Import the segment list exported from Audience Manager's REST API"));
    m_exportAction->setText(tr("E&xport CSV…"));
    m_search->setPlaceholderText(tr("Search by name, ID, code or rule (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search segments"));
    m_status->setAccessibleName(tr("Segment status"));
    m_status->setToolTip(tr("Show only active, inactive or not mapped segments, or those with "
                            "problems"));
    m_view->setAccessibleName(tr("Segment catalog"));
    HeaderFit::fitTitles(m_view->horizontalHeader());
    const int current = m_status->currentIndex();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    using F = SegmentFilterProxyModel::StatusFilter;
    for (F f : {F::All, F::Active, F::Inactive, F::Unmapped, F::Problems})
        m_status->addItem(SegmentFilterProxyModel::statusFilterName(f), int(f));
    m_status->setCurrentIndex(std::max(0, current));
    updateCount();
}

void SegmentCatalogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SegmentCatalogView::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const bool selected = m_view->selectionModel()->hasSelection();
    m_newAction->setEnabled(editable);
    m_editAction->setEnabled(editable && selected);
    m_deleteAction->setEnabled(editable && selected);
    m_importCsvAction->setEnabled(editable);
    m_importJsonAction->setEnabled(editable);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void SegmentCatalogView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total
                         ? tr("%n segment(s)", nullptr, total)
                         : tr("%1 of %2 segments shown")
                               .arg(QLocale().toString(shown), QLocale().toString(total)));
}

QVector<qint64> SegmentCatalogView::selectedSids() const
{
    QVector<qint64> sids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        sids.append(index.data(KeyRole).toLongLong());
    return sids;
}

void SegmentCatalogView::selectSegment(qint64 sid)
{
    const int row = m_model->rowOf(sid);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void SegmentCatalogView::newSegment()
{
    openEditor(0);
}

void SegmentCatalogView::editSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QVector<qint64> sids = selectedSids();
    const qint64 sid = current.isValid() ? current.data(KeyRole).toLongLong()
                                         : (sids.isEmpty() ? 0 : sids.first());
    if (sid != 0)
        openEditor(sid);
}

void SegmentCatalogView::openEditor(qint64 sid)
{
    if (m_document->isReadOnly())
        return;
    auto *dialog = new SegmentEditorDialog(m_document, sid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (dialog->apply())
            selectSegment(dialog->segment().sid);
    });
    dialog->open();
}

void SegmentCatalogView::askDeleteSelected()
{
    const QVector<qint64> sids = selectedSids();
    if (sids.isEmpty() || m_document->isReadOnly())
        return;
    const Workspace &ws = m_document->workspace();
    const QSet<qint64> wanted(sids.begin(), sids.end());
    QSet<qint64> mappedSegments, destinations;
    int mappings = 0;
    for (const SegmentMapping &m : ws.mappings) {
        if (wanted.contains(m.sid)) {
            mappedSegments.insert(m.sid);
            destinations.insert(m.destinationId);
            ++mappings;
        }
    }
    if (mappings == 0) {
        deleteSegments(sids, false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Segments"),
                                tr("%n of the selected segments are mapped to destinations.",
                                   nullptr, int(mappedSegments.size())),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("Deleting them also deletes their %1 in %2. You can undo this.")
                                .arg(tr("%n mapping(s)", nullptr, mappings),
                                     tr("%n destination(s)", nullptr, int(destinations.size()))));
    QPushButton *remove =
        box->addButton(tr("Delete Segments and Mappings"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, sids, remove](QAbstractButton *button) {
        if (button == remove)
            deleteSegments(sids, true);
    });
    box->open();
}

void SegmentCatalogView::deleteSegments(const QVector<qint64> &sids, bool alsoMappings)
{
    m_document->removeSegments(QList<qint64>(sids.begin(), sids.end()), alsoMappings);
}

void SegmentCatalogView::chooseImportCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Segments"), FileFolders::folder(FileFolders::Kind::SegmentCsv),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    FileFolders::remember(FileFolders::Kind::SegmentCsv, path);
    if (!path.isEmpty())
        importFile(path, false);
}

void SegmentCatalogView::chooseImportJson()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Segments from Audience Manager"),
        FileFolders::folder(FileFolders::Kind::AamJson), tr("JSON files (*.json);;All files (*)"));
    FileFolders::remember(FileFolders::Kind::AamJson, path);
    if (!path.isEmpty())
        importFile(path, true);
}

void SegmentCatalogView::importFile(const QString &path, bool aamJson)
{
    if (m_document->isReadOnly())
        return;
    QString notRegular;
    if (!InputFile::isRegularFile(path, &notRegular)) {
        QMessageBox::warning(this, tr("Import Segments"), notRegular);
        return;
    }
    QFile file(path);
    if (file.size() > MaxImportBytes || !file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Segments"),
                             file.size() > MaxImportBytes
                                 ? tr("%1 is larger than 256 MB, too large for a segment list.")
                                       .arg(QDir::toNativeSeparators(path))
                                 : tr("Could not read %1: %2.")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const SegmentImport::Plan plan =
        aamJson ? SegmentImport::planAamJson(m_document->workspace(), bytes)
                : SegmentImport::planCsv(m_document->workspace(), bytes);
    QApplication::restoreOverrideCursor();
    const QString fileName = QFileInfo(path).fileName();
    auto *dialog = new ImportReportDialog(tr("Import Segments from %1").arg(fileName), plan.report,
                                          plan.changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fileName]() {
        if (!dialog->canImport())
            return;
        const ChangeSet &changes = dialog->changes();
        const int n = int(changes.addSegments.size() + changes.updateSegments.size());
        m_document->apply(changes, tr("Import %n segment(s) from %1", nullptr, n).arg(fileName));
    });
    dialog->open();
}

bool SegmentCatalogView::exportCsv(const QString &path, QChar delimiter, QString *error) const
{
    const QByteArray bytes = SegmentImport::exportCsv(m_document->workspace(), {}, delimiter);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void SegmentCatalogView::chooseExportCsv()
{
    const QString comma = tr("CSV, comma-separated (*.csv)");
    const QString semicolon = tr("CSV, semicolon-separated (*.csv)");
    QString filter = QLocale().decimalPoint() == QLatin1String(",") ? semicolon : comma;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Segments"),
        FileFolders::suggest(FileFolders::Kind::SegmentCsv, tr("segments.csv")),
        QStringLiteral("%1;;%2").arg(comma, semicolon), &filter);
    FileFolders::remember(FileFolders::Kind::SegmentCsv, path);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, filter == semicolon ? QLatin1Char(';') : QLatin1Char(','), &error))
        QMessageBox::warning(this, tr("Export Segments"), error);
}

void SegmentCatalogView::activateSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SegmentCatalogView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("segments/header"), m_view->horizontalHeader()->saveState());
}

void SegmentCatalogView::restoreSettings(QSettings &settings)
{
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("segments/header")).toByteArray());
}

QList<ScreenshotStep> SegmentCatalogView::screenshotSteps()
{
    // The editor of the first segment with a rule, tested with signals that qualify, and the
    // same rule broken, with the error underlined where it starts.
    const auto firstWithRule = [this]() -> qint64 {
        for (const Segment &s : m_document->workspace().segments) {
            if (!s.rule.trimmed().isEmpty())
                return s.sid;
        }
        return 0;
    };
    const auto closeEditor = [this]() {
        if (auto *dialog = findChild<SegmentEditorDialog *>())
            dialog->close();
    };
    QList<ScreenshotStep> steps;
    steps.append({QStringLiteral("segment-editor"),
                  [this, firstWithRule]() -> QWidget * {
                      const qint64 sid = firstWithRule();
                      if (!sid)
                          return nullptr;
                      auto *dialog = new SegmentEditorDialog(m_document, sid, this);
                      dialog->setAttribute(Qt::WA_DeleteOnClose);
                      dialog->setSignals(dialog->sampleSignals());
                      dialog->show();
                      return dialog;
                  },
                  closeEditor});
    steps.append({QStringLiteral("segment-rule-error"),
                  [this, firstWithRule]() -> QWidget * {
                      const qint64 sid = firstWithRule();
                      if (!sid)
                          return nullptr;
                      auto *dialog = new SegmentEditorDialog(m_document, sid, this);
                      dialog->setAttribute(Qt::WA_DeleteOnClose);
                      dialog->setRuleText(
                          QStringLiteral("(c_interest == \"golf\" AND) OR c_score >= 5"));
                      dialog->show();
                      return dialog;
                  },
                  closeEditor});
    return steps;
}

} // namespace dcsdesk
