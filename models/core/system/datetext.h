#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace dcsdesk {

// The one way dates are shown and read: the user's locale, always with a four-digit year (a
// mapping that ends in 2090 must never read as 1990 or "5/1/90"), one format per window. Typing
// accepts what people write: the locale's order with any separator, ISO 2027-03-31, and a month
// by name ("31 Mar 2027", "März 31, 2027") in the locale's language or English.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::DateText)

public:
    // The locale's short date format with yyyy, e.g. "M/d/yyyy", "dd.MM.yyyy".
    static QString format(const QLocale &locale = QLocale());
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // Date as format() plus the locale's short time; the caller picks local or UTC.
    static QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
    // Month and year for axis labels: "Dec 2026".
    static QString monthYear(const QDate &date, const QLocale &locale = QLocale());

    struct Parsed
    {
        QDate date;    // invalid when error is set
        QString error; // translated: what is wrong and an example of what works
    };
    static Parsed parse(const QString &text, const QLocale &locale = QLocale());
};

} // namespace dcsdesk
