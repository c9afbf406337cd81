#include "captureview.h"

#include "capture/capturelistmodel.h"
#include "capturedetails.h"
#include "common/emptystate.h"
#include "common/filefolders.h"
#include "common/headerfit.h"
#include "common/icons.h"
#include "console/responsewidget.h"
#include "domain/region.h"
#include "maskpreviewdialog.h"
#include "system/datetext.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace dcsdesk {

namespace {

constexpr HarEntry::Kind CaptureKinds[] = {
    HarEntry::Kind::Event,           HarEntry::Kind::IdSync, HarEntry::Kind::IdService,
    HarEntry::Kind::DestinationPage, HarEntry::Kind::OptOut, HarEntry::Kind::Other};

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
           host == QLatin1String("::1");
}

} // namespace

CaptureView::CaptureView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_progressTimer(new QTimer(this)),
      m_openAction(new QAction(this)), m_showAllAction(new QAction(this)),
      m_openSampleAction(new QAction(this)), m_openButton(new QPushButton),
      m_saveMaskedAction(new QAction(this)), m_saveMaskedButton(new QPushButton),
      m_summary(new QLabel), m_notice(new QLabel), m_progress(new QProgressBar),
      m_cancelLoad(new QPushButton), m_scope(new QComboBox), m_kind(new QComboBox),
      m_search(new QLineEdit), m_searchTimer(new QTimer(this)), m_count(new QLabel),
      m_splitter(new QSplitter), m_table(new QTableView), m_model(new CaptureListModel(this)),
      m_filter(new CaptureFilterProxyModel(this)), m_details(new CaptureDetails(document))
{
    m_openAction->setObjectName(QStringLiteral("openCapture"));
    m_openAction->setIcon(Icons::action(Icons::Action::Open));
    connect(m_openAction, &QAction::triggered, this, &CaptureView::chooseAndOpen);
    connect(m_openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);
    connect(m_showAllAction, &QAction::triggered, this, [this]() { m_scope->setCurrentIndex(1); });
    m_saveMaskedAction->setObjectName(QStringLiteral("saveMaskedCapture"));
    m_saveMaskedAction->setIcon(Icons::action(Icons::Action::SaveAs));
    m_saveMaskedButton->setObjectName(QStringLiteral("saveMaskedButton"));
    connect(m_saveMaskedAction, &QAction::triggered, this, &CaptureView::saveMaskedCopy);
    connect(m_saveMaskedButton, &QPushButton::clicked, m_saveMaskedAction, &QAction::trigger);
    connect(&m_maskWatcher, &QFutureWatcher<HarMasker::Result>::finished, this,
            &CaptureView::onMasked);
    m_openSampleAction->setObjectName(QStringLiteral("openSampleCapture"));
    connect(m_openSampleAction, &QAction::triggered, this, [this]() { openCapture(samplePath()); });
    m_summary->setObjectName(QStringLiteral("captureSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("captureNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    m_progress->setRange(0, 1000);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this]() {
        if (m_readState)
            m_progress->setValue(m_readState->perMille.load());
    });
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QPushButton::clicked, this, [this]() {
        // The worker stops at its next progress report; what was open stays open.
        if (m_readState)
            m_readState->cancel = true;
        m_loadingPath.clear();
        m_progress->hide();
        m_progressTimer->stop();
        m_cancelLoad->hide();
        if (m_capture)
            showCapture(m_capture, m_notes);
        else
            m_summary->clear();
        updateCounts();
    });

    m_scope->setObjectName(QStringLiteral("captureScope"));
    m_kind->setObjectName(QStringLiteral("captureKind"));
    m_search->setObjectName(QStringLiteral("captureSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this]() {
        m_filter->setSearchText(m_search->text());
        updateCounts();
    });
    connect(m_scope, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_filter->setAudienceManagerOnly(index == 0);
        updateCounts();
    });
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_filter->setKind(index <= 0 ? CaptureFilterProxyModel::AnyKind
                                     : int(CaptureKinds[index - 1]));
        updateCounts();
    });

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);
    m_table->setObjectName(QStringLiteral("captureTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaptureListModel::Number, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaptureView::onCurrentRowChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_details->tabs()->setCurrentIndex(CaptureDetails::AnswerTab);
        Q_UNUSED(index);
    });
    connect(m_details, &CaptureDetails::openInConsoleRequested, this, &CaptureView::handOver);
    connect(m_details, &CaptureDetails::replayRequested, this, &CaptureView::replay);

    m_emptyState = EmptyState::attach(
        m_table, [this]() { return emptyTitle(); }, [this]() { return emptyBody(); },
        {m_openAction, m_openSampleAction, m_showAllAction},
        [this]() { return m_filter->rowCount() == 0; });
    connect(m_filter, &QAbstractItemModel::modelReset, m_emptyState, &EmptyState::refresh);
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_emptyState, &EmptyState::refresh);

    m_splitter->setObjectName(QStringLiteral("captureSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_table->setMinimumWidth(260);
    m_details->setMinimumWidth(320);

    auto *top = new QHBoxLayout;
    top->addWidget(m_openButton);
    top->addWidget(m_summary, 1);
    top->addWidget(m_saveMaskedButton);
    top->addWidget(m_progress);
    top->addWidget(m_cancelLoad);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &CaptureView::onLoaded);
    retranslate();
    updateCounts();
}

