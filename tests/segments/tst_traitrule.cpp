#include "itemmodels/modelroles.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "calls/signalset.h"
#include "segments/traitrule.h"
#include "testworkspace.h"
#include "validation/validator.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dcsdesk;

namespace {

// "k=v&k2=v2" as a call would send it (already decoded).
SignalSet signalsOf(const QString &pairs)
{
    SignalSet set;
    for (const QString &pair : pairs.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        set.add(pair.left(eq), eq < 0 ? QString() : pair.mid(eq + 1));
    }
    return set;
}

} // namespace

class TestTraitRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void evaluate_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("call");
        QTest::addColumn<bool>("expected");

        // Comparison operators (§9), text and numbers.
        QTest::newRow("== text") << "c_make==\"A\""
                                 << "c_make=A" << true;
        QTest::newRow("== text other") << "c_make==\"A\""
                                       << "c_make=B" << false;
        QTest::newRow("== case-sensitive") << "c_make==\"A\""
                                           << "c_make=a" << false;
        QTest::newRow("== absent key") << "c_make==\"A\""
                                       << "c_model=A" << false;
        QTest::newRow("!= holds") << "c_pet != \"none\""
                                  << "c_pet=cat" << true;
        QTest::newRow("!= fails") << "c_pet != \"none\""
                                  << "c_pet=none" << false;
        QTest::newRow("!= absent key is false") << "c_pet != \"none\""
                                                << "" << false;
        QTest::newRow("> numeric") << "price > 100"
                                   << "price=100.5" << true;
        QTest::newRow("> numeric not lexical") << "price > 9"
                                               << "price=10" << true;
        QTest::newRow("> equal") << "price > 100"
                                 << "price=100" << false;
        QTest::newRow("< numeric") << "price < 10"
                                   << "price=9.99" << true;
        QTest::newRow(">= equal") << "c_cart_value >= 50"
                                  << "c_cart_value=50" << true;
        QTest::newRow("=> alias of >=") << "c_cart_value => 50"
                                        << "c_cart_value=50.0" << true;
        QTest::newRow("<= below") << "p_age <= 24"
                                  << "p_age=18" << true;
        QTest::newRow("<= above") << "p_age <= 24"
                                  << "p_age=25" << false;
        QTest::newRow("number vs text is false") << "price > 1"
                                                 << "price=abc" << false;
        QTest::newRow("== number reads numbers") << "c_visit_number == 1"
                                                 << "c_visit_number=1.0" << true;
        QTest::newRow("== quoted number is text") << "videoTypeID == \"2\""
                                                  << "videoTypeID=2" << true;
        QTest::newRow("== quoted number exact") << "videoTypeID == \"2\""
                                                << "videoTypeID=2.0" << false;
        QTest::newRow("> quoted number numeric") << "c_n > \"9\""
                                                 << "c_n=10" << true;
        QTest::newRow("> text lexical") << "c_s > \"b\""
                                        << "c_s=c" << true;
        QTest::newRow("negative number") << "c_t < -5"
                                         << "c_t=-10" << true;
        QTest::newRow("quoted call value") << "age == \"41 to 55\""
                                           << "age=\"41 to 55\"" << true;

        // Named operators.
        QTest::newRow("contains") << "c_search contains \"hotel\""
                                  << "c_search=cheap hotels" << true;
        QTest::newRow("contains no") << "c_search contains \"hotel\""
                                     << "c_search=flights" << false;
        QTest::newRow("startswith") << "c_section startswith \"travel\""
                                    << "c_section=travel/eu" << true;
        QTest::newRow("startswith no") << "c_section startswith \"travel\""
                                       << "c_section=my travel" << false;
        QTest::newRow("endswith") << "c_category endswith \"_diy\""
                                  << "c_category=home_diy" << true;
        QTest::newRow("matcheswords") << "c_search matcheswords \"gift present\""
                                      << "c_search=Christmas Gift ideas" << true;
        QTest::newRow("matcheswords whole words") << "c_search matcheswords \"gift\""
                                                  << "c_search=gifted" << false;
        QTest::newRow("matchesregex") << "c_coupon matchesregex \"^SAVE[0-9]+$\""
                                      << "c_coupon=SAVE20" << true;
        QTest::newRow("matchesregex no") << "c_coupon matchesregex \"^SAVE[0-9]+$\""
                                         << "c_coupon=SAVE20X" << false;
        QTest::newRow("matchesregex finds") << "c_x matchesregex \"[0-9]{3}\""
                                            << "c_x=ab1234" << true;
        QTest::newRow("named ops any case") << "c_s CONTAINS \"a\""
                                            << "c_s=cat" << true;

        // Boolean operators and precedence.
        QTest::newRow("AND") << "c_category == \"running\" AND c_cart_value >= 50"
                             << "c_category=running&c_cart_value=60" << true;
        QTest::newRow("AND one false") << "c_category == \"running\" AND c_cart_value >= 50"
                                       << "c_category=running&c_cart_value=40" << false;
        QTest::newRow("OR") << "c_make == \"A\" OR c_make == \"B\""
                            << "c_make=B" << true;
        QTest::newRow("AND before OR") << "a == \"1\" OR b == \"1\" AND c == \"new\""
                                       << "a=1&c=old" << true;
        QTest::newRow("parentheses first") << "(a== \"1\" OR b==\"1\") AND (c==\"new\")"
                                           << "a=1&c=old" << false;
        QTest::newRow("parentheses true") << "(a== \"1\" OR b==\"1\") AND (c==\"new\")"
                                          << "b=1&c=new" << true;
        QTest::newRow("doc example") << "(c_make==\"A\") AND (c_model==\"B\") AND (c_search==\"1\")"
                                     << "c_make=A&c_model=B&c_search=1" << true;
        QTest::newRow("price range") << "(price >= 1.00 AND price <= 100.00)"
                                     << "price=42" << true;
        QTest::newRow("price range out") << "(price >= 1.00 AND price <= 100.00)"
                                         << "price=142" << false;
        QTest::newRow("NOT") << "NOT c_x == \"1\""
                             << "c_x=2" << true;
        QTest::newRow("NOT absent") << "NOT c_x == \"1\""
                                    << "" << true;
        QTest::newRow("implied AND NOT") << "c_a == \"1\" NOT c_b == \"1\""
                                         << "c_a=1&c_b=1" << false;
        QTest::newRow("implied AND NOT true") << "c_a == \"1\" NOT c_b == \"1\""
                                              << "c_a=1" << true;
        QTest::newRow("AND NOT") << "c_a == \"1\" AND NOT c_b == \"1\""
                                 << "c_a=1&c_b=2" << true;
        QTest::newRow("NOT binds tighter than OR") << "NOT c_a == \"1\" OR c_b == \"1\""
                                                   << "c_a=1&c_b=1" << true;
        QTest::newRow("lower-case keywords") << "c_a == \"1\" and c_b == \"2\""
                                             << "c_a=1&c_b=2" << true;

        // Serialized and repeated values (§1.6).
        QTest::newRow("serialized value") << "c_i == \"golf\""
                                          << "c_i=tennis,golf" << true;
        QTest::newRow("repeated key") << "c_i == \"golf\""
                                      << "c_i=tennis&c_i=golf" << true;
        QTest::newRow("!= over several") << "c_i != \"golf\""
                                         << "c_i=tennis,golf" << false;
        QTest::newRow("key with dash") << "h_user-agent contains \"Mozilla\""
                                       << "h_user-agent=Mozilla/5.0" << true;
        QTest::newRow("key with dash, other value") << "h_user-agent contains \"Mozilla\""
                                                    << "h_user-agent=curl/7.88" << false;
        QTest::newRow("key with dash, absent") << "h_user-agent contains \"Mozilla\""
                                               << "h_referer=Mozilla" << false;
        QTest::newRow("dash is part of the key") << "h_user-agent contains \"Mozilla\""
                                                 << "h_user=Mozilla" << false;
        QTest::newRow("key starting with digits") << "123price > 5"
                                                  << "123price=6" << true;
        // Adobe: "any number of digits followed by one or more letters, dashes, underscores":
        // a dash may be the first character after the digits, as the call checker reads it.
        QTest::newRow("digits, then a dash") << "123-price > 5"
                                             << "123-price=6" << true;
        QTest::newRow("escaped quote") << "c_q == \"say \\\"hi\\\"\""
                                       << "c_q=say \"hi\"" << true;
        QTest::newRow("blank rule") << ""
                                    << "c_x=1" << false;
    }

    void evaluate()
    {
        QFETCH(QString, rule);
        QFETCH(QString, call);
        QFETCH(bool, expected);
        const TraitRule parsed = TraitRule::parse(rule);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.errorText()));
        QCOMPARE(parsed.evaluate(signalsOf(call)), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("single =") << "c_make = \"A\"" << 7 << "==";
        QTest::newRow("unquoted text") << "c_make == A" << 10 << "double quotes";
        QTest::newRow("unterminated string") << "c_make == \"A" << 10 << "closing double quote";
        QTest::newRow("unclosed parenthesis") << "(c_a == 1 AND c_b == 2" << 0 << "never closed";
        QTest::newRow("extra closing") << "c_a == 1)" << 8 << "no opening";
        QTest::newRow("missing value") << "c_a ==" << 6 << "value";
        QTest::newRow("missing operator") << "c_a \"x\"" << 4 << "operator";
        QTest::newRow("dangling AND") << "c_a == 1 AND" << 12 << "ends too early";
        QTest::newRow("starts with AND") << "AND c_a == 1" << 0 << "AND";
        QTest::newRow("invalid key digits only") << "123 == 1" << 0 << "not a valid key";
        QTest::newRow("invalid key char") << "price!123 == 1" << 5 << "not an operator";
        QTest::newRow("bad character") << "c_a == 1 ; c_b == 2" << 9 << ";";
        QTest::newRow("&& instead of AND") << "c_a == 1 && c_b == 2" << 9 << "AND or OR";
        QTest::newRow("single quotes") << "c_a == 'x'" << 7 << "double quotes";
        QTest::newRow("chained comparison") << "c_a < 1 == 2" << 8 << "AND, OR";
        QTest::newRow("unknown operator") << "c_a === 1" << 4 << "===";
        QTest::newRow("bad regex") << "c_a matchesregex \"(ab\"" << 21 << "regular expression";
        QTest::newRow("empty parentheses") << "()" << 1 << "key";
        QTest::newRow("key then nothing") << "c_a" << 3 << "operator";
        QTest::newRow("operator as key") << "contains == 1" << 0 << "operator";
        QTest::newRow("two comparisons without AND") << "c_a == 1 c_b == 2" << 9 << "AND, OR";
        QTest::newRow("too deep") << QString(70, QLatin1Char('(')) + "c_a == 1" << 64 << "64";
    }

    void errors()
    {
        QFETCH(QString, rule);
        QFETCH(int, position);
        QFETCH(QString, messagePart);
        const TraitRule parsed = TraitRule::parse(rule);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.error().position, position);
        QVERIFY(parsed.error().length >= 1);
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        QVERIFY(parsed.errorText().contains(QString::number(position + 1)));
        QVERIFY(!parsed.evaluate(signalsOf(QStringLiteral("c_a=1&c_make=A"))));
    }

    void longChainsStayFlat()
    {
        QStringList parts;
        for (int i = 0; i < 5000; ++i)
            parts.append(QStringLiteral("c_k%1 == \"x\"").arg(i));
        const TraitRule rule = TraitRule::parse(parts.join(QStringLiteral(" OR ")));
        QVERIFY(rule.isValid());
        QCOMPARE(rule.keys().size(), 5000);
        QVERIFY(rule.evaluate(signalsOf(QStringLiteral("c_k4999=x"))));
        QVERIFY(!rule.evaluate(signalsOf(QStringLiteral("c_k4999=y"))));
    }

    void keysAndCache()
    {
        const QString text = QStringLiteral("(a == 1 OR b == 2) AND NOT a == 3");
        const auto first = TraitRule::cached(text);
        QCOMPARE(first->keys(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(TraitRule::cached(text).get(), first.get()); // parsed once
        QVERIFY(TraitRule::check(text).isEmpty());
        QVERIFY(TraitRule::check(QStringLiteral("   ")).isEmpty());
        QVERIFY(TraitRule::check(QStringLiteral("a = 1")).contains(QLatin1String("3")));
    }

    void sampleRulesParse()
    {
        const Workspace ws = test::sampleWorkspace();
        QVERIFY(!ws.segments.isEmpty());
        for (const Segment &s : ws.segments) {
            const TraitRule rule = TraitRule::parse(s.rule);
            QVERIFY2(rule.isValid(), qPrintable(s.rule + QLatin1String(": ") + rule.errorText()));
        }
    }

    void validatorReportsRuleErrors()
    {
        Workspace ws = test::smallWorkspace();
        ws.segments[1].rule = QStringLiteral("c_x == \"1\" AND");
        const QVector<Finding> findings = Validator::validate(ws, QDate(2026, 1, 1));
        int ruleFindings = 0;
        for (const Finding &f : findings) {
            if (f.code == QLatin1String("segment.rule-invalid")) {
                ++ruleFindings;
                QCOMPARE(f.key, ws.segments[1].sid);
                QCOMPARE(f.field, int(Segment::Rule));
                QCOMPARE(f.severity, Finding::Severity::Error);
                QVERIFY2(f.message.contains(QLatin1String("15")), qPrintable(f.message));
            }
        }
        QCOMPARE(ruleFindings, 1);
    }

    void catalogueShowsRuleErrors()
    {
        Workspace ws = test::smallWorkspace();
        ws.segments[0].rule = QStringLiteral("c_x = \"1\"");
        WorkspaceDocument document;
        document.reset(ws);
        SegmentCatalogModel model(&document);
        QAbstractItemModelTester tester(&model);
        const QModelIndex broken = model.index(0, SegmentCatalogModel::RuleColumn);
        const QStringList findings = broken.data(FindingsRole).toStringList();
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().contains(QLatin1String("==")));
        QVERIFY(!broken.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(1, SegmentCatalogModel::RuleColumn)
                    .data(FindingsRole)
                    .toStringList()
                    .isEmpty());
        // Fixing the rule through the model (an undoable edit) clears the finding.
        QVERIFY(model.setData(broken, QStringLiteral("c_x == \"1\"")));
        QVERIFY(model.index(0, 0).data(FindingsRole).toStringList().isEmpty());
        document.undo();
        QCOMPARE(model.index(0, 0).data(FindingsRole).toStringList().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTraitRule)
#include "tst_traitrule.moc"
