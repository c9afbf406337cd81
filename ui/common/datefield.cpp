#include "datefield.h"

#include "common/semanticcolors.h"
#include "system/datetext.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QWidgetAction>

namespace dcsdesk {

DateField::DateField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this)),
      m_date(QDate::currentDate())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::textEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::finishEditing);
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
    m_edit->setText(DateText::date(m_date));
    retranslateUi();
    SemanticColors::onPaletteChange(this, [this]() {
        if (!m_edit->styleSheet().isEmpty())
            m_edit->setStyleSheet(errorStyle());
    });
}

DateField::~DateField()
{
    // The line edit outlives this part of the object: losing focus while QWidget's destructor
    // runs emits editingFinished, which must not reach a DateField that is already gone.
    m_edit->removeEventFilter(this);
    disconnect(m_edit, nullptr, this, nullptr);
}

void DateField::setDate(const QDate &date)
{
    const bool changed = date != m_date;
    m_date = date;
    m_error.clear();
    m_edit->setText(DateText::date(date));
    showError(false);
    if (changed)
        Q_EMIT dateChanged(m_date);
}

void DateField::setFieldToolTip(const QString &toolTip)
{
    m_toolTip = toolTip;
    showError(!m_error.isEmpty() && !m_edit->hasFocus());
}

void DateField::setFieldName(const QString &name)
{
    m_edit->setAccessibleName(name);
}

void DateField::textEdited(const QString &text)
{
    const DateText::Parsed parsed = DateText::parse(text);
    m_error = parsed.error;
    if (m_error.isEmpty()) {
        showError(false);
        if (parsed.date != m_date) {
            m_date = parsed.date;
            Q_EMIT dateChanged(m_date);
        }
    }
}

void DateField::finishEditing()
{
    if (m_error.isEmpty()) {
        m_edit->setText(DateText::date(m_date)); // "31 Mar 2027" becomes the locale's form
        showError(false);
    } else {
        showError(true);
    }
}

QString DateField::errorStyle()
{
    return QStringLiteral("QLineEdit { border: 2px solid %1; }")
        .arg(SemanticColors::color(SemanticColors::ErrorBorder).name());
}

void DateField::showError(bool show)
{
    // A red frame and the reason, in every style; the text stays so it can be corrected.
    m_edit->setStyleSheet(show ? errorStyle() : QString());
    const QString hint = tr("Type a date such as %1 or 2027-03-31, or pick one with the arrow. "
                            "Up and Down change the day, Page Up and Page Down the month.")
                             .arg(DateText::date(QDate(2027, 3, 31)));
    const QString base = m_toolTip.isEmpty() ? hint : m_toolTip + QLatin1Char('\n') + hint;
    m_edit->setToolTip(show ? m_error + QLatin1Char('\n') + base : base);
    if (show && m_edit->isVisible())
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), m_error, m_edit);
}

void DateField::openCalendar()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(QStringLiteral("calendarPopup"));
    calendar->setGridVisible(true);
    if (m_date.isValid())
        calendar->setSelectedDate(m_date);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::activated, this, [this, menu](const QDate &date) {
        setDate(date);
        menu->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &date) {
        setDate(date);
        menu->close();
    });
    menu->popup(m_button->mapToGlobal(QPoint(m_button->width(), m_button->height())) -
                QPoint(menu->sizeHint().width(), 0));
    calendar->setFocus();
}

void DateField::step(int days, int months)
{
    const QDate base = m_date.isValid() ? m_date : QDate::currentDate();
    setDate(base.addMonths(months).addDays(days));
    m_edit->selectAll();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            step(1, 0);
            return true;
        case Qt::Key_Down:
            if (key->modifiers() & Qt::AltModifier) {
                openCalendar();
                return true;
            }
            step(-1, 0);
            return true;
        case Qt::Key_PageUp:
            step(0, 1);
            return true;
        case Qt::Key_PageDown:
            step(0, -1);
            return true;
        case Qt::Key_F4:
            openCalendar();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange && m_error.isEmpty())
        m_edit->setText(DateText::date(m_date));
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateField::retranslateUi()
{
    m_button->setToolTip(tr("Pick a date in a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    showError(!m_error.isEmpty() && !m_edit->hasFocus());
}

} // namespace dcsdesk
