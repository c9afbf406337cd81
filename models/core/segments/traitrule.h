#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace dcsdesk {

class SignalSet;

// A segment rule in the trait-rule language of domain.md §9, parsed once into a flat node list
// that evaluates without allocating. The sandbox qualifies users with it and the validator and the
// segment catalogue report its errors, with the position they start at, so there is one grammar.
//
//   rule       := or
//   or         := and ( OR and )*
//   and        := unary ( AND unary | NOT unary )*     NOT after an operand is an implied AND NOT
//   unary      := NOT unary | primary
//   primary    := "(" or ")" | key operator value
//   operator   := == | != | > | < | >= | => | <= | contains | matcheswords | startswith
//                 | endswith | matchesregex
//   value      := "double-quoted text" | number
class TraitRule
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::TraitRule)

public:
    static constexpr int MaxNesting = 64; // parentheses and NOTs inside each other

    enum class Op {
        Equal,
        NotEqual,
        Greater,
        Less,
        GreaterOrEqual,
        LessOrEqual,
        Contains,
        MatchesWords,
        StartsWith,
        EndsWith,
        MatchesRegex
    };

    struct Error
    {
        int position = -1; // 0-based index into the rule text where the problem starts
        int length = 0;    // characters to underline, at least 1 when there is an error
        QString message;   // translated
    };

    // Parses text. A blank rule is valid and never qualifies (a segment reached only by d_sid).
    static TraitRule parse(const QString &text);

    // The parse of text from the process-wide cache (keyed by rule text, thread-safe).
    static std::shared_ptr<const TraitRule> cached(const QString &text);

    // Translated description of the rule's error ("Character 12: ..."), empty when it is fine.
    static QString check(const QString &text);

    const QString &text() const { return m_text; }
    bool isValid() const { return m_error.position < 0; }
    bool isBlank() const { return m_nodes.isEmpty() && isValid(); }
    const Error &error() const { return m_error; }
    // The error's message and errorText() in the language shown now: a rule from the cache
    // keeps error().message in the language of its first parse.
    QString errorMessage() const;
    QString errorText() const;

    // The distinct keys the rule reads, in order of first use.
    const QStringList &keys() const { return m_keys; }

    // False for an invalid or blank rule.
    bool evaluate(const SignalSet &callSignals) const;

    static QString operatorText(Op op);

private:
    struct Node
    {
        enum class Kind : quint8 { And, Or, Not, Compare };
        Kind kind = Kind::Compare;
        Op op = Op::Equal;
        QVector<int> children; // And, Or: operands; Not: one operand
        QString key;
        QString text;            // the literal as text (numbers as written)
        double number = 0;       // the literal's value when numeric, or when text that reads as one
        bool numeric = false;    // an unquoted number
        bool textNumber = false; // quoted text that reads as a number ("50")
        QStringList words;       // matcheswords, lower case
        QRegularExpression regex; // matchesregex
    };

    friend class TraitRuleParser;
    bool evaluateNode(int index, const SignalSet &callSignals) const;
    static bool compare(const Node &node, const QStringList &values);
    static bool equalsAny(const Node &node, const QStringList &values);

    QString m_text;
    QVector<Node> m_nodes;
    int m_root = -1;
    QStringList m_keys;
    Error m_error;
};

} // namespace dcsdesk
