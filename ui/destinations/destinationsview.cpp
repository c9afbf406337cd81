#include "destinationsview.h"

#include "aam/aamrestreader.h"
#include "common/emptystate.h"
#include "common/filefolders.h"
#include "common/icons.h"
#include "common/selectionkeeper.h"
#include "common/tableclipboard.h"
#include "common/uiprompts.h"
#include "destinationeditor.h"
#include "firepreviewpanel.h"
#include "itemmodels/destinationfilterproxymodel.h"
#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/modelroles.h"
#include "mappings/mappingeditor.h"
#include "restexportdialog.h"
#include "restimportdialog.h"
#include "statusbadgedelegate.h"
#include "typeicondelegate.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dcsdesk {

DestinationsView::DestinationsView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("destinationsView"));
    m_model = new DestinationListModel(document, this);
    m_proxy = new DestinationFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    // Actions
    m_newUrl = new QAction(this);
    m_newUrl->setIcon(Icons::destinationType(Destination::Type::Url));
    m_newUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_newCookie = new QAction(this);
    m_newCookie->setIcon(Icons::destinationType(Destination::Type::Cookie));
    m_newCookie->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_newS2s = new QAction(this);
    m_newS2s->setIcon(Icons::destinationType(Destination::Type::ServerToServer));
    m_duplicate = new QAction(Icons::action(Icons::Action::Copy), QString(), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = new QAction(Icons::action(Icons::Action::Delete), QString(), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_rename = new QAction(Icons::action(Icons::Action::Edit), QString(), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_import = new QAction(Icons::action(Icons::Action::Import), QString(), this);
    m_export = new QAction(Icons::action(Icons::Action::Export), QString(), this);
    m_showPreview = new QAction(this);
    m_showPreview->setCheckable(true);
    m_showPreview->setChecked(true);
    m_showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    for (QAction *a : {m_newUrl, m_newCookie, m_newS2s})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newUrl);
    addAction(m_newCookie);
    addAction(m_showPreview);
    m_showPreview->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // Toolbar: search, type filter, count, actions
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_vertical = new QSplitter(Qt::Vertical, this);
    layout->addWidget(m_vertical);

    auto *top = new QWidget(m_vertical);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(top);
    m_search->setObjectName(QStringLiteral("destinationSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    bar->addWidget(m_search, 3);
    m_typeFilter = new QComboBox(top);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    bar->addWidget(m_typeFilter, 1);
    m_statusFilter = new QComboBox(top);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    bar->addWidget(m_statusFilter, 1);
    // The filters show their whole choice ("Todos los estados"); the search field gives way, and
    // takes what the row has to spare, so its hint ("… or cookie name (Ctrl+F)") is read whole.
    for (QComboBox *filter : {m_typeFilter, m_statusFilter})
        filter->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_count = new QLabel(top);
    bar->addWidget(m_count);
    m_newButton = new QToolButton(top);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newButton->setDefaultAction(m_newUrl);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->addAction(m_newUrl);
    newMenu->addAction(m_newCookie);
    newMenu->addSeparator();
    newMenu->addAction(m_newS2s);
    m_newButton->setMenu(newMenu);
    bar->addWidget(m_newButton);
    m_duplicateButton = new QToolButton(top);
    m_duplicateButton->setDefaultAction(m_duplicate);
    m_duplicateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_duplicateButton);
    m_deleteButton = new QToolButton(top);
    m_deleteButton->setDefaultAction(m_delete);
    m_deleteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_deleteButton);
    topLayout->addLayout(bar);

    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("destinationTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DestinationListModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DestinationListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setItemDelegateForColumn(DestinationListModel::TypeColumn,
                                      new TypeIconDelegate(m_table));
    m_table->setItemDelegateForColumn(DestinationListModel::StatusColumn,
                                      new StatusBadgeDelegate(m_table));
    for (QAction *a : {m_duplicate, m_delete, m_rename}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(a);
    }
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->insertAction(m_duplicate, m_newUrl);
    m_table->insertAction(m_duplicate, m_newCookie);
    m_table->insertAction(m_duplicate, separator);
    auto *separator2 = new QAction(m_table);
    separator2->setSeparator(true);
    m_table->addAction(separator2);
    m_table->addAction(m_export);
    topLayout->addWidget(m_table, 1);
    TableClipboard::install(m_table)->setRemover([this]() { return m_delete->isEnabled(); },
                                                 [this]() { removeSelected(true); });
    SelectionKeeper::install(m_table, [this](qint64 id) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    });

    // Tabs below the list: the destination (editor | preview) and its segment mappings.
    m_tabs = new QTabWidget(m_vertical);
    m_tabs->setObjectName(QStringLiteral("destinationTabs"));
    m_tabs->setDocumentMode(true);
    m_horizontal = new QSplitter(Qt::Horizontal, m_tabs);
    m_editorScroll = new QScrollArea(m_horizontal);
    m_editorScroll->setWidgetResizable(true);
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; it scrolls them into view
    m_editor = new DestinationEditor(document, m_editorScroll);
    m_editorScroll->setWidget(m_editor);
    m_preview = new FirePreviewPanel(document, m_horizontal);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setChildrenCollapsible(false);
    m_mappings = new MappingEditor(document, m_tabs);
    m_mappings->setObjectName(QStringLiteral("mappingEditor"));
    m_tabs->addTab(m_horizontal, QString());
    m_tabs->addTab(m_mappings, QString());
    m_showMappings = new QAction(this);
    m_showMappings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_showMappings->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_showMappings);
    connect(m_showMappings, &QAction::triggered, this, &DestinationsView::showMappings);
    connect(document, &WorkspaceDocument::contentChanged, this,
            &DestinationsView::updateMappingsTab);
    m_vertical->setStretchFactor(0, 2);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setChildrenCollapsible(false);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
        if (!currentId() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_typeFilter, &QComboBox::activated, this, [this]() {
        m_proxy->setTypeFilter(m_typeFilter->currentData().toInt());
        updateCount();
        if (!currentId() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_statusFilter, &QComboBox::activated, this, [this]() {
        m_proxy->setStatusFilter(m_statusFilter->currentData().toInt());
        updateCount();
        if (!currentId() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DestinationsView::currentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DestinationsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this,
            [this]() { m_editor->focusField(Destination::Name); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DestinationsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DestinationsView::updateCount);
    // Removals and undo reset the model: keep the same destination current, or the row that
    // took the place of a deleted one.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        m_resetId = currentId();
        m_resetRow = m_table->currentIndex().row();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        updateCount();
        if (m_resetId != 0 && m_model->rowOf(m_resetId) >= 0)
            selectDestination(m_resetId);
        else if (m_resetRow >= 0 && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(
                m_proxy->index(std::min(m_resetRow, m_proxy->rowCount() - 1), 0));
        currentChanged();
    });

    connect(m_newUrl, &QAction::triggered, this,
            [this]() { newDestination(Destination::Type::Url); });
    connect(m_newCookie, &QAction::triggered, this,
            [this]() { newDestination(Destination::Type::Cookie); });
    connect(m_newS2s, &QAction::triggered, this,
            [this]() { newDestination(Destination::Type::ServerToServer); });
    connect(m_duplicate, &QAction::triggered, this, &DestinationsView::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &DestinationsView::deleteSelected);
    connect(m_rename, &QAction::triggered, this, [this]() {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_table->edit(m_proxy->index(current.row(), DestinationListModel::NameColumn));
    });
    connect(m_import, &QAction::triggered, this, &DestinationsView::importAamRest);
    connect(m_export, &QAction::triggered, this, &DestinationsView::exportAamRest);
    connect(m_showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);
    connect(m_preview, &FirePreviewPanel::tryInConsoleRequested, this,
            &DestinationsView::tryInConsoleRequested);
    // The editors forget the old workspace's destination when it is replaced (they are told
    // first); the row highlighted now is shown in all of them, even when it is the row that was
    // current before, so the list and the tabs never disagree.
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        currentChanged();
    });
    connect(document, &WorkspaceDocument::readOnlyChanged, this, &DestinationsView::updateActions);
    EmptyState::attach(
        m_table, []() { return tr("No destinations yet"); },
        []() {
            return tr("A destination is where your segments go: a URL that is called (a pixel), a "
                      "cookie in the browser or a server-to-server partner. Create one here, or "
                      "read destinations from a file with File › Import › Destinations from AAM "
                      "REST JSON.");
        },
        {m_newUrl, m_newCookie}, [this]() { return m_model->rowCount() == 0; });

    retranslateUi();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    currentChanged();
    m_vertical->setSizes({300, 460});
    m_horizontal->setSizes({600, 480});
}

void DestinationsView::retranslateUi()
{
    m_showMappings->setText(tr("Segment &Mappings"));
    updateMappingsTab();
    m_search->setPlaceholderText(tr("Search name, ID, URL or cookie name (Ctrl+F)"));
    m_search->setToolTip(
        tr("Every word must appear. Down arrow moves to the list; Escape clears."));
    m_search->setAccessibleName(tr("Search destinations"));
    m_table->setAccessibleName(tr("Destinations"));
    const int type =
        m_typeFilter->currentData().isValid() ? m_typeFilter->currentData().toInt() : -1;
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"), -1);
    for (Destination::Type t :
         {Destination::Type::Url, Destination::Type::Cookie, Destination::Type::ServerToServer})
        m_typeFilter->addItem(Icons::destinationType(t), Destination::typeName(t), int(t));
    m_typeFilter->setCurrentIndex(std::max(0, m_typeFilter->findData(type)));
    m_typeFilter->setToolTip(tr("Show only destinations of one type"));
    m_typeFilter->setAccessibleName(tr("Destination type"));
    const int status = m_statusFilter->currentData().isValid()
                           ? m_statusFilter->currentData().toInt()
                           : DestinationFilterProxyModel::AnyStatus;
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"), DestinationFilterProxyModel::AnyStatus);
    m_statusFilter->addItem(tr("Needs attention"), DestinationFilterProxyModel::NeedsAttention);
    using Level = DestinationListModel::StatusLevel;
    for (Level level : {Level::Error, Level::Warning, Level::Expired, Level::Ok})
        m_statusFilter->addItem(DestinationListModel::statusLevelName(level), int(level));
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
    m_statusFilter->setToolTip(
        tr("Show only destinations whose worst finding, over the destination and its mappings, "
           "is of one kind"));
    m_statusFilter->setAccessibleName(tr("Destination status"));

    m_newUrl->setText(tr("New &URL Destination"));
    m_newUrl->setIconText(tr("New"));
    m_newUrl->setToolTip(tr("New URL destination (%1); the arrow offers the other types")
                             .arg(m_newUrl->shortcut().toString(QKeySequence::NativeText)));
    m_newCookie->setText(tr("New &Cookie Destination"));
    m_newS2s->setText(tr("New &Server-to-Server Destination…"));
    m_duplicate->setText(tr("Du&plicate"));
    m_duplicate->setToolTip(tr("Duplicate the selected destinations with their mappings (%1)")
                                .arg(m_duplicate->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected destinations (%1)")
                             .arg(m_delete->shortcut().toString(QKeySequence::NativeText)));
    m_rename->setText(tr("&Rename"));
    m_import->setText(tr("Destinations from AAM REST JSON…"));
    m_export->setText(tr("Destinations as AAM REST JSON…"));
    m_showPreview->setText(tr("Show Fire &Preview"));
    m_model->retranslate();
    updateCount();
    updateActions();
}

void DestinationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool DestinationsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_table->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DestinationsView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n destination(s)", nullptr, total)
                                    : tr("%1 of %n destination(s)", nullptr, total).arg(shown));
}

