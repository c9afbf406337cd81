#include "responsewidget.h"

#include "common/filefolders.h"
#include "common/tonebrush.h"
#include "comparisonview.h"
#include "system/colontext.h"

#include "common/headerfit.h"
#include "console/jsonpretty.h"
#include "domain/region.h"
#include "jsonhighlighter.h"
#include "system/backgroundpool.h"
#include "timingwaterfall.h"
#include "workspace/workspacedocument.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRunnable>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextOption>
#include <QThread>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QThread>
#include <atomic>
#include <utility>

namespace dcsdesk {

namespace {

std::atomic<int> g_buildsOffUiThread{0};

template <typename Value> void discardUnused(Value &) {}

template <typename First> void discardUnused(std::pair<First, QTextDocument *> &value)
{
    delete value.second;
}

// The result goes to the application object and the receiver is looked for on the UI thread: a
// receiver checked on the worker could be deleted between the check and the post (a view closed
// while its answer was still being built crashed the next one to open).
template <typename Work, typename Done> void runInPool(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    BackgroundPool::instance()->start(QRunnable::create([guard, work, done]() mutable {
        auto value = work();
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            ++g_buildsOffUiThread;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, value = std::move(value)]() mutable {
                if (guard)
                    done(std::move(value));
                else
                    discardUnused(value);
            },
            Qt::QueuedConnection);
    }));
}

// Filling a QTextDocument with a large text is the slow part of showing it; a document that no
// widget uses yet can be built on a worker thread and then handed to the UI thread.
QTextDocument *buildDocument(const QString &text, const QFont &font, const QTextOption &option,
                             QThread *target)
{
    auto *doc = new QTextDocument;
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    doc->setDefaultFont(font);
    // The editor's wrap options: when they differ, setDocument() marks the whole text dirty
    // again on the UI thread.
    doc->setDefaultTextOption(option);
    doc->setPlainText(text);
    doc->moveToThread(target);
    return doc;
}

void installDocument(QPlainTextEdit *edit, QTextDocument *doc)
{
    // The editor deletes its own first document itself; the ones installed here are children.
    QTextDocument *old = edit->document();
    const bool ours = old && old->parent() == edit;
    doc->setParent(edit);
    edit->setDocument(doc);
    if (ours)
        old->deleteLater();
}

} // namespace

ResponseWidget::ResponseWidget(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setWordWrap(true);
    m_useUser = new QPushButton(this);
    m_useUser->setEnabled(false);
    m_saveBody = new QPushButton(this);
    m_saveBody->setEnabled(false);
    m_tabs = new QTabWidget(this);

    m_decoded = new QTreeWidget(this);
    followTones(m_decoded);
    m_decoded->setColumnCount(2);
    m_decoded->setUniformRowHeights(true);
    m_tabs->addTab(m_decoded, QString());

    m_comparison = new ComparisonView(this);
    m_tabs->addTab(m_comparison, QString());

    auto *prettyPage = new QWidget(this);
    m_prettyNote = new QLabel(prettyPage);
    m_prettyNote->setWordWrap(true);
    m_prettyNote->hide();
    m_pretty = new QPlainTextEdit(prettyPage);
    m_pretty->setReadOnly(true);
    m_pretty->setTabChangesFocus(true);
    m_pretty->setFont(mono);
    m_pretty->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *prettyLayout = new QVBoxLayout(prettyPage);
    prettyLayout->setContentsMargins(0, 0, 0, 0);
    prettyLayout->addWidget(m_prettyNote);
    prettyLayout->addWidget(m_pretty, 1);
    m_tabs->addTab(prettyPage, QString());

    auto *rawPage = new QWidget(this);
    m_rawNote = new QLabel(rawPage);
    m_rawNote->setWordWrap(true);
    m_rawNote->hide();
    m_raw = new QPlainTextEdit(rawPage);
    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true);
    m_raw->setFont(mono);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_rawNote);
    rawLayout->addWidget(m_raw, 1);
    m_tabs->addTab(rawPage, QString());

    m_headers = new QTableWidget(0, 2, this);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_headers, QString());

    m_timing = new TimingWaterfall(this);
    m_tabs->addTab(m_timing, QString());

    // The status has the pane's width: beside the buttons it wrapped in every language, in the
    // middle of a tid or a region's name.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_useUser);
    actions->addWidget(m_saveBody);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ResponseWidget::onTabChanged);
    connect(m_useUser, &QPushButton::clicked, this, [this]() {
        if (m_hasResult && m_result.hasResponse)
            Q_EMIT useUserRequested(m_result.response.uuid, m_result.response.dcsRegion);
    });
    connect(m_saveBody, &QPushButton::clicked, this, &ResponseWidget::chooseAndSaveBody);
    retranslate();
    clear();
}

