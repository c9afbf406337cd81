#pragma once

#include "dcs/dcsresult.h"
#include "domain/environment.h"
#include "sessionsecrets.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dcsdesk {

// One {{name}} that was replaced, and by what.
struct VariableUse
{
    QString name;
    QString value;
    bool secret = false;
    SessionSecrets::Source source = SessionSecrets::Source::None; // for a secret
};

// What resolving the {{variables}} of one request did: which environment gave the values, what
// each variable became, and which ones could not be resolved. A request with an unresolved
// variable is never sent: addFindings() makes each one a blocking finding that says what to do.
struct VariableResolution
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::VariableResolution)

public:
    // Who reads the errors: the app's advice names its dialogs, the command line's its options.
    enum class Advice { App, CommandLine };

    QString environment;       // the environment used; empty when none
    QVector<VariableUse> used; // each variable once, in the order met
    QStringList undefined;     // not defined in the environment (or no environment)
    QStringList secretsWithoutValue;
    Advice advice = Advice::App;

    bool ok() const { return undefined.isEmpty() && secretsWithoutValue.isEmpty(); }
    QStringList errors() const; // translated, one line per unresolved variable, for `advice`
    QString describe(const VariableUse &use) const; // "{{alias}} = “sample”", secrets masked
    void addFindings(PreparedRequest *prepared) const;
    // Puts {{name}} back where a secret's value went (URL, headers, body, the request) and
    // wherever the answer repeats it, so a record of the call (history, a report) never holds it.
    void maskSecrets(DcsResult *result) const;
    // The same in a request about to be shown or copied: {{name}}, or ••• (the console's
    // preview), in place of each secret value.
    enum class SecretMask { Placeholder, Dots };
    void maskSecrets(PreparedRequest *prepared, SecretMask mask) const;
    QJsonObject toJson() const; // environment, variables [{name, value|secret, source}], errors

private:
    QStringList commandLineErrors() const;
};

// Replaces {{name}} (spaces inside the braces allowed) in every text field of a request and of
// the profile it is sent with: URL parts, alias, base URL, user and org IDs, signals, declared
// IDs, headers. Values come from one environment; a secret's from SessionSecrets.
class VariableResolver
{
public:
    VariableResolver(const Environment *environment, const SessionSecrets *secrets);
    void setAdvice(VariableResolution::Advice advice) { m_advice = advice; }

    QString substitute(const QString &text, VariableResolution *resolution) const;
    VariableResolution apply(Profile *profile, DcsRequest *request) const;

    static QStringList namesIn(const QString &text);
    static bool hasVariables(const QString &text);
    static const QRegularExpression &variablePattern(); // {{name}}, spaces allowed inside

private:
    QJsonValue substituteJson(const QJsonValue &value, VariableResolution *resolution) const;

    const Environment *m_environment;
    const SessionSecrets *m_secrets;
    VariableResolution::Advice m_advice = VariableResolution::Advice::App;
};

} // namespace dcsdesk
