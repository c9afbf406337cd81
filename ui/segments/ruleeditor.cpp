#include "ruleeditor.h"

#include "common/semanticcolors.h"
#include "common/tooltiptext.h"
#include "rulehighlighter.h"
#include "segments/traitrule.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace dcsdesk {

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)),
      m_highlighter(new RuleHighlighter(m_edit->document())), m_status(new QLabel(this)),
      m_timer(new QTimer(this))
{
    QFont mono = m_edit->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_edit->setFont(mono);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setMinimumHeight(m_edit->fontMetrics().height() * 4);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);

    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_edit, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this]() { Q_EMIT ruleChanged(rule()); });
    connect(m_timer, &QTimer::timeout, this, &RuleEditor::showVerdict);
    retranslateUi();
    showVerdict();
    SemanticColors::onPaletteChange(this, [this]() {
        showVerdict();
        m_highlighter->rehighlight();
    });
}

QString RuleEditor::rule() const
{
    return m_edit->toPlainText();
}

void RuleEditor::setRule(const QString &rule)
{
    m_edit->setPlainText(rule);
    checkNow();
}

void RuleEditor::checkNow()
{
    m_timer->stop();
    showVerdict();
    SemanticColors::onPaletteChange(this, [this]() {
        showVerdict();
        m_highlighter->rehighlight();
    });
}

QString RuleEditor::statusText() const
{
    return m_status->text();
}

void RuleEditor::showVerdict()
{
    const bool wasValid = isValid();
    const QString text = rule();
    const TraitRule parsed = TraitRule::parse(text);
    QList<QTextEdit::ExtraSelection> selections;
    int statusRole = -1;
    if (!parsed.isValid()) {
        m_errorPosition = parsed.error().position;
        m_errorLength = std::max(1, parsed.error().length);
        // An error at the very end (a rule that stops too early) marks the last character.
        int start = std::min<int>(m_errorPosition, std::max(0, int(text.size()) - 1));
        const int end =
            std::min<int>(int(text.size()), std::max(start + 1, m_errorPosition + m_errorLength));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(SemanticColors::color(SemanticColors::ErrorBorder));
        selection.format.setBackground(SemanticColors::color(SemanticColors::ErrorFieldBackground));
        selection.format.setToolTip(parsed.errorText());
        if (!text.isEmpty())
            selections.append(selection);
        m_status->setText(parsed.errorText());
        statusRole = SemanticColors::ErrorText;
    } else {
        m_errorPosition = -1;
        m_errorLength = 0;
        if (parsed.isBlank())
            m_status->setText(tr("No rule: no signals qualify a user; only d_sid reaches the "
                                 "segment."));
        else
            m_status->setText(tr("The rule is valid. It reads %1.")
                                  .arg(parsed.keys().join(QStringLiteral(", "))));
    }
    SemanticColors::setTextRole(m_status, statusRole);
    m_edit->setExtraSelections(selections);
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

void RuleEditor::retranslateUi()
{
    m_edit->setToolTip(paragraphToolTip(
        tr("The trait rule that qualifies a user for the segment, over the keys of a DCS call: "
           "comparisons (== != < > <= >=), contains, startswith, endswith, matchesregex, joined "
           "with AND, OR, NOT and parentheses. Text goes in double quotes. Example: "
           "c_interest==\"golf\" AND c_score>=5")));
}

void RuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showVerdict();
    }
    QWidget::changeEvent(event);
}

} // namespace dcsdesk
