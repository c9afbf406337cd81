#include "runresultpanel.h"

#include "common/singlelinedelegate.h"
#include "common/tonebrush.h"
#include "common/wrappingdelegate.h"
#include "system/colontext.h"

#include "checks/checkrun.h"
#include "dcs/dcsresult.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dcsdesk {

namespace {

constexpr int kAnswerRole = Qt::UserRole + 1;
constexpr int kDetailRole = Qt::UserRole + 2;
constexpr int kRunAnswerChars = 64 * 1024;

enum RunColumn { RunNameColumn, RunResultColumn, RunDetailColumn };

QString runCheckStatus(CheckOutcome::Status status)
{
    switch (status) {
    case CheckOutcome::Status::Passed:
        return RunResultPanel::tr("Passed");
    case CheckOutcome::Status::Failed:
        return RunResultPanel::tr("Failed");
    case CheckOutcome::Status::Error:
        break;
    }
    return RunResultPanel::tr("Not run");
}

OutlineNode::Tone runTone(CheckOutcome::Status status)
{
    switch (status) {
    case CheckOutcome::Status::Passed:
        return OutlineNode::Tone::Good;
    case CheckOutcome::Status::Failed:
        return OutlineNode::Tone::Error;
    case CheckOutcome::Status::Error:
        break;
    }
    return OutlineNode::Tone::Warning;
}

CheckOutcome::Status runStatusFromKey(const QString &key)
{
    if (key == QLatin1String("passed"))
        return CheckOutcome::Status::Passed;
    if (key == QLatin1String("failed"))
        return CheckOutcome::Status::Failed;
    return CheckOutcome::Status::Error;
}

} // namespace