void DestinationsView::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const bool any = !selectedIds().isEmpty();
    for (QAction *a : {m_newUrl, m_newCookie, m_newS2s, m_import})
        a->setEnabled(editable);
    m_duplicate->setEnabled(editable && any);
    m_delete->setEnabled(editable && any);
    m_rename->setEnabled(editable && any);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void DestinationsView::currentChanged()
{
    const qint64 id = currentId();
    m_editor->setDestination(id);
    m_preview->setDestination(id);
    m_mappings->setDestination(id);
    updateMappingsTab();
    updateActions();
}

void DestinationsView::updateMappingsTab()
{
    const qint64 id = currentId();
    const int count = id ? m_document->workspace().mappingCountOf(id) : 0;
    m_tabs->setTabText(0, tr("&Destination"));
    m_tabs->setTabText(1, id ? tr("Segment &Mappings (%1)").arg(QLocale().toString(count))
                             : tr("Segment &Mappings"));
    m_tabs->setTabToolTip(1, tr("The segments mapped to this destination, with their values and "
                                "dates (Ctrl+M)"));
}

void DestinationsView::showMappings()
{
    m_tabs->setCurrentWidget(m_mappings);
    m_mappings->view()->setFocus();
}

qint64 DestinationsView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(KeyRole).toLongLong() : 0;
}

