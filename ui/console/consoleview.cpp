#include "consoleview.h"

#include "calls/dcsendpoint.h"
#include "checkspanel.h"
#include "common/icons.h"
#include "common/uiprompts.h"
#include "console/sandboxendpoint.h"
#include "console/savedrequestcollection.h"
#include "console/savedrequests.h"
#include "dcs/amcvcookie.h"
#include "dcs/curlimport.h"
#include "dcs/dcsclient.h"
#include "dcs/dcsrequestbuilder.h"
#include "domain/region.h"
#include "environmentbar.h"
#include "history/historystore.h"
#include "noticeline.h"
#include "profiledialog.h"
#include "requestbuilderwidget.h"
#include "responsewidget.h"
#include "savedrequestpane.h"
#include "system/colontext.h"
#include "system/datetext.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace dcsdesk {

ConsoleView::ConsoleView(WorkspaceDocument *document, DcsClient *client, HistoryStore *history,
                         SandboxEndpoint *sandbox, QWidget *parent)
    : QWidget(parent), m_document(document), m_client(client), m_history(history),
      m_sandbox(sandbox)
{
    m_method = new QComboBox(this);
    m_method->addItem(QStringLiteral("GET"), int(DcsRequest::Method::Get));
    m_method->addItem(QStringLiteral("POST"), int(DcsRequest::Method::Post));
    m_url = new QLineEdit(this);
    m_send = new QPushButton(this);
    m_send->setDefault(true);
    m_send->setIcon(Icons::action(Icons::Action::Run));
    m_cancel = new QPushButton(this);
    m_cancel->setIcon(Icons::action(Icons::Action::Stop));
    m_cancel->setEnabled(false);
    m_copyCurl = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveRequestButton"));
    m_saved = new QPushButton(this); // a push button draws its menu arrow beside the text
    m_saved->setMenu(new QMenu(m_saved));
    m_new = new QPushButton(this);
    m_runAsBatch = new QPushButton(this);
    m_runChecks = new QAction(this);
    m_runChecks->setObjectName(QStringLiteral("runChecksAction"));
    m_runChecks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_runChecks, &QAction::triggered, this, &ConsoleView::runChecksRequested);

    m_builder = new RequestBuilderWidget(document, this);
    m_environments = new EnvironmentBar(document, this);
    m_response = new ResponseWidget(document, this);
    m_checks = new ChecksPanel(document, this);
    m_checks->attachTo(m_response);
    connect(m_checks, &ChecksPanel::requestSaved, this, &ConsoleView::setRequestName);
    m_builderScroll = new QScrollArea(this);
    auto *scroll = m_builderScroll;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_builder);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; it scrolls them into view
    // The checks under the builder, which scrolls: the answer's tab bar has no room for a tab
    // more at 1280 px in German or French.
    auto *requestSide = new QSplitter(Qt::Vertical, this);
    requestSide->addWidget(scroll);
    requestSide->addWidget(m_checks);
    requestSide->setStretchFactor(0, 3);
    requestSide->setStretchFactor(1, 2);
    requestSide->setChildrenCollapsible(false);
    m_savedPane = new SavedRequestPane(document, this);
    m_savedPaneAction = new QAction(this);
    m_savedPaneAction->setObjectName(QStringLiteral("savedPaneAction"));
    m_savedPaneAction->setCheckable(true);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_savedPane);
    m_splitter->addWidget(requestSide);
    m_splitter->addWidget(m_response);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setCollapsible(1, false);
    setupSavedPane();

    // What to do with the request on one row, the request line on its own below it: at 1280 px
    // and in German or Spanish the URL field kept only a sliver when they shared one row.
    auto *requestActions = new QHBoxLayout;
    requestActions->addWidget(m_new);
    requestActions->addWidget(m_save);
    requestActions->addWidget(m_saved);
    requestActions->addWidget(m_copyCurl);
    requestActions->addWidget(m_runAsBatch);
    requestActions->addStretch(1);
    requestActions->addWidget(m_environments);
    auto *requestLine = new QHBoxLayout;
    requestLine->addWidget(m_method);
    requestLine->addWidget(m_url, 1);
    requestLine->addWidget(m_send);
    requestLine->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(requestActions);
    layout->addLayout(requestLine);
    m_notice = new NoticeLine(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ConsoleView::send);
    auto *sendShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    sendShortcut2->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut2, &QShortcut::activated, this, &ConsoleView::send);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &ConsoleView::cancel);

    auto *batchShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this);
    batchShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(batchShortcut, &QShortcut::activated, this, &ConsoleView::runAsBatch);

    connect(m_send, &QPushButton::clicked, this, &ConsoleView::send);
    connect(m_runAsBatch, &QPushButton::clicked, this, &ConsoleView::runAsBatch);
    connect(m_cancel, &QPushButton::clicked, this, &ConsoleView::cancel);
    connect(m_copyCurl, &QPushButton::clicked, this, &ConsoleView::copyAsCurl);
    connect(m_save, &QPushButton::clicked, this, &ConsoleView::saveRequest);
    connect(m_new, &QPushButton::clicked, this, &ConsoleView::newRequest);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConsoleView::refreshPreview);
    connect(m_builder, &RequestBuilderWidget::changed, this, &ConsoleView::refreshPreview);
    connect(m_environments, &EnvironmentBar::changed, this, &ConsoleView::refreshPreview);
    connect(m_environments, &EnvironmentBar::notice, m_notice, &NoticeLine::showNotice);
    connect(m_builder, &RequestBuilderWidget::manageProfilesRequested, this,
            &ConsoleView::manageProfiles);
    connect(m_builder, &RequestBuilderWidget::pasteAmcvRequested, this, &ConsoleView::pasteAmcv);
    connect(m_builder, &RequestBuilderWidget::saveProfileRequested, this, [this] {
        QString name = m_builder->pastedProfile().alias;
        if (UiPrompts::askText(this, tr("Save as Profile"), tr("Name:"), &name) &&
            !name.trimmed().isEmpty())
            savePastedProfile(name.trimmed());
    });
    connect(m_response, &ResponseWidget::useUserRequested, this,
            [this](const QString &uuid, int regionId) {
                m_builder->setUserId(Profile::IdKind::Uuid, uuid);
                if (m_builder->region() != Profile::SandboxRegion && DcsRegion::find(regionId))
                    m_builder->setRegion(regionId);
            });
    // The URL is the user's while they type: it is read on a paste (many characters at once),
    // on Enter or when the field is left, never keystroke by keystroke (a half-typed parameter
    // would be imported as a value and the rest re-encoded).
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing inserts one character at a time (over a selection too); a paste inserts more.
        qsizetype prefix = 0;
        while (prefix < text.size() && prefix < m_urlShown.size() &&
               text.at(prefix) == m_urlShown.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < text.size() - prefix && suffix < m_urlShown.size() - prefix &&
               text.at(text.size() - 1 - suffix) == m_urlShown.at(m_urlShown.size() - 1 - suffix))
            ++suffix;
        const bool pasted = text.size() - prefix - suffix > 1;
        m_urlShown = text;
        if (pasted)
            importEditedUrl();
        else
            m_response->showRunning(tr("Press Enter to use the edited URL."));
    });
    connect(m_url, &QLineEdit::editingFinished, this, [this]() {
        if (m_url->isModified())
            importEditedUrl();
        refreshPreview();
    });
    if (m_document)
        connect(m_document, &WorkspaceDocument::contentChanged, this,
                &ConsoleView::rebuildSavedMenu);

    // Reading order: what is sent (method, URL, the builder, its preview and findings), then
    // the actions, then the answer; the layout alone would put the action bar first.
    QList<QWidget *> chain{m_method, m_url};
    chain += m_builder->tabChain();
    chain += m_checks->tabChain();
    chain += {m_send, m_cancel, m_copyCurl, m_save, m_saved, m_new, m_runAsBatch};
    chain += m_environments->tabChain();
    chain += m_response->tabChain();
    chain += {m_savedPane->filterField(), m_savedPane->tree()};
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    retranslate();
    newRequest();
    rebuildSavedMenu();
}

