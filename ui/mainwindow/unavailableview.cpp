#include "unavailableview.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace dcsdesk {

UnavailableView::UnavailableView(const QIcon &icon, std::function<QString()> title, QWidget *parent)
    : QWidget(parent), m_title(std::move(title))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_icon = new QLabel(this);
    m_icon->setPixmap(icon.pixmap(64, 64, QIcon::Disabled));
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text);
    layout->addStretch(2);
    retranslateUi();
}

void UnavailableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UnavailableView::retranslateUi()
{
    m_text->setText(tr("The %1 view is not available in this build of DCS Desk.").arg(m_title()));
}

} // namespace dcsdesk
