#include "environment.h"

#include <QRegularExpression>
#include <QSet>

namespace dcsdesk {

namespace {

const QString kName = QStringLiteral("name");
const QString kValue = QStringLiteral("value");
const QString kSecret = QStringLiteral("secret");
const QString kVariables = QStringLiteral("variables");

QJsonObject withoutKeys(QJsonObject o, std::initializer_list<QString> keys)
{
    for (const QString &k : keys)
        o.remove(k);
    return o;
}

} // namespace

bool EnvironmentVariable::operator==(const EnvironmentVariable &o) const
{
    return name == o.name && value == o.value && secret == o.secret && unknownKeys == o.unknownKeys;
}

bool Environment::operator==(const Environment &o) const
{
    return name == o.name && variables == o.variables && unknownKeys == o.unknownKeys;
}

const EnvironmentVariable *Environment::variable(const QString &variableName) const
{
    for (const EnvironmentVariable &v : variables) {
        if (v.name == variableName)
            return &v;
    }
    return nullptr;
}

bool Environment::isValidVariableName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return re.match(name).hasMatch();
}

QString Environment::processVariableFor(const QString &variableName)
{
    QString out = QStringLiteral("DCSDESK_VAR_");
    for (const QChar c : variableName.toUpper())
        out += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                       (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                   ? c
                   : QLatin1Char('_');
    return out;
}

QString Environment::validate(const QJsonArray &json)
{
    QSet<QString> names;
    for (int i = 0; i < json.size(); ++i) {
        const QString where = QStringLiteral("environments[%1]").arg(i);
        if (!json.at(i).isObject())
            return tr("%1: expected an object").arg(where);
        const QJsonObject env = json.at(i).toObject();
        const QJsonValue name = env.value(kName);
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return tr("%1.name: expected the environment's name (text)").arg(where);
        if (names.contains(name.toString()))
            return tr("%1.name: a second environment named “%2”").arg(where, name.toString());
        names.insert(name.toString());
        const QJsonValue variables = env.value(kVariables);
        if (variables.isUndefined())
            continue;
        if (!variables.isArray())
            return tr("%1.variables: expected a list").arg(where);
        QSet<QString> variableNames;
        const QJsonArray list = variables.toArray();
        for (int j = 0; j < list.size(); ++j) {
            const QString at = QStringLiteral("%1.variables[%2]").arg(where).arg(j);
            if (!list.at(j).isObject())
                return tr("%1: expected an object").arg(at);
            const QJsonObject v = list.at(j).toObject();
            const QString vname = v.value(kName).toString();
            if (!v.value(kName).isString() || !isValidVariableName(vname))
                return tr("%1.name: expected a variable name (letters, digits, _ . -, starting "
                          "with a letter or _)")
                    .arg(at);
            if (variableNames.contains(vname))
                return tr("%1.name: a second variable named “%2”").arg(at, vname);
            variableNames.insert(vname);
            if (v.contains(kValue) && !v.value(kValue).isString())
                return tr("%1.value: expected text").arg(at);
            if (v.contains(kSecret) && !v.value(kSecret).isBool())
                return tr("%1.secret: expected true or false").arg(at);
            if (v.value(kSecret).toBool() && !v.value(kValue).toString().isEmpty())
                return tr("%1.value: the secret variable “%2” has a value in the file. Secret "
                          "values are never kept in a workspace: remove the value and set %3 "
                          "instead.")
                    .arg(at, vname, processVariableFor(vname));
        }
    }
    return QString();
}

QVector<Environment> Environment::fromJson(const QJsonArray &json)
{
    QVector<Environment> out;
    for (const QJsonValue &item : json) {
        const QJsonObject o = item.toObject();
        Environment env;
        env.name = o.value(kName).toString();
        for (const QJsonValue &vv : o.value(kVariables).toArray()) {
            const QJsonObject v = vv.toObject();
            EnvironmentVariable var;
            var.name = v.value(kName).toString();
            var.secret = v.value(kSecret).toBool();
            if (!var.secret)
                var.value = v.value(kValue).toString();
            var.unknownKeys = withoutKeys(v, {kName, kValue, kSecret});
            env.variables.append(var);
        }
        env.unknownKeys = withoutKeys(o, {kName, kVariables});
        out.append(env);
    }
    return out;
}

QJsonArray Environment::toJson(const QVector<Environment> &environments)
{
    QJsonArray out;
    for (const Environment &env : environments) {
        QJsonObject o = env.unknownKeys;
        o.insert(kName, env.name);
        QJsonArray variables;
        for (const EnvironmentVariable &v : env.variables) {
            QJsonObject vo = v.unknownKeys;
            vo.insert(kName, v.name);
            if (v.secret)
                vo.insert(kSecret, true);
            else
                vo.insert(kValue, v.value);
            variables.append(vo);
        }
        o.insert(kVariables, variables);
        out.append(o);
    }
    return out;
}

} // namespace dcsdesk
