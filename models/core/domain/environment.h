#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dcsdesk {

// One {{name}} of an environment. A secret variable keeps no value in the workspace file: its
// value comes from the process environment (DCSDESK_VAR_<NAME>) or is typed in for the session.
struct EnvironmentVariable
{
    QString name;
    QString value; // always empty for a secret variable
    bool secret = false;
    QJsonObject unknownKeys;

    bool operator==(const EnvironmentVariable &o) const;
    bool operator!=(const EnvironmentVariable &o) const { return !(*this == o); }
};

// A named set of variable values (production, beta, mock, sandbox): the same saved requests and
// profiles go to another account or host by choosing another environment, not by editing them.
struct Environment
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::Environment)

public:
    QString name;
    QVector<EnvironmentVariable> variables;
    QJsonObject unknownKeys;

    const EnvironmentVariable *variable(const QString &name) const;

    bool operator==(const Environment &o) const;
    bool operator!=(const Environment &o) const { return !(*this == o); }

    // A variable name: a letter or _, then letters, digits, _, - or . ("alias", "api.token").
    static bool isValidVariableName(const QString &name);
    // Where a secret's value may come from: DCSDESK_VAR_ and the name in capitals, every
    // character other than A-Z and 0-9 as "_" ("api.token" -> DCSDESK_VAR_API_TOKEN).
    static QString processVariableFor(const QString &variableName);

    // The workspace's "environments" list. validate() gives the first problem with its place
    // ("environments[1].variables[0].name: ...") or an empty string; fromJson() reads a list
    // validate() accepted. toJson() never writes a secret's value.
    static QString validate(const QJsonArray &json);
    static QVector<Environment> fromJson(const QJsonArray &json);
    static QJsonArray toJson(const QVector<Environment> &environments);
};

} // namespace dcsdesk
