#include "noticeline.h"

#include "common/icons.h"
#include "common/uiprompts.h"
#include "validation/finding.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace dcsdesk {

NoticeLine::NoticeLine(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("consoleNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::severity(int(Finding::Severity::Warning)).pixmap(side, side));
    m_label = new QLabel(this);
    m_label->setWordWrap(true); // one line at 1280 px; wraps rather than cut when narrower
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                     Qt::LinksAccessibleByKeyboard);
    m_hide = new QToolButton(this);
    m_hide->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_hide->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_hide);
    connect(m_label, &QLabel::linkActivated, this, [this]() {
        UiPrompts::inform(this, QMessageBox::Information, tr("Details"), m_details);
    });
    connect(m_hide, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void NoticeLine::showNotice(const QString &line, const QString &details)
{
    m_line = line;
    m_details = details;
    retranslate();
    show();
}

void NoticeLine::retranslate()
{
    m_label->setText(QStringLiteral("%1 <a href=\"#details\">%2</a>")
                         .arg(m_line.toHtmlEscaped(), tr("Details…").toHtmlEscaped()));
    m_label->setToolTip(m_details);
    m_label->setAccessibleName(tr("Notice"));
    m_hide->setToolTip(tr("Hide this notice"));
    m_hide->setAccessibleName(tr("Hide notice"));
}

void NoticeLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace dcsdesk
