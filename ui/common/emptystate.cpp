#include "emptystate.h"

#include "common/semanticcolors.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

// The action's text for a button: its mnemonic markers go ("&New" -> "New"), a literal "&&"
// stays as it is, since the button reads it as one "&" again.
QString buttonText(const QAction *action)
{
    const QString text = action->text();
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
            out += QStringLiteral("&&");
            ++i;
        } else if (text[i] != QLatin1Char('&')) {
            out += text[i];
        }
    }
    return out;
}

} // namespace

EmptyState *EmptyState::attach(QAbstractItemView *view, Text title, Text body,
                               const QList<QAction *> &actions, std::function<bool()> isEmpty)
{
    if (!isEmpty) {
        isEmpty = [view]() { return !view->model() || view->model()->rowCount() == 0; };
    }
    auto *state =
        new EmptyState(view->viewport(), std::move(title), std::move(body), actions, isEmpty);
    // The model the view has now; a view that changes its model later attaches again.
    if (QAbstractItemModel *model = view->model()) {
        const auto refresh = [state]() { state->refresh(); };
        connect(model, &QAbstractItemModel::rowsInserted, state, refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, state, refresh);
        connect(model, &QAbstractItemModel::modelReset, state, refresh);
        connect(model, &QAbstractItemModel::layoutChanged, state, refresh);
    }
    return state;
}

EmptyState::EmptyState(QWidget *host, Text title, Text body, const QList<QAction *> &actions,
                       std::function<bool()> isEmpty)
    : QFrame(host), m_host(host), m_titleText(std::move(title)), m_bodyText(std::move(body)),
      m_isEmpty(std::move(isEmpty)), m_title(new QLabel(this)), m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_body}) {
        label->setObjectName(label == m_title ? QStringLiteral("emptyStateTitle")
                                              : QStringLiteral("emptyStateText"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        layout->addWidget(label);
    }
    SemanticColors::setTextRole(m_body, SemanticColors::MutedText);

    if (!actions.isEmpty()) {
        auto *row = new QBoxLayout(QBoxLayout::LeftToRight);
        m_buttonRow = row;
        row->addStretch(1);
        for (QAction *action : actions) {
            auto *button = new QPushButton(this);
            button->setObjectName(QStringLiteral("emptyStateButton"));
            button->setIcon(action->icon());
            connect(button, &QPushButton::clicked, action, &QAction::trigger);
            connect(action, &QAction::changed, button,
                    [this, button, action]() { syncButton(button, action); });
            syncButton(button, action);
            row->addWidget(button);
            m_buttons.append(button);
        }
        row->addStretch(1);
        layout->addLayout(row);
    }
    host->installEventFilter(this);
    retranslate();
}

void EmptyState::syncButton(QPushButton *button, QAction *action)
{
    button->setText(buttonText(action));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    button->setVisible(action->isVisible());
}

void EmptyState::retranslate()
{
    refresh();
}

void EmptyState::updateTexts()
{
    m_title->setText(m_titleText ? m_titleText() : QString());
    m_title->setVisible(!m_title->text().isEmpty());
    m_body->setText(m_bodyText ? m_bodyText() : QString());
    m_body->setVisible(!m_body->text().isEmpty());
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_body->text());
}

void EmptyState::refresh()
{
    const bool empty = m_isEmpty && m_isEmpty();
    if (!empty) {
        hide();
        return;
    }
    // The texts may depend on why the view is empty (nothing open, or nothing matches).
    updateTexts();
    const QSize area = m_host->size();
    const int width = std::max(120, std::min(area.width() - 32, 560));
    // Buttons too wide for one row (long labels, a narrow pane) go one under the other rather
    // than being squeezed until their text is cut.
    if (m_buttonRow) {
        m_buttonRow->setDirection(QBoxLayout::LeftToRight);
        const QMargins margins = layout()->contentsMargins();
        if (m_buttonRow->sizeHint().width() > width - margins.left() - margins.right())
            m_buttonRow->setDirection(QBoxLayout::TopToBottom);
    }
    const auto heightFor = [this, width]() {
        layout()->invalidate();
        return layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                             : layout()->totalSizeHint().height();
    };
    // A view too low for the whole note shows its title, and the rest as the title's tooltip.
    m_body->setVisible(!m_body->text().isEmpty());
    int height = heightFor();
    const bool compact = height > area.height() - 8 && m_body->isVisibleTo(this);
    if (compact) {
        m_body->hide();
        height = heightFor();
    }
    setToolTip(compact ? m_body->text() : QString());
    height = std::min(height, std::max(area.height() - 8, 40));
    setGeometry((area.width() - width) / 2, std::max(4, (area.height() - height) / 2), width,
                height);
    show();
    raise();
}

QString EmptyState::text() const
{
    QStringList parts;
    for (const QLabel *label : {m_title, m_body}) {
        if (!label->text().isEmpty())
            parts.append(label->text());
    }
    return parts.join(QLatin1Char('\n'));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        refresh();
    return QFrame::eventFilter(watched, event);
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace dcsdesk