RunResultPanel::RunResultPanel(QWidget *parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    // A long check's name wraps in its column; what it expects and gets stays on one line, whole
    // in the pane beside.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegateForColumn(RunNameColumn, new WrappingDelegate(m_tree));
    m_tree->setItemDelegateForColumn(RunDetailColumn,
                                     new SingleLineDelegate(Qt::ElideRight, m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(RunNameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(RunResultColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(RunNameColumn, 260);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    followTones(m_tree);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &RunResultPanel::fitNameColumn);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this]() {
        showDetail();
        Q_EMIT currentRequestChanged();
    });
    retranslate();
}

void RunResultPanel::retranslate()
{
    m_tree->setHeaderLabels(
        {tr("Saved request and its checks"), tr("Result"), tr("Expected and actual")});
    m_tree->setAccessibleName(tr("Run results"));
    m_detail->setAccessibleName(tr("Answer behind the selected result"));
    m_detail->setPlaceholderText(tr("Select a saved request or a check to see the answer "
                                    "behind it."));
}

void RunResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunResultPanel::setRequests(const QStringList &names)
{
    m_tree->clear();
    m_detail->clear();
    for (const QString &name : names)
        new QTreeWidgetItem(m_tree, {name, tr("Waiting")});
    fitNameColumn();
}

// Names and checks get their width as far as 65 % of the tree, and wrap beyond it: at a fixed
// 260 px a check such as "DCS error codes are exactly 301, 302" was cut at 1366×768.
void RunResultPanel::fitNameColumn()
{
    const int most = std::max(260, m_tree->viewport()->width() * 65 / 100);
    m_tree->resizeColumnToContents(RunNameColumn);
    m_tree->setColumnWidth(RunNameColumn,
                           std::clamp(m_tree->columnWidth(RunNameColumn), 260, most));
}

void RunResultPanel::setSending(int index)
{
    if (QTreeWidgetItem *row = m_tree->topLevelItem(index)) {
        row->setText(RunResultColumn, tr("Sending…"));
        m_tree->scrollToItem(row);
    }
}

void RunResultPanel::setNotSent(int index, const QString &reason)
{
    if (QTreeWidgetItem *row = m_tree->topLevelItem(index))
        markNotSent(row, reason);
}

void RunResultPanel::markNotSent(QTreeWidgetItem *row, const QString &reason)
{
    row->setText(RunResultColumn, tr("Not sent"));
    setTone(row, RunResultColumn, OutlineNode::Tone::Warning);
    row->setText(RunDetailColumn, reason);
    row->setToolTip(RunDetailColumn, reason);
    row->setData(RunNameColumn, kDetailRole, reason);
    if (m_tree->currentItem() == row)
        showDetail();
}

void RunResultPanel::setResult(int index, const CheckRunReport::Item &item, const QString &answer)
{
    QTreeWidgetItem *row = m_tree->topLevelItem(index);
    if (!row)
        return;
    fill(row, item, answer);
    if (!CheckRun::passed(item))
        row->setExpanded(true);
    fitNameColumn();
    if (m_tree->currentItem() == row)
        showDetail();
}

void RunResultPanel::fill(QTreeWidgetItem *row, const CheckRunReport::Item &item,
                          const QString &answer)
{
    qDeleteAll(row->takeChildren());
    const bool passed = CheckRun::passed(item);
    bool failed = false;
    for (const CheckOutcome &o : item.outcomes)
        failed = failed || o.status == CheckOutcome::Status::Failed;
    row->setText(RunResultColumn, passed ? tr("Passed") : failed ? tr("Failed") : tr("Not run"));
    setTone(row, RunResultColumn,
            passed   ? OutlineNode::Tone::Good
            : failed ? OutlineNode::Tone::Error
                     : OutlineNode::Tone::Warning);
    const QLocale locale;
    const QString answered = item.answered
                                 ? (item.ms >= 0 ? tr("HTTP %1 in %2 ms")
                                                       .arg(item.httpStatus)
                                                       .arg(locale.toString(qRound(item.ms)))
                                                 : tr("HTTP %1").arg(item.httpStatus))
                                 : tr("No answer");
    row->setText(RunDetailColumn, answered);
    row->setData(RunNameColumn, kAnswerRole, answer);
    for (int c = 0; c < item.outcomes.size() && c < item.checks.size(); ++c) {
        const CheckOutcome &o = item.outcomes.at(c);
        auto *child = new QTreeWidgetItem(
            row, {item.checks.at(c).describe(), runCheckStatus(o.status), o.message});
        child->setToolTip(RunNameColumn, item.checks.at(c).describe());
        child->setToolTip(RunDetailColumn, o.message);
        setTone(child, RunResultColumn, runTone(o.status));
        child->setData(RunNameColumn, kDetailRole,
                       tr("%1: %2", "check result: what the check expects")
                               .arg(runCheckStatus(o.status),
                                    ColonText::continued(item.checks.at(c).describe())) +
                           QLatin1Char('\n') + o.message);
    }
    for (const QString &problem : item.problems) {
        auto *child = new QTreeWidgetItem(row, {problem, tr("Not run")});
        setTone(child, RunResultColumn, OutlineNode::Tone::Warning);
        child->setData(RunNameColumn, kDetailRole, problem);
    }
}

void RunResultPanel::showSummary(const QJsonObject &summary)
{
    m_tree->clear();
    m_detail->clear();
    for (const QJsonValue &v : summary.value(QStringLiteral("requests")).toArray()) {
        const QJsonObject r = v.toObject();
        CheckRunReport::Item item;
        item.request = r.value(QStringLiteral("name")).toString();
        item.answered = r.value(QStringLiteral("answered")).toBool();
        item.httpStatus = r.value(QStringLiteral("httpStatus")).toInt();
        item.ms = r.value(QStringLiteral("ms")).toDouble(-1);
        item.problems = r.value(QStringLiteral("problems")).toVariant().toStringList();
        for (const QJsonValue &c : r.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            item.checks.append(Check::fromJson(check.value(QStringLiteral("check")).toObject()));
            CheckOutcome outcome;
            outcome.status = runStatusFromKey(check.value(QStringLiteral("status")).toString());
            outcome.message = check.value(QStringLiteral("message")).toString();
            item.outcomes.append(outcome);
        }
        QString answer = r.value(QStringLiteral("excerpt")).toString();
        if (answer.isEmpty())
            answer = tr("The history keeps the answer only for saved requests that did not "
                        "pass.");
        auto *row = new QTreeWidgetItem(m_tree, {item.request});
        fill(row, item, answer);
        if (!CheckRun::passed(item))
            row->setExpanded(true);
    }
    const QJsonArray notSent = summary.value(QStringLiteral("notSent")).toArray();
    const QJsonArray reasons = summary.value(QStringLiteral("notSentReasons")).toArray();
    for (int i = 0; i < notSent.size(); ++i) {
        QString reason = reasons.at(i).toString(); // runs kept before reasons were have none
        if (reason.isEmpty())
            reason = summary.value(QStringLiteral("cancelled")).toBool()
                         ? tr("Not sent: the run was canceled.")
                     : summary.value(QStringLiteral("stopped")).toBool()
                         ? tr("Not sent: the run stopped at the first failure, as chosen.")
                         : QString();
        markNotSent(new QTreeWidgetItem(m_tree, {notSent.at(i).toString()}), reason);
    }
    fitNameColumn();
}

QString RunResultPanel::answerText(const DcsResult &result)
{
    if (!result.hasResponse) {
        const QString why = result.failureMessage();
        return why.isEmpty() ? tr("No answer was received.") : why;
    }
    QString text = QStringLiteral("HTTP %1 %2\n")
                       .arg(result.httpStatus)
                       .arg(QString::fromLatin1(result.reasonPhrase));
    for (const auto &header : result.headers)
        text += QString::fromLatin1(header.first) + QStringLiteral(": ") +
                QString::fromLatin1(header.second) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    const QString body = QString::fromUtf8(result.body);
    text += body.left(kRunAnswerChars);
    if (body.size() > kRunAnswerChars)
        text += QLatin1Char('\n') +
                tr("(%n more characters)", nullptr, int(body.size() - kRunAnswerChars));
    return text;
}

QString RunResultPanel::currentRequest() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->text(RunNameColumn) : QString();
}

void RunResultPanel::showDetail()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_detail->clear();
        return;
    }
    QTreeWidgetItem *row = item->parent() ? item->parent() : item;
    const QString answer = row->data(RunNameColumn, kAnswerRole).toString();
    const QString detail = item->data(RunNameColumn, kDetailRole).toString();
    if (answer.isEmpty() && detail.isEmpty()) {
        m_detail->setPlainText(tr("%1: %2", "saved request: its state")
                                   .arg(row->text(RunNameColumn), row->text(RunResultColumn)));
        return;
    }
    m_detail->setPlainText(detail.isEmpty() ? answer : detail + QStringLiteral("\n\n") + answer);
}

} // namespace dcsdesk
