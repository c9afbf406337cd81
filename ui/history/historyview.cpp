#include "historyview.h"

#include "common/emptystate.h"
#include "common/headerfit.h"

#include "console/runresultpanel.h"
#include "history/historylistmodel.h"
#include "history/historystore.h"
#include "historycomparedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dcsdesk {

namespace {
const char *const KeepPrivateKey = "history/keepPrivateValues";
}

bool HistoryView::keepPrivateValuesSetting()
{
    return QSettings().value(QLatin1String(KeepPrivateKey), false).toBool();
}

void HistoryView::setKeepPrivateValuesSetting(bool keep)
{
    QSettings().setValue(QLatin1String(KeepPrivateKey), keep);
}

HistoryView::HistoryView(HistoryStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_model = new HistoryListModel(store, this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // two to compare
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Every column but the user ID and the summary takes the width of its words, so where a call
    // went and with which profile are read in full ("127.0.0.1:8080 (Host acme.demdex.net)",
    // "Example (local sandbox)") and short ones leave their room to the others.
    for (int column : {HistoryListModel::Time, HistoryListModel::Status, HistoryListModel::Method,
                       HistoryListModel::Profile, HistoryListModel::Target,
                       HistoryListModel::Errors, HistoryListModel::Duration})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_count = new QLabel(this);
    m_open = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_clear = new QPushButton(this);
    m_compare = new QPushButton(this);
    m_compare->setEnabled(false);
    m_keepPrivate = new QCheckBox(this);
    m_keepPrivate->setChecked(store->options().keepPrivateValues);
    m_runResults = new RunResultPanel(this);
    m_runResults->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_runResults);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_keepPrivate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, &HistoryView::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &HistoryView::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &HistoryView::deleteCurrent);
    connect(m_clear, &QPushButton::clicked, this, &HistoryView::clearAll);
    connect(m_compare, &QPushButton::clicked, this, &HistoryView::compareSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_compare->setEnabled(selectedEntries().size() == 2); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::showCurrentRun);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showCurrentRun);
    auto *del = new QShortcut(QKeySequence::Delete, m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &HistoryView::deleteCurrent);
    connect(m_keepPrivate, &QCheckBox::toggled, this, [this](bool keep) {
        setKeepPrivateValuesSetting(keep);
        if (m_store) {
            HistoryStore::Options o = m_store->options();
            o.keepPrivateValues = keep;
            m_store->setOptions(o);
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(store, &HistoryStore::writeFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("History"), message); });
    m_goToConsole = new QAction(this);
    connect(m_goToConsole, &QAction::triggered, this, &HistoryView::consoleRequested);
    EmptyState::attach(
        m_table, []() { return tr("No calls yet"); },
        []() {
            return tr("Every call you send from the Console is kept here, newest first, and so "
                      "is the summary of every batch run. Open a call again in the Console, "
                      "compare two side by side, or search by user ID, alias, status or error "
                      "code.");
        },
        {m_goToConsole}, [this]() { return !m_store || m_store->entries().isEmpty(); });
    retranslate();
}

void HistoryView::retranslate()
{
    m_search->setPlaceholderText(tr("Search: uuid:…, alias:…, status:200, error:171 or any text"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setToolTip(tr("uuid:, alias:, status: and error: search one field; any other word "
                            "searches the whole call"));
    m_goToConsole->setText(tr("Go to the Console"));
    m_table->setAccessibleName(tr("History"));
    m_open->setText(tr("&Open in Console"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected call (Delete)"));
    m_clear->setText(tr("Clear &All…"));
    m_compare->setText(tr("&Compare…"));
    m_compare->setToolTip(tr("Select two calls (Ctrl+click) to see them side by side"));
    m_keepPrivate->setText(tr("Keep p_ values in history"));
    m_keepPrivate->setToolTip(
        tr("p_ values are private: by default they are masked before a call is stored"));
    HeaderFit::fitTitles(m_table->horizontalHeader());
    updateCount();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryView::updateCount()
{
    const int total = m_store ? int(m_store->entries().size()) : 0;
    m_count->setText(tr("%1 of %n call(s)", nullptr, total).arg(m_model->rowCount()));
}

void HistoryView::openCurrent()
{
    const HistoryEntry *e = m_model->entryAt(m_table->currentIndex().row());
    if (e && e->kind == HistoryEntry::Kind::CheckRun) {
        m_runResults->tree()->setFocus(); // a run has no single request to reopen
        return;
    }
    if (e)
        Q_EMIT openRequested(*e);
}

void HistoryView::showCurrentRun()
{
    const HistoryEntry *e = m_model->entryAt(m_table->currentIndex().row());
    const bool run = e && e->kind == HistoryEntry::Kind::CheckRun;
    if (run)
        m_runResults->showSummary(e->summary);
    m_runResults->setVisible(run);
    m_open->setEnabled(!run);
}

QVector<HistoryEntry> HistoryView::selectedEntries() const
{
    QVector<HistoryEntry> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const HistoryEntry *e = m_model->entryAt(index.row()))
            out.append(*e);
    }
    std::sort(out.begin(), out.end(),
              [](const HistoryEntry &a, const HistoryEntry &b) { return a.time < b.time; });
    return out;
}

HistoryCompareDialog *HistoryView::compareSelected()
{
    const QVector<HistoryEntry> entries = selectedEntries();
    if (entries.size() != 2)
        return nullptr;
    auto *dialog = new HistoryCompareDialog(entries.at(0), entries.at(1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void HistoryView::deleteCurrent()
{
    const HistoryEntry *e = m_model->entryAt(m_table->currentIndex().row());
    if (!e || !m_store)
        return;
    const int row = m_table->currentIndex().row();
    QString error;
    if (!m_store->remove(e->id, &error))
        return; // writeFailed shows the message
    m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

void HistoryView::clearAll()
{
    if (!m_store || m_store->entries().isEmpty())
        return;
    if (QMessageBox::question(this, tr("Clear history"),
                              tr("Delete all %n call(s) from the history? This cannot be undone.",
                                 nullptr, int(m_store->entries().size()))) != QMessageBox::Yes)
        return;
    m_store->clear();
}

} // namespace dcsdesk
