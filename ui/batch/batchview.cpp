#include "batchview.h"

#include "batch/batchexport.h"
#include "batch/batchhistory.h"
#include "batch/batchresultfilter.h"
#include "batch/batchresultmodel.h"
#include "batch/batchrunner.h"
#include "batchcharts.h"
#include "common/headerfit.h"
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
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

QString formatDuration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

BatchView::BatchView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_runner = new BatchRunner(this);
    m_model = new BatchResultModel(this);
    m_filter = new BatchResultFilter(this);
    m_filter->setSourceModel(m_model);
    m_model->setRunner(m_runner);
    buildUi();
    retranslate();
    refreshProfiles();
    refreshSavedRequests();
    onInputModeChanged();
    updateButtons();

    connect(m_runner, &BatchRunner::progress, this, &BatchView::updateProgress);
    connect(m_runner, &BatchRunner::stateChanged, this, &BatchView::updateButtons);
    connect(m_runner, &BatchRunner::finished, this, &BatchView::onFinished);
    if (m_document) {
        connect(m_document, &WorkspaceDocument::contentChanged, this, [this] {
            refreshProfiles();
            refreshSavedRequests();
        });
        connect(m_document, &WorkspaceDocument::workspaceReplaced, this, [this] {
            refreshProfiles();
            refreshSavedRequests();
        });
    }
}

BatchView::~BatchView() = default;

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
    usersLayout->addWidget(m_inputSummary, 2, 0, 1, 2);
    usersLayout->addWidget(m_problemsButton, 2, 2);
    usersLayout->addWidget(m_invalidLabel, 3, 0);
    usersLayout->addWidget(m_invalidPolicy, 3, 1, 1, 2);
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
    m_ctsCombo->addItems({QString(), QString(), QString()});
    m_ctsCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ctsLabel->setBuddy(m_ctsCombo);
    m_signalsLabel = new QLabel(m_requestBox);
    m_signalsTable = new QTableWidget(0, 2, m_requestBox);
    m_signalsTable->horizontalHeader()->setStretchLastSection(true);
    m_signalsTable->setItemDelegateForColumn(0, new DcsKeyDelegate(m_signalsTable));
    m_signalsTable->verticalHeader()->hide();
    m_signalsTable->setMaximumHeight(110);
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
    connect(m_templateCombo, qOverload<int>(&QComboBox::activated), this,
            &BatchView::onSavedRequestChosen);
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
    auto *paceLayout = new QFormLayout(m_paceBox);
    paceLayout->addRow(m_concurrencyLabel, m_concurrencySpin);
    paceLayout->addRow(m_rateLabel, m_rateSpin);
    paceLayout->addRow(m_retriesLabel, m_retriesSpin);

    // Run controls.
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_startButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_pauseButton = new QPushButton(this);
    m_pauseButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
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
    buttons->addStretch();
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
    for (int i = 0; i < 6; ++i)
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
    m_table->horizontalHeader()->setSectionResizeMode(BatchResultModel::UserColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *resultsWidget = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsWidget);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(filterRow);
    resultsLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(liveRow);
    splitter->addWidget(resultsWidget);
    splitter->setStretchFactor(1, 2);

    // The setup scrolls when the window is small, so the view never makes the window grow.
    auto *setupWidget = new QWidget;
    setupWidget->setLayout(setupRow);
    setupRow->setContentsMargins(0, 0, 0, 0);
    auto *setupScroll = new QScrollArea(this);
    setupScroll->setWidget(setupWidget);
    setupScroll->setWidgetResizable(true);
    setupScroll->setFrameShape(QFrame::NoFrame);
    setupScroll->setMinimumHeight(80);
    setupScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setupScroll->setMaximumHeight(setupWidget->sizeHint().height() + 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setupScroll);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_rateInfo);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
}

