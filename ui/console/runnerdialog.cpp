#include "runnerdialog.h"

#include "runresultpanel.h"

#include "batch/batchrunner.h"
#include "checks/checkrun.h"
#include "common/semanticcolors.h"
#include "console/sandboxendpoint.h"
#include "console/savedrequestcollection.h"
#include "dcs/dcsrequestbuilder.h"
#include "history/historystore.h"
#include "system/colontext.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace dcsdesk {

RunnerDialog::RunnerDialog(WorkspaceDocument *document, HistoryStore *history,
                           SandboxEndpoint *sandbox, QWidget *parent)
    : QDialog(parent), m_document(document), m_history(history), m_sandbox(sandbox)
{
    setObjectName(QStringLiteral("runnerDialog"));
    m_environmentLabel = new QLabel(this);
    m_environment = new QComboBox(this);
    m_environmentLabel->setBuddy(m_environment);
    m_profileLabel = new QLabel(this);
    m_profile = new QComboBox(this);
    m_profileLabel->setBuddy(m_profile);
    m_folderLabel = new QLabel(this);
    m_folder = new QComboBox(this);
    m_folderLabel->setBuddy(m_folder);
    m_tagsLabel = new QLabel(this);
    m_tagsLabel->setWordWrap(true);
    m_tags = new QListWidget(this);
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setMaximumHeight(fontMetrics().height() * 4);
    m_tagsLabel->setBuddy(m_tags);
    m_stop = new QCheckBox(this);
    m_run = new QPushButton(this);
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_stale = new QLabel(this);
    m_stale->setObjectName(QStringLiteral("runnerOutOfDate"));
    m_stale->setWordWrap(true);
    m_stale->hide();
    SemanticColors::setTextRole(m_stale, SemanticColors::WarningText);
    m_results = new RunResultPanel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openInConsole = new QPushButton(this);
    m_openInConsole->setObjectName(QStringLiteral("openInConsoleButton"));
    m_openInConsole->setEnabled(false);
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);

    auto *choices = new QGridLayout;
    choices->addWidget(m_environmentLabel, 0, 0);
    choices->addWidget(m_environment, 0, 1);
    choices->addWidget(m_profileLabel, 0, 2);
    choices->addWidget(m_profile, 0, 3);
    choices->setColumnStretch(1, 1);
    choices->setColumnStretch(3, 1);
    choices->addWidget(m_folderLabel, 1, 0);
    choices->addWidget(m_folder, 1, 1, 1, 3);
    choices->addWidget(m_tagsLabel, 2, 0, 1, 4);
    choices->addWidget(m_tags, 3, 0, 1, 4);
    choices->addWidget(m_stop, 4, 0, 1, 4);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_progressText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_openInConsole);
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(runRow);
    layout->addWidget(m_stale);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addLayout(bottom);

    connect(m_run, &QPushButton::clicked, this, &RunnerDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &RunnerDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &RunnerDialog::reject);
    connect(m_results, &RunResultPanel::currentRequestChanged, this,
            [this]() { m_openInConsole->setEnabled(!m_results->currentRequest().isEmpty()); });
    connect(m_openInConsole, &QPushButton::clicked, this, [this]() {
        Q_EMIT openInConsoleRequested(m_results->currentRequest(), m_profile->currentText());
    });
    // Results that no longer describe what is saved say so (never shown as current).
    if (m_document) {
        connect(m_document, &WorkspaceDocument::contentChanged, this, [this]() {
            if (isVisible())
                reload(); // a new profile, folder or tag is offered at once; else at showEvent
            updateStale();
        });
        connect(m_document, &WorkspaceDocument::workspaceReplaced, this,
                &RunnerDialog::forgetResults);
    }
    connect(m_environment, &QComboBox::currentIndexChanged, this, &RunnerDialog::updateStale);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &RunnerDialog::updateStale);
    retranslate();
    reload();
    // Wide enough for a check and its actual value side by side (a trial found them cut at
    // 960 px), within the screen.
    QSize size(1240, 640);
    if (const QScreen *shown = parent ? parent->screen() : screen())
        size = size.boundedTo(shown->availableGeometry().size() * 0.92);
    resize(size);
}

RunnerDialog::~RunnerDialog() = default;

