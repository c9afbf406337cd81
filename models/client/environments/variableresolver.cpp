#include "variableresolver.h"

#include "dcs/dcsresponsedecoder.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace dcsdesk {

namespace {

const QRegularExpression &patternOfVariables()
{
    static const QRegularExpression re(
        QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
    return re;
}

QString sourceKey(SessionSecrets::Source s)
{
    switch (s) {
    case SessionSecrets::Source::Session:
        return QStringLiteral("session");
    case SessionSecrets::Source::Keychain:
        return QStringLiteral("keychain");
    case SessionSecrets::Source::ProcessEnvironment:
        return QStringLiteral("processEnvironment");
    case SessionSecrets::Source::None:
        break;
    }
    return QStringLiteral("none");
}

// How a value may stand in a call or its answer: as typed, percent-encoded, with + for spaces.
QVector<QByteArray> secretForms(const QString &value)
{
    const QByteArray encoded = QUrl::toPercentEncoding(value);
    QByteArray plus = encoded;
    plus.replace("%20", "+");
    return {value.toUtf8(), encoded, plus};
}

QJsonValue replaceInJson(const QJsonValue &v, const QString &from, const QString &to)
{
    if (v.isString())
        return QJsonValue(QString(v.toString()).replace(from, to));
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(replaceInJson(item, from, to));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out = v.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = replaceInJson(it.value(), from, to);
        return out;
    }
    return v;
}

} // namespace

QStringList VariableResolution::errors() const
{
    if (advice == Advice::CommandLine)
        return commandLineErrors();
    QStringList out;
    for (const QString &name : undefined) {
        out.append(environment.isEmpty()
                       ? tr("The variable {{%1}} has no value: no environment is chosen. Choose "
                            "an environment that defines %1, or add one with Environments….")
                             .arg(name)
                       : tr("The variable {{%1}} is not defined in the environment “%2”. Add it "
                            "with Environments…, or choose an environment that defines it.")
                             .arg(name, environment));
    }
    for (const QString &name : secretsWithoutValue) {
        out.append(tr("The secret variable {{%1}} of the environment “%2” has no value: the "
                      "system keychain has none and %3 is not set. Type the value in "
                      "Environments…, or set the system environment variable %3.")
                       .arg(name, environment, Environment::processVariableFor(name)));
    }
    return out;
}

QStringList VariableResolution::commandLineErrors() const
{
    QStringList out;
    for (const QString &name : undefined) {
        out.append(environment.isEmpty()
                       ? tr("The variable {{%1}} has no value: no environment is chosen. Add "
                            "--env NAME with an environment of the workspace that defines %1.")
                             .arg(name)
                       : tr("The variable {{%1}} is not defined in the environment “%2”. Add it "
                            "to that environment in the workspace file (its \"environments\" "
                            "list), or choose another environment with --env NAME.")
                             .arg(name, environment));
    }
    for (const QString &name : secretsWithoutValue) {
        out.append(tr("The secret variable {{%1}} of the environment “%2” has no value: the "
                      "system keychain has none and %3 is not set. Set the system "
                      "environment variable %3 for this command.")
                       .arg(name, environment, Environment::processVariableFor(name)));
    }
    return out;
}

QString VariableResolution::describe(const VariableUse &use) const
{
    if (!use.secret)
        return tr("{{%1}} = “%2” (environment “%3”)").arg(use.name, use.value, environment);
    switch (use.source) {
    case SessionSecrets::Source::ProcessEnvironment:
        return tr("{{%1}} = secret value from %2 (environment “%3”, never stored)")
            .arg(use.name, Environment::processVariableFor(use.name), environment);
    case SessionSecrets::Source::Keychain:
        return tr("{{%1}} = secret value from the system keychain (environment “%2”)")
            .arg(use.name, environment);
    case SessionSecrets::Source::Session:
    case SessionSecrets::Source::None:
        break;
    }
    return tr("{{%1}} = secret value typed in this session (environment “%2”, never stored)")
        .arg(use.name, environment);
}

void VariableResolution::addFindings(PreparedRequest *prepared) const
{
    for (const QString &message : errors())
        prepared->findings.prepend(
            RequestFinding::make(Finding::Severity::Error, RequestFinding::Part::Request, -1,
                                 QString(), "variable.undefined", message, true));
    for (const VariableUse &use : used)
        prepared->findings.append(RequestFinding::make(Finding::Severity::Info,
                                                       RequestFinding::Part::Request, -1, use.name,
                                                       "variable.used", describe(use)));
}

void VariableResolution::maskSecrets(DcsResult *result) const
{
    maskSecrets(&result->request, SecretMask::Placeholder);
    // The answer may hold a secret too (a DCS echoes a secret user ID as its uuid): it is put
    // back as {{name}} there as well, and the answer decoded again from what is kept.
    bool answerHeldOne = false;
    for (const VariableUse &use : used) {
        if (!use.secret || use.value.isEmpty())
            continue;
        const QString token = QStringLiteral("{{%1}}").arg(use.name);
        const QByteArray tokenBytes = token.toUtf8();
        for (const QByteArray &form : secretForms(use.value)) {
            if (result->body.contains(form)) {
                result->body.replace(form, tokenBytes);
                answerHeldOne = true;
            }
            for (auto &h : result->headers) {
                if (h.second.contains(form)) {
                    h.second.replace(form, tokenBytes);
                    answerHeldOne = true;
                }
            }
            result->reasonPhrase.replace(form, tokenBytes);
        }
        result->redirectTarget.replace(use.value, token);
        result->networkError.replace(use.value, token);
    }
    if (answerHeldOne && result->hasResponse && result->httpStatus > 0)
        result->response = DcsResponseDecoder::decode(
            result->httpStatus, result->headers, result->body,
            DcsResponseDecoder::expectationFor(result->request.request));
}