CaptureView::~CaptureView()
{
    m_watcher.waitForFinished();
    m_maskWatcher.waitForFinished();
}

void CaptureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaptureView::retranslate()
{
    m_openAction->setText(tr("Open &Capture…"));
    m_openAction->setToolTip(tr("Open a HAR file saved by the browser's developer tools "
                                "(Network › Export HAR in Chrome, Network › Save All As HAR in Firefox)."));
    m_openButton->setText(m_openAction->text());
    m_openButton->setToolTip(m_openAction->toolTip());
    m_saveMaskedAction->setText(tr("Save &Masked Copy…"));
    m_saveMaskedAction->setToolTip(
        tr("A copy of the capture for a support ticket, with cookie values, user IDs, p_ values "
           "and credentials replaced: you see what is replaced before anything is saved."));
    m_saveMaskedButton->setText(m_saveMaskedAction->text());
    m_saveMaskedButton->setToolTip(m_saveMaskedAction->toolTip());
    m_showAllAction->setText(tr("Show &All Entries"));
    m_openSampleAction->setText(tr("Open the &Sample Capture"));
    m_openSampleAction->setToolTip(tr("A visit of a test shop recorded by Chromium: ID service, ID "
                                      "syncs, pixel, JSON, JSONP and POST event calls."));
    m_cancelLoad->setText(tr("Cancel"));
    const int scope = std::max(0, m_scope->currentIndex());
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItems({tr("Audience Manager calls"), tr("All entries")});
        m_scope->setCurrentIndex(scope);
    }
    HeaderFit::fitTitles(m_table->horizontalHeader());
    const int kind = std::max(0, m_kind->currentIndex());
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        m_kind->addItem(tr("All types"));
        for (HarEntry::Kind k : CaptureKinds)
            m_kind->addItem(HarEntry::kindName(k));
        m_kind->setCurrentIndex(kind);
    }
    m_scope->setToolTip(tr("Audience Manager calls: to *.demdex.net and to the hosts of your "
                           "profiles' custom base URLs (the site's CNAME aliases)."));
    m_search->setPlaceholderText(tr("Search URLs, keys, headers, cookies…"));
    m_search->setAccessibleName(tr("Search calls"));
    m_scope->setAccessibleName(tr("Calls shown"));
    m_kind->setAccessibleName(tr("Call type"));
    m_kind->setToolTip(tr("Show only calls of one type"));
    m_table->setAccessibleName(tr("Captured calls"));
    m_search->setToolTip(tr("Every word must appear in the call's URL, body, headers or "
                            "cookies (case does not matter)."));
    if (m_capture)
        showCapture(m_capture, m_notes);
    updateCounts();
}

