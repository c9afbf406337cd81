#include "common/datefield.h"
#include "system/datetext.h"
#include "testworkspace.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace dcsdesk;

namespace {

// keyClicks() takes ASCII only; "März" and "févr." are typed as text events.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

// The date field as a user types into it, in each language: Ctrl+A then a whole date (the
// locale's numbers or a month name) is taken as typed; a partial or impossible one is refused
// visibly and the last good date kept.
class TestDateField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void typingAWholeDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en") << "en_US"
                            << "31 Mar 2027"
                            << "3/31/2027";
        QTest::newRow("de") << "de_DE"
                            << "31. März 2027"
                            << "31.03.2027";
        QTest::newRow("de numbers") << "de_DE"
                                    << "31.3.2027"
                                    << "31.03.2027";
        QTest::newRow("es") << "es_ES"
                            << "31 de marzo de 2027"
                            << "31/3/2027";
        QTest::newRow("fr") << "fr_FR"
                            << "31 mars 2027"
                            << "31/03/2027";
    }

    void typingAWholeDate()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(locale));
        DateField field;
        field.setDate(QDate(2026, 12, 3));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QLineEdit *edit = field.lineEdit();
        edit->setFocus();
        QSignalSpy changed(&field, &DateField::dateChanged);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        typeText(edit, typed);
        QCOMPARE(field.date(), QDate(2027, 3, 31));
        QVERIFY(field.hasAcceptableInput());
        QCOMPARE(changed.count(), 1);
        QTest::keyClick(edit, Qt::Key_Enter);
        QCOMPARE(edit->text(), shown); // one format: the locale's, four-digit year
        QCOMPARE(edit->styleSheet(), QString());

        // Up and Page Up step a day and a month.
        QTest::keyClick(edit, Qt::Key_Up);
        QCOMPARE(field.date(), QDate(2027, 4, 1));
        QTest::keyClick(edit, Qt::Key_PageUp);
        QCOMPARE(field.date(), QDate(2027, 5, 1));
    }

    void aPartialOrImpossibleDateIsRefusedVisibly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("impossible") << "2/30/2027"
                                    << "28 days";
        QTest::newRow("two-digit year") << "3/31/27"
                                        << "four digits";
        QTest::newRow("partial") << "3/31"
                                 << "not a date";
    }

    void aPartialOrImpossibleDateIsRefusedVisibly()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        DateField field;
        field.setDate(QDate(2026, 12, 3));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QLineEdit *edit = field.lineEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Enter);
        QVERIFY(!field.hasAcceptableInput());
        QVERIFY2(field.errorText().contains(reason), qPrintable(field.errorText()));
        QCOMPARE(field.date(), QDate(2026, 12, 3)); // the last good date is kept
        QCOMPARE(edit->text(), typed);              // and what was typed, to correct it
        QVERIFY(edit->styleSheet().contains(QLatin1String("border")));
        QVERIFY(edit->toolTip().startsWith(field.errorText()));
        // Correcting it clears the mark.
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("2027-03-31"));
        QTest::keyClick(edit, Qt::Key_Enter);
        QVERIFY(field.hasAcceptableInput());
        QCOMPARE(edit->styleSheet(), QString());
        QCOMPARE(edit->text(), QStringLiteral("3/31/2027"));
    }
};

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
