#include "capturedetails.h"

#include "console/dcskeycatalog.h"
#include "console/responsewidget.h"
#include "dcs/dcsrequestbuilder.h"
#include "domain/region.h"
#include "system/datetext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

QTreeWidget *newTree(int columns)
{
    auto *tree = new QTreeWidget;
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QStringList &cells)
{
    auto *item = new QTreeWidgetItem(parent, cells);
    for (int c = 0; c < cells.size(); ++c)
        item->setToolTip(c, cells[c]);
    return item;
}

} // namespace

CaptureDetails::CaptureDetails(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_openInConsole(new QPushButton),
      m_replay(new QToolButton), m_replaySandbox(new QAction(this)),
      m_replayLive(new QAction(this)), m_tabs(new QTabWidget), m_request(newTree(3)),
      m_cookies(newTree(4)), m_answer(new ResponseWidget(document)),
      m_serverText(new QPlainTextEdit)
{
    m_title->setObjectName(QStringLiteral("captureCallTitle"));
    // A URL has no spaces to wrap at: the title shows host and path, the tooltip the whole URL.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openInConsole->setObjectName(QStringLiteral("openInConsole"));
    m_replay->setObjectName(QStringLiteral("replayCall"));
    m_replay->setPopupMode(QToolButton::MenuButtonPopup);
    m_replay->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_replay);
    menu->setToolTipsVisible(true);
    menu->addAction(m_replaySandbox);
    menu->addAction(m_replayLive);
    m_replay->setMenu(menu);
    m_replay->setDefaultAction(m_replaySandbox);
    connect(m_openInConsole, &QPushButton::clicked, this,
            [this]() { Q_EMIT openInConsoleRequested(m_entryIndex); });
    connect(m_replaySandbox, &QAction::triggered, this,
            [this]() { Q_EMIT replayRequested(m_entryIndex, true); });
    connect(m_replayLive, &QAction::triggered, this,
            [this]() { Q_EMIT replayRequested(m_entryIndex, false); });
    m_serverText->setReadOnly(true);
    m_serverText->setObjectName(QStringLiteral("serverCallText"));
    m_request->setObjectName(QStringLiteral("captureRequestTree"));
    m_cookies->setObjectName(QStringLiteral("captureCookieTree"));
    m_tabs->addTab(m_request, QString());
    m_tabs->addTab(m_cookies, QString());
    m_tabs->addTab(m_answer, QString());
    m_tabs->addTab(m_serverText, QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openInConsole);
    buttons->addWidget(m_replay);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    retranslate();
    showEntry({}, -1);
}

void CaptureDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showEntry(m_capture, m_entryIndex);
    }
    QWidget::changeEvent(event);
}

void CaptureDetails::retranslate()
{
    m_openInConsole->setText(tr("Open in Co&nsole"));
    m_openInConsole->setToolTip(
        tr("The call as the browser sent it (URL, headers, cookies, body) in the console, with "
           "the captured answer."));
    m_replaySandbox->setText(tr("&Replay in Sandbox"));
    m_replayLive->setText(tr("Replay on the &Live DCS…"));
    m_tabs->setTabText(RequestTab, tr("Request"));
    m_tabs->setTabText(CookiesTab, tr("Cookies"));
    m_tabs->setTabText(AnswerTab, tr("Answer"));
    m_tabs->setTabText(ServerCallTab, tr("Server-to-Server"));
    // Each page is named by its tab.
    m_request->setAccessibleName(m_tabs->tabText(RequestTab));
    m_cookies->setAccessibleName(m_tabs->tabText(CookiesTab));
    m_serverText->setAccessibleName(m_tabs->tabText(ServerCallTab));
    m_request->setHeaderLabels({tr("Key"), tr("Value"), tr("Meaning")});
    m_cookies->setHeaderLabels({tr("Cookie"), tr("Value"), tr("Meaning"), tr("Expires")});
    updateActions();
}

