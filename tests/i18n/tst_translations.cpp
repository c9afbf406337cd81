#include "csv/importreport.h"
#include "domain/destination.h"
#include "firing/destinationfiring.h"
#include "i18n.h"
#include "segments/traitrule.h"
#include "system/colontext.h"
#include "terms.h"
#include "tscheck.h"
#include "typography.h"
#include "validation/validator.h"
#include "workspace/workspaceserializer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace dcsdesk;
using namespace dcsdesk::test;

// The CI check for the catalogues: in sync with the sources, complete, placeholders and mnemonics
// intact, compiled catalogues load, plural forms work, French typography, no banned variant of a
// glossary term; plus a deliberately broken catalogue that must be caught.
class TestTranslations : public QObject
{
    Q_OBJECT

    const QStringList m_languages = {QStringLiteral("es"), QStringLiteral("de"),
                                     QStringLiteral("fr")};

    static QString tsPath(const QString &lang)
    {
        return QStringLiteral(DCSDESK_TRANSLATIONS_DIR "/dcsdesk_%1.ts").arg(lang);
    }

    // The text of a guide page, one entry per paragraph, list item, heading or cell.
    static QStringList guideParagraphs(QString html)
    {
        html.remove(QRegularExpression(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
                                       QRegularExpression::DotMatchesEverythingOption));
        html.replace(
            QRegularExpression(QStringLiteral("</?(p|li|h\\d|td|th|dt|dd|div|br|tr)\\b[^>]*>"),
                               QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\n"));
        html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        html.replace(QLatin1String("&nbsp;"), QString(QChar(0x00a0)));
        html.replace(QLatin1String("&lt;"), QLatin1String("<"));
        html.replace(QLatin1String("&gt;"), QLatin1String(">"));
        html.replace(QLatin1String("&quot;"), QLatin1String("\""));
        html.replace(QLatin1String("&amp;"), QLatin1String("&"));
        QStringList paragraphs;
        for (const QString &line : html.split(QLatin1Char('\n'))) {
            const QString text = line.simplified();
            if (!text.isEmpty())
                paragraphs.append(text);
        }
        return paragraphs;
    }

    static QHash<QString, QList<BannedVariant>> glossaryBans(QString *error)
    {
        QFile f(QStringLiteral(DCSDESK_GLOSSARY));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = f.errorString();
            return {};
        }
        return readBannedTerms(QString::fromUtf8(f.readAll()), error);
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

    // Spanish "added" agrees with what was imported: asignaciones (feminine), segmentos
    // (masculine). The round 50 review saw "0 añadidos, 2 actualizados" over mappings.
    void importSummaryAgreesWithWhatWasImported()
    {
        QTranslator translator;
        QVERIFY(!loadCatalogue(translator, QStringLiteral("es")).isEmpty());
        QCoreApplication::installTranslator(&translator);
        ImportReport mappings;
        mappings.added = 1;
        mappings.updated = 2;
        ImportReport segments = mappings;
        segments.items = ImportReport::Items::Segments;
        QCOMPARE(mappings.summary(),
                 QStringLiteral("1 añadida, 2 actualizadas, 0 sin cambios, 0 errores"));
        QCOMPARE(segments.summary(),
                 QStringLiteral("1 añadido, 2 actualizados, 0 sin cambios, 0 errores"));
        QCOMPARE(ImportReport::resultName(ImportReportRow::Result::Added, mappings.items),
                 QStringLiteral("Añadida"));
        QCOMPARE(ImportReport::resultName(ImportReportRow::Result::Added, segments.items),
                 QStringLiteral("Añadido"));
        QCoreApplication::removeTranslator(&translator);
    }

    // A message after a colon continues in lower case in French and Spanish, keeps its capital
    // in English and German, and names, acronyms and quotes stay as written.
    void sentenceAfterAColonFollowsTheLanguage()
    {
        const QString ruleError = TraitRule::check(QStringLiteral("c_make == 1 AND"));
        QVERIFY2(ruleError.contains(QRegularExpression(QStringLiteral(": \\p{Lu}"))),
                 qPrintable(ruleError));
        for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("es")}) {
            QTranslator translator;
            QVERIFY(!loadCatalogue(translator, lang).isEmpty());
            QCoreApplication::installTranslator(&translator);
            QCOMPARE(ColonText::continued(QStringLiteral("Nom attendu.")),
                     QStringLiteral("nom attendu."));
            QCOMPARE(ColonText::continued(QStringLiteral("L’en-tête manque.")),
                     QStringLiteral("l’en-tête manque."));
            for (const QString &kept :
                 {QStringLiteral("DCS injoignable."), QStringLiteral("Adobe IMS refuse."),
                  QStringLiteral("X-Error manque."), QStringLiteral("« Nom » manque."),
                  QStringLiteral("Alt+Entrée manque."), QStringLiteral("Base64 refusé."),
                  QStringLiteral("PowerShell"), QStringLiteral("nom")})
                QCOMPARE(ColonText::continued(kept), kept);
            const QString translated = TraitRule::check(QStringLiteral("c_make == 1 AND"));
            QVERIFY2(translated.contains(
                         QRegularExpression(QStringLiteral("\\d[\\x{00A0} ]?: \\p{Ll}"))),
                     qPrintable(translated));
            QCoreApplication::removeTranslator(&translator);
        }
        QTranslator german;
        QVERIFY(!loadCatalogue(german, QStringLiteral("de")).isEmpty());
        QCoreApplication::installTranslator(&german);
        QCOMPARE(ColonText::continued(QStringLiteral("Name erwartet.")),
                 QStringLiteral("Name erwartet."));
        QCoreApplication::removeTranslator(&german);
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

    // docs/glossary.md names the banned variants of each term per language; a catalogue that uses
    // one drifts back to two words for one concept.
    void glossaryTermsHeld_data() { catalogueIsComplete_data(); }

    void glossaryTermsHeld()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<BannedVariant> banned = glossaryBans(&error).value(lang);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("docs/glossary.md: ") + error));
        QVERIFY2(banned.size() >= 5, qPrintable(QStringLiteral("docs/glossary.md has %1 banned "
                                                               "variant(s) for %2")
                                                    .arg(banned.size())
                                                    .arg(lang)));
        const QList<TsMessage> messages = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TermHit &hit : findBannedTerms(messages, banned))
            problems.append(describe(hit));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 use(s) in dcsdesk_%2.ts of a word "
                                           "docs/glossary.md bans (context | source | "
                                           "translation | banned):\n")
                                .arg(problems.size())
                                .arg(lang) +
                            problems.mid(0, 60).join(QLatin1Char('\n'))));
    }

    // The user guide is read beside the app, so it holds the same words: it said "Live-DCS" and
    // "DCS en production" where every window says "echter DCS" and "DCS réel".
    void guideHoldsGlossaryTerms_data() { catalogueIsComplete_data(); }

    void guideHoldsGlossaryTerms()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<BannedVariant> banned = glossaryBans(&error).value(lang);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QDir guide(QStringLiteral(DCSDESK_GUIDE_DIR "/%1").arg(lang));
        const QStringList pages = guide.entryList({QStringLiteral("*.html")}, QDir::Files);
        QVERIFY2(pages.size() >= 5, qPrintable(guide.path()));
        QList<TsMessage> paragraphs;
        for (const QString &page : pages) {
            QFile f(guide.filePath(page));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QString &paragraph : guideParagraphs(QString::fromUtf8(f.readAll()))) {
                TsMessage message;
                message.context = page;
                message.translations = {paragraph};
                paragraphs.append(message);
            }
        }
        QVERIFY(paragraphs.size() > 50);
        QStringList problems;
        for (const TermHit &hit : findBannedTerms(paragraphs, banned))
            problems.append(describe(hit));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 use(s) in the %2 user guide of a word "
                                           "docs/glossary.md bans (page | | paragraph | "
                                           "banned):\n")
                                .arg(problems.size())
                                .arg(lang) +
                            problems.mid(0, 60).join(QLatin1Char('\n'))));
    }

    // What the guide writes in bold is a label of DCS Desk, as the window shows it in that
    // language: the guides named "Autorrellenar asignación", "Auf dem Live-DCS wiederholen…" and
    // "Include DCS Desk's own fields", none of which any window shows. A label of other
    // software (a browser's menu) or a text put together from several messages ("2 errors,
    // 1 warning") is <b class="other">; a CSV column or key is <code>.
    void guideLabelsAreTheWindowsLabels_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &l : QStringList{QStringLiteral("en")} + m_languages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void guideLabelsAreTheWindowsLabels()
    {
        QFETCH(QString, lang);
        QString error;
        // English labels are the sources; dcsdesk_en.ts holds the plural messages only.
        const bool english = lang == QLatin1String("en");
        const QList<TsMessage> messages =
            readTs(tsPath(english ? QStringLiteral("de") : lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto label = [](QString text) {
            text = text.section(QLatin1Char('\t'), 0, 0);
            // French puts a no-break space before its colon; the guide may write either.
            text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
            text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
            text.remove(QRegularExpression(QStringLiteral("\\s*\\(%\\d\\)$")));
            text.remove(
                QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}]*(…|\\.\\.\\.|:)?$")));
            return text.trimmed();
        };
        QSet<QString> labels;
        for (const TsMessage &m : messages) {
            if (english)
                labels.insert(label(m.source));
            for (const QString &t : m.translations) {
                if (!english)
                    labels.insert(label(t));
            }
        }
        const QDir guide(QStringLiteral(DCSDESK_GUIDE_DIR "/%1").arg(lang));
        QStringList unknown;
        int checked = 0;
        const QRegularExpression bold(QStringLiteral("<b>(.*?)</b>"),
                                      QRegularExpression::DotMatchesEverythingOption);
        for (const QString &page : guide.entryList({QStringLiteral("*.html")}, QDir::Files)) {
            QFile f(guide.filePath(page));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(f.readAll());
            for (auto it = bold.globalMatch(html); it.hasNext();) {
                QString text = it.next().captured(1);
                text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
                text.replace(QLatin1String("&amp;"), QLatin1String("&"));
                text.replace(QLatin1String("&nbsp;"), QString(QChar(0x00a0)));
                text.replace(QLatin1String("&gt;"), QLatin1String(">"));
                // "Menu › Item": each step is a label of its own.
                for (const QString &step : text.split(QChar(0x203a))) {
                    const QString wanted = label(step.simplified());
                    if (wanted.isEmpty() ||
                        QRegularExpression(
                            QStringLiteral("^(Ctrl|Alt|Shift|F\\d+|Esc|Enter|Tab)\\b"))
                            .match(wanted)
                            .hasMatch())
                        continue;
                    ++checked;
                    if (!labels.contains(wanted))
                        unknown << QStringLiteral("%1: \u201c%2\u201d").arg(page, wanted);
                }
            }
        }
        QVERIFY(checked > 50);
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("%1 label(s) of the %2 user guide that no window "
                                           "shows:\n")
                                .arg(unknown.size())
                                .arg(lang) +
                            unknown.join(QLatin1Char('\n'))));
    }

    // The banned-term check on a small catalogue of its own, so it cannot pass by finding nothing.
    void bannedTermsAreFound()
    {
        const QString markdown =
            QStringLiteral("text\n```banned-es\n# comment\nheader | cabecera | encabezado*\n"
                           "end date | fecha de finalización | fecha de fin\n```\n"
                           "```banned-fr\nsandbox | la sandbox | bac à sable; le sandbox; "
                           "/(?<=[a-zà-ÿ,] )Sandbox/\n"
                           "```\n");
        QString error;
        const auto bans = readBannedTerms(markdown, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bans.value(QStringLiteral("es")).size(), 2);
        QCOMPARE(bans.value(QStringLiteral("fr")).size(), 3);

        const auto msg = [](const QString &source, const QStringList &forms,
                            const QString &type = QString()) {
            TsMessage m;
            m.context = QStringLiteral("Ctx");
            m.source = source;
            m.numerus = forms.size() > 1;
            m.type = type;
            m.translations = forms;
            return m;
        };
        const QList<TsMessage> es = {
            msg(QStringLiteral("Headers"), {QStringLiteral("&Encabezados")}),
            msg(QStringLiteral("%n header(s)"),
                {QStringLiteral("%n cabecera"), QStringLiteral("%n enca&bezados")}),
            msg(QStringLiteral("End date"), {QStringLiteral("Fecha de fin")}),
            msg(QStringLiteral("End date:"), {QStringLiteral("Fecha de\u00a0fin:")}),
            msg(QStringLiteral("Ends"), {QStringLiteral("Fecha de finalización, al fin")}),
            msg(QStringLiteral("Unfinished"), {QStringLiteral("encabezado")},
                QStringLiteral("unfinished")),
        };
        QStringList found;
        for (const TermHit &hit : findBannedTerms(es, bans.value(QStringLiteral("es"))))
            found.append(hit.source + QLatin1String(" = ") + hit.found);
        QCOMPARE(found, QStringList({QStringLiteral("Headers = Encabezados"),
                                     QStringLiteral("%n header(s) = encabezados"),
                                     QStringLiteral("End date = Fecha de fin"),
                                     QStringLiteral("End date: = Fecha de\u00a0fin")}));

        const QList<TsMessage> fr = {
            msg(QStringLiteral("a"), {QStringLiteral("Sandbox locale")}),
            msg(QStringLiteral("b"), {QStringLiteral("Démarrez la Sandbox.")}),
            msg(QStringLiteral("c"), {QStringLiteral("Réglages : Sandbox DCS")}),
            msg(QStringLiteral("d"), {QStringLiteral("Le sandbox local, les bacs à sable")}),
            msg(QStringLiteral("e"), {QStringLiteral("Un bac à sable")}),
        };
        found.clear();
        for (const TermHit &hit : findBannedTerms(fr, bans.value(QStringLiteral("fr"))))
            found.append(hit.source + QLatin1String(" = ") + hit.found);
        QCOMPARE(found,
                 QStringList({QStringLiteral("b = Sandbox"), QStringLiteral("d = Le sandbox"),
                              QStringLiteral("e = bac à sable")}));
        QVERIFY(describe(findBannedTerms(fr, bans.value(QStringLiteral("fr"))).first())
                    .contains(QStringLiteral("Ctx | b | Démarrez la Sandbox. | banned")));

        readBannedTerms(QStringLiteral("```banned-de\nopt-out | Opt-out\n```\n"), &error);
        QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
        error.clear();
        readBannedTerms(QStringLiteral("```banned-de\nx | y | /(/\n```\n"), &error);
        QVERIFY(!error.isEmpty());
        error.clear();
        readBannedTerms(QStringLiteral("```banned-de\nx | y | z\n"), &error);
        QVERIFY2(error.contains(QLatin1String("not closed")), qPrintable(error));
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