void BatchView::retranslate()
{
    m_usersBox->setTitle(tr("Users"));
    m_csvRadio->setText(tr("&CSV file:"));
    m_generateRadio->setText(tr("&Generate:"));
    m_csvPathEdit->setPlaceholderText(tr("A CSV with a d_uuid or d_mid column"));
    m_browseButton->setText(tr("&Browse…"));
    m_generateSpin->setSuffix(tr(" users"));
    m_problemsButton->setText(tr("Show invalid rows…"));
    m_invalidLabel->setText(tr("Invalid rows:"));
    m_invalidPolicy->setItemText(0, tr("Skip them and send the others"));
    m_invalidPolicy->setItemText(1, tr("Stop: send nothing"));
    m_requestBox->setTitle(tr("Request"));
    m_profileLabel->setText(tr("&Profile:"));
    m_templateLabel->setText(tr("&Template:"));
    m_dstCheck->setText(tr("URL destinations (d_dst=1)"));
    m_ctsLabel->setText(tr("Traits and segments (d_cts):"));
    m_ctsCombo->setItemText(0, tr("Off"));
    m_ctsCombo->setItemText(1, tr("1 — legacy segment IDs"));
    m_ctsCombo->setItemText(2, tr("2 — segment IDs"));
    m_ctsCombo->setMinimumWidth(m_ctsCombo->sizeHint().width()); // never clip the choice
    m_signalsLabel->setText(tr("Signals for every user:"));
    m_signalsTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_addSignalButton->setText(tr("Add"));
    m_removeSignalButton->setText(tr("Remove"));
    m_paceBox->setTitle(tr("Pace"));
    m_concurrencyLabel->setText(tr("Calls at &once:"));
    m_rateLabel->setText(tr("&Rate limit:"));
    m_rateSpin->setSuffix(tr(" calls/s"));
    m_rateSpin->setSpecialValueText(tr("No limit"));
    m_rateSpin->setToolTip(tr("At most this many calls start per second. Runs against the real DCS "
                              "start at %1 calls per second unless you set a rate.")
                               .arg(QLocale().toString(BatchRunner::LiveDefaultRate)));
    m_retriesLabel->setText(tr("Re&tries:"));
    m_retriesSpin->setToolTip(tr("Retries of a call answered 429 or lost on the network; "
                                 "Retry-After is honoured."));
    m_startButton->setText(tr("&Start"));
    m_startButton->setToolTip(
        tr("Start the batch (%1)")
            .arg(m_startButton->shortcut().toString(QKeySequence::NativeText)));
    m_cancelButton->setText(tr("Ca&ncel"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(
        tr("Save the results as CSV or JSON Lines (%1)")
            .arg(m_exportButton->shortcut().toString(QKeySequence::NativeText)));
    m_counters->setHeaderLabels({tr("Counter"), tr("Rows")});
    const QStringList shows{tr("All rows"),           tr("OK (200, no DCS errors)"),
                            tr("With DCS errors"),    tr("Not HTTP 200"),
                            tr("Failed or not sent"), tr("Invalid rows")};
    for (int i = 0; i < shows.size(); ++i)
        m_showCombo->setItemText(i, shows.at(i));
    m_searchEdit->setPlaceholderText(tr("Filter by user, tid, error code…"));
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

void BatchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_usersBox)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchView::activateSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void BatchView::setSandboxBaseUrl(const QUrl &url)
{
    m_sandboxBaseUrl = url;
}

void BatchView::setSandboxEndpoint(SandboxEndpoint *endpoint)
{
    m_sandboxEndpoint = endpoint;
}

void BatchView::setRequestTemplate(const DcsRequest &request)
{
    m_consoleTemplate = request;
    m_hasConsoleTemplate = true;
    refreshSavedRequests();
    m_templateCombo->setCurrentIndex(1);
    onSavedRequestChosen();
}

void BatchView::setConfirmLiveRun(std::function<bool(int, double)> confirm)
{
    m_confirmLiveRun = std::move(confirm);
}

void BatchView::setHistoryRecorder(HistoryRecorder recorder)
{
    m_historyRecorder = std::move(recorder);
}

void BatchView::refreshProfiles()
{
    const QString current = m_profileCombo->currentText();
    m_profileCombo->clear();
    if (m_document) {
        for (const Profile &p : m_document->workspace().profiles)
            m_profileCombo->addItem(p.name);
    }
    if (m_profileCombo->count() == 0)
        m_profileCombo->addItem(tr("Local sandbox"));
    const int index = m_profileCombo->findText(current);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void BatchView::setProfileName(const QString &name)
{
    const int index = m_profileCombo->findText(name);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void BatchView::refreshSavedRequests()
{
    const QString current = m_templateCombo->currentData().toString();
    m_templateCombo->clear();
    m_templateCombo->addItem(tr("Empty request"), QString());
    if (m_hasConsoleTemplate)
        m_templateCombo->addItem(tr("From the request console"), QStringLiteral("console"));
    if (m_document) {
        const QJsonArray saved = m_document->workspace().savedRequests;
        for (const QJsonValue &v : saved) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            if (!name.isEmpty())
                m_templateCombo->addItem(tr("Saved: %1").arg(name),
                                         QStringLiteral("saved:") + name);
        }
    }
    const int index = m_templateCombo->findData(current);
    m_templateCombo->setCurrentIndex(index >= 0 ? index : 0);
}

DcsRequest BatchView::currentTemplateBase() const
{
    const QString key = m_templateCombo->currentData().toString();
    if (key == QLatin1String("console"))
        return m_consoleTemplate;
    if (key.startsWith(QLatin1String("saved:")) && m_document) {
        const QString name = key.mid(6);
        for (const QJsonValue &v : m_document->workspace().savedRequests) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return DcsRequest::fromJson(v.toObject());
        }
    }
    return DcsRequest();
}

DcsRequest BatchView::currentTemplate() const
{
    DcsRequest request = currentTemplateBase();
    request.destinations = m_dstCheck->isChecked();
    request.cts = m_ctsCombo->currentIndex();
    for (int row = 0; row < m_signalsTable->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_signalsTable->item(row, 0);
        const QTableWidgetItem *valueItem = m_signalsTable->item(row, 1);
        const QString signalKey = keyItem ? keyItem->text().trimmed() : QString();
        if (signalKey.isEmpty() || signalKey == QLatin1String("c_"))
            continue;
        DcsSignal signal;
        signal.key = signalKey;
        signal.values = QStringList{valueItem ? valueItem->text() : QString()};
        request.signalList.append(signal);
    }
    return request;
}

void BatchView::onSavedRequestChosen()
{
    // The toggles show what the chosen template asks for; the user may change them after.
    const QString key = m_templateCombo->currentData().toString();
    if (key.isEmpty()) {
        m_dstCheck->setChecked(true);
        m_ctsCombo->setCurrentIndex(0);
        return;
    }
    const DcsRequest chosen = currentTemplateBase();
    m_dstCheck->setChecked(chosen.destinations);
    m_ctsCombo->setCurrentIndex(qBound(0, chosen.cts, 2));
}

void BatchView::onInputModeChanged()
{
    const bool csv = m_csvRadio->isChecked();
    m_csvPathEdit->setEnabled(csv);
    m_browseButton->setEnabled(csv);
    m_generateSpin->setEnabled(!csv);
    updateInputSummary();
}

void BatchView::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a CSV of users"),
                                                      QFileInfo(m_csvPath).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

bool BatchView::loadCsv(const QString &path)
{
    BatchInput input = BatchInput::fromCsvFile(path);
    m_csvRadio->setChecked(true);
    if (!input.isValid()) {
        m_message->setText(input.error);
        QMessageBox::warning(this, tr("Cannot use this CSV file"), input.error);
        return false;
    }
    m_csvInput = input;
    m_csvPath = path;
    m_csvPathEdit->setText(QDir::toNativeSeparators(path));
    m_message->clear();
    updateInputSummary();
    return true;
}

void BatchView::setGenerated(int count)
{
    m_generateRadio->setChecked(true);
    m_generateSpin->setValue(count);
}

void BatchView::setConcurrency(int n)
{
    m_concurrencySpin->setValue(n);
}

void BatchView::setRate(double callsPerSecond)
{
    m_rateSpin->setValue(callsPerSecond);
}

void BatchView::updateInputSummary()
{
    if (!m_inputSummary)
        return;
    const QLocale locale;
    if (m_csvRadio->isChecked()) {
        if (m_csvPath.isEmpty()) {
            m_inputSummary->setText(tr("Choose a CSV file: a header with d_uuid or d_mid, and "
                                       "optional c_, p_, d_, h_ signal columns, d_cid, d_orgid and "
                                       "region."));
            m_problemsButton->setVisible(false);
            return;
        }
        QString text = tr("%n user(s) to send", nullptr, int(m_csvInput.users.size()));
        if (!m_csvInput.problems.isEmpty())
            text += QLatin1Char(' ') +
                    tr("· %n row(s) cannot be sent", nullptr, int(m_csvInput.problems.size()));
        if (!m_csvInput.notes.isEmpty())
            text += QLatin1Char(' ') + tr("· %n note(s)", nullptr, int(m_csvInput.notes.size()));
        m_inputSummary->setText(text);
        m_problemsButton->setVisible(!m_csvInput.problems.isEmpty() || !m_csvInput.notes.isEmpty());
    } else {
        m_inputSummary->setText(tr("%n user(s) with random 38-digit IDs (the same as dcsdesk-cli "
                                   "batch --generate gives).",
                                   nullptr, m_generateSpin->value()));
        m_problemsButton->setVisible(false);
    }
}

void BatchView::showInputProblems()
{
    QStringList lines;
    for (const QString &note : std::as_const(m_csvInput.notes))
        lines << note;
    for (const BatchInputProblem &p : std::as_const(m_csvInput.problems))
        lines << tr("Line %1: %2").arg(p.line).arg(p.message);
    QMessageBox box(QMessageBox::Information, tr("Rows that cannot be sent"),
                    tr("%n row(s) of %1 cannot be sent and will be skipped or stop the run, as "
                       "chosen.",
                       nullptr, int(m_csvInput.problems.size()))
                        .arg(QFileInfo(m_csvPath).fileName()),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

bool BatchView::start()
{
    if (m_runner->isActive())
        return false;
    Profile profile;
    if (m_document) {
        const Profile *p = m_document->workspace().profile(m_profileCombo->currentText());
        if (p)
            profile = *p;
    }
    BatchInput input;
    QString source;
    if (m_csvRadio->isChecked()) {
        if (m_csvPath.isEmpty()) {
            m_message->setText(tr("Choose a CSV file of users first, or generate users."));
            return false;
        }
        input = m_csvInput;
        source = m_csvPath;
    } else {
        input = BatchInput::generate(m_generateSpin->value());
        source = tr("%n generated user(s)", nullptr, m_generateSpin->value());
    }
    BatchRunner::Settings settings;
    settings.concurrency = m_concurrencySpin->value();
    settings.ratePerSecond = m_rateSpin->value();
    settings.maxRetries = m_retriesSpin->value();
    settings.stopOnInvalidRow = m_invalidPolicy->currentIndex() == 1;
    QUrl sandboxUrl = m_sandboxBaseUrl;
    if (profile.regionId == Profile::SandboxRegion && profile.customBaseUrl.isEmpty() &&
        sandboxUrl.isEmpty() && m_sandboxEndpoint) {
        QString sandboxError;
        sandboxUrl = m_sandboxEndpoint->baseUrl(&sandboxError);
        if (sandboxUrl.isEmpty()) {
            m_message->setText(tr("The local sandbox cannot start: %1").arg(sandboxError));
            return false;
        }
    }
    if (profile.regionId == Profile::SandboxRegion && profile.customBaseUrl.isEmpty() &&
        sandboxUrl.isEmpty()) {
        if (!m_ownSandbox) {
            m_ownSandbox = new SandboxService(this);
            m_ownSandbox->setDocument(m_document);
            QString sandboxError;
            if (!m_ownSandbox->start(&sandboxError)) {
                delete m_ownSandbox;
                m_ownSandbox = nullptr;
                m_message->setText(tr("The local sandbox cannot start: %1").arg(sandboxError));
                return false;
            }
        }
        sandboxUrl = m_ownSandbox->baseUrl();
    }
    m_runner->setTarget(profile, sandboxUrl);
    m_lastTemplate = currentTemplate();
    m_runner->setTemplate(m_lastTemplate);
    m_runner->setInput(input, source);
    if (!BatchRunner::isLocalTarget(profile, sandboxUrl) && settings.ratePerSecond <= 0) {
        settings.ratePerSecond = BatchRunner::LiveDefaultRate;
        m_rateSpin->setValue(settings.ratePerSecond);
    }
    m_runner->setSettings(settings);
    if (m_runner->needsLiveConfirmation()) {
        const int calls = int(input.users.size());
        bool confirmed = false;
        if (m_confirmLiveRun) {
            confirmed = m_confirmLiveRun(calls, settings.ratePerSecond);
        } else {
            confirmed =
                QMessageBox::question(
                    this, tr("Send to the real DCS?"),
                    tr("This run sends %1 calls to the real DCS of profile “%2”, not to the "
                       "local sandbox, at %3 calls per second. Continue?")
                        .arg(QLocale().toString(calls), profile.name,
                             QLocale().toString(settings.ratePerSecond)),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    QMessageBox::Cancel) == QMessageBox::Yes;
        }
        if (!confirmed)
            return false;
    }
    QString error;
    const bool prepared = m_runner->prepare(&error);
    m_model->reload();
    if (!prepared) {
        m_message->setText(error);
        return false;
    }
    m_charts->clear();
    m_table->resizeColumnsToContents();
    m_progressTicks = 0;
    if (!m_runner->start(&error)) {
        m_message->setText(error);
        return false;
    }
    const BatchStats &s = m_runner->stats();
    m_message->setText(s.invalid > 0 ? tr("%n row(s) cannot be sent and are skipped; see the "
                                          "Invalid rows filter.",
                                          nullptr, s.invalid)
                                     : QString());
    m_progress->setRange(0, qMax(1, s.toSend()));
    m_progress->setValue(0);
    updateProgress();
    return true;
}

void BatchView::updateProgress()
{
    if (!m_progress)
        return;
    const BatchStats &s = m_runner->stats();
    const QLocale locale;
    if (m_runner->state() == BatchRunner::State::Idle) {
        m_progress->setFormat(QString());
        m_rateInfo->setText(tr("Not started."));
        return;
    }
    m_progress->setRange(0, qMax(1, s.toSend()));
    m_progress->setValue(s.done() + s.cancelled + s.notSent);
    m_progress->setFormat(
        tr("%1 of %2 (%p%)").arg(locale.toString(s.done()), locale.toString(s.toSend())));
    QStringList parts;
    parts << tr("%1 calls/s").arg(locale.toString(s.ratePerSecond(), 'f', 1));
    const double eta = s.etaSeconds();
    if (m_runner->isActive() && eta >= 0)
        parts << tr("ETA %1").arg(formatDuration(eta));
    parts << tr("elapsed %1").arg(formatDuration(s.elapsedMs / 1000.0));
    if (s.percentile(50) >= 0)
        parts << tr("latency p50 %1 ms · p95 %2 ms · p99 %3 ms")
                     .arg(locale.toString(s.percentile(50), 'f', 1),
                          locale.toString(s.percentile(95), 'f', 1),
                          locale.toString(s.percentile(99), 'f', 1));
    if (s.retries > 0)
        parts << tr("%n retry(ies)", nullptr, s.retries);
    if (m_runner->state() == BatchRunner::State::Paused)
        parts << tr("paused");
    m_rateInfo->setText(parts.join(QStringLiteral(" · ")));
    updateCounters();
    // Charts cost more than a label: redraw them twice a second and at the end.
    if (++m_progressTicks % 5 == 0 || !m_runner->isActive())
        m_charts->update(s);
}

void BatchView::updateCounters()
{
    const BatchStats &s = m_runner->stats();
    const QLocale locale;
    m_counters->clear();
    const auto add = [this, &locale](QTreeWidgetItem *parent, const QString &name, int value,
                                     const QString &tip = QString()) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_counters);
        item->setText(0, name);
        item->setText(1, locale.toString(value));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (!tip.isEmpty())
            item->setToolTip(0, tip);
        return item;
    };
    QTreeWidgetItem *answered = add(nullptr, tr("Answered"), s.answered);
    for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it)
        add(answered, tr("HTTP %1").arg(it.key()), it.value());
    QTreeWidgetItem *errors = add(nullptr, tr("With DCS errors"), s.withErrors);
    for (auto it = s.errorCounts.cbegin(); it != s.errorCounts.cend(); ++it)
        add(errors, tr("Error %1").arg(it.key()), it.value(), DcsErrorCatalog::explain(it.key()));
    add(nullptr, tr("Failed"), s.failed);
    add(nullptr, tr("In flight"), s.inFlight);
    if (s.invalid > 0)
        add(nullptr, tr("Invalid rows"), s.invalid);
    if (s.cancelled + s.notSent > 0)
        add(nullptr, tr("Cancelled or not sent"), s.cancelled + s.notSent);
    add(nullptr, tr("Rate limited (429)"), s.rateLimited);
    m_counters->expandAll();
    m_counters->resizeColumnToContents(0);
}

void BatchView::updateButtons()
{
    if (!m_startButton)
        return;
    const BatchRunner::State state = m_runner->state();
    const bool active = m_runner->isActive();
    m_startButton->setEnabled(!active);
    m_pauseButton->setEnabled(state == BatchRunner::State::Running ||
                              state == BatchRunner::State::Paused);
    m_pauseButton->setText(state == BatchRunner::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_cancelButton->setEnabled(active && state != BatchRunner::State::Cancelling);
    m_exportButton->setEnabled(state == BatchRunner::State::Finished);
    m_usersBox->setEnabled(!active);
    m_requestBox->setEnabled(!active);
    m_paceBox->setEnabled(!active);
}

void BatchView::onFinished()
{
    m_model->reload();
    m_table->resizeColumnsToContents();
    if (m_table->isSortingEnabled())
        m_filter->sort(m_filter->sortColumn(), m_filter->sortOrder());
    updateProgress();
    m_charts->update(m_runner->stats());
    QString error;
    const BatchStats &s = m_runner->stats();
    QString text =
        m_runner->wasCancelled()
            ? tr("Cancelled: %1 answered, %2 not sent.")
                  .arg(QLocale().toString(s.answered), QLocale().toString(s.notSent + s.cancelled))
            : tr("Done: %1 answered, %2 with DCS errors, %3 failed.")
                  .arg(QLocale().toString(s.answered), QLocale().toString(s.withErrors),
                       QLocale().toString(s.failed));
    const bool recorded =
        m_historyRecorder
            ? m_historyRecorder(m_runner->summary(), m_runner->profile(), m_lastTemplate, &error)
            : BatchHistory().append(m_runner->summary(), &error);
    if (!recorded)
        text = tr("%1 The run summary was not saved in the history: %2").arg(text, error);
    m_message->setText(text);
    updateButtons();
    Q_EMIT runFinished();
}

QString BatchView::historyPath() const
{
    return BatchHistory::defaultPath();
}

bool BatchView::exportTo(const QString &path, QString *error)
{
    return BatchExport::write(path, m_runner->results(), error);
}

void BatchView::exportResults()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export batch results"), QStringLiteral("batch-results.csv"),
        tr("CSV (*.csv);;JSON Lines (*.jsonl)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace dcsdesk