QList<qint64> DestinationsView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(KeyRole).toLongLong());
    if (ids.isEmpty() && currentId() != 0 && m_table->selectionModel()->hasSelection())
        ids.append(currentId());
    return ids;
}

void DestinationsView::selectDestination(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Filtered out: clear the filter so the user sees what they asked for.
        m_search->clear();
        m_typeFilter->setCurrentIndex(0);
        m_proxy->setTypeFilter(-1);
        m_statusFilter->setCurrentIndex(0);
        m_proxy->setStatusFilter(DestinationFilterProxyModel::AnyStatus);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DestinationsView::setTryInConsoleAvailable(bool available)
{
    m_preview->setTryInConsoleAvailable(available);
}

qint64 DestinationsView::newDestination(Destination::Type type)
{
    if (m_document->isReadOnly())
        return 0;
    if (type == Destination::Type::ServerToServer) {
        const int choice = UiPrompts::choose(
            this, QMessageBox::Information, tr("New Server-to-Server Destination"),
            tr("Audience Manager cannot create server-to-server destinations: Adobe or an "
               "integrated platform sets them up, and you can only edit their mappings.\n\nAdd "
               "one here only to mirror a destination that exists in your account, so you can "
               "edit its mappings and try it in the sandbox."),
            {tr("Add Mirror"), tr("Cancel")}, 0, 1);
        if (choice != 0)
            return 0;
    }
    const Workspace &ws = m_document->workspace();
    Destination d;
    d.id = ws.nextDestinationId();
    d.type = type;
    d.updateTime = QDateTime::currentDateTimeUtc();
    switch (type) {
    case Destination::Type::Url:
        d.name = tr("New URL destination %1").arg(d.id);
        d.autoFill = Destination::AutoFill::SegmentId;
        break;
    case Destination::Type::Cookie:
        d.name = tr("New cookie destination %1").arg(d.id);
        d.platform = Destination::Platform::Browser;
        d.autoFill = Destination::AutoFill::SegmentId;
        break;
    case Destination::Type::ServerToServer:
        d.name = tr("New server-to-server destination %1").arg(d.id);
        break;
    }
    ChangeSet changes;
    changes.addDestinations.append(d);
    m_document->apply(changes, tr("New destination %1").arg(d.name));
    // Show it even when the current filter would hide it.
    if (m_proxy->typeFilter() >= 0 && m_proxy->typeFilter() != int(type)) {
        m_typeFilter->setCurrentIndex(0);
        m_proxy->setTypeFilter(-1);
    }
    m_search->clear();
    selectDestination(d.id);
    m_editor->focusField(Destination::Name);
    return d.id;
}

void DestinationsView::duplicateSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    const Workspace &ws = m_document->workspace();
    ChangeSet changes;
    qint64 nextId = ws.nextDestinationId();
    qint64 nextMapping = ws.nextMappingId();
    int skippedS2s = 0;
    for (qint64 id : ids) {
        const Destination *source = ws.destination(id);
        if (!source)
            continue;
        if (source->type == Destination::Type::ServerToServer) {
            ++skippedS2s;
            continue;
        }
        Destination copy = *source;
        copy.id = nextId++;
        copy.name = tr("%1 (copy)").arg(source->name);
        copy.updateTime = QDateTime::currentDateTimeUtc();
        copy.unknownKeys.remove(QLatin1String(AamRestReader::RestExtrasKey)); // not AAM's object
        copy.remote = QJsonObject();
        changes.addDestinations.append(copy);
        for (int i : ws.mappingIndexesOf(id)) {
            SegmentMapping m = ws.mappings[i];
            m.id = nextMapping++;
            m.destinationId = copy.id;
            m.unknownKeys.remove(QLatin1String(AamRestReader::RestExtrasKey));
            m.remote = QJsonObject();
            changes.addMappings.append(m);
        }
    }
    if (skippedS2s > 0)
        Q_EMIT statusMessage([skippedS2s] {
            return tr(
                "%n server-to-server destination(s) not duplicated: only Adobe or an integrated "
                "platform sets up a server-to-server destination.",
                nullptr, skippedS2s);
        });
    if (changes.addDestinations.isEmpty())
        return;
    m_document->apply(
        changes, tr("Duplicate %n destination(s)", nullptr, int(changes.addDestinations.size())));
    selectDestination(changes.addDestinations.last().id);
    Q_EMIT statusMessage([destinations = int(changes.addDestinations.size()),
                          mappings = int(changes.addMappings.size())] {
        return tr("Duplicated %1 with %2.")
            .arg(tr("%n destination(s)", nullptr, destinations),
                 tr("%n mapping(s)", nullptr, mappings));
    });
}