ResponseWidget::~ResponseWidget() = default;

QList<QWidget *> ResponseWidget::tabChain() const
{
    return {m_status,  m_useUser, m_saveBody, m_tabs,    m_decoded,
            m_comparison->tree(), m_pretty, m_raw, m_headers, m_timing};
}

void ResponseWidget::retranslate()
{
    m_useUser->setText(tr("Use This uuid / Region"));
    m_useUser->setToolTip(tr("Put the answer's uuid and dcs_region into the builder"));
    m_useUser->setAccessibleName(tr("Use this uuid and region"));
    m_saveBody->setText(tr("Save Bod&y…"));
    m_saveBody->setToolTip(tr("Save the whole response body, exactly as received"));
    m_saveBody->setAccessibleName(tr("Save response body"));
    m_status->setAccessibleName(tr("Answer status"));
    m_tabs->setAccessibleName(tr("Response views"));
    m_tabs->setTabText(DecodedTab, tr("Decoded"));
    m_tabs->setTabText(CompareTab, tr("Expected vs. Actual"));
    m_tabs->setTabText(PrettyTab, tr("Pretty"));
    m_tabs->setTabText(RawTab, tr("Raw"));
    m_tabs->setTabText(HeadersTab, tr("Headers"));
    m_tabs->setTabText(TimingTab, tr("Timing"));
    m_decoded->setHeaderLabels({tr("Field"), tr("Value")});
    m_decoded->setAccessibleName(tr("Decoded response"));
    m_pretty->setAccessibleName(tr("Pretty response body"));
    m_raw->setAccessibleName(tr("Raw response body"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->setAccessibleName(tr("Response headers"));
    HeaderFit::fitTitles(m_headers->horizontalHeader());
    m_prettyNote->setAccessibleName(tr("Pretty view note"));
    m_rawNote->setAccessibleName(tr("Raw view note"));
    if (m_hasResult) {
        updateStatusLine();
        if (m_decodedBuilt) {
            m_decodedBuilt = false;
            if (m_tabs->currentIndex() == DecodedTab)
                buildDecoded();
        }
    }
}

void ResponseWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResponseWidget::clear()
{
    ++m_generation;
    m_hasResult = false;
    m_result = DcsResult();
    m_status->setText(tr("No request sent yet. Build a call and press Ctrl+Return."));
    m_useUser->setEnabled(false);
    m_saveBody->setEnabled(false);
    m_decoded->clear();
    m_comparison->showMessage(QString());
    m_pretty->clear();
    m_raw->clear();
    m_prettyNote->hide();
    m_rawNote->hide();
    m_headers->setRowCount(0);
    m_timing->clear();
}

void ResponseWidget::showRunning(const QString &text)
{
    m_status->setText(text);
}

void ResponseWidget::showResult(const DcsResult &result)
{
    clear();
    m_result = result;
    m_hasResult = true;
    m_decodedBuilt = m_prettyBuilt = m_rawBuilt = false;
    m_useUser->setEnabled(result.hasResponse && !result.response.uuid.isEmpty());
    m_saveBody->setEnabled(!result.body.isEmpty());
    updateStatusLine();
    buildHeaders();
    m_timing->setTiming(result.timing);
    buildComparison();
    onTabChanged(m_tabs->currentIndex());
}

bool ResponseWidget::saveBody(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_result.body) != m_result.body.size() ||
        !file.commit()) {
        if (error)
            *error =
                tr("Cannot save the body to %1: %2")
                    .arg(QDir::toNativeSeparators(path), ColonText::continued(file.errorString()));
        return false;
    }
    return true;
}

void ResponseWidget::chooseAndSaveBody()
{
    if (m_result.body.isEmpty())
        return;
    const bool json = m_result.hasResponse && m_result.response.parsed;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save response body"),
        FileFolders::suggest(FileFolders::Kind::ResponseBody, json
                                                                  ? QStringLiteral("response.json")
                                                                  : QStringLiteral("response.txt")),
        json ? tr("JSON files (*.json);;All files (*)") : tr("All files (*)"));
    FileFolders::remember(FileFolders::Kind::ResponseBody, path);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveBody(path, &error))
        QMessageBox::warning(this, tr("Save response body"), error);
}

QString ResponseWidget::partNote(qsizetype shown, qsizetype total) const
{
    const QLocale locale;
    return tr("Showing the first %1 of %2 — Save Body… to see all.")
        .arg(locale.formattedDataSize(shown), locale.formattedDataSize(total));
}