void RunnerDialog::retranslate()
{
    setWindowTitle(tr("Run Checks"));
    m_environmentLabel->setText(tr("&Environment:"));
    m_profileLabel->setText(tr("&Profile:"));
    m_tagsLabel->setText(tr("&Tags: check some to run only the saved requests with one of them; "
                            "none checked runs them all."));
    m_tags->setAccessibleName(tr("Tags"));
    m_folderLabel->setText(tr("&Folder:"));
    m_folder->setToolTip(tr("Run only the saved requests in this folder and its subfolders"));
    if (m_folder->count() > 0)
        m_folder->setItemText(0, tr("(all folders)"));
    m_stop->setText(tr("&Stop at the first failure"));
    m_stop->setToolTip(tr("Unchecked, every chosen saved request is sent whatever the ones "
                          "before it gave"));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Send each chosen saved request in turn and check its answer"));
    m_cancel->setText(tr("&Cancel Run"));
    m_progress->setAccessibleName(tr("Run progress"));
    m_openInConsole->setText(tr("&Open in Console"));
    m_openInConsole->setToolTip(tr("Open the selected saved request in the Console"));
    m_close->setText(tr("Close"));
    updateStale();
    if (m_environment->count() > 0 && m_environment->itemData(0).toString().isEmpty())
        m_environment->setItemText(0, tr("(no environment)"));
    updateProgress();
}

void RunnerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RunnerDialog::setDefaults(const QString &environment, const QString &profile,
                               const SessionSecrets *secrets)
{
    m_secrets = secrets;
    const int e = m_environment->findData(environment);
    if (e >= 0)
        m_environment->setCurrentIndex(e);
    const int p = m_profile->findText(profile);
    if (p >= 0)
        m_profile->setCurrentIndex(p);
}

void RunnerDialog::reload()
{
    if (!m_document)
        return;
    const Workspace &workspace = m_document->workspace();
    const QString environment = m_environment->currentData().toString();
    const QString profile = m_profile->currentText();
    QStringList ticked = chosenTags();
    m_environment->clear();
    const QVector<Environment> environments = Environment::fromJson(workspace.environments);
    if (environments.isEmpty()) {
        m_environment->addItem(tr("(no environment)"), QString());
    }
    for (const Environment &e : environments)
        m_environment->addItem(e.name, e.name);
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(environment)));
    m_profile->clear();
    for (const Profile &p : workspace.profiles)
        m_profile->addItem(p.name);
    m_profile->setCurrentIndex(qMax(0, m_profile->findText(profile)));
    const QString folder = m_folder->currentData().toString();
    m_folder->clear();
    m_folder->addItem(tr("(all folders)"), QString());
    for (const QStringList &path : SavedRequestCollection::folders(workspace))
        m_folder->addItem(SavedRequestCollection::pathText(path),
                          SavedRequestCollection::pathText(path));
    m_folder->setCurrentIndex(qMax(0, m_folder->findData(folder)));
    m_tags->clear();
    for (const QString &tag : CheckRun::tagsIn(workspace)) {
        auto *item = new QListWidgetItem(tag, m_tags);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(tag) ? Qt::Checked : Qt::Unchecked);
    }
    m_tags->setEnabled(m_tags->count() > 0);
}

void RunnerDialog::chooseFolder(const QStringList &path)
{
    m_folder->setCurrentIndex(qMax(0, m_folder->findData(SavedRequestCollection::pathText(path))));
}

QStringList RunnerDialog::chosenTags() const
{
    QStringList out;
    for (int i = 0; i < m_tags->count(); ++i) {
        if (m_tags->item(i)->checkState() == Qt::Checked)
            out.append(m_tags->item(i)->text());
    }
    return out;
}

void RunnerDialog::refuse(const QString &message)
{
    m_summary->setText(message);
}

