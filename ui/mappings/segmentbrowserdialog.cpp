#include "segmentbrowserdialog.h"

#include "common/accessiblename.h"
#include "common/datefield.h"
#include "common/headerfit.h"
#include "common/optionaldateedit.h"
#include "common/tableclipboard.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "segments/segmentlisttext.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dcsdesk {

SegmentBrowserDialog::SegmentBrowserDialog(WorkspaceDocument *document, qint64 destinationId,
                                           QWidget *parent)
    : QDialog(parent), m_document(document), m_destinationId(destinationId),
      m_catalog(new SegmentCatalogModel(document, this)),
      m_proxy(new SegmentFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_searchTimer(new QTimer(this)),
      m_hideMapped(new QCheckBox(tr("&Hide segments already mapped"), this)),
      m_activeOnly(new QCheckBox(tr("Active segments &only"), this)),
      m_anotherFlight(new QCheckBox(tr("Allo&w another flight of mapped segments"), this)),
      m_message(new QLabel(this)), m_view(new QTableView(this)), m_count(new QLabel(this)),
      m_valuePattern(new QLineEdit(this)), m_preview(new QLabel(this)),
      m_startDate(new DateField(this)), m_endDate(new OptionalDateEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Workspace &ws = document->workspace();
    const Destination *d = ws.destination(destinationId);
    setWindowTitle(d ? tr("Add Segments to %1").arg(d->name) : tr("Add Segments"));
    const bool cookie = d && d->type == Destination::Type::Cookie;
    const bool multiKey = cookie && d->cookieFormat == Destination::CookieFormat::MultiKey;

    for (int i : ws.mappingIndexesOf(destinationId))
        m_mapped.insert(ws.mappings[i].sid);
    m_proxy->setSourceModel(m_catalog);
    m_proxy->setCheckable(true);
    m_proxy->setExcludedSids(m_mapped);
    m_proxy->setHideExcluded(true);
    m_proxy->sort(SegmentCatalogModel::NameColumn);

    m_search->setPlaceholderText(
        tr("Search by name, ID, integration code or rule, or paste a list of IDs"));
    m_search->setToolTip(tr("A list pasted here (one ID, name or integration code per line, or "
                            "separated by commas) checks those segments instead of searching."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_search->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_search, &QWidget::customContextMenuRequested, this,
            &SegmentBrowserDialog::showSearchMenu);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this]() { m_proxy->setFilterText(m_search->text()); });
    m_hideMapped->setChecked(true);
    connect(m_hideMapped, &QCheckBox::toggled, m_proxy, &SegmentFilterProxyModel::setHideExcluded);
    m_anotherFlight->setToolTip(
        tr("Segments already mapped to this destination can be checked too: each gets another "
           "mapping, for example a later campaign flight. Give it its own dates; overlapping "
           "flights are flagged."));
    m_anotherFlight->setEnabled(!m_mapped.isEmpty());
    connect(m_anotherFlight, &QCheckBox::toggled, this,
            &SegmentBrowserDialog::anotherFlightToggled);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("pasteMessage"));
    m_message->hide();
    connect(m_activeOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setStatusFilter(on ? SegmentFilterProxyModel::StatusFilter::Active
                                    : SegmentFilterProxyModel::StatusFilter::All);
    });

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SegmentCatalogModel::NameColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(SegmentCatalogModel::RuleColumn, true);
    m_view->setColumnWidth(SegmentCatalogModel::SidColumn, 110);
    m_view->setColumnWidth(SegmentCatalogModel::NameColumn, 260);
    m_view->setColumnWidth(SegmentCatalogModel::CodeColumn, 160);
    HeaderFit::fitTitles(m_view->horizontalHeader());
    connect(m_view->model(), &QAbstractItemModel::headerDataChanged, this,
            [this]() { HeaderFit::fitTitles(m_view->horizontalHeader()); });
    m_view->installEventFilter(this);
    m_view->setAccessibleName(tr("Segments"));
    TableClipboard::install(m_view)->setPaster(
        []() { return true; }, [this](const QMimeData *mime) { tickList(mime->text()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (first.flags() & Qt::ItemIsUserCheckable)
            m_proxy->setData(first,
                             first.data(Qt::CheckStateRole).toInt() == Qt::Checked ? Qt::Unchecked
                                                                                   : Qt::Checked,
                             Qt::CheckStateRole);
    });

    auto *checkShown = new QPushButton(tr("&Check All Shown"), this);
    auto *uncheckAll = new QPushButton(tr("&Uncheck All"), this);
    checkShown->setObjectName(QStringLiteral("checkShown"));
    uncheckAll->setObjectName(QStringLiteral("uncheckAll"));
    connect(checkShown, &QPushButton::clicked, this,
            [this]() { m_proxy->setAllShownChecked(true); });
    connect(uncheckAll, &QPushButton::clicked, this,
            [this]() { m_proxy->setSidsChecked(m_proxy->checkedSids(), false); });
    connect(m_proxy, &SegmentFilterProxyModel::checkedCountChanged, this,
            &SegmentBrowserDialog::updateCount);

    // What the new mappings start with.
    auto *values = new QGroupBox(tr("New mappings"), this);
    auto *form = new QFormLayout(values);
    m_valuePattern->setText(d ? MappingBulk::defaultValuePattern(*d) : QString());
    m_valuePattern->setToolTip(tr("Placeholders: {sid} segment ID, {code} integration code, "
                                  "{name} segment name."));
    m_valuePattern->setPlaceholderText(tr("for example {sid} or {code}"));
    connect(m_valuePattern, &QLineEdit::textChanged, this, &SegmentBrowserDialog::updatePreview);
    const QString valueLabel = !d ? tr("&Value:")
                               : d->type == Destination::Type::Url
                                   ? (d->serialized ? tr("A&lias:") : tr("U&RL:"))
                               : multiKey ? tr("&Key:")
                               : cookie   ? tr("&Value:")
                                          : tr("A&lias:");
    form->addRow(valueLabel, m_valuePattern);
    if (multiKey) {
        m_secondPattern = new QLineEdit(QStringLiteral("{sid}"), this);
        m_secondPattern->setToolTip(m_valuePattern->toolTip());
        connect(m_secondPattern, &QLineEdit::textChanged, this,
                &SegmentBrowserDialog::updatePreview);
        form->addRow(tr("&Value of the key:"), m_secondPattern);
    }
    form->addRow(QString(), m_preview);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    const QString startLabel = tr("&Start date:");
    form->addRow(startLabel, m_startDate);
    m_startDate->setFieldName(accessibleNameFromLabel(startLabel));
    for (QLineEdit *dateText : {m_startDate->lineEdit(), m_endDate->dateEdit()->lineEdit()})
        connect(dateText, &QLineEdit::textChanged, this, &SegmentBrowserDialog::updateCount);
    m_endDate->setDate(QDate());
    const QString endLabel = tr("&End date:");
    form->addRow(endLabel, m_endDate);
    m_endDate->dateEdit()->setFieldName(accessibleNameFromLabel(endLabel));
    if (cookie) {
        m_priority = new QSpinBox(this);
        m_priority->setRange(0, 999);
        m_priority->setSpecialValueText(tr("None"));
        form->addRow(tr("&Priority:"), m_priority);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_activeOnly);
    filters->addWidget(m_hideMapped);
    filters->addWidget(m_anotherFlight);
    filters->addStretch(1);
    auto *checks = new QHBoxLayout;
    checks->addWidget(checkShown);
    checks->addWidget(uncheckAll);
    checks->addStretch(1);
    checks->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(checks);
    layout->addWidget(m_message);
    layout->addWidget(values);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 640);
    updateCount();
    updatePreview();
    m_search->setFocus();
}