void ResponseWidget::updateStatusLine()
{
    const DcsResult &r = m_result;
    const QLocale locale;
    const QString time = r.timing.finished >= 0
                             ? tr("%1 ms").arg(locale.toString(r.timing.finished, 'f', 0))
                             : tr("n/a");
    if (!r.hasResponse) {
        m_status->setText(
            tr("No answer (%1): %2").arg(time, ColonText::continued(r.failureMessage())));
        return;
    }
    QString region = tr("n/a");
    if (r.response.hasRegion()) // -1 is a region too: the local sandbox's
        region = DcsRegion::nameInLine(r.response.dcsRegion);
    QString text = tr("HTTP %1 · %2 · %3 · tid %4 · region %5")
                       .arg(r.httpStatus)
                       .arg(time, locale.formattedDataSize(r.body.size()),
                            r.response.tid.isEmpty() ? tr("n/a") : r.response.tid, region);
    if (r.isNetworkFailure())
        text = tr("%1 — %2").arg(text, r.failureMessage());
    if (!r.response.errors.isEmpty())
        text = tr("%1 — %n DCS error(s)", nullptr, int(r.response.errors.size())).arg(text);
    m_status->setText(text);
}

void ResponseWidget::onTabChanged(int index)
{
    if (!m_hasResult)
        return;
    if (index == DecodedTab && !m_decodedBuilt)
        buildDecoded();
    else if (index == PrettyTab && !m_prettyBuilt)
        buildPretty();
    else if (index == RawTab && !m_rawBuilt)
        buildRaw();
}

void ResponseWidget::finishWork()
{
    if (--m_pending == 0)
        Q_EMIT viewsReady();
}

