#include "batchview.h"

#include "batch/batchexport.h"
#include "batch/batchhistory.h"
#include "batch/batchresultfilter.h"
#include "batch/batchresultmodel.h"
#include "batch/batchrunner.h"
#include "batchcharts.h"
#include "common/accessiblename.h"
#include "common/emptystate.h"
#include "common/semanticcolors.h"
#include "common/headerfit.h"
#include "common/icons.h"
#include "console/dcskeydelegate.h"
#include "console/sandboxendpoint.h"
#include "dcs/dcserrorcatalog.h"
#include "sandbox/sandboxservice.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

// BatchView's widgets and their texts: what the view looks like, kept apart from what it does
// (batchview.cpp), so each half reads on its own.
namespace dcsdesk {

namespace {

const QKeySequence batchStartKey(Qt::CTRL | Qt::Key_Return);
const QKeySequence batchExportKey(Qt::CTRL | Qt::SHIFT | Qt::Key_E);

// A button holds one shortcut, and the mnemonic of its text ("&Start": Alt+S) replaces it; the
// Ctrl keys are shortcuts of their own that click the button while the view is shown.
void addBatchShortcut(QWidget *view, QPushButton *button, const QKeySequence &key)
{
    auto *shortcut = new QShortcut(key, view);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button]() {
        if (button->isEnabled())
            button->animateClick();
    });
}

} // namespace