bool RunnerDialog::start()
{
    if (!m_document || (m_checkRun && m_checkRun->isRunning()))
        return false;
    const Workspace &workspace = m_document->workspace();
    const Profile *profile = workspace.profile(m_profile->currentText());
    if (!profile) {
        refuse(tr("Nothing was sent: the workspace has no profile to send with. Add one in the "
                  "Console (Profile: Manage…)."));
        return false;
    }
    m_runTags = chosenTags();
    const QStringList folder =
        SavedRequestCollection::pathFromText(m_folder->currentData().toString());
    const QVector<SavedRequestChecks::Entry> entries =
        CheckRun::choose(workspace, m_runTags, folder);
    if (entries.isEmpty() && !folder.isEmpty()) {
        refuse(tr("Nothing was sent: no saved request in the folder %1 (with the tags chosen) "
                  "has checks.")
                   .arg(SavedRequestCollection::pathText(folder)));
        return false;
    }
    if (entries.isEmpty()) {
        refuse(m_runTags.isEmpty()
                   ? tr("Nothing was sent: no saved request has checks. Add checks to a saved "
                        "request in the Console's Checks panel.")
                   : tr("Nothing was sent: no saved request with the tags %1 has checks.")
                         .arg(QLocale().createSeparatedList(m_runTags)));
        return false;
    }
    Environment environment;
    const Environment *env = nullptr;
    for (const Environment &e : Environment::fromJson(workspace.environments)) {
        if (e.name == m_environment->currentData().toString()) {
            environment = e;
            env = &environment;
        }
    }
    delete m_checkRun;
    m_checkRun = new CheckRun(this);
    QStringList unresolved;
    if (!m_checkRun->prepare(entries, *profile, env, m_secrets, &unresolved)) {
        showRequests();
        for (int i = 0; i < m_checkRun->count(); ++i)
            m_results->setNotSent(i, m_checkRun->request(i).notSentReason);
        rememberInputs();
        refuse(tr("Nothing was sent: %n variable(s) cannot be resolved. Define them in the "
                  "environment (Environments… in the Console) or choose another one.",
                  nullptr, int(unresolved.size())) +
               QLatin1Char('\n') + unresolved.join(QLatin1Char('\n')));
        return false;
    }
    // Where the calls go once the variables are filled in: the local sandbox starts on demand.
    const Profile &resolved = m_checkRun->request(0).profile;
    QUrl sandboxUrl;
    if (resolved.regionId == Profile::SandboxRegion && resolved.customBaseUrl.isEmpty() &&
        m_sandbox) {
        QString error;
        sandboxUrl = m_sandbox->baseUrl(&error);
        if (sandboxUrl.isEmpty()) {
            refuse(tr("Nothing was sent: the local sandbox cannot start: %1")
                       .arg(ColonText::continued(error)));
            return false;
        }
    }
    m_checkRun->setSandboxBaseUrl(sandboxUrl);
    m_checkRun->setStopAtFirstFailure(m_stop->isChecked());
    m_checkRun->setWorkspaceName(workspace.name.isEmpty()
                                     ? QFileInfo(m_document->filePath()).completeBaseName()
                                     : workspace.name);
    const PreparedRequest first =
        DcsRequestBuilder::prepare(resolved, m_checkRun->request(0).request, sandboxUrl);
    m_target = first.url.isValid()
                   ? first.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                         .toString()
                   : QString();
    // Calls to a live DCS are sent only once the user has seen where and how many.
    if (!BatchRunner::isLocalTarget(resolved, sandboxUrl)) {
        const QString host = first.url.host().isEmpty() ? m_target : first.url.host();
        if (!confirmLiveRun(host, m_checkRun->count())) {
            refuse(tr("Nothing was sent: the run to %1 was not confirmed.").arg(host));
            return false;
        }
    }
    showRequests();
    rememberInputs();
    connect(m_checkRun, &CheckRun::requestStarted, this, [this](int index) {
        m_results->setSending(index);
        updateProgress();
    });
    connect(m_checkRun, &CheckRun::requestFinished, this, [this](int index) {
        const CheckRun::Request &r = m_checkRun->request(index);
        m_results->setResult(index, m_checkRun->report().items.at(r.reportIndex),
                             RunResultPanel::answerText(r.result));
        updateProgress();
    });
    connect(m_checkRun, &CheckRun::finished, this, &RunnerDialog::onFinished);
    m_summary->clear();
    setRunning(true);
    m_checkRun->start();
    return true;
}