void CaptureDetails::showEntry(QSharedPointer<const HarCapture> capture, int entryIndex)
{
    m_capture = std::move(capture);
    const bool valid = m_capture && entryIndex >= 0 && entryIndex < m_capture->entries().size();
    m_entryIndex = valid ? entryIndex : -1;
    m_request->clear();
    m_cookies->clear();
    m_serverText->clear();
    m_serverCall = CaptureCall::ServerCall();
    if (!valid) {
        m_title->setText(tr("Select a call to read it."));
        m_answer->clear();
        updateActions();
        return;
    }
    const HarEntry &entry = m_capture->entries()[m_entryIndex];
    m_title->setText(
        tr("Call %1 · %2 · %3 %4")
            .arg(entry.index + 1)
            .arg(HarEntry::kindName(entry.kind), entry.method, entry.host() + entry.path()));
    m_title->setToolTip(entry.method + QLatin1Char(' ') + entry.url);
    fillRequest(entry);
    fillCookies(entry);
    m_answer->showResult(CaptureCall::resultOf(*m_capture, entry));
    // Without the body, the decoded views would read as an empty answer: only the headers and
    // the timing are shown.
    const bool missing = CaptureCall::bodyMissing(entry);
    for (int tab : {ResponseWidget::DecodedTab, ResponseWidget::CompareTab,
                    ResponseWidget::PrettyTab, ResponseWidget::RawTab})
        m_answer->tabs()->setTabEnabled(tab, !missing);
    if (missing && m_answer->tabs()->currentIndex() != ResponseWidget::TimingTab)
        m_answer->tabs()->setCurrentIndex(ResponseWidget::HeadersTab);
    if (missing)
        m_answer->showRunning(
            tr("HTTP %1: the capture did not save this answer's body (%2), so nothing of it can "
               "be decoded here; only its headers are known. Save the HAR again with the "
               "content to read the answer.")
                .arg(entry.status)
                .arg(QLocale().formattedDataSize(entry.contentSize)));
    fillServerCall(entry);
    updateActions();
}

void CaptureDetails::fillRequest(const HarEntry &entry)
{
    const QLocale locale;
    auto *call = new QTreeWidgetItem(m_request, {tr("Call")});
    addRow(call, {tr("Method"), entry.method});
    addRow(call, {tr("URL"), entry.url});
    addRow(call, {tr("HTTP version"), entry.httpVersion});
    addRow(call, {tr("Started"), DateText::dateTime(entry.started.toLocalTime())});
    if (entry.timeMs >= 0)
        addRow(call, {tr("Duration"), tr("%1 ms").arg(locale.toString(entry.timeMs, 'f', 1))});
    if (!entry.serverIp.isEmpty())
        addRow(call, {tr("Server address"), entry.serverIp});
    addRow(call, {tr("Status"),
                  entry.status > 0 ? QStringLiteral("%1 %2").arg(entry.status).arg(entry.statusText)
                                   : tr("No answer (blocked, failed or canceled)")});

    QMap<QString, QTreeWidgetItem *> groups;
    const auto groupFor = [&](const QString &prefix) {
        if (!groups.contains(prefix)) {
            QString title = prefix.isEmpty() ? tr("Other keys") : tr("%1 keys").arg(prefix);
            groups.insert(prefix, new QTreeWidgetItem(m_request, {title}));
        }
        return groups.value(prefix);
    };
    // d_cid joins its two parts with the non-printing 0x01: shown as written in a URL.
    for (const CaptureCall::KeyValue &pair : CaptureCall::keyValuesOf(entry))
        addRow(groupFor(CaptureCall::prefixOf(pair.key)),
               {pair.key, CaptureCall::printable(pair.value), DcsKeyCatalog::hint(pair.key)});
    if (!entry.postText.isEmpty() &&
        !CaptureCall::keyPairsOf(entry).contains(entry.postText.toUtf8())) {
        auto *body = new QTreeWidgetItem(m_request, {tr("Body"), entry.postMimeType});
        addRow(body, {QString(), entry.postText});
    }
    auto *headers = new QTreeWidgetItem(
        m_request,
        {tr("Headers sent"), tr("%n header(s)", nullptr, int(entry.requestHeaders.size()))});
    for (const HarNameValue &h : entry.requestHeaders)
        addRow(headers, {h.name, h.value});
    m_request->expandAll();
    headers->setExpanded(false);
    m_request->resizeColumnToContents(0);
    m_request->setColumnWidth(1, std::max(160, m_request->viewport()->width() / 3));
}

