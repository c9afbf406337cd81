// German and Spanish typography of the catalogues and French apostrophes (French spaces:
// tst_translations): the rules on
// sentences written for the purpose, then every finished translation of dcsdesk_de.ts and
// dcsdesk_es.ts.
#include "quotestyle.h"
#include "tscheck.h"

#include <QtTest>

using namespace dcsdesk::test;

class TestTypography : public QObject
{
    Q_OBJECT

    static QString tsPath(const QString &lang)
    {
        return QStringLiteral(DCSDESK_TRANSLATIONS_DIR "/dcsdesk_%1.ts").arg(lang);
    }

    static QStringList catalogueProblems(const QString &lang)
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(lang), &error);
        if (!error.isEmpty())
            return {error};
        QStringList problems;
        for (const TsMessage &m : messages) {
            for (const QString &t : m.translations) {
                QStringList found = lang == QLatin1String("de")   ? germanTypography(t, m.source)
                                    : lang == QLatin1String("es") ? spanishTypography(t, m.source)
                                                                  : frenchApostrophes(t, m.source);
                found += menuPathProblems(t);
                for (const QString &p : found)
                    problems << QStringLiteral("%1 | %2 | %3").arg(m.context, t.left(80), p);
            }
        }
        return problems;
    }

private Q_SLOTS:
    void germanRules_data()
    {
        QTest::addColumn<QString>("translation");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("problems");
        QTest::newRow("right") << QStringLiteral("„%1“ ist keine Zahl.")
                               << QStringLiteral("“%1” is not a number.") << 0;
        QTest::newRow("english quotes") << QStringLiteral("“%1” ist keine Zahl.")
                                        << QStringLiteral("“%1” is not a number.") << 2;
        QTest::newRow("guillemets") << QStringLiteral("«%1» ist keine Zahl.")
                                    << QStringLiteral("“%1” is not a number.") << 1;
        QTest::newRow("never closed") << QStringLiteral("„%1 ist keine Zahl.")
                                      << QStringLiteral("“%1” is not a number.") << 1;
        QTest::newRow("straight in prose") << QStringLiteral("Der Wert \"leer\" fehlt.")
                                           << QStringLiteral("The value “empty” is missing.") << 1;
        QTest::newRow("code keeps straight quotes")
            << QStringLiteral("Regel c_interest == \"golf\" prüfen")
            << QStringLiteral("Check rule c_interest == \"golf\"") << 0;
    }

    void germanRules()
    {
        QFETCH(QString, translation);
        QFETCH(QString, source);
        QFETCH(int, problems);
        const QStringList found = germanTypography(translation, source);
        QVERIFY2(found.size() == problems, qPrintable(found.join(QLatin1String("; "))));
    }

    void spanishRules_data()
    {
        QTest::addColumn<QString>("translation");
        QTest::addColumn<int>("problems");
        QTest::newRow("right") << QStringLiteral("¿Desea guardar «%1»?") << 0;
        QTest::newRow("no opening mark") << QStringLiteral("Desea guardar «%1»?") << 1;
        QTest::newRow("english quotes") << QStringLiteral("¿Desea guardar “%1”?") << 1;
        QTest::newRow("exclamation") << QStringLiteral("Hecho!") << 1;
        QTest::newRow("url query") << QStringLiteral("Llama a /event?d_rtbd=json.") << 0;
        QTest::newRow("two questions") << QStringLiteral("¿Vacío? ¿Cerrado?") << 0;
    }

    void spanishRules()
    {
        QFETCH(QString, translation);
        QFETCH(int, problems);
        const QStringList found = spanishTypography(translation, QString());
        QVERIFY2(found.size() == problems, qPrintable(found.join(QLatin1String("; "))));
    }

    void frenchApostropheRule()
    {
        QCOMPARE(frenchApostrophes(QStringLiteral("Impossible d'écrire %1"),
                                   QStringLiteral("Cannot write %1"))
                     .size(),
                 1);
        QVERIFY(frenchApostrophes(QStringLiteral("Impossible d’écrire %1"),
                                  QStringLiteral("Cannot write %1"))
                    .isEmpty());
        QVERIFY(frenchApostrophes(QStringLiteral("Un guillemet $'…' d'ANSI-C"),
                                  QStringLiteral("An ANSI-C $'…' quote isn't closed"))
                    .isEmpty());
    }

    void menuPathRule()
    {
        QCOMPARE(menuPathProblems(QStringLiteral("Datei › HAR exportieren")).size(), 1);
        QVERIFY(menuPathProblems(QStringLiteral("Datei\u00a0› HAR exportieren")).isEmpty());
    }

    void catalogues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void catalogues()
    {
        QFETCH(QString, language);
        const QStringList problems = catalogueProblems(language);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTypography)
#include "tst_typography.moc"