ConsoleView::~ConsoleView()
{
    if (m_call)
        m_call->disconnect(this);
    // Hiding the children while they are destroyed moves the focus out of the URL field, whose
    // editingFinished would reach this view after its members are gone.
    m_url->disconnect(this);
}

void ConsoleView::retranslate()
{
    m_method->setAccessibleName(tr("HTTP method"));
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setPlaceholderText(tr("The exact URL; paste a cURL command here to import it"));
    m_url->setToolTip(tr("Shows the exact URL. Paste a cURL command or a URL to import it."));
    m_send->setText(tr("&Send"));
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_send->setAccessibleName(tr("Send request"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running request (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel request"));
    m_copyCurl->setText(tr("&Copy as cURL"));
    m_copyCurl->setToolTip(tr("Copy a cURL command that sends exactly this request (a secret "
                              "value stays {{name}})"));
    m_copyCurl->setAccessibleName(tr("Copy as cURL"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the request in the workspace"));
    m_save->setAccessibleName(tr("Save Request"));
    m_saved->setText(tr("Saved"));
    m_saved->setAccessibleName(tr("Saved requests"));
    m_new->setText(tr("New"));
    m_new->setToolTip(tr("Start a new request with the console's defaults"));
    m_new->setAccessibleName(tr("New request"));
    m_runChecks->setText(tr("Run Chec&ks…"));
    m_runChecks->setToolTip(tr("Run the checks of the saved requests in an environment"));
    m_savedPaneAction->setText(tr("Saved Re&quests Pane"));
    m_savedPaneAction->setToolTip(tr("Show the saved requests in their folders beside the "
                                     "builder"));
    m_runAsBatch->setText(tr("Run as &Batch…"));
    m_runAsBatch->setToolTip(
        tr("Send this request for many users in the Batch view (Ctrl+Shift+B)"));
    m_runAsBatch->setAccessibleName(tr("Run as Batch"));
    rebuildSavedMenu();
}

void ConsoleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitBuilderWidth();
}

void ConsoleView::showEvent(QShowEvent *event)
{
    fitBuilderWidth();
    QWidget::showEvent(event);
}

void ConsoleView::fitBuilderWidth()
{
    // The splitter would squeeze the builder below its widest row (long Spanish and French
    // button texts) and clip it; the answer side takes what is left.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    m_builderScroll->setMinimumWidth(m_builder->minimumSizeHint().width() + scrollBar);
}

void ConsoleView::newRequest()
{
    DcsRequest r;
    r.destinations = true; // a debugger wants dests[] and segments[]
    r.cts = 2;
    m_builder->setRequest(r);
}

DcsRequest ConsoleView::currentRequest() const
{
    DcsRequest request = m_builder->request();
    request.method = DcsRequest::Method(m_method->currentData().toInt());
    return request;
}

void ConsoleView::runAsBatch()
{
    // The batch runner knows no environments: it gets the active environment's values.
    DcsRequest request = currentRequest();
    Profile profile = m_builder->profile();
    const VariableResolution variables = m_environments->resolve(&profile, &request);
    QStringList problems = variables.errors();
    for (const VariableUse &use : variables.used) {
        if (use.secret)
            problems.append(tr("The secret variable {{%1}} cannot go to a batch run: a batch "
                               "keeps its request in the history. Use a plain value.")
                                .arg(use.name));
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Not run as batch"), problems.join(QLatin1Char('\n')));
        return;
    }
    Q_EMIT runAsBatchRequested(request, m_builder->profile().name);
}

PreparedRequest ConsoleView::prepared(VariableResolution *variables) const
{
    DcsRequest request = m_builder->request();
    request.method = DcsRequest::Method(m_method->currentData().toInt());
    Profile profile = m_builder->profile();
    const VariableResolution resolved = m_environments->resolve(&profile, &request);
    if (variables)
        *variables = resolved;
    QUrl sandboxUrl;
    if (profile.regionId == Profile::SandboxRegion && profile.customBaseUrl.isEmpty() &&
        m_sandbox) {
        QString error;
        sandboxUrl = m_sandbox->baseUrl(&error);
        const_cast<ConsoleView *>(this)->m_sandboxError = error;
    }
    PreparedRequest p = DcsRequestBuilder::prepare(profile, request, sandboxUrl);
    resolved.addFindings(&p);
    return p;
}

void ConsoleView::refreshPreview()
{
    // A secret's value is never shown: ••• in the preview, {{name}} in the URL field (so that
    // editing the URL keeps the variable).
    VariableResolution variables;
    PreparedRequest p = prepared(&variables);
    PreparedRequest forUrl = p;
    variables.maskSecrets(&p, VariableResolution::SecretMask::Dots);
    variables.maskSecrets(&forUrl, VariableResolution::SecretMask::Placeholder);
    m_builder->setPreview(p);
    if (!m_url->hasFocus() || !m_url->isModified()) {
        m_url->setText(QString::fromUtf8(forUrl.urlText));
        m_url->setModified(false);
        m_urlShown = m_url->text();
    }
    m_url->setToolTip(QString::fromUtf8(forUrl.urlText));
    m_checks->setRequest(currentRequest());
    if (!m_sandboxError.isEmpty())
        m_response->showRunning(m_sandboxError);
}

void ConsoleView::send()
{
    if (m_call)
        return;
    const PreparedRequest p = prepared(&m_sentVariables);
    if (p.isRefused()) {
        QStringList reasons;
        for (const RequestFinding &f : p.findings) {
            if (f.blocking)
                reasons.append(f.message);
        }
        QMessageBox::warning(
            this, tr("Request not sent"),
            tr("The request cannot be sent:\n%1").arg(reasons.join(QLatin1Char('\n'))));
        return;
    }
    // The profile's own TLS trust: its CA file, its pinned server key.
    DcsClient::Options options = m_client->options();
    options.caFile = m_builder->profile().caFile;
    options.pinnedPublicKey = m_builder->profile().pinnedPublicKey;
    m_client->setOptions(options);
    m_call = m_client->send(p);
    setSending(true);
    m_response->showRunning(tr("Sending to %1…").arg(p.url.host()));
    connect(m_call, &DcsCall::progress, this, [this](qint64 received, qint64) {
        m_response->showRunning(tr("Receiving… %1").arg(QLocale().formattedDataSize(received)));
    });
    connect(m_call, &DcsCall::finished, this, &ConsoleView::onFinished);
}

void ConsoleView::onFinished()
{
    DcsCall *call = m_call;
    if (!call)
        return;
    const DcsResult result = call->result();
    m_call = nullptr;
    call->deleteLater();
    setSending(false);
    m_response->showResult(result);
    const QString environment = m_sentVariables.environment;
    m_checks->setResult(result, [this, environment](const QVector<Check> &checks) {
        return m_environments->resolveChecks(checks, environment);
    });
    if (m_history) {
        QString error;
        DcsResult recorded = result;
        m_sentVariables.maskSecrets(&recorded); // a secret's value never reaches the history
        if (!m_history->record(m_builder->profile(), recorded, &error))
            m_response->showRunning(error);
    }
    Q_EMIT callFinished();
}

void ConsoleView::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ConsoleView::setSending(bool sending)
{
    m_send->setEnabled(!sending);
    m_cancel->setEnabled(sending);
}

void ConsoleView::copyAsCurl()
{
    // Never a secret's value on the clipboard (other programs read it, clipboard managers keep
    // it): {{name}} stands in its place, and the message says so.
    VariableResolution variables;
    PreparedRequest p = prepared(&variables);
    variables.maskSecrets(&p, VariableResolution::SecretMask::Placeholder);
    QApplication::clipboard()->setText(p.toCurl());
    QStringList secrets;
    for (const VariableUse &use : std::as_const(variables.used)) {
        if (use.secret)
            secrets.append(QStringLiteral("{{%1}}").arg(use.name));
    }
    if (secrets.isEmpty())
        m_response->showRunning(tr("cURL command copied to the clipboard."));
    else
        m_response->showRunning(
            tr("cURL command copied to the clipboard without secret values: put the values of %1 "
               "in before you run it.")
                .arg(secrets.join(QStringLiteral(", "))));
}

void ConsoleView::manageProfiles()
{
    if (!m_document)
        return;
    ProfileDialog dialog(m_document, m_builder->profileIndex(), this);
    dialog.exec();
}

void ConsoleView::saveRequest()
{
    if (!m_document)
        return;
    DcsRequest r = m_builder->request();
    r.method = DcsRequest::Method(m_method->currentData().toInt());
    QString name = r.name;
    if (!UiPrompts::askText(this, tr("Save Request"), tr("Name:"), &name))
        return;
    name = name.trimmed();
    if (name.isEmpty())
        return;
    r.name = name;
    m_document->apply(SavedRequests::save(m_document->workspace(), r),
                      tr("Save request %1").arg(name));
    setRequestName(name);
}

void ConsoleView::setRequestName(const QString &name)
{
    DcsRequest r = m_builder->request();
    r.name = name;
    m_builder->setRequest(r);
}

bool ConsoleView::openSavedRequest(const QString &name)
{
    if (!m_document)
        return false;
    for (const DcsRequest &r : SavedRequests::list(m_document->workspace())) {
        if (r.name == name) {
            m_method->setCurrentIndex(r.method == DcsRequest::Method::Post ? 1 : 0);
            m_builder->setRequest(r);
            return true;
        }
    }
    return false;
}

void ConsoleView::setupSavedPane()
{
    const QLatin1String key("console/savedRequestsPane");
    // Hidden until asked for: beside the builder and the answer it leaves too little room at 1280
    // px.
    m_savedPaneAction->setChecked(QSettings().value(key, false).toBool());
    m_savedPane->setVisible(m_savedPaneAction->isChecked());
    m_savedPane->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    connect(m_savedPaneAction, &QAction::toggled, this, [this, key](bool on) {
        m_savedPane->setVisible(on);
        QSettings().setValue(key, on);
        if (on)
            m_savedPane->tree()->setFocus();
    });
    connect(m_savedPane, &SavedRequestPane::openRequested, this, &ConsoleView::openSavedRequest);
    connect(m_savedPane, &SavedRequestPane::editTagsRequested, this, [this](const QString &name) {
        if (openSavedRequest(name))
            m_checks->tagsEdit()->setFocus();
    });
    connect(m_savedPane, &SavedRequestPane::runFolderRequested, this,
            &ConsoleView::runFolderRequested);
}

void ConsoleView::rebuildSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    menu->addAction(m_savedPaneAction);
    menu->addSeparator();
    const QVector<DcsRequest> saved =
        m_document ? SavedRequests::list(m_document->workspace()) : QVector<DcsRequest>();
    if (saved.isEmpty())
        menu->addAction(tr("No saved requests"))->setEnabled(false);
    // A submenu per folder, the requests in the user's order.
    QHash<QString, QMenu *> folders;
    const std::function<QMenu *(const QStringList &)> menuOf = [&](const QStringList &path) {
        if (path.isEmpty())
            return menu;
        const QString key = SavedRequestCollection::pathText(path);
        if (!folders.contains(key))
            folders.insert(key, menuOf(path.mid(0, path.size() - 1))->addMenu(path.last()));
        return folders.value(key);
    };
    if (m_document) {
        for (const QStringList &path : SavedRequestCollection::folders(m_document->workspace()))
            menuOf(path);
    }
    for (const QJsonValue &v : m_document ? m_document->workspace().savedRequests : QJsonArray()) {
        if (!v.isObject())
            continue;
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        menuOf(SavedRequestCollection::folderOf(v.toObject()))
            ->addAction(name.isEmpty() ? tr("(unnamed)") : name, this,
                        [this, name]() { openSavedRequest(name); });
    }
    menu->addSeparator();
    menu->addAction(m_runChecks);
    if (saved.isEmpty())
        return;
    QMenu *remove = menu->addMenu(tr("Delete saved request"));
    for (const DcsRequest &r : saved) {
        remove->addAction(
            r.name.isEmpty() ? tr("(unnamed)") : r.name, this, [this, name = r.name]() {
                if (m_document)
                    m_document->apply(SavedRequests::remove(m_document->workspace(), name),
                                      tr("Delete saved request %1").arg(name));
            });
    }
}

void ConsoleView::openHistoryEntry(const HistoryEntry &entry)
{
    if (m_document && m_document->workspace().profile(entry.profileName))
        m_builder->setProfileByName(entry.profileName);
    m_builder->setRegion(entry.regionId);
    m_method->setCurrentIndex(entry.request.method == DcsRequest::Method::Post ? 1 : 0);
    m_builder->setRequest(entry.request);
    // The entry's own answer replaces whatever was on screen.
    m_response->showResult(entry.toResult());
    const QString when = DateText::dateTime(entry.time.toLocalTime());
    QString stored =
        entry.httpStatus > 0
            ? tr("Stored answer from %1: %2").arg(when, m_response->statusLabel()->text())
            : tr("Stored call from %1: %2").arg(when, ColonText::continued(entry.error));
    if (entry.bodyCut)
        stored += QLatin1Char(' ') + tr("The history kept only the first %1 of the %2 body.")
                                         .arg(QLocale().formattedDataSize(entry.body.size()),
                                              QLocale().formattedDataSize(entry.bodySize));
    m_response->showRunning(stored);
    QStringList notStored;
    if (entry.privateMasked)
        notStored.append(tr("p_ values"));
    for (const QString &secret : entry.maskedSecrets)
        notStored.append(secret == QLatin1String("URL password") ? tr("the URL password")
                                                                 : tr("the %1 header").arg(secret));
    if (!notStored.isEmpty())
        m_response->showRunning(stored + QLatin1Char(' ') +
                                tr("Not stored, so type them again before sending: %1.")
                                    .arg(QLocale().createSeparatedList(notStored)));
}

void ConsoleView::prepareTry(qint64 destinationId, const QVector<qint64> &sids)
{
    selectSandboxProfile();
    DcsRequest r;
    r.destinations = true;
    r.cts = 2;
    QStringList ids;
    for (qint64 sid : sids)
        ids.append(QString::number(sid));
    r.sid = ids.join(QLatin1Char(','));
    r.name = tr("Try destination %1").arg(destinationId);
    m_method->setCurrentIndex(0);
    m_builder->setRequest(r);
    m_response->showRunning(
        tr("A sandbox call for a user in segment(s) %1 (d_sid). Press Ctrl+Return to send.")
            .arg(r.sid));
}

} // namespace dcsdesk
