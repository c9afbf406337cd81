#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dcsdesk {

// The segment editor's "test with signals" box: does a user whose call carries these key-value
// pairs qualify for this rule? Signals are typed as in a call, "c_make=A&c_model=B" or one pair
// per line; the verdict comes from the sandbox's own parser and evaluator.
class RuleTest
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::RuleTest)

public:
    enum class Outcome { Qualifies, DoesNotQualify, BlankRule, RuleError, SignalsError, NoSignals };

    struct Result
    {
        Outcome outcome = Outcome::NoSignals;
        QString message;         // translated, one or two sentences
        QStringList missingKeys; // keys the rule reads that the signals do not carry
    };

    static Result run(const QString &rule, const QString &signalsText);

    // Example signals for a rule: one pair per plain comparison (key == "text", key >= 5 ...)
    // chosen to hold, e.g. "c_interest=golf&c_score=5". Empty when the rule has none.
    static QString sampleSignals(const QString &rule);
};

} // namespace dcsdesk
