#include "datetext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace dcsdesk {

namespace {

QString withFourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// Month names lose accents and case and a trailing dot, so "mär", "MÄRZ" and "mars." all match.
QString foldMonth(const QString &name)
{
    QString folded = name.normalized(QString::NormalizationForm_D).toLower();
    folded.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}.]")));
    return folded;
}

int monthOfName(const QString &token, const QLocale &locale)
{
    const QString wanted = foldMonth(token);
    if (wanted.size() < 3)
        return 0;
    for (const QLocale &l : {locale, QLocale(QLocale::English)}) {
        for (int m = 1; m <= 12; ++m) {
            for (QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat}) {
                const QString name = foldMonth(l.monthName(m, type));
                const QString standalone = foldMonth(l.standaloneMonthName(m, type));
                if (wanted == name || wanted == standalone)
                    return m;
            }
            // "sept", "sep", "juil": a unique beginning of the long name.
            if (foldMonth(l.monthName(m, QLocale::LongFormat)).startsWith(wanted))
                return m;
        }
    }
    return 0;
}

} // namespace

QString DateText::format(const QLocale &locale)
{
    return withFourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString DateText::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, format(locale)) : QString();
}

QString DateText::dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return date(dateTime.date(), locale) + QLatin1Char(' ') +
           locale.toString(dateTime.time(), QLocale::ShortFormat);
}

QString DateText::monthYear(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("MMM yyyy"));
}

DateText::Parsed DateText::parse(const QString &text, const QLocale &locale)
{
    Parsed out;
    const QString example = DateText::date(QDate(2027, 3, 31), locale);
    const auto fail = [&](const QString &why) {
        out.error = why.isEmpty() ? tr("“%1” is not a date. Write it as %2, or 2027-03-31, or "
                                       "31 Mar 2027.")
                                        .arg(text.trimmed(), example)
                                  : why;
        return out;
    };
    static const QRegularExpression tokenRe(QStringLiteral("(\\d+|[^\\W\\d_]+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList numbers;
    QStringList words;
    for (auto it = tokenRe.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured(1);
        const bool number = token.front().isDigit();
        (number ? numbers : words).append(token);
    }
    // Ordinal and filler words ("de", "le", "st") are not part of the date.
    QStringList months;
    for (const QString &w : std::as_const(words)) {
        if (monthOfName(w, locale) > 0)
            months.append(w);
    }
    int day = 0, month = 0, year = 0;
    QString yearText;
    if (months.size() == 1 && numbers.size() == 2) {
        month = monthOfName(months.first(), locale);
        const int yearAt = numbers[0].size() == 4 ? 0 : 1;
        yearText = numbers[yearAt];
        day = numbers[1 - yearAt].toInt();
    } else if (months.isEmpty() && numbers.size() == 3 && words.isEmpty()) {
        if (numbers[0].size() == 4) { // ISO order
            yearText = numbers[0];
            month = numbers[1].toInt();
            day = numbers[2].toInt();
        } else {
            // The locale's order of day, month and year, from its own format.
            const QString f = format(locale);
            QList<QPair<int, QChar>> order = {{int(f.indexOf(QLatin1Char('d'))), QLatin1Char('d')},
                                              {int(f.indexOf(QLatin1Char('M'))), QLatin1Char('M')},
                                              {int(f.indexOf(QLatin1Char('y'))), QLatin1Char('y')}};
            std::sort(order.begin(), order.end());
            for (int i = 0; i < 3; ++i) {
                switch (order[i].second.unicode()) {
                case 'd':
                    day = numbers[i].toInt();
                    break;
                case 'M':
                    month = numbers[i].toInt();
                    break;
                default:
                    yearText = numbers[i];
                }
            }
        }
    } else {
        return fail(QString());
    }
    if (yearText.size() != 4)
        return fail(
            tr("Write the year of “%1” with four digits, as in %2.").arg(text.trimmed(), example));
    year = yearText.toInt();
    if (month < 1 || month > 12)
        return fail(tr("“%1” has no month %2. Write the date as %3.")
                        .arg(text.trimmed())
                        .arg(month)
                        .arg(example));
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth())
        return fail(tr("%1 has %2 days, so “%3” does not exist.")
                        .arg(locale.toString(first, QStringLiteral("MMMM yyyy")))
                        .arg(first.daysInMonth())
                        .arg(text.trimmed()));
    out.date = QDate(year, month, day);
    return out;
}

} // namespace dcsdesk
