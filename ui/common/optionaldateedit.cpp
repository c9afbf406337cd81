#include "optionaldateedit.h"

#include "datefield.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>

namespace dcsdesk {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_date(new DateField(this)), m_never(new QCheckBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_never);
    setFocusProxy(m_date);
    setAutoFillBackground(true);
    connect(m_date, &DateField::dateChanged, this, [this]() { Q_EMIT dateChanged(date()); });
    connect(m_never, &QCheckBox::toggled, this, [this]() {
        updateEnabled();
        Q_EMIT dateChanged(date());
    });
    retranslateUi();
    updateEnabled();
}

QDate OptionalDateEdit::date() const
{
    return m_never->isChecked() ? QDate() : m_date->date();
}

bool OptionalDateEdit::hasAcceptableInput() const
{
    return m_never->isChecked() || m_date->hasAcceptableInput();
}

bool OptionalDateEdit::isNever() const
{
    return m_never->isChecked();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    if (date.isValid())
        m_date->setDate(date);
    m_never->setChecked(!date.isValid());
    updateEnabled();
}

void OptionalDateEdit::setNeverText(const QString &text)
{
    m_neverText = text;
    retranslateUi();
}

void OptionalDateEdit::updateEnabled()
{
    m_date->setEnabled(!m_never->isChecked());
}

void OptionalDateEdit::retranslateUi()
{
    m_never->setText(m_neverText.isEmpty() ? tr("Never") : m_neverText);
    m_never->setToolTip(tr("No end date: the mapping stays active until you set one."));
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool OptionalDateEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTipChange)
        m_date->setToolTip(toolTip()); // the date field is what the help is about
    return QWidget::event(event);
}

} // namespace dcsdesk
