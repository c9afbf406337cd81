#include "headertablewidget.h"

#include "common/headerfit.h"
#include "common/semanticcolors.h"
#include "dcs/dcsrequestchecker.h"
#include "system/colontext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

enum Column { Name, Value, Columns };

// The text a cell had before the current edit, to put back when the edit is refused.
constexpr int AcceptedTextRole = Qt::UserRole + 1;

} // namespace

HeaderTableWidget::HeaderTableWidget(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, Columns, this);
    m_table->horizontalHeader()->setSectionResizeMode(Value, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Wide enough for the longest common names (Accept-Language, X-Forwarded-For) on one line.
    m_table->setColumnWidth(
        Name, fontMetrics().horizontalAdvance(QStringLiteral("X-Forwarded-For")) + 48);
    m_table->setTabKeyNavigation(false);
    m_title->setBuddy(m_table);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    SemanticColors::setTextRole(m_problem, SemanticColors::ErrorText);
    m_problem->hide();
    // One line, cut to the width with the whole text as tooltip: a wrapping label inside the
    // console's scroll area would claim the height of its narrowest form and stretch the tables.
    // The preview lists the same headers in full.
    m_fromProfile = new QLabel(this);
    m_fromProfile->setTextFormat(Qt::PlainText);
    m_fromProfile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_fromProfile->hide();

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_add);
    head->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_fromProfile);
    layout->addWidget(m_problem);

    retranslate();

    connect(m_table, &QTableWidget::cellChanged, this, &HeaderTableWidget::onItemChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addHeader(DcsHeader{QString(), QString(), true});
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, Name);
        m_table->editItem(m_table->item(row, Name));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        showProblem(QString());
        Q_EMIT changed();
    });
}

void HeaderTableWidget::retranslate()
{
    m_title->setText(m_forProfile ? tr("Default &headers") : tr("HTTP he&aders"));
    m_table->setAccessibleName(m_forProfile ? tr("Default headers") : tr("HTTP headers"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    HeaderFit::fitTitles(m_table->horizontalHeader());
    m_table->setToolTip(
        m_forProfile ? tr("Sent with every call of this profile, after Host and User-Agent. A "
                          "request's own header of the same name replaces it. Uncheck a row to "
                          "keep it without sending it.")
                     : tr("Sent after Host, User-Agent and the profile's default headers, in "
                          "this order. Uncheck a row to keep it without sending it."));
    m_add->setText(tr("Add Header"));
    m_add->setAccessibleName(tr("Add Header"));
    m_remove->setText(tr("Remove Header"));
    m_remove->setAccessibleName(tr("Remove Header"));
    setProfileHeaders(m_profileName, m_profileHeaders);
}

void HeaderTableWidget::setForProfile(bool forProfile)
{
    m_forProfile = forProfile;
    retranslate();
}

void HeaderTableWidget::setProfileHeaders(const QString &profileName,
                                          const QVector<DcsHeader> &headers)
{
    m_profileName = profileName;
    m_profileHeaders = headers;
    QStringList lines;
    for (const DcsHeader &h : headers) {
        if (h.enabled && !h.name.isEmpty())
            lines.append(h.name + QStringLiteral(": ") + h.value);
    }
    m_fromProfile->setVisible(!lines.isEmpty());
    m_fromProfileText = lines.isEmpty()
                            ? QString()
                            : tr("Also sent, from the profile “%1”: %2. A row here with the same "
                                 "name replaces it.")
                                  .arg(profileName, lines.join(QStringLiteral("; ")));
    m_fromProfile->setToolTip(m_fromProfileText);
    fitProfileText();
}

void HeaderTableWidget::fitProfileText()
{
    m_fromProfile->setText(
        m_fromProfile->fontMetrics().elidedText(m_fromProfileText, Qt::ElideRight, width()));
}

void HeaderTableWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitProfileText();
}

void HeaderTableWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HeaderTableWidget::addHeader(const DcsHeader &header)
{
    const bool was = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(header.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(header.enabled ? Qt::Checked : Qt::Unchecked);
    name->setData(AcceptedTextRole, header.name);
    auto *value = new QTableWidgetItem(header.value);
    value->setData(AcceptedTextRole, header.value);
    m_table->setItem(row, Name, name);
    m_table->setItem(row, Value, value);
    m_updating = was;
    Q_EMIT changed();
}

void HeaderTableWidget::setHeaders(const QVector<DcsHeader> &headers)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const DcsHeader &h : headers)
        addHeader(h);
    m_updating = false;
    showProblem(QString());
}

QVector<DcsHeader> HeaderTableWidget::headers() const
{
    QVector<DcsHeader> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, Name);
        const QTableWidgetItem *value = m_table->item(row, Value);
        DcsHeader h;
        h.name = name ? name->text().trimmed() : QString();
        h.value = value ? value->text().trimmed() : QString();
        h.enabled = !name || name->checkState() == Qt::Checked;
        if (h.name.isEmpty() && h.value.isEmpty())
            continue; // a row just added and not filled in yet
        out.append(h);
    }
    return out;
}

void HeaderTableWidget::onItemChanged(int row, int column)
{
    if (m_updating)
        return;
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    const QString text = item->text().trimmed();
    QString problem;
    if (column == Name && !text.isEmpty())
        problem = DcsRequestChecker::headerNameProblem(text);
    else if (column == Value)
        problem = DcsRequestChecker::headerValueProblem(text);
    if (!problem.isEmpty()) {
        m_updating = true;
        item->setText(item->data(AcceptedTextRole).toString());
        m_updating = false;
        showProblem(column == Name
                        ? tr("Header name refused: %1").arg(ColonText::continued(problem))
                        : tr("Header value refused: %1").arg(ColonText::continued(problem)));
        return;
    }
    if (item->data(AcceptedTextRole).toString() != item->text()) {
        m_updating = true;
        item->setData(AcceptedTextRole, item->text());
        m_updating = false;
    }
    const QTableWidgetItem *name = m_table->item(row, Name);
    const QTableWidgetItem *value = m_table->item(row, Value);
    const bool nameless = (!name || name->text().trimmed().isEmpty()) && value &&
                          !value->text().trimmed().isEmpty();
    showProblem(nameless ? tr("Row %1 has a value but no name: a header needs a name to be sent.")
                               .arg(row + 1)
                         : QString());
    Q_EMIT changed();
}

void HeaderTableWidget::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace dcsdesk
