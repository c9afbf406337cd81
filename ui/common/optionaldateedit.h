#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;

namespace dcsdesk {

class DateField;

// A date that may be "never" (a mapping's end date, domain.md §5.5): a date field with a calendar
// and a "Never" box next to it. date() is invalid for never.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date); // invalid = never
    bool isNever() const;
    void setNeverText(const QString &text);

    DateField *dateEdit() const { return m_date; }
    bool hasAcceptableInput() const;
    QCheckBox *neverBox() const { return m_never; }

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    DateField *m_date;
    QCheckBox *m_never;
    QString m_neverText;
};

} // namespace dcsdesk