QStringList CaptureView::aliasHosts() const
{
    QStringList hosts;
    if (!m_document)
        return hosts;
    for (const Profile &p : m_document->workspace().profiles) {
        const QString host = QUrl(p.customBaseUrl).host().toLower();
        if (!host.isEmpty() && !isLoopback(host) && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

void CaptureView::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Capture"), FileFolders::folder(FileFolders::Kind::Capture),
        tr("HAR files (*.har);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Capture, path);
    openCapture(path);
}

QString CaptureView::samplePath()
{
    return QStringLiteral(":/sample/sample-capture.har");
}

bool CaptureView::openCaptureNow(const QString &path, QString *error)
{
    auto capture = QSharedPointer<HarCapture>::create();
    const HarCapture::Result read = capture->readFile(path, aliasHosts());
    if (!read.ok) {
        if (error)
            *error = read.error;
        return false;
    }
    m_path = path;
    showCapture(capture, read.notes);
    return true;
}

bool CaptureView::isLoading() const
{
    return !m_loadingPath.isEmpty();
}

void CaptureView::openCapture(const QString &path)
{
    if (m_watcher.isRunning()) {
        // One read at a time: the current one stops, then the newer file is read.
        if (m_readState)
            m_readState->cancel = true;
        m_loadingPath = path;
        return;
    }
    m_loadingPath = path;
    const QStringList aliases = aliasHosts();
    m_readState = std::make_shared<ReadState>();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_progressTimer->start();
    m_cancelLoad->show();
    m_summary->setText(
        tr("Reading %1 (%2)…")
            .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(QFileInfo(path).size())));
    const std::shared_ptr<ReadState> state = m_readState;
    m_watcher.setFuture(QtConcurrent::run([path, aliases, state]() {
        Loaded loaded;
        loaded.path = path;
        loaded.capture = QSharedPointer<HarCapture>::create();
        loaded.result = loaded.capture->readFile(path, aliases, [state](qint64 done, qint64 total) {
            if (total > 0)
                state->perMille = int(std::min<qint64>(1000, done * 1000 / total));
            return !state->cancel.load();
        });
        return loaded;
    }));
}

void CaptureView::onLoaded()
{
    const Loaded read = m_watcher.result();
    const QString wanted = m_loadingPath;
    m_progress->hide();
    m_progressTimer->stop();
    m_cancelLoad->hide();
    if (wanted.isEmpty()) // cancelled
        return;
    if (read.path != wanted) { // another file was chosen while this one was read
        openCapture(wanted);
        return;
    }
    if (!read.capture || !read.result.ok) {
        // What was open stays open: a bad file never replaces a good capture.
        m_loadingPath.clear();
        const QString message =
            tr("%1 could not be opened as a capture.").arg(QFileInfo(wanted).fileName());
        m_summary->setText(
            m_capture ? tr("%1 — still showing %2.").arg(message, QFileInfo(m_path).fileName())
                      : message);
        m_notice->setText(read.result.error);
        m_notice->show();
        Q_EMIT loadFailed(read.result.error);
        if (isVisible())
            QMessageBox::warning(this, tr("Open Capture"),
                                 message + QStringLiteral("\n\n") + read.result.error);
        return;
    }
    m_loadingPath.clear();
    m_path = wanted;
    showCapture(read.capture, read.result.notes);
    Q_EMIT loaded();
}

void CaptureView::showCapture(QSharedPointer<const HarCapture> capture, const QStringList &notes)
{
    const bool sameCapture = capture == m_capture;
    const int current = m_details->entryIndex();
    m_capture = std::move(capture);
    m_notes = notes;
    if (!sameCapture)
        m_model->setCapture(m_capture);
    const int aam = m_capture->audienceManagerCount();
    const QString creator =
        m_capture->creator().isEmpty() ? tr("an unknown browser") : m_capture->creator();
    m_summary->setText(
        tr("%1: %n Audience Manager call(s) among %2 entries (HAR %3, saved by %4).", nullptr, aam)
            .arg(QFileInfo(m_path).fileName())
            .arg(m_capture->entries().size())
            .arg(m_capture->version(), creator));
    m_summary->setToolTip(QDir::toNativeSeparators(m_path));
    QStringList notice = notes;
    if (aam == 0) {
        QStringList hosts;
        for (const auto &[host, count] : m_capture->hosts())
            hosts << tr("%1 (%n entry(ies))", nullptr, count).arg(host);
        notice << tr("No call in this capture went to an Audience Manager host (*.demdex.net or "
                     "a profile's custom base URL). Its hosts: %1.")
                      .arg(QLocale().createSeparatedList(hosts));
    }
    m_notice->setText(notice.join(QLatin1Char('\n')));
    m_notice->setVisible(!notice.isEmpty());
    updateCounts();
    if (sameCapture && current >= 0) {
        selectEntry(current);
    } else if (m_filter->rowCount() > 0) {
        // The details may show the entry of the same number in the previous capture, which
        // the row change alone would take for the one already shown.
        const QModelIndex first = m_filter->index(0, 0);
        const int entry = first.data(CaptureListModel::EntryIndexRole).toInt();
        const bool sameNumber = m_details->entryIndex() == entry;
        m_table->setCurrentIndex(first);
        if (sameNumber)
            m_details->showEntry(m_capture, entry);
    } else {
        m_details->showEntry(m_capture, -1);
    }
    if (!sameCapture) {
        for (int column = 0; column < CaptureListModel::Path; ++column)
            m_table->resizeColumnToContents(column);
        if (!m_splitterRestored) {
            // The list gets the width its columns up to the size need, within 35 to 52 % of
            // the view, so the sizes are not cut at the divider (at 50 % the Spanish type
            // column cut "Sincronización de ID (/ibs)"; above 52 % the tabs of the Spanish
            // answer no longer fit beside it).
            const int width = m_splitter->width();
            int needed = 2 * m_table->frameWidth() +
                         m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
            for (int column = 0; column <= CaptureListModel::Size; ++column)
                needed += m_table->columnWidth(column);
            const int list = std::clamp(needed, width * 7 / 20, width * 52 / 100);
            // Still too narrow (Spanish "Sincronización de ID (/ibs)", "Errores del DCS"): the
            // type gives up the difference, cut at its end with the whole text in its tooltip,
            // so the size stays in view.
            const int excess = needed - list;
            if (excess > 0) {
                const int type = m_table->columnWidth(CaptureListModel::Type);
                m_table->setColumnWidth(
                    CaptureListModel::Type,
                    std::max(HeaderFit::titleWidth(m_table->horizontalHeader(),
                                                   CaptureListModel::Type),
                             type - excess));
            }
            m_splitter->setSizes({list, width - list});
        }
    }
}

void CaptureView::updateCounts()
{
    const int total = m_capture ? int(m_capture->entries().size()) : 0;
    m_count->setText(m_capture ? tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(total)
                               : QString());
    const bool has = m_capture != nullptr;
    m_scope->setEnabled(has);
    m_kind->setEnabled(has);
    m_search->setEnabled(has);
    m_showAllAction->setVisible(has && m_filter->audienceManagerOnly());
    m_openSampleAction->setVisible(!has);
    m_saveMaskedAction->setEnabled(has && !m_maskWatcher.isRunning());
    m_saveMaskedButton->setEnabled(m_saveMaskedAction->isEnabled());
    m_emptyState->refresh();
}

QString CaptureView::emptyTitle() const
{
    if (!m_capture)
        return tr("No capture open");
    if (m_capture->audienceManagerCount() == 0 && m_filter->audienceManagerOnly())
        return tr("No Audience Manager calls in this capture");
    return tr("No call matches the filter");
}

QString CaptureView::emptyBody() const
{
    if (!m_capture)
        return tr("In Chrome or Chromium: Developer Tools › Network › Export HAR. In Firefox: "
                  "Network › Save All As HAR. Open the file here or drop it on the window to "
                  "read every Audience Manager call on the page, decoded.");
    if (m_capture->audienceManagerCount() == 0 && m_filter->audienceManagerOnly())
        return tr("If the site calls Audience Manager through its own host (a CNAME), set that "
                  "host as a profile's custom base URL and open the capture again.");
    return tr("Change the type or the search, or show all entries.");
}

void CaptureView::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const int entry =
        current.isValid() ? current.data(CaptureListModel::EntryIndexRole).toInt() : -1;
    if (entry != m_details->entryIndex() || !current.isValid())
        m_details->showEntry(m_capture, entry);
}

void CaptureView::selectEntry(int entryIndex)
{
    const QModelIndex source = m_model->index(entryIndex, 0);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

HistoryEntry CaptureView::capturedEntry(int entryIndex) const
{
    if (!m_capture || entryIndex < 0 || entryIndex >= m_capture->entries().size())
        return {};
    const HarEntry &entry = m_capture->entries()[entryIndex];
    Profile profile;
    profile.name =
        tr("Captured call %1 of %2").arg(entryIndex + 1).arg(QFileInfo(m_path).fileName());
    profile.alias = CaptureCall::serverCallOf(*m_capture, entry).target.alias;
    const DcsResult result = CaptureCall::resultOf(*m_capture, entry);
    // In memory only, for the comparison: nothing of it is written to the history. The
    // browser's own headers (user agent, fetch metadata, cookies) are not part of a
    // server-to-server call, so they are left out of the comparison; the Request tab has them.
    HistoryEntry captured =
        HistoryEntry::fromResult(profile, result, std::numeric_limits<qint64>::max(), true);
    captured.requestHeaders = QJsonArray();
    return captured;
}

void CaptureView::handOver(int entryIndex)
{
    if (!m_capture || entryIndex < 0 || entryIndex >= m_capture->entries().size())
        return;
    const HarEntry &entry = m_capture->entries()[entryIndex];
    Q_EMIT openInConsoleRequested(
        CaptureCall::curlCommandOf(entry), CaptureCall::resultOf(*m_capture, entry),
        tr("Call %1 of the capture %2, as the browser sent it on %3; the answer shown is the "
           "captured one.")
            .arg(entryIndex + 1)
            .arg(QFileInfo(m_path).fileName(), DateText::dateTime(entry.started.toLocalTime())));
}

void CaptureView::replay(int entryIndex, bool toSandbox)
{
    if (!m_capture || entryIndex < 0 || entryIndex >= m_capture->entries().size())
        return;
    const CaptureCall::ServerCall call =
        CaptureCall::serverCallOf(*m_capture, m_capture->entries()[entryIndex]);
    if (!call.ok) {
        QMessageBox::information(this, tr("Replay"), call.error);
        return;
    }
    if (!toSandbox) {
        const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Replay on the Live DCS"),
            tr("Send call %1 for user %2 to the live DCS (%3)? Audience Manager counts it as a "
               "new visit of this user: the signals are realized again.")
                .arg(entryIndex + 1)
                .arg(call.request.userId, DcsRegion::displayName(call.target.regionId)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QStringList note{tr("Server-to-server replay of call %1 of %2.")
                         .arg(entryIndex + 1)
                         .arg(QFileInfo(m_path).fileName())};
    note << call.sources << call.notes;
    Q_EMIT replayRequested(call, toSandbox, capturedEntry(entryIndex), note.join(QLatin1Char(' ')));
}

void CaptureView::saveMaskedCopy()
{
    if (!m_capture || m_maskWatcher.isRunning())
        return;
    // Masking reads and rewrites the whole file: on a worker, so the window stays usable.
    m_maskingPath = m_path;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Masking %1…").arg(QFileInfo(m_path).fileName()));
    const QString path = m_path;
    const QStringList aliases = aliasHosts();
    m_maskWatcher.setFuture(QtConcurrent::run(
        [path, aliases]() { return MaskPreviewDialog::maskFile(path, aliases); }));
    updateCounts();
}

void CaptureView::onMasked()
{
    m_progress->setVisible(!m_loadingPath.isEmpty());
    if (m_capture)
        showCapture(m_capture, m_notes);
    auto *dialog = new MaskPreviewDialog(m_maskingPath, m_maskWatcher.result(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT maskPreviewShown(dialog);
}

QList<ScreenshotStep> CaptureView::screenshotSteps()
{
    ScreenshotStep sample;
    sample.name = QStringLiteral("sample");
    sample.prepare = [this]() -> QWidget * {
        if (!openCaptureNow(samplePath()))
            return nullptr;
        selectEntry(20); // the POST /event with the most segments
        m_details->tabs()->setCurrentIndex(CaptureDetails::AnswerTab);
        // The answer's views are built on a worker: the picture waits for them (at most 5 s).
        const QDeadlineTimer deadline(5000);
        while (m_details->answer()->isBusy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return window();
    };
    return {sample};
}

void CaptureView::activateSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaptureView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("captures/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("captures/scope"), m_scope->currentIndex());
}

void CaptureView::restoreSettings(QSettings &settings)
{
    m_splitterRestored =
        m_splitter->restoreState(settings.value(QStringLiteral("captures/splitter")).toByteArray());
    m_scope->setCurrentIndex(settings.value(QStringLiteral("captures/scope"), 0).toInt());
}

} // namespace dcsdesk