void DestinationsView::deleteSelected()
{
    removeSelected(false);
}

void DestinationsView::removeSelected(bool cut)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    const Workspace &ws = m_document->workspace();
    QList<qint64> mapped;
    int mappingCount = 0;
    for (qint64 id : ids) {
        const int count = ws.mappingCountOf(id);
        if (count > 0) {
            mapped.append(id);
            mappingCount += count;
        }
    }
    const QString title = tr("Delete destinations");
    QString names;
    if (ids.size() == 1)
        names = ws.destination(ids.first())->name;
    if (mapped.isEmpty() && cut) {
        // Edit › Cut: the rows are on the clipboard; Undo brings the destinations back.
        m_document->removeDestinations(ids, false);
        Q_EMIT statusMessage([count = int(ids.size())] {
            return tr("Cut %n destination(s): their rows are on the clipboard; Edit › "
                      "Undo brings the destinations back.",
                      nullptr, count);
        });
        return;
    }
    if (mapped.isEmpty()) {
        const QString text = ids.size() == 1
                                 ? tr("Delete the destination \"%1\"?").arg(names)
                                 : tr("Delete %n destination(s)?", nullptr, int(ids.size()));
        if (UiPrompts::choose(this, QMessageBox::Question, title, text,
                              {tr("Delete"), tr("Cancel")}, 1, 1) != 0)
            return;
        m_document->removeDestinations(ids, false);
        Q_EMIT statusMessage(
            [count = int(ids.size())] { return tr("Deleted %n destination(s).", nullptr, count); });
        return;
    }
    // The AAM rule: a destination with mappings is deleted only with its mappings.
    const QString text =
        ids.size() == 1
            ? tr("\"%1\" still has %2. Audience Manager deletes a destination only after its "
                 "mappings are removed.\n\nDelete the destination and its mappings?")
                  .arg(names, tr("%n segment mapping(s)", nullptr, mappingCount))
            : tr("%1 of the %2 selected destinations still have mappings (%3 in all). Audience "
                 "Manager deletes a destination only after its mappings are removed.")
                  .arg(mapped.size())
                  .arg(ids.size())
                  .arg(mappingCount);
    QStringList buttons{tr("Delete with Mappings")};
    const bool someUnmapped = mapped.size() < ids.size();
    if (someUnmapped)
        buttons.append(tr("Delete Only Unmapped (%1)").arg(ids.size() - mapped.size()));
    buttons.append(tr("Cancel"));
    const int cancel = int(buttons.size()) - 1;
    const int choice =
        UiPrompts::choose(this, QMessageBox::Warning, title, text, buttons, cancel, cancel);
    if (choice == 0) {
        m_document->removeDestinations(ids, true);
        Q_EMIT statusMessage([count = int(ids.size()), mappingCount] {
            return tr("Deleted %1 and %2.")
                .arg(tr("%n destination(s)", nullptr, count),
                     tr("%n mapping(s)", nullptr, mappingCount));
        });
    } else if (someUnmapped && choice == 1) {
        m_document->removeDestinations(ids, false);
        Q_EMIT statusMessage([count = int(ids.size() - mapped.size())] {
            return tr("Deleted %n destination(s) without mappings.", nullptr, count);
        });
    }
}

