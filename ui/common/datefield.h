#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace dcsdesk {

// A date field people can type into: a whole date in the locale's order ("31.03.2027"), ISO
// ("2027-03-31") or with a month name ("31 Mar 2027") — unlike QDateEdit's sections, which take
// "31 Mar 2027" as 13 March and ignore digits after Ctrl+A. Shown with a four-digit year in the
// locale's format (DateText), with a calendar behind the arrow; Up/Down step a day, Page Up/Down
// a month. A partial or impossible date is refused visibly (red frame, the reason in the
// tooltip and hasAcceptableInput() false) and date() keeps the last good value.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    ~DateField() override;

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    bool hasAcceptableInput() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    void setFieldToolTip(const QString &toolTip);
    // What a screen reader calls the date ("Start date"): the label beside a DateField names
    // the composite, which a screen reader does not read for the text field inside it.
    void setFieldName(const QString &name);

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void textEdited(const QString &text);
    void finishEditing();
    void showError(bool show);
    static QString errorStyle();
    void openCalendar();
    void step(int days, int months);
    void retranslateUi();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QDate m_date;
    QString m_error;
    QString m_toolTip;
};

} // namespace dcsdesk
