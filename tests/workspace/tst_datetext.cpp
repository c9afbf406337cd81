#include "system/datetext.h"
#include "testworkspace.h"

#include <QtTest>

using namespace dcsdesk;

// Dates as each language shows and reads them: four-digit years always, whole dates typed in
// the locale's order, ISO, or with a month name; partial and impossible dates refused with a
// reason.
class TestDateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void fourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en") << "en_US"
                            << "5/1/2090";
        QTest::newRow("de") << "de_DE"
                            << "01.05.2090";
        QTest::newRow("es") << "es_ES"
                            << "1/5/2090";
        QTest::newRow("fr") << "fr_FR"
                            << "01/05/2090";
    }

    void fourDigitYears()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        const QLocale l(locale);
        QCOMPARE(DateText::date(QDate(2090, 5, 1), l), shown);
        QVERIFY(DateText::format(l).contains(QLatin1String("yyyy")));
        QVERIFY(DateText::dateTime(QDateTime(QDate(2090, 5, 1), QTime(9, 5)), l).startsWith(shown));
        QVERIFY(DateText::monthYear(QDate(2026, 12, 1), l).contains(QLatin1String("2026")));
        // What is shown reads back as the same day.
        QCOMPARE(DateText::parse(shown, l).date, QDate(2090, 5, 1));
    }

    void typedDates_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        const QDate expected(2027, 3, 31);
        QTest::addColumn<QDate>("date");
        QTest::newRow("en month name") << "en_US"
                                       << "31 Mar 2027" << expected;
        QTest::newRow("en month first") << "en_US"
                                        << "March 31, 2027" << expected;
        QTest::newRow("en numeric") << "en_US"
                                    << "3/31/2027" << expected;
        QTest::newRow("en iso") << "en_US"
                                << "2027-03-31" << expected;
        QTest::newRow("de numeric") << "de_DE"
                                    << "31.03.2027" << expected;
        QTest::newRow("de month name") << "de_DE"
                                       << "31. März 2027" << expected;
        QTest::newRow("de english name") << "de_DE"
                                         << "31 Mar 2027" << expected;
        QTest::newRow("de any separator") << "de_DE"
                                          << "31/3/2027" << expected;
        QTest::newRow("es numeric") << "es_ES"
                                    << "31/03/2027" << expected;
        QTest::newRow("es month name") << "es_ES"
                                       << "31 de marzo de 2027" << expected;
        QTest::newRow("fr numeric") << "fr_FR"
                                    << "31/03/2027" << expected;
        QTest::newRow("fr month name") << "fr_FR"
                                       << "31 mars 2027" << expected;
        QTest::newRow("fr abbreviation") << "fr_FR"
                                         << "1er févr. 2027" << QDate(2027, 2, 1);
        QTest::newRow("fr iso") << "fr_FR"
                                << "2027-03-31" << expected;
    }

    void typedDates()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        const DateText::Parsed parsed = DateText::parse(typed, QLocale(locale));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.date, date);
    }

    void refusedDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("two-digit year") << "31.03.27"
                                        << "four digits";
        QTest::newRow("impossible day") << "2027-02-30"
                                        << "28 days";
        QTest::newRow("no month 13") << "13/31/2027"
                                     << "no month 13";
        QTest::newRow("partial") << "31.03"
                                 << "not a date";
        QTest::newRow("words") << "next week"
                               << "not a date";
        QTest::newRow("empty") << ""
                               << "not a date";
    }

    void refusedDates()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        const DateText::Parsed parsed = DateText::parse(typed, QLocale(QStringLiteral("en_US")));
        QVERIFY(!parsed.date.isValid());
        QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