void BatchView::buildUi()
{
    // Users.
    m_usersBox = new QGroupBox(this);
    m_csvRadio = new QRadioButton(m_usersBox);
    m_generateRadio = new QRadioButton(m_usersBox);
    m_csvPathEdit = new QLineEdit(m_usersBox);
    m_csvPathEdit->setReadOnly(true);
    m_browseButton = new QPushButton(m_usersBox);
    m_generateSpin = new QSpinBox(m_usersBox);
    m_generateSpin->setRange(1, BatchInput::MaxUsers);
    m_generateSpin->setValue(100);
    m_generateSpin->setGroupSeparatorShown(true);
    m_inputSummary = new QLabel(m_usersBox);
    m_inputSummary->setWordWrap(true);
    m_problemsButton = new QPushButton(m_usersBox);
    m_invalidLabel = new QLabel(m_usersBox);
    m_invalidPolicy = new QComboBox(m_usersBox);
    m_invalidPolicy->addItems({QString(), QString()});
    m_invalidLabel->setBuddy(m_invalidPolicy);
    m_generateRadio->setChecked(true);
    auto *usersLayout = new QGridLayout(m_usersBox);
    usersLayout->addWidget(m_csvRadio, 0, 0);
    usersLayout->addWidget(m_csvPathEdit, 0, 1);
    usersLayout->addWidget(m_browseButton, 0, 2);
    usersLayout->addWidget(m_generateRadio, 1, 0);
    usersLayout->addWidget(m_generateSpin, 1, 1);
    // The summary takes the button's column while the button is hidden (a line less in French).
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_inputSummary, 1);
    summaryRow->addWidget(m_problemsButton, 0, Qt::AlignTop);
    usersLayout->addLayout(summaryRow, 2, 0, 1, 3);
    usersLayout->addWidget(m_invalidLabel, 3, 0);
    usersLayout->addWidget(m_invalidPolicy, 3, 1, 1, 2);
    // Expectations the template cannot check, said before a run (what to change with it), under
    // the users they come from: the request box scrolls, this one does not.
    m_expectationWarning = new QLabel(m_usersBox);
    m_expectationWarning->setObjectName(QStringLiteral("expectationWarning"));
    m_expectationWarning->setWordWrap(true);
    m_expectationWarning->hide();
    SemanticColors::setTextRole(m_expectationWarning, SemanticColors::WarningText);
    usersLayout->addWidget(m_expectationWarning, 4, 0, 1, 3);
    connect(m_csvRadio, &QRadioButton::toggled, this, &BatchView::onInputModeChanged);
    connect(m_browseButton, &QPushButton::clicked, this, &BatchView::chooseCsv);
    connect(m_generateSpin, qOverload<int>(&QSpinBox::valueChanged), this,
            &BatchView::updateInputSummary);
    connect(m_problemsButton, &QPushButton::clicked, this, &BatchView::showInputProblems);

    // Request template and target.
    m_requestBox = new QGroupBox(this);
    m_profileLabel = new QLabel(m_requestBox);
    m_profileCombo = new QComboBox(m_requestBox);
    m_profileLabel->setBuddy(m_profileCombo);
    m_templateLabel = new QLabel(m_requestBox);
    m_templateCombo = new QComboBox(m_requestBox);
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    m_templateLabel->setBuddy(m_templateCombo);
    m_dstCheck = new QCheckBox(m_requestBox);
    m_dstCheck->setChecked(true);
    m_ctsLabel = new QLabel(m_requestBox);
    m_ctsCombo = new QComboBox(m_requestBox);
    m_ctsCombo->setObjectName(QStringLiteral("ctsCombo"));
    m_ctsCombo->addItems({QString(), QString(), QString()});
    m_ctsCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ctsLabel->setBuddy(m_ctsCombo);
    m_signalsLabel = new QLabel(m_requestBox);
    m_signalsTable = new QTableWidget(0, 2, m_requestBox);
    m_signalsTable->horizontalHeader()->setStretchLastSection(true);
    m_signalsTable->setItemDelegateForColumn(0, new DcsKeyDelegate(m_signalsTable));
    m_signalsTable->verticalHeader()->hide();
    m_signalsTable->setMaximumHeight(m_signalsTable->horizontalHeader()->sizeHint().height() +
                                     3 * (fontMetrics().height() + 8));
    m_addSignalButton = new QPushButton(m_requestBox);
    m_removeSignalButton = new QPushButton(m_requestBox);
    auto *requestLayout = new QFormLayout(m_requestBox);
    requestLayout->addRow(m_profileLabel, m_profileCombo);
    requestLayout->addRow(m_templateLabel, m_templateCombo);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_dstCheck);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(m_ctsLabel);
    optionsRow->addWidget(m_ctsCombo);
    optionsRow->addStretch();
    requestLayout->addRow(optionsRow);
    auto *signalButtons = new QVBoxLayout;
    signalButtons->addWidget(m_addSignalButton);
    signalButtons->addWidget(m_removeSignalButton);
    signalButtons->addStretch();
    auto *signalsRow = new QHBoxLayout;
    signalsRow->addWidget(m_signalsTable, 1);
    signalsRow->addLayout(signalButtons);
    requestLayout->addRow(m_signalsLabel, signalsRow);
    m_templateViewLabel = new QLabel(m_requestBox);
    m_templateView = new QPlainTextEdit(m_requestBox);
    m_templateView->setReadOnly(true);
    m_templateView->setTabChangesFocus(true);
    // Four whole lines and a scroll bar: with seven, the set-up needed more than 1366×768 gives
    // it. Only the top margin of the document counts, or a fifth line shows cut in half.
    m_templateView->setMaximumHeight(m_templateView->fontMetrics().lineSpacing() * 4 +
                                     2 * m_templateView->frameWidth() +
                                     int(m_templateView->document()->documentMargin()));
    m_templateViewLabel->setBuddy(m_templateView);
    requestLayout->addRow(m_templateViewLabel, m_templateView);
    connect(m_templateCombo, qOverload<int>(&QComboBox::activated), this,
            &BatchView::onSavedRequestChosen);
    // The template text follows every change of what the run would send.
    connect(m_templateCombo, &QComboBox::currentIndexChanged, this, &BatchView::updateTemplateView);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &BatchView::updateTemplateView);
    connect(m_dstCheck, &QCheckBox::toggled, this, &BatchView::updateTemplateView);
    connect(m_ctsCombo, &QComboBox::currentIndexChanged, this, &BatchView::updateTemplateView);
    connect(m_signalsTable, &QTableWidget::itemChanged, this, &BatchView::updateTemplateView);
    connect(m_signalsTable->model(), &QAbstractItemModel::rowsRemoved, this,
            &BatchView::updateTemplateView);
    connect(m_addSignalButton, &QPushButton::clicked, this, [this] {
        const int row = m_signalsTable->rowCount();
        m_signalsTable->insertRow(row);
        m_signalsTable->setItem(row, 0, new QTableWidgetItem(QStringLiteral("c_")));
        m_signalsTable->setItem(row, 1, new QTableWidgetItem());
        m_signalsTable->setCurrentCell(row, 0);
        m_signalsTable->editItem(m_signalsTable->item(row, 0));
    });
    connect(m_removeSignalButton, &QPushButton::clicked, this, [this] {
        const int row = m_signalsTable->currentRow();
        if (row >= 0)
            m_signalsTable->removeRow(row);
    });

    // Pace.
    m_paceBox = new QGroupBox(this);
    m_concurrencyLabel = new QLabel(m_paceBox);
    m_concurrencySpin = new QSpinBox(m_paceBox);
    m_concurrencySpin->setRange(1, BatchRunner::MaxConcurrency);
    m_concurrencySpin->setValue(6);
    m_concurrencyLabel->setBuddy(m_concurrencySpin);
    m_rateLabel = new QLabel(m_paceBox);
    m_rateSpin = new QDoubleSpinBox(m_paceBox);
    m_rateSpin->setRange(0, 100000);
    m_rateSpin->setDecimals(1);
    m_rateLabel->setBuddy(m_rateSpin);
    m_retriesLabel = new QLabel(m_paceBox);
    m_retriesSpin = new QSpinBox(m_paceBox);
    m_retriesSpin->setRange(0, 20);
    m_retriesSpin->setValue(3);
    m_retriesLabel->setBuddy(m_retriesSpin);
    // Two rows, not three: at 1366×768 the set-up above the run buttons has no line to spare.
    auto *paceLayout = new QGridLayout(m_paceBox);
    paceLayout->addWidget(m_concurrencyLabel, 0, 0);
    paceLayout->addWidget(m_concurrencySpin, 0, 1);
    paceLayout->addWidget(m_retriesLabel, 0, 2);
    paceLayout->addWidget(m_retriesSpin, 0, 3);
    paceLayout->addWidget(m_rateLabel, 1, 0);
    paceLayout->addWidget(m_rateSpin, 1, 1, 1, 3);
    paceLayout->setColumnStretch(1, 1);
    paceLayout->setColumnStretch(3, 1);

    // Run controls.
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_startButton->setIcon(Icons::action(Icons::Action::Run));
    m_pauseButton = new QPushButton(this);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setIcon(Icons::action(Icons::Action::Stop));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    addBatchShortcut(this, m_startButton, batchStartKey);
    addBatchShortcut(this, m_pauseButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addBatchShortcut(this, m_cancelButton, QKeySequence(Qt::CTRL | Qt::Key_Period));
    addBatchShortcut(this, m_exportButton, batchExportKey);
    connect(m_startButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_runner->state() == BatchRunner::State::Paused)
            m_runner->resume();
        else
            m_runner->pause();
    });
    connect(m_cancelButton, &QPushButton::clicked, m_runner, &BatchRunner::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &BatchView::exportResults);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_rateInfo = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    // The progress between the buttons, not on a row of its own: at 1366×768 the row was the
    // height the set-up above lacked to show its last line.
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_exportButton);

    auto *setupRow = new QHBoxLayout;
    auto *leftColumn = new QVBoxLayout;
    leftColumn->addWidget(m_usersBox);
    leftColumn->addWidget(m_paceBox);
    leftColumn->addStretch();
    setupRow->addLayout(leftColumn, 1);
    setupRow->addWidget(m_requestBox, 1);

    // Results: counters and charts above the table.
    m_counters = new QTreeWidget(this);
    m_counters->setColumnCount(2);
    m_counters->setRootIsDecorated(true);
    m_counters->setMinimumWidth(200);
    m_charts = new BatchCharts(this);
    auto *liveRow = new QSplitter(Qt::Horizontal, this);
    liveRow->addWidget(m_counters);
    liveRow->addWidget(m_charts);
    liveRow->setStretchFactor(1, 3);

    m_showCombo = new QComboBox(this);
    for (int i = 0; i < BatchResultFilter::ShowCount; ++i)
        m_showCombo->addItem(QString());
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_showCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { m_filter->setShow(BatchResultFilter::Show(i)); });
    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &BatchResultFilter::setText);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_showCombo);
    filterRow->addWidget(m_searchEdit, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BatchResultModel::RowColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // The 38-digit user IDs take the room the other columns leave, cut in the middle where it is
    // short (their tooltip is whole), so that tid and the time stay in view at 1366×768.
    m_table->horizontalHeader()->setSectionResizeMode(BatchResultModel::UserColumn,
                                                      QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Narrow by default, widened to each translated title (retranslate): ten columns of 100 px
    // pushed the last one ("Temps (ms)") out of view at 1366×768.
    const int narrow = m_table->fontMetrics().averageCharWidth() * 9;
    m_table->horizontalHeader()->setDefaultSectionSize(narrow);
    EmptyState::attach(
        m_table, []() { return tr("No batch run yet"); },
        []() {
            return tr("A batch sends one call for each of many users, at the pace you set, and "
                      "counts the answers. Choose the users above (a CSV file of user IDs, or a "
                      "number of generated users), the profile and the request, then click "
                      "Start. The result of every call is listed here.");
        },
        {}, [this]() { return m_model->rowCount() == 0; });

    m_rowDetail = new QLabel(this);
    m_rowDetail->setObjectName(QStringLiteral("rowDetail"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetail->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BatchView::updateRowDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateExpectationColumn();
        updateRowDetail();
    });
    updateExpectationColumn();

    auto *resultsWidget = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsWidget);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(filterRow);
    resultsLayout->addWidget(m_table);
    resultsLayout->addWidget(m_rowDetail);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(liveRow);
    splitter->addWidget(resultsWidget);
    splitter->setStretchFactor(1, 2);

    // The setup scrolls when the window is small, so the view never makes the window grow.
    auto *setupWidget = new QWidget;
    setupWidget->setLayout(setupRow);
    setupRow->setContentsMargins(0, 0, 0, 0);
    m_setupScroll = new QScrollArea(this);
    m_setupScroll->setWidget(setupWidget);
    m_setupScroll->setWidgetResizable(true);
    m_setupScroll->setFrameShape(QFrame::NoFrame);
    m_setupScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_setupScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; it scrolls them into view
    fitSetup();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_setupScroll);
    layout->addLayout(buttons);
    auto *statusRow = new QHBoxLayout; // an empty message took a line of its own
    statusRow->addWidget(m_rateInfo, 0, Qt::AlignTop);
    // Two texts on one line: a wide gap so "… p99 2.3 ms" and "Done: …" do not read as one.
    statusRow->addSpacing(3 * fontMetrics().averageCharWidth());
    statusRow->addWidget(m_message, 1, Qt::AlignTop);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    // Reading order: the set-up (users, request, pace), the run buttons, then the results; the
    // set-up moved into its scroll area last, which put it at the end of the chain.
    const QList<QWidget *> chain{m_csvRadio,        m_csvPathEdit,
                                 m_browseButton,    m_generateRadio,
                                 m_generateSpin,    m_problemsButton,
                                 m_invalidPolicy,   m_profileCombo,
                                 m_templateCombo,   m_dstCheck,
                                 m_ctsCombo,        m_signalsTable,
                                 m_addSignalButton, m_removeSignalButton,
                                 m_templateView,    m_concurrencySpin,
                                 m_retriesSpin,     m_rateSpin,
                                 m_startButton,     m_pauseButton,
                                 m_cancelButton,    m_exportButton,
                                 m_counters,        m_showCombo,
                                 m_searchEdit,      m_table};
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

