#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace dcsdesk {

class RuleHighlighter;

// Editing a segment's trait rule: syntax colouring, and the sandbox parser's verdict shown as
// you type - a wavy underline at the character where the error starts and the message below, or
// the keys the rule reads when it is fine.
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(QWidget *parent = nullptr);

    QString rule() const;
    void setRule(const QString &rule);
    bool isValid() const { return m_errorPosition < 0; }
    int errorPosition() const { return m_errorPosition; } // 0-based, -1 when fine
    int errorLength() const { return m_errorLength; }
    QString statusText() const;

    QPlainTextEdit *textEdit() const { return m_edit; }

    // Checks now instead of after the typing pause.
    void checkNow();

Q_SIGNALS:
    void ruleChanged(const QString &rule);
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showVerdict();

    QPlainTextEdit *m_edit;
    RuleHighlighter *m_highlighter;
    QLabel *m_status;
    QTimer *m_timer;
    int m_errorPosition = -1;
    int m_errorLength = 0;
};

} // namespace dcsdesk
