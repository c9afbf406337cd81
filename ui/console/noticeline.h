#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace dcsdesk {

// One line across the console for something the user should know once (no system keychain, a
// refused secret): what happened and what to do in a few words, "Details…" for the whole message
// and a button that hides it. The answer's status line stays the answer's: a notice of several
// sentences there pushed the response tabs down by 5 to 10 lines.
class NoticeLine : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeLine(QWidget *parent = nullptr);

    void showNotice(const QString &line, const QString &details);
    QLabel *label() const { return m_label; }
    QToolButton *hideButton() const { return m_hide; }
    QString details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_hide;
    QString m_line;
    QString m_details;
};

} // namespace dcsdesk