// The set-up is shown whole when the view has room for it and for the results below it (the
// results gave way first, so the set-up was cut by a few pixels at 1366×768 and scrolled); in a
// smaller window it scrolls, so the view never makes the window grow.
void BatchView::fitSetup()
{
    if (!m_setupScroll)
        return;
    constexpr int roomForResults = 360; // run buttons, status line, counters and a few rows
    const int whole = m_setupScroll->widget()->sizeHint().height() + 4;
    m_setupScroll->setMaximumHeight(whole);
    m_setupScroll->setMinimumHeight(height() - whole >= roomForResults ? whole : 80);
}

void BatchView::retranslate()
{
    m_usersBox->setTitle(tr("Users"));
    m_csvRadio->setText(tr("&CSV file:"));
    m_generateRadio->setText(tr("&Generate:"));
    m_csvPathEdit->setPlaceholderText(tr("A CSV with a d_uuid or d_mid column"));
    m_browseButton->setText(tr("&Browse…"));
    m_generateSpin->setSuffix(tr(" users"));
    m_problemsButton->setText(tr("Show Invalid Rows…"));
    m_invalidLabel->setText(tr("Invalid rows:"));
    m_invalidPolicy->setItemText(0, tr("Skip them and send the others"));
    m_invalidPolicy->setItemText(1, tr("Stop: send nothing"));
    m_requestBox->setTitle(tr("Request"));
    m_profileLabel->setText(tr("&Profile:"));
    m_templateLabel->setText(tr("Te&mplate:"));
    m_dstCheck->setText(tr("URL destinations (d_dst=1)"));
    m_ctsLabel->setText(tr("Traits and segments (d_cts):"));
    m_ctsCombo->setItemText(0, tr("Off"));
    m_ctsCombo->setItemText(1, tr("1 — legacy segment IDs"));
    m_ctsCombo->setItemText(2, tr("2 — segment IDs"));
    m_ctsCombo->setMinimumWidth(m_ctsCombo->sizeHint().width()); // never clip the choice
    m_signalsLabel->setText(tr("Signals for every user:"));
    m_signalsTable->setAccessibleName(accessibleNameFromLabel(m_signalsLabel->text()));
    // In the "Users" box, the radio buttons name the fields beside them.
    m_csvPathEdit->setAccessibleName(accessibleNameFromLabel(m_csvRadio->text()));
    m_generateSpin->setAccessibleName(tr("Number of users to generate"));
    m_templateViewLabel->setText(tr("What each call sends:"));
    m_templateView->setAccessibleName(tr("What each call of the run sends"));
    updateTemplateView();
    m_signalsTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_addSignalButton->setText(tr("Add"));
    m_removeSignalButton->setText(tr("Remove"));
    m_paceBox->setTitle(tr("Pace"));
    m_concurrencyLabel->setText(tr("Calls at &once:"));
    m_rateLabel->setText(tr("&Rate limit:"));
    m_rateSpin->setSuffix(tr(" calls/s"));
    m_rateSpin->setSpecialValueText(tr("No limit"));
    m_rateSpin->setToolTip(tr("At most this many calls start per second. Runs against the live DCS "
                              "start at %1 calls per second unless you set a rate.")
                               .arg(QLocale().toString(BatchRunner::LiveDefaultRate)));
    m_retriesLabel->setText(tr("Re&tries:"));
    m_retriesSpin->setToolTip(tr("Retries of a call answered 429 or lost on the network; "
                                 "Retry-After is honored."));
    m_startButton->setText(tr("&Start"));
    m_startButton->setToolTip(
        tr("Start the batch (%1)").arg(batchStartKey.toString(QKeySequence::NativeText)));
    m_cancelButton->setText(tr("Ca&ncel"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Save the results as CSV or JSON Lines (%1)")
                                   .arg(batchExportKey.toString(QKeySequence::NativeText)));
    m_counters->setHeaderLabels({tr("Counter"), tr("Rows")});
    const QStringList shows{tr("All rows"),
                            tr("OK (200, no DCS errors)"),
                            tr("With DCS errors"),
                            tr("Not HTTP 200"),
                            tr("Failed or not sent"),
                            tr("Invalid rows"),
                            tr("Failed or unchecked expectations")};
    for (int i = 0; i < shows.size(); ++i)
        m_showCombo->setItemText(i, shows.at(i));
    m_searchEdit->setPlaceholderText(tr("Filter by user, tid, error code…"));
    m_searchEdit->setAccessibleName(tr("Filter results"));
    m_showCombo->setAccessibleName(tr("Rows shown"));
    m_counters->setAccessibleName(tr("Counters"));
    m_table->setAccessibleName(tr("Results of the batch"));
    // Translated titles (German ones are long) are never clipped.
    HeaderFit::fitTitles(m_signalsTable->horizontalHeader());
    HeaderFit::fitTitles(m_counters->header());
    HeaderFit::fitTitles(m_table->horizontalHeader());
    if (m_templateCombo->count() > 0)
        refreshSavedRequests();
    updateButtons();
    updateInputSummary();
    updateProgress();
}

} // namespace dcsdesk