void ResponseWidget::addOutline(QTreeWidgetItem *parent, const OutlineNode &node)
{
    auto *item = new QTreeWidgetItem(parent, {node.label, node.value});
    // The whole text (the column may cut it) and what it means, wrapped as rich text.
    const auto tip = [&node](const QString &text) {
        QString html = QStringLiteral("<p>%1</p>").arg(text.left(2000).toHtmlEscaped());
        if (!node.detail.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(node.detail.toHtmlEscaped());
        return html;
    };
    item->setToolTip(0, tip(node.label));
    if (!node.value.isEmpty() || !node.detail.isEmpty())
        item->setToolTip(1, tip(node.value));
    if (node.tone != OutlineNode::Tone::Normal)
        setTone(item, 0, node.tone);
    const int shown = qMin(int(node.children.size()), MaxChildren);
    for (int i = 0; i < shown; ++i)
        addOutline(item, node.children[i]);
    if (node.children.size() > shown)
        new QTreeWidgetItem(item,
                            {tr("… %n more not shown", nullptr, int(node.children.size() - shown)),
                             tr("see the Raw view")});
}

void ResponseWidget::buildDecoded()
{
    m_decodedBuilt = true;
    m_decoded->clear();
    if (!m_result.hasResponse) {
        new QTreeWidgetItem(m_decoded, {tr("No answer"), m_result.failureMessage()});
        return;
    }
    auto *waiting = new QTreeWidgetItem(m_decoded, {tr("Decoding…"), QString()});
    Q_UNUSED(waiting)
    const quint64 generation = m_generation;
    const DcsResponse response = m_result.response;
    const Workspace workspace = m_document ? m_document->workspace() : Workspace();
    ++m_pending;
    runInPool(
        this,
        [response, workspace]() {
            QVector<OutlineNode> outline =
                ResponseOutline::build(response, &workspace, MaxChildren);
            for (OutlineNode &section : outline)
                section.limit(MaxChildren); // the rest is freed here, not on the UI thread
            return outline;
        },
        [this, generation](QVector<OutlineNode> outline) {
            if (generation == m_generation) {
                m_decoded->setUpdatesEnabled(false);
                m_decoded->clear();
                for (const OutlineNode &section : outline) {
                    auto *top = new QTreeWidgetItem(m_decoded, {section.label, section.value});
                    if (section.tone != OutlineNode::Tone::Normal)
                        setTone(top, 0, section.tone);
                    for (const OutlineNode &child : section.children)
                        addOutline(top, child);
                    if (section.hiddenChildren > 0)
                        new QTreeWidgetItem(
                            top, {tr("… %n more not shown", nullptr, section.hiddenChildren),
                                  tr("see the Raw view")});
                    top->setExpanded(section.children.size() <= 50);
                }
                m_decoded->setColumnWidth(
                    0, m_decoded->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
                m_decoded->setUpdatesEnabled(true);
            }
            finishWork();
        });
}

void ResponseWidget::buildPretty()
{
    m_prettyBuilt = true;
    m_pretty->clear();
    m_prettyNote->hide();
    if (!m_result.hasResponse || !m_result.response.parsed) {
        m_pretty->setPlainText(m_result.hasResponse ? tr("The body is not JSON; see the Raw view.")
                                                    : m_result.failureMessage());
        return;
    }
    const QByteArray json = m_result.response.jsonText();
    const quint64 generation = m_generation;
    m_pretty->setPlainText(tr("Formatting…"));
    ++m_pending;
    QThread *uiThread = thread();
    const QFont font = m_pretty->font();
    const QTextOption option = m_pretty->document()->defaultTextOption();
    runInPool(
        this,
        [json, font, option, uiThread]() {
            const JsonPretty::Result pretty = JsonPretty::format(json, PrettyLimit);
            return std::make_pair(pretty, buildDocument(pretty.text, font, option, uiThread));
        },
        [this, generation,
         total = json.size()](std::pair<JsonPretty::Result, QTextDocument *> done) {
            const JsonPretty::Result &pretty = done.first;
            if (generation != m_generation) {
                delete done.second;
            } else {
                delete m_highlighter;
                m_highlighter = nullptr;
                installDocument(m_pretty, done.second);
                if (pretty.inputBytes <= HighlightLimit)
                    m_highlighter = new JsonHighlighter(m_pretty->document());
                if (pretty.cut) {
                    m_prettyNote->setText(
                        tr("%1 Shown without colors.").arg(partNote(pretty.inputBytes, total)));
                    m_prettyNote->show();
                } else if (!m_highlighter) {
                    m_prettyNote->setText(tr("Large answer: shown without colors."));
                    m_prettyNote->show();
                }
            }
            finishWork();
        });
}

void ResponseWidget::buildRaw()
{
    m_rawBuilt = true;
    const QByteArray &body = m_result.body;
    m_rawNote->hide();
    if (body.isEmpty()) {
        m_raw->setPlainText(m_result.hasResponse ? tr("(empty body)") : m_result.failureMessage());
        return;
    }
    qsizetype n = qMin(body.size(), RawLimit);
    while (n < body.size() && n > 0 && (uchar(body[n]) & 0xC0) == 0x80)
        --n;
    m_raw->setPlainText(tr("Loading…"));
    const quint64 generation = m_generation;
    const QByteArray part = body.left(n);
    QThread *uiThread = thread();
    const QFont font = m_raw->font();
    const QTextOption option = m_raw->document()->defaultTextOption();
    ++m_pending;
    runInPool(
        this,
        [part, font, option, uiThread]() {
            bool broken = false;
            const QString text =
                JsonPretty::breakLongLines(QString::fromUtf8(part), RawLineChars, &broken);
            return std::make_pair(broken, buildDocument(text, font, option, uiThread));
        },
        [this, generation, shown = n, total = body.size()](std::pair<bool, QTextDocument *> done) {
            if (generation != m_generation) {
                delete done.second;
            } else {
                installDocument(m_raw, done.second);
                QStringList notes;
                if (shown < total)
                    notes.append(partNote(shown, total));
                if (done.first)
                    notes.append(tr("Lines longer than %1 characters are broken for display; "
                                    "the bytes are unchanged.")
                                     .arg(QLocale().toString(RawLineChars)));
                m_rawNote->setText(notes.join(QLatin1Char('\n')));
                m_rawNote->setVisible(!notes.isEmpty());
            }
            finishWork();
        });
}

void ResponseWidget::buildHeaders()
{
    m_headers->setRowCount(0);
    for (const auto &h : m_result.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(h.first)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(h.second)));
    }
}

void ResponseWidget::buildComparison()
{
    if (!m_result.hasResponse || !m_document) {
        m_comparison->showMessage(tr("No answer to compare."));
        return;
    }
    m_comparison->showMessage(tr("Comparing with the workspace…"));
    const quint64 generation = m_generation;
    const Workspace workspace = m_document->workspace();
    const PreparedRequest sent = m_result.request;
    const DcsResponse response = m_result.response;
    ++m_pending;
    runInPool(
        this,
        [workspace, sent, response]() {
            ExpectedVsActual::Result result = ExpectedVsActual::compare(
                workspace, sent, response, QDate::currentDate(), MaxChildren);
            result.limitRows(MaxChildren); // counts stay; the rest is freed off the UI thread
            return result;
        },
        [this, generation](ExpectedVsActual::Result comparison) {
            if (generation == m_generation)
                m_comparison->setResult(std::move(comparison), MaxChildren);
            finishWork();
        });
}

const ExpectedVsActual::Result &ResponseWidget::comparison() const
{
    return m_comparison->result();
}

QTreeWidget *ResponseWidget::comparisonTree() const
{
    return m_comparison->tree();
}

int ResponseWidget::buildsOffUiThread()
{
    return g_buildsOffUiThread.load();
}

} // namespace dcsdesk