bool RunnerDialog::confirmLiveRun(const QString &host, int requests)
{
    if (m_confirmLiveRun)
        return m_confirmLiveRun(host, requests);
    const QString question =
        tr("Send %n saved request(s) to %1? This is not the local sandbox: the calls reach a live "
           "DCS, with the environment “%2” and the profile “%3”.",
           nullptr, requests)
            .arg(host, m_environment->currentText(), m_profile->currentText());
    QMessageBox box(QMessageBox::Question, tr("Send to a Live DCS?"), question,
                    QMessageBox::NoButton, this);
    QPushButton *send = box.addButton(tr("&Send"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == send;
}

void RunnerDialog::showRequests()
{
    QStringList names;
    for (int i = 0; i < m_checkRun->count(); ++i)
        names.append(m_checkRun->request(i).entry.request.name);
    m_results->setRequests(names);
}

QByteArray RunnerDialog::currentInputs() const
{
    return m_document ? CheckRun::inputsOf(m_document->workspace(), m_runTags,
                                           m_environment->currentData().toString(),
                                           m_profile->currentText())
                      : QByteArray();
}

void RunnerDialog::rememberInputs()
{
    m_ranInputs = currentInputs();
    m_ranEnvironment = m_environment->currentText();
    m_ranProfile = m_profile->currentText();
    updateStale();
}

void RunnerDialog::updateStale()
{
    if (m_ranInputs.isEmpty() || currentInputs() == m_ranInputs) {
        m_stale->hide();
        return;
    }
    QString why;
    if (m_environment->currentText() != m_ranEnvironment)
        why = tr("they are for the environment “%1”, not “%2”.")
                  .arg(m_ranEnvironment, m_environment->currentText());
    else if (m_profile->currentText() != m_ranProfile)
        why = tr("they are for the profile “%1”, not “%2”.")
                  .arg(m_ranProfile, m_profile->currentText());
    else
        why = tr("a saved request, its checks or the environment changed since they were run.");
    m_stale->setText(
        tr("Out of date: %1 They no longer describe what is saved; Run again for current results.")
            .arg(why));
    m_stale->show();
}

// Results of another workspace are not shown beside this one's lists (a trial saw the old
// file's results, "Out of date" and "Nothing was sent" at once). A run still going finishes
// and is then marked out of date.
void RunnerDialog::showEvent(QShowEvent *event)
{
    reload();
    QDialog::showEvent(event);
}

void RunnerDialog::forgetResults()
{
    reload();
    if (m_checkRun && m_checkRun->isRunning()) {
        updateStale();
        return;
    }
    const bool hadResults = !m_ranInputs.isEmpty() || !m_summary->text().isEmpty();
    m_results->setRequests({});
    m_ranInputs.clear();
    m_stale->hide();
    m_summary->setText(hadResults ? tr("The workspace was replaced: the last run's results "
                                       "were for the one before. Run again to check this one.")
                                  : QString());
}

void RunnerDialog::cancel()
{
    if (m_checkRun)
        m_checkRun->cancel();
}

void RunnerDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_environment->setEnabled(!running);
    m_profile->setEnabled(!running);
    m_tags->setEnabled(!running && m_tags->count() > 0);
    m_folder->setEnabled(!running);
    m_stop->setEnabled(!running);
    m_openInConsole->setEnabled(!running && !m_results->currentRequest().isEmpty());
    if (running)
        m_cancel->setFocus();
    else
        m_run->setFocus();
}

void RunnerDialog::updateProgress()
{
    const int total = m_checkRun ? m_checkRun->count() : 0;
    const int done = m_checkRun ? m_checkRun->doneCount() : 0;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progressText->setText(total == 0
                                ? QString()
                                : tr("%1 of %2", "saved requests done of all")
                                      .arg(QLocale().toString(done), QLocale().toString(total)));
}

void RunnerDialog::onFinished()
{
    setRunning(false);
    for (int i = 0; i < m_checkRun->count(); ++i) {
        if (m_checkRun->request(i).state == CheckRun::State::NotSent)
            m_results->setNotSent(i, m_checkRun->request(i).notSentReason);
    }
    updateProgress();
    QString text = m_checkRun->report().summary();
    const int notSent = m_checkRun->notSentCount();
    if (m_checkRun->wasCancelled())
        text = tr("%1 · canceled, %n saved request(s) not sent", nullptr, notSent).arg(text);
    else if (m_checkRun->stoppedAtFailure())
        text =
            tr("%1 · stopped at the first failure, %n saved request(s) not sent", nullptr, notSent)
                .arg(text);
    if (m_history && m_document) {
        const Profile *profile = m_document->workspace().profile(m_profile->currentText());
        QString error;
        if (!m_history->add(HistoryEntry::fromCheckRun(m_checkRun->historySummary(m_runTags),
                                                       profile ? *profile : Profile(), m_target),
                            &error))
            text = tr("%1 · not kept in the history: %2").arg(text, ColonText::continued(error));
    }
    m_summary->setText(text);
    Q_EMIT runFinished();
}

void RunnerDialog::closeEvent(QCloseEvent *event)
{
    cancel(); // a run does not go on unseen
    QDialog::closeEvent(event);
}

void RunnerDialog::reject()
{
    cancel();
    QDialog::reject();
}

} // namespace dcsdesk
