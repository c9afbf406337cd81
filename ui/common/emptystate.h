#pragma once

#include <QFrame>
#include <QList>
#include <functional>

class QAbstractItemView;
class QAction;
class QBoxLayout;
class QLabel;
class QPushButton;

namespace dcsdesk {

// A view with nothing in it says what it is for and how to fill it: a centred title and text
// over the empty view, with a button for each action that fills it. One helper for every view,
// so each empty view reads the same way. The texts are functions, asked again after a language
// change and whenever the note is shown; the buttons follow their actions (text, enabled,
// visible).
class EmptyState : public QFrame
{
    Q_OBJECT

public:
    using Text = std::function<QString()>;

    // Over an item view (on its viewport): shown while isEmpty() is true, by default while the
    // view's model has no rows; checked again whenever the model's rows change.
    static EmptyState *attach(QAbstractItemView *view, Text title, Text body,
                              const QList<QAction *> &actions = {},
                              std::function<bool()> isEmpty = {});

    // Over any widget: shown while isEmpty() is true; call refresh() when that may change.
    EmptyState(QWidget *host, Text title, Text body, const QList<QAction *> &actions,
               std::function<bool()> isEmpty);

    void refresh();       // shows or hides the note, and places it in the middle of the host
    QString text() const; // title and body as shown, for tests and accessibility
    QList<QPushButton *> buttons() const { return m_buttons; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTexts();
    void syncButton(QPushButton *button, QAction *action);

    QWidget *m_host;
    Text m_titleText;
    Text m_bodyText;
    std::function<bool()> m_isEmpty;
    QLabel *m_title;
    QLabel *m_body;
    QList<QPushButton *> m_buttons;
    QBoxLayout *m_buttonRow = nullptr;
};

} // namespace dcsdesk
