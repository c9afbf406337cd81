#include "ruletest.h"

#include "calls/eventcall.h"
#include "calls/signalset.h"
#include "segments/traitrule.h"

#include <QRegularExpression>
#include <QUrl>

namespace dcsdesk {

RuleTest::Result RuleTest::run(const QString &ruleText, const QString &signalsText)
{
    Result result;
    const auto rule = TraitRule::cached(ruleText);
    if (!rule->isValid()) {
        result.outcome = Outcome::RuleError;
        result.message = tr("Fix the rule above first.");
        return result;
    }
    if (rule->isBlank()) {
        result.outcome = Outcome::BlankRule;
        result.message = tr("The segment has no rule, so no signals qualify a user for it; only "
                            "d_sid reaches it.");
        return result;
    }
    SignalSet signalSet;
    static const QRegularExpression separators(QStringLiteral("[&\\n\\r]+"));
    const QStringList pairs = signalsText.split(separators, Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString trimmed = pair.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            result.outcome = Outcome::SignalsError;
            result.message = tr("“%1” is not a key=value pair. Write the signals as in a call, "
                                "for example c_make=A&c_model=B.")
                                 .arg(trimmed);
            return result;
        }
        QString key, value;
        // Percent-encoded text is decoded the way the DCS decodes it; plain text is taken as is.
        if (!EventCall::decode(trimmed.left(equals).toUtf8(), &key))
            key = trimmed.left(equals);
        if (!EventCall::decode(trimmed.mid(equals + 1).toUtf8(), &value))
            value = trimmed.mid(equals + 1);
        signalSet.add(key.trimmed(), value);
    }
    if (signalSet.isEmpty()) {
        result.outcome = Outcome::NoSignals;
        result.message =
            tr("Type signals to test, for example %1.")
                .arg(rule->keys().isEmpty() ? QStringLiteral("c_make=A")
                                            : rule->keys().first() + QStringLiteral("=…"));
        return result;
    }
    for (const QString &key : rule->keys()) {
        if (!signalSet.contains(key))
            result.missingKeys << key;
    }
    if (rule->evaluate(signalSet)) {
        result.outcome = Outcome::Qualifies;
        result.message = tr("Qualifies: a call with these signals puts the user in the segment.");
    } else {
        result.outcome = Outcome::DoesNotQualify;
        result.message =
            result.missingKeys.isEmpty()
                ? tr("Does not qualify with these signals.")
                : tr("Does not qualify. The rule also reads %1, which these signals do not "
                     "carry.")
                      .arg(result.missingKeys.join(QStringLiteral(", ")));
    }
    return result;
}

QString RuleTest::sampleSignals(const QString &rule)
{
    static const QRegularExpression comparison(
        QStringLiteral("([A-Za-z0-9_][A-Za-z0-9_-]*)\\s*(==|>=|=>|<=|>|<)\\s*(?:\"([^\"]*)\"|(-?"
                       "\\d+(?:\\.\\d+)?))"));
    QStringList pairs;
    QStringList seen;
    auto it = comparison.globalMatch(rule);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1);
        if (seen.contains(key))
            continue;
        seen << key;
        const QString op = m.captured(2);
        QString value = m.captured(3);
        if (m.capturedLength(4) > 0) {
            double number = m.captured(4).toDouble();
            if (op == QLatin1String(">"))
                number += 1;
            else if (op == QLatin1String("<"))
                number -= 1;
            value = QString::number(number);
        }
        pairs << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return pairs.join(QLatin1Char('&'));
}

} // namespace dcsdesk