void DestinationsView::importAamRest()
{
    const QString path = UiPrompts::openFileName(this, tr("Import Destinations from AAM REST JSON"),
                                                 FileFolders::folder(FileFolders::Kind::AamJson),
                                                 tr("JSON files (*.json);;All files (*)"));
    FileFolders::remember(FileFolders::Kind::AamJson, path);
    if (!path.isEmpty())
        importAamRestFile(path);
}

bool DestinationsView::importAamRestFile(const QString &path)
{
    if (m_document->isReadOnly()) {
        UiPrompts::inform(this, QMessageBox::Information, tr("Import"),
                          m_document->readOnlyReason());
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    QApplication::setOverrideCursor(Qt::WaitCursor); // a full account takes a second or two
    const AamRestReader::Result file = AamRestReader::readFile(path);
    QApplication::restoreOverrideCursor();
    if (!file.ok) {
        UiPrompts::inform(this, QMessageBox::Warning, tr("Import"),
                          tr("%1 cannot be imported.\n\n%2").arg(name, file.error));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    RestImportDialog dialog(m_document->workspace(), file, name, this);
    QApplication::restoreOverrideCursor();
    if (dialog.exec() != QDialog::Accepted || dialog.plan().isEmpty())
        return false;
    const AamRestImportPlan plan = dialog.plan();
    m_document->apply(plan.changes(), plan.undoText());
    const ChangeSet &c = plan.changes();
    if (!c.addDestinations.isEmpty())
        selectDestination(c.addDestinations.first().id);
    else if (!c.updateDestinations.isEmpty())
        selectDestination(c.updateDestinations.first().id);
    Q_EMIT statusMessage(
        [name, plan] { return tr("Imported from %1: %2.").arg(name, plan.undoText()); });
    return true;
}

void DestinationsView::exportAamRest()
{
    RestExportDialog options(m_model->rowCount(), int(selectedIds().size()), this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString suggested = FileFolders::suggest(FileFolders::Kind::AamJson,
                                                   tr("destinations") + QStringLiteral(".json"));
    QString path = UiPrompts::saveFileName(this, tr("Export Destinations as AAM REST JSON"),
                                           suggested, tr("JSON files (*.json)"));
    FileFolders::remember(FileFolders::Kind::AamJson, path);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    const AamRestWriter::Options o = options.options();
    if (!exportAamRestTo(path, options.selectedOnly() ? selectedIds() : QList<qint64>(), o, &error))
        UiPrompts::inform(this, QMessageBox::Warning, tr("Export"), error);
}

bool DestinationsView::exportAamRestTo(const QString &path, const QList<qint64> &ids,
                                       const AamRestWriter::Options &options, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AamRestWriter::Result result =
        AamRestWriter::write(m_document->workspace(), ids, options);
    const bool saved = AamRestWriter::saveFile(path, result.json, error);
    QApplication::restoreOverrideCursor();
    if (!saved)
        return false;
    Q_EMIT statusMessage([mappingsOnly = options.mappingsOnly, destinations = result.destinations,
                          mappings = result.mappings, file = QFileInfo(path).fileName(),
                          skipped = result.skipped] {
        const QString message =
            mappingsOnly
                ? tr("Exported %1 to %2.").arg(tr("%n mapping(s)", nullptr, mappings), file)
                : tr("Exported %1 with %2 to %3.")
                      .arg(tr("%n destination(s)", nullptr, destinations),
                           tr("%n mapping(s)", nullptr, mappings), file);
        if (skipped.isEmpty())
            return message;
        return tr("%1 Left out: %2").arg(message, skipped.join(QLatin1Char(' ')));
    });
    return true;
}

void DestinationsView::activateSearch()
{
    if (m_tabs->currentWidget() == m_mappings && m_mappings->isVisible() &&
        m_mappings->isAncestorOf(QApplication::focusWidget())) {
        m_mappings->activateSearch();
        return;
    }
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DestinationsView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("destinations/vertical"), m_vertical->saveState());
    settings.setValue(QStringLiteral("destinations/horizontal"), m_horizontal->saveState());
    settings.setValue(QStringLiteral("destinations/header"),
                      m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("destinations/preview"), m_showPreview->isChecked());
    settings.setValue(QStringLiteral("destinations/tab"), m_tabs->currentIndex());
}

void DestinationsView::restoreSettings(QSettings &settings)
{
    m_vertical->restoreState(settings.value(QStringLiteral("destinations/vertical")).toByteArray());
    m_horizontal->restoreState(
        settings.value(QStringLiteral("destinations/horizontal")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("destinations/header")).toByteArray());
    m_showPreview->setChecked(
        settings.value(QStringLiteral("destinations/preview"), true).toBool());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("destinations/tab"), 0).toInt());
}