QVector<qint64> SegmentBrowserDialog::checkedSids() const
{
    return m_proxy->checkedSids();
}

MappingBulk::AddOptions SegmentBrowserDialog::addOptions() const
{
    MappingBulk::AddOptions options;
    options.valuePattern = m_valuePattern->text();
    if (m_secondPattern)
        options.secondValuePattern = m_secondPattern->text();
    options.startDate = m_startDate->date();
    options.endDate = m_endDate->date();
    if (m_priority)
        options.priority = m_priority->value();
    options.skipMapped = !m_anotherFlight->isChecked();
    return options;
}

void SegmentBrowserDialog::updateCount()
{
    const int n = m_proxy->checkedCount();
    m_count->setText(tr("%n segment(s) checked", nullptr, n));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(n > 0 ? tr("&Add %n Segment(s)", nullptr, n) : tr("&Add"));
    ok->setEnabled(n > 0 && m_startDate->hasAcceptableInput() && m_endDate->hasAcceptableInput());
}

void SegmentBrowserDialog::updatePreview()
{
    // Show what the pattern gives for the first segment in the list.
    const QModelIndex first = m_proxy->index(0, 0);
    const Workspace &ws = m_document->workspace();
    const Segment *s = first.isValid() ? ws.segment(first.data(KeyRole).toLongLong()) : nullptr;
    if (!s) {
        m_preview->clear();
        return;
    }
    SegmentMapping m;
    m.sid = s->sid;
    m.value = MappingBulk::expandPattern(m_valuePattern->text(), m, s);
    if (m.value.isEmpty()) {
        m_preview->setText(tr("The value stays empty; the new mappings are flagged until you "
                              "fill it in."));
        return;
    }
    m_preview->setText(tr("For %1 (%2): %3").arg(s->name, QString::number(s->sid), m.value));
}

void SegmentBrowserDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SegmentBrowserDialog::anotherFlightToggled(bool on)
{
    m_proxy->setExcludedCheckable(on);
    if (!on)
        return;
    // The mapped segments are what the user wants to see now.
    m_hideMapped->setChecked(false);
    if (!m_pastedMapped.isEmpty()) {
        const QVector<qint64> sids = std::exchange(m_pastedMapped, {});
        m_proxy->setSidsChecked(sids, true);
        QStringList parts{tr("Checked %n mapped segment(s) of the pasted list for another flight.",
                             nullptr, int(sids.size()))};
        if (!m_pasteNotes.isEmpty())
            parts.append(m_pasteNotes);
        showMessage(parts.join(QLatin1Char(' ')));
    }
}

bool SegmentBrowserDialog::tickList(const QString &text, bool quietIfNone)
{
    const SegmentListText::Result list = SegmentListText::read(m_document->workspace(), text);
    if (quietIfNone && list.sids.isEmpty())
        return false;
    QVector<qint64> tick;
    m_pastedMapped.clear();
    for (qint64 sid : list.sids) {
        if (m_mapped.contains(sid) && !m_anotherFlight->isChecked())
            m_pastedMapped.append(sid);
        else
            tick.append(sid);
    }
    m_proxy->setSidsChecked(tick, true);
    // The list replaces any search, so the checked segments are in sight.
    if (!m_search->text().isEmpty()) {
        m_search->clear();
        m_proxy->setFilterText(QString());
    }
    QStringList parts;
    parts.append(tick.isEmpty()
                     ? tr("Nothing checked from the pasted list.")
                     : tr("Checked %n segment(s) from the pasted list.", nullptr, int(tick.size())));
    m_pasteNotes = list.notes();
    if (!m_pasteNotes.isEmpty())
        parts.append(m_pasteNotes);
    if (!m_pastedMapped.isEmpty()) {
        QStringList ids;
        for (qint64 sid : std::as_const(m_pastedMapped))
            ids.append(QString::number(sid));
        parts.append(tr("Already mapped to this destination: %1. Check “Allow another flight of "
                        "mapped segments” to add another flight of them.")
                         .arg(SegmentListText::shortList(ids, false)));
    }
    showMessage(parts.join(QLatin1Char(' ')));
    // The first checked segment of the list in sight (the rest are counted below the table).
    for (int r = 0; r < m_proxy->rowCount() && !tick.isEmpty(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (tick.contains(index.data(KeyRole).toLongLong())) {
            m_view->scrollTo(index);
            break;
        }
    }
    return true;
}

bool SegmentBrowserDialog::pasteIntoSearch()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!SegmentListText::looksLikeList(text))
        return false;
    // Several lines are always a list; one line with commas only when it names segments.
    const bool oneLine = !text.trimmed().contains(QLatin1Char('\n'));
    return tickList(text, oneLine);
}

void SegmentBrowserDialog::showSearchMenu(const QPoint &pos)
{
    QMenu *menu = m_search->createStandardContextMenu();
    // The menu's Paste goes through the list check as Ctrl+V does.
    if (QAction *paste = pasteActionOf(menu)) {
        disconnect(paste, &QAction::triggered, nullptr, nullptr);
        connect(paste, &QAction::triggered, this, [this]() {
            if (!pasteIntoSearch())
                m_search->paste();
        });
    }
    menu->exec(m_search->mapToGlobal(pos));
    delete menu;
}

QAction *SegmentBrowserDialog::pasteActionOf(const QMenu *menu)
{
    const QString shortcut = QLatin1Char('\t') +
                             QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    for (QAction *action : menu->actions()) {
        if (action->text().endsWith(shortcut))
            return action;
    }
    return nullptr;
}

bool SegmentBrowserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        if (event->type() == QEvent::KeyPress && pasteIntoSearch())
            return true;
        return QDialog::eventFilter(watched, event);
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            // Space toggles every selected row: all checked unless all already are.
            const QModelIndexList rows = m_view->selectionModel()->selectedRows();
            QVector<qint64> sids;
            bool allChecked = true;
            for (const QModelIndex &index : rows) {
                if (!(index.flags() & Qt::ItemIsUserCheckable))
                    continue;
                sids.append(index.data(KeyRole).toLongLong());
                allChecked = allChecked && index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            }
            if (!sids.isEmpty())
                m_proxy->setSidsChecked(sids, !allChecked);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace dcsdesk
