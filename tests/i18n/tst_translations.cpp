#include "domain/destination.h"
#include "firing/destinationfiring.h"
#include "i18n.h"
#include "tscheck.h"
#include "typography.h"
#include "validation/validator.h"
#include "workspace/workspaceserializer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace dcsdesk;
using namespace dcsdesk::test;

// The CI check for the catalogues: in sync with the sources, complete, placeholders and mnemonics
// intact, compiled catalogues load, plural forms work, French typography; plus a deliberately
// broken catalogue that must be caught.
class TestTranslations : public QObject
{
    Q_OBJECT

    const QStringList m_languages = {QStringLiteral("es"), QStringLiteral("de"),
                                     QStringLiteral("fr")};

    static QString tsPath(const QString &lang)
    {
        return QStringLiteral(DCSDESK_TRANSLATIONS_DIR "/dcsdesk_%1.ts").arg(lang);
    }

    static QSet<QString> allowList(const QString &lang)
    {
        QSet<QString> out;
        QFile f(QStringLiteral(DCSDESK_TRANSLATIONS_DIR "/same-as-english_%1.txt").arg(lang));
        if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                    out.insert(QString::fromUtf8(line));
            }
        }
        return out;
    }

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &l : m_languages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        const QStringList problems = checkTs(messages, allowList(lang));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                            problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void catalogueMatchesSources_data() { catalogueIsComplete_data(); }

    void catalogueMatchesSources()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(tsPath(lang), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QDir root(QStringLiteral(DCSDESK_TRANSLATIONS_DIR "/.."));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(DCSDESK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h"), root.filePath(QStringLiteral("models")),
                       root.filePath(QStringLiteral("ui")), root.filePath(QStringLiteral("app")),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        const QList<TsMessage> committed = readTs(tsPath(lang), &error);
        const QList<TsMessage> fresh = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList diff = compareMessageSets(committed, fresh);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(QStringLiteral(
                                "translations/dcsdesk_%1.ts is out of sync with the sources; run "
                                "`cmake --build build -t update_translations` and translate:\n")
                                .arg(lang) +
                            diff.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void compiledCataloguesLoad_data() { catalogueIsComplete_data(); }

    void compiledCataloguesLoad()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY(!loadCatalogue(translator, lang).isEmpty());
        QVERIFY(!translator.isEmpty());
        const QString translated = translator.translate("DcsRegion", "Local sandbox");
        QVERIFY(!translated.isEmpty());
        QVERIFY(translated != QLatin1String("Local sandbox"));
    }

    void pluralForms_data() { catalogueIsComplete_data(); }

    void pluralForms()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY(!loadCatalogue(translator, lang).isEmpty());
        const QString one = translator.translate("dcsdesk::DestinationListModel",
                                                 "%n mapping(s) in all", nullptr, 1);
        const QString two = translator.translate("dcsdesk::DestinationListModel",
                                                 "%n mapping(s) in all", nullptr, 2);
        QVERIFY(!one.isEmpty());
        QVERIFY2(one != two, qPrintable(one));
    }

    // Catches contexts that differ between run time and lupdate (the string would stay English).
    void modelStringsTranslateAtRunTime()
    {
        QTranslator translator;
        QVERIFY(!loadCatalogue(translator, QStringLiteral("de")).isEmpty());
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(Destination::typeName(Destination::Type::ServerToServer),
                 QStringLiteral("Server-zu-Server"));
        Destination empty;
        empty.id = 1;
        const QVector<Finding> findings = Validator::validateDestination(empty);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().message, QStringLiteral("Ein Name ist erforderlich."));
        QCOMPARE(Finding::severityName(Finding::Severity::Warning), QStringLiteral("Warnung"));
        QCOMPARE(WorkspaceSerializer::fromJson(QByteArray()).error,
                 QStringLiteral("Die Datei ist leer."));
        QStringList warnings;
        DestinationFiring::expandMacros(QStringLiteral("%bogus%"), QString(), FireContext(),
                                        &warnings);
        QCOMPARE(warnings.value(0),
                 QStringLiteral("%bogus% ist kein bekanntes Makro und wird unverändert gesendet."));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(Destination::typeName(Destination::Type::ServerToServer),
                 QStringLiteral("Server-to-server"));
    }

    // The cases tools/typography.py selftest runs too, so the two rule sets cannot drift apart.
    void frenchTypographyRules()
    {
        QFile f(QFINDTESTDATA("data/typography_cases.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        int cases = 0;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            QStringList cols = line.split(QLatin1Char('\t'));
            QCOMPARE(cols.size(), 3);
            for (QString &col : cols)
                col.replace(QChar(0x237d), QChar(0x00a0)).replace(QChar(0x00b7), QChar(0x202f));
            QCOMPARE(applyTypography(cols[0], frenchTypography(cols[0], cols[1])), cols[2]);
            ++cases;
        }
        QVERIFY(cases > 20);
    }

    void frenchCatalogueTypography()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("fr")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage &m : messages) {
            for (const QString &t : m.translations) {
                for (const TypographyFix &fix : frenchTypography(t, m.source))
                    problems.append(QStringLiteral("%1 | %2 | at %3: %4")
                                        .arg(m.context, t.mid(qMax<qsizetype>(0, fix.pos - 30), 60),
                                             QString::number(fix.pos), fix.what));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 typography problem(s); run `python3 "
                                           "tools/typography.py fix translations/dcsdesk_fr.ts`:\n")
                                .arg(problems.size()) +
                            problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void brokenCatalogueIsCaught()
    {
        QString error;
        const QList<TsMessage> messages = readTs(QFINDTESTDATA("data/broken_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString problems = checkTs(messages, {}).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("Unfinished one: unfinished")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("Empty one: empty translation")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("Dropped %1 of %2: placeholders %1 %2 became %1")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("%n rows: placeholders %n became")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("&Open: mnemonic")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("Left alone: left in English")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("Gone: obsolete")), qPrintable(problems));
        QVERIFY2(!problems.contains(QLatin1String("Fine %1")), qPrintable(problems));
        QCOMPARE(checkTs(messages, {}).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