QList<ScreenshotStep> DestinationsView::screenshotSteps()
{
    QList<ScreenshotStep> steps;
    const auto firstOfType = [this](Destination::Type type) -> qint64 {
        for (const Destination &d : m_document->workspace().destinations) {
            if (d.type == type)
                return d.id;
        }
        return 0;
    };
    for (const auto &[type, name] :
         {std::pair{Destination::Type::Cookie, QStringLiteral("cookie-editor")},
          std::pair{Destination::Type::ServerToServer, QStringLiteral("s2s-editor")}}) {
        const Destination::Type t = type;
        steps.append({name,
                      [this, t, firstOfType]() -> QWidget * {
                          const qint64 id = firstOfType(t);
                          if (!id)
                              return nullptr;
                          selectDestination(id);
                          return window();
                      },
                      {}});
    }
    steps.append({QStringLiteral("export-options"),
                  [this]() -> QWidget * {
                      auto *dialog = new RestExportDialog(m_model->rowCount(),
                                                          int(selectedIds().size()), this);
                      dialog->setAttribute(Qt::WA_DeleteOnClose);
                      dialog->show();
                      return dialog;
                  },
                  [this]() {
                      if (auto *dialog = findChild<RestExportDialog *>())
                          dialog->close();
                  }});
    // The import review, for a file that changes one destination and adds one: built from the
    // workspace itself through the REST writer and reader, so it works on any workspace.
    auto *holder = new QObject(this);
    steps.append(
        {QStringLiteral("import-review"),
         [this, holder]() -> QWidget * {
             Workspace changed = m_document->workspace();
             if (changed.destinations.isEmpty())
                 return nullptr;
             QList<qint64> ids{changed.destinations.first().id};
             changed.destinations.first().description = tr("Updated by the partner");
             Destination added = changed.destinations.first();
             added.id = changed.nextDestinationId();
             added.name = tr("Partner pixel (imported)");
             added.unknownKeys = QJsonObject();
             added.remote = QJsonObject();
             changed.destinations.append(added);
             ids.append(added.id);
             SegmentMapping m;
             m.id = changed.nextMappingId();
             m.destinationId = added.id;
             m.sid = changed.nextSegmentId();
             m.value = QString::number(m.sid);
             m.startDate = QDate::currentDate();
             Segment unknown;
             unknown.sid = m.sid;
             unknown.name = tr("Partner audience");
             changed.segments.append(unknown); // named in the file, not in the workspace
             changed.mappings.append(m);
             // A type conflict: a cookie destination that the file calls a URL one.
             for (Destination &d : changed.destinations) {
                 if (d.type == Destination::Type::Cookie) {
                     d.type = Destination::Type::Url;
                     ids.append(d.id);
                     break;
                 }
             }
             changed.rebuildIndex();
             AamRestWriter::Options options;
             options.includeMappings = true;
             const AamRestWriter::Result json = AamRestWriter::write(changed, ids, options);
             auto *dialog =
                 new RestImportDialog(m_document->workspace(), AamRestReader::read(json.json),
                                      QStringLiteral("partner-export.json"), this);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->setParent(this, Qt::Dialog);
             holder->setProperty("dialog", QVariant::fromValue<QObject *>(dialog));
             dialog->show();
             return dialog;
         },
         [holder]() {
             if (auto *dialog =
                     qobject_cast<QWidget *>(holder->property("dialog").value<QObject *>()))
                 dialog->close();
         }});
    steps += m_mappings->screenshotSteps(
        [this]() {
            const qint64 id = MappingEditor::screenshotDestination(m_document->workspace());
            if (!id)
                return false;
            selectDestination(id);
            showMappings();
            return true;
        },
        [this]() { m_tabs->setCurrentIndex(0); });
    return steps;
}

} // namespace dcsdesk
