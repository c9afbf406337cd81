#include "batchview.h"

#include "batch/batchexpectations.h"
#include "batch/batchhistory.h"
#include "batch/batchresultfilter.h"
#include "batch/batchresultmodel.h"
#include "batch/batchrunner.h"
#include "batchcharts.h"
#include "common/filefolders.h"
#include "common/headerfit.h"
#include "console/dcskeydelegate.h"
#include "console/sandboxendpoint.h"
#include "dcs/dcserrorcatalog.h"
#include "sandbox/sandboxservice.h"
#include "system/colontext.h"
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
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
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

void BatchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_usersBox) {
        retranslate();
        fitSetup();
    }
    QWidget::changeEvent(event);
}

void BatchView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSetup();
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

Profile BatchView::currentProfile() const
{
    if (m_document) {
        if (const Profile *p = m_document->workspace().profile(m_profileCombo->currentText()))
            return *p;
    }
    return Profile();
}

void BatchView::updateTemplateView()
{
    if (!m_templateView)
        return;
    m_templateView->setPlainText(
        BatchRunner::describeTemplate(currentProfile(), currentTemplate()).join(QLatin1Char('\n')));
    updateExpectationWarning();
}

void BatchView::updateExpectationWarning()
{
    if (!m_expectationWarning)
        return;
    const QStringList notes =
        m_csvRadio->isChecked() && !m_csvPath.isEmpty()
            ? BatchExpectations::templateNotes(currentTemplate(), m_csvInput.users)
            : QStringList();
    m_expectationWarning->setText(notes.join(QLatin1Char(' ')));
    m_expectationWarning->setVisible(!notes.isEmpty());
}

bool BatchView::start()
{
    if (m_runner->isActive())
        return false;
    Profile profile = currentProfile();
    BatchInput input;
    QString source;
    QString changedNote;
    if (m_csvRadio->isChecked()) {
        if (m_csvPath.isEmpty()) {
            m_message->setText(tr("Choose a CSV file of users first, or generate users."));
            return false;
        }
        if (!rereadCsv(&changedNote))
            return false;
        input = m_csvInput;
        source = m_csvPath;
        m_runInputText =
            tr("Input: %1 (%2).").arg(QFileInfo(m_csvPath).fileName(), m_csvInput.versionText());
        if (!changedNote.isEmpty()) // kept in view after the run too
            m_runInputText = tr("%1 %2").arg(changedNote, m_runInputText);
    } else {
        m_runInputText.clear();
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
            m_message->setText(
                tr("The local sandbox cannot start: %1").arg(ColonText::continued(sandboxError)));
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
                m_message->setText(tr("The local sandbox cannot start: %1")
                                       .arg(ColonText::continued(sandboxError)));
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
            QString question = tr("This run sends %1 calls to the live DCS of profile “%2”, not "
                                  "to the local sandbox, at %3 calls per second. Continue?")
                                   .arg(QLocale().toString(calls), profile.name,
                                        QLocale().toString(settings.ratePerSecond));
            // What every one of those calls carries, so nobody confirms a template unseen.
            question +=
                QStringLiteral("\n\n") +
                BatchRunner::describeTemplate(profile, m_lastTemplate).join(QLatin1Char('\n'));
            confirmed = QMessageBox::question(this, tr("Send to the live DCS?"), question,
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
    QStringList notes;
    if (!m_runInputText.isEmpty())
        notes << m_runInputText;
    if (s.invalid > 0)
        notes << tr("%n row(s) cannot be sent and are skipped; see the Invalid rows filter.",
                    nullptr, s.invalid);
    if (!m_runner->templateNote().isEmpty())
        notes << m_runner->templateNote();
    m_message->setText(notes.join(QLatin1Char(' ')));
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
        add(nullptr, tr("Canceled or not sent"), s.cancelled + s.notSent);
    add(nullptr, tr("Rate limited (429)"), s.rateLimited);
    if (s.withExpectations() > 0) {
        QTreeWidgetItem *expected = add(nullptr, tr("With expectations"), s.withExpectations());
        add(expected, tr("Passed"), s.expectationsPassed);
        // Not the calls' "Failed" above: German and French name a missed expectation apart.
        add(expected, tr("Failed", "expectations not met"), s.expectationsFailed);
        add(expected, tr("Not checked"), s.expectationsNotChecked);
    }
    m_counters->expandAll();
    m_counters->resizeColumnToContents(0);
    m_counters->resizeColumnToContents(1);
    // Both columns in view: a long counter name (French, Spanish) must not cut the count.
    const int needed = m_counters->columnWidth(0) + m_counters->columnWidth(1) +
                       2 * m_counters->frameWidth() +
                       m_counters->verticalScrollBar()->sizeHint().width();
    m_counters->setMinimumWidth(qMax(200, needed));
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
    m_pauseButton->setText(state == BatchRunner::State::Paused ? tr("Res&ume") : tr("Pa&use"));
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
            ? tr("Canceled: %1 answered, %2 not sent.")
                  .arg(QLocale().toString(s.answered), QLocale().toString(s.notSent + s.cancelled))
            : tr("Done: %1 answered, %2 with DCS errors, %3 failed.")
                  .arg(QLocale().toString(s.answered), QLocale().toString(s.withErrors),
                       QLocale().toString(s.failed));
    const QString expectations = BatchExpectations::summaryLine(s);
    if (!expectations.isEmpty())
        text = tr("%1 %2").arg(text, expectations);
    if (!m_runner->templateNote().isEmpty()) // still true after the run: keep it in view
        text = tr("%1 %2").arg(text, m_runner->templateNote());
    if (!m_runInputText.isEmpty())
        text = tr("%1 %2").arg(text, m_runInputText);
    const bool recorded =
        m_historyRecorder
            ? m_historyRecorder(m_runner->summary(), m_runner->profile(), m_lastTemplate, &error)
            : BatchHistory().append(m_runner->summary(), &error);
    if (!recorded)
        text = tr("%1 The run summary was not saved in the history: %2")
                   .arg(text, ColonText::continued(error));
    m_message->setText(text);
    updateButtons();
    Q_EMIT runFinished();
}

QString BatchView::historyPath() const
{
    return BatchHistory::defaultPath();
}

} // namespace dcsdesk