void CaptureDetails::fillCookies(const HarEntry &entry)
{
    const QVector<CaptureCall::CookieLine> lines = CaptureCall::cookiesOf(entry);
    auto *sent = new QTreeWidgetItem(m_cookies, {tr("Sent with the call")});
    auto *set = new QTreeWidgetItem(m_cookies, {tr("Set by the answer")});
    for (const CaptureCall::CookieLine &line : lines) {
        QString expires;
        if (!line.sent)
            expires = line.expires.isValid() ? DateText::dateTime(line.expires.toLocalTime())
                                             : tr("End of the browser session");
        QTreeWidgetItem *row =
            addRow(line.sent ? sent : set, {line.name, line.value, line.meaning, expires});
        if (!line.domain.isEmpty())
            row->setToolTip(0, tr("%1 (domain %2)").arg(line.name, line.domain));
    }
    if (sent->childCount() == 0)
        addRow(sent, {tr("No cookie was sent.")});
    if (set->childCount() == 0)
        addRow(set, {tr("The answer set no cookie.")});
    sent->setText(1, tr("%n cookie(s)", nullptr,
                        int(std::count_if(lines.begin(), lines.end(),
                                          [](const auto &l) { return l.sent; }))));
    m_cookies->expandAll();
    m_cookies->resizeColumnToContents(0);
    m_cookies->setColumnWidth(1, std::max(160, m_cookies->viewport()->width() / 4));
    m_cookies->setColumnWidth(2, std::max(200, m_cookies->viewport()->width() / 3));
}

void CaptureDetails::fillServerCall(const HarEntry &entry)
{
    m_serverCall = CaptureCall::serverCallOf(*m_capture, entry);
    QStringList lines;
    if (!m_serverCall.ok) {
        lines << m_serverCall.error;
        m_serverText->setPlainText(lines.join(QLatin1Char('\n')));
        return;
    }
    lines << tr("As a server-to-server call for the same user, this call is sent as an /event "
                "call:");
    for (const QString &source : m_serverCall.sources)
        lines << QStringLiteral("• ") + source;
    for (const QString &note : m_serverCall.notes)
        lines << QStringLiteral("• ") + note;
    // What Replay in Sandbox sends: the sandbox's port is only known once it runs.
    Profile sandbox = m_serverCall.target;
    sandbox.regionId = Profile::SandboxRegion;
    const PreparedRequest local = DcsRequestBuilder::prepare(
        sandbox, m_serverCall.request, QUrl(QStringLiteral("http://127.0.0.1")));
    const qsizetype query = local.urlText.indexOf('?');
    lines << QString()
          << tr("To the local sandbox: %1 /event with these keys:")
                 .arg(QString::fromLatin1(local.method));
    lines << QString::fromUtf8(local.method == "POST" ? local.body
                               : query >= 0           ? local.urlText.mid(query + 1)
                                                      : QByteArray());
    if (m_serverCall.hasRegion && !m_serverCall.target.alias.isEmpty()) {
        lines << QString() << tr("On the live DCS it is sent as:");
        lines << DcsRequestBuilder::prepare(m_serverCall.target, m_serverCall.request).toCurl();
    }
    m_serverText->setPlainText(lines.join(QLatin1Char('\n')));
}

void CaptureDetails::updateActions()
{
    const bool has = m_entryIndex >= 0;
    m_openInConsole->setEnabled(has);
    m_replay->setEnabled(has && m_serverCall.ok);
    m_replaySandbox->setEnabled(has && m_serverCall.ok);
    const bool live =
        has && m_serverCall.ok && m_serverCall.hasRegion && !m_serverCall.target.alias.isEmpty();
    m_replayLive->setEnabled(live);
    QString sandboxHelp = tr("Sends the server-to-server call for this user to the local "
                             "sandbox and compares its answer with the captured one.");
    if (has && !m_serverCall.ok)
        sandboxHelp = m_serverCall.error;
    m_replaySandbox->setToolTip(sandboxHelp);
    m_replay->setToolTip(sandboxHelp);
    if (live)
        m_replayLive->setToolTip(
            tr("Sends the server-to-server call for this user to %1 with Host %2, after you "
               "confirm, and compares its answer with the captured one.")
                .arg(DcsRegion::displayName(m_serverCall.target.regionId),
                     DcsRequestBuilder::hostHeaderFor(m_serverCall.target.alias)));
    else if (has && m_serverCall.ok)
        m_replayLive->setToolTip(
            m_serverCall.hasRegion
                ? tr("The capture does not give the site's alias: open the call in the console "
                     "and choose the profile with the alias there.")
                : tr("The capture does not give the user's region: open the call in the console "
                     "and choose the region there."));
    else
        m_replayLive->setToolTip(sandboxHelp);
}

} // namespace dcsdesk