void VariableResolution::maskSecrets(PreparedRequest *prepared, SecretMask mask) const
{
    PreparedRequest &p = *prepared;
    for (const VariableUse &use : used) {
        if (!use.secret || use.value.isEmpty())
            continue;
        const QString token = mask == SecretMask::Dots ? QString(3, QChar(0x2022))
                                                       : QStringLiteral("{{%1}}").arg(use.name);
        const QByteArray tokenBytes = token.toUtf8();
        for (const QByteArray &form : secretForms(use.value)) {
            p.urlText.replace(form, tokenBytes);
            p.body.replace(form, tokenBytes);
            for (auto &h : p.headers)
                h.second.replace(form, tokenBytes);
            for (PreparedParam &param : p.params)
                param.encoded.replace(form, tokenBytes);
        }
        for (PreparedParam &param : p.params)
            param.value.replace(use.value, token);
        p.url = QUrl(QString::fromUtf8(p.urlText));
        p.request =
            DcsRequest::fromJson(replaceInJson(p.request.toJson(), use.value, token).toObject());
        for (RequestFinding &f : p.findings)
            f.message.replace(use.value, token);
    }
}

QJsonObject VariableResolution::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("environment"),
             environment.isEmpty() ? QJsonValue() : QJsonValue(environment));
    QJsonArray variables;
    for (const VariableUse &use : used) {
        QJsonObject v;
        v.insert(QStringLiteral("name"), use.name);
        if (use.secret) {
            v.insert(QStringLiteral("secret"), true);
            v.insert(QStringLiteral("source"), sourceKey(use.source));
        } else {
            v.insert(QStringLiteral("value"), use.value);
        }
        variables.append(v);
    }
    o.insert(QStringLiteral("variables"), variables);
    o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors()));
    return o;
}

VariableResolver::VariableResolver(const Environment *environment, const SessionSecrets *secrets)
    : m_environment(environment), m_secrets(secrets)
{
}

QStringList VariableResolver::namesIn(const QString &text)
{
    QStringList names;
    auto it = patternOfVariables().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

const QRegularExpression &VariableResolver::variablePattern()
{
    return patternOfVariables();
}

bool VariableResolver::hasVariables(const QString &text)
{
    return text.contains(QLatin1String("{{")) && patternOfVariables().match(text).hasMatch();
}

QString VariableResolver::substitute(const QString &text, VariableResolution *r) const
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = patternOfVariables().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        r->advice = m_advice;
        if (m_environment)
            r->environment = m_environment->name; // a check's own resolution names it too
        const EnvironmentVariable *var = m_environment ? m_environment->variable(name) : nullptr;
        if (!var) {
            if (!r->undefined.contains(name))
                r->undefined.append(name);
            out += m.captured(0);
            continue;
        }
        VariableUse use;
        use.name = name;
        use.secret = var->secret;
        use.value = var->value;
        if (var->secret) {
            use.value =
                m_secrets ? m_secrets->value(m_environment->name, name, &use.source) : QString();
            if (use.source == SessionSecrets::Source::None) {
                if (!r->secretsWithoutValue.contains(name))
                    r->secretsWithoutValue.append(name);
                out += m.captured(0);
                continue;
            }
        }
        out += use.value;
        bool seen = false;
        for (const VariableUse &u : std::as_const(r->used))
            seen = seen || u.name == name;
        if (!seen)
            r->used.append(use);
    }
    out += QStringView(text).mid(last);
    return out;
}

QJsonValue VariableResolver::substituteJson(const QJsonValue &v, VariableResolution *r) const
{
    if (v.isString())
        return substitute(v.toString(), r);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(substituteJson(item, r));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out = v.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = substituteJson(it.value(), r);
        return out;
    }
    return v;
}

VariableResolution VariableResolver::apply(Profile *profile, DcsRequest *request) const
{
    VariableResolution r;
    r.advice = m_advice;
    if (m_environment)
        r.environment = m_environment->name;
    for (QString *field : {&profile->alias, &profile->customBaseUrl, &profile->defaultUserId,
                           &profile->orgId, &profile->caFile, &profile->pinnedPublicKey}) {
        *field = substitute(*field, &r);
    }
    for (DcsHeader &h : profile->headers) {
        h.name = substitute(h.name, &r);
        h.value = substitute(h.value, &r);
    }
    // Every text of the request (its name is not sent); a request without "{{" is left as is.
    QJsonObject json = request->toJson();
    const QString name = request->name;
    json.remove(QStringLiteral("name"));
    const QByteArray probe = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (probe.contains("{{")) {
        const QJsonObject resolved = substituteJson(json, &r).toObject();
        *request = DcsRequest::fromJson(resolved);
        request->name = name;
    }
    return r;
}

} // namespace dcsdesk
