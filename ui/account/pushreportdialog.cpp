#include "pushreportdialog.h"

#include "common/icons.h"
#include "restfieldtext.h"
#include "system/colontext.h"
#include "validation/finding.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

QString PushReportDialog::details(const AamPush::ItemResult &item, const QJsonObject &accountObject)
{
    QStringList parts;
    if (item.state == AamPush::State::Sent) {
        if (item.method == "POST") {
            parts << (item.accountId > 0
                          ? tr("created: the account gave it ID %1.").arg(item.accountId)
                          : tr("created."));
        } else if (item.method == "PUT") {
            QStringList changed;
            for (const AamDiff::Field &field :
                 AamDiff::compareFields(accountObject, item.body, accountObject)) {
                const QString words = RestFieldText::label(item.kind, field.name);
                changed << (words.isEmpty() ? field.name : words);
            }
            parts << (changed.isEmpty()
                          ? tr("updated.")
                          : tr("updated: %n field(s) (%1).", nullptr, int(changed.size()))
                                .arg(changed.join(QLatin1String(", "))));
            if (item.accountId != 0 && item.accountId != item.id)
                parts << tr("The account holds it under ID %1.").arg(item.accountId);
        } else if (!item.method.isEmpty()) {
            parts << tr("done (%1).").arg(QString::fromLatin1(item.method));
        }
    }
    if (!item.message.isEmpty())
        parts << item.message;
    return parts.join(QLatin1Char(' '));
}

PushReportDialog::PushReportDialog(const AamPush::Report &report, const AccountName &account,
                                   const QStringList &writeBackNotes, QWidget *parent,
                                   const QVector<AamPush::Choice> &choices)
    : QDialog(parent)
{
    QHash<QPair<int, qint64>, QJsonObject> accountObjects;
    for (const AamPush::Choice &choice : choices)
        accountObjects.insert({int(choice.item.kind), choice.item.id}, choice.item.account);
    setObjectName(QStringLiteral("pushReportDialog"));
    setWindowTitle(account.local ? tr("Push to the Local Account")
                                 : tr("Push to %1").arg(account.adobe));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList lines{tr("Result: %1.").arg(report.summary())};
    if (report.stopped)
        lines << tr("The push stopped: %1").arg(ColonText::continued(report.stopReason));
    if (report.cancelled)
        lines << tr("The push was canceled; the items below say what reached the account.");
    lines << writeBackNotes;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setHeaderLabels(
        {tr("Destination or mapping"), tr("Result"), tr("HTTP status"), tr("Details")});
    m_tree->setAccessibleName(tr("What the push did, item by item"));
    for (const AamPush::ItemResult &item : report.items) {
        auto *row = new QTreeWidgetItem(m_tree);
        row->setText(0, item.title);
        row->setText(1, AamPush::stateName(item.state));
        row->setText(2, item.status > 0 ? QString::number(item.status) : QString());
        const QString text = details(item, accountObjects.value({int(item.kind), item.id}));
        row->setText(3, text);
        row->setToolTip(3, text);
        if (item.state == AamPush::State::Failed)
            row->setIcon(1, Icons::severity(int(Finding::Severity::Error)));
        else if (item.state == AamPush::State::NotSent)
            row->setIcon(1, Icons::severity(int(Finding::Severity::Warning)));
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace dcsdesk
