#include "check.h"

#include "system/jsonnumber.h"

#include <QJsonArray>

namespace dcsdesk {

namespace {

const char *const kCheckKindKey = "kind";
const char *const kCheckEquals = "equals";
const char *const kCheckCodes = "codes";
const char *const kCheckIds = "ids";
const char *const kCheckFired = "fired";
const char *const kCheckName = "name";
const char *const kCheckMatch = "match";
const char *const kCheckValue = "value";
const char *const kCheckUnderMs = "underMs";

struct CheckKindName
{
    Check::Kind kind;
    const char *key;
};

const CheckKindName kCheckKinds[] = {
    {Check::Kind::HttpStatus, "status"},
    {Check::Kind::NoErrors, "noErrors"},
    {Check::Kind::ErrorCodes, "errorCodes"},
    {Check::Kind::SegmentsQualified, "segmentsQualified"},
    {Check::Kind::SegmentsNotQualified, "segmentsNotQualified"},
    {Check::Kind::UrlDestination, "urlDestination"},
    {Check::Kind::CookieDestination, "cookieDestination"},
    {Check::Kind::Uuid, "uuid"},
    {Check::Kind::DcsRegion, "dcsRegion"},
    {Check::Kind::AnswerTime, "answerTime"},
    {Check::Kind::Header, "header"},
};

// The keys each kind reads; the others of the object are left as they were.
QStringList checkOwnKeys(Check::Kind kind)
{
    switch (kind) {
    case Check::Kind::HttpStatus:
    case Check::Kind::Uuid:
    case Check::Kind::DcsRegion:
        return {QLatin1String(kCheckEquals)};
    case Check::Kind::ErrorCodes:
        return {QLatin1String(kCheckCodes)};
    case Check::Kind::SegmentsQualified:
    case Check::Kind::SegmentsNotQualified:
        return {QLatin1String(kCheckIds)};
    case Check::Kind::UrlDestination:
        return {QLatin1String(kCheckFired), QLatin1String(kCheckMatch), QLatin1String(kCheckValue)};
    case Check::Kind::CookieDestination:
        return {QLatin1String(kCheckName), QLatin1String(kCheckFired), QLatin1String(kCheckMatch),
                QLatin1String(kCheckValue)};
    case Check::Kind::AnswerTime:
        return {QLatin1String(kCheckUnderMs)};
    case Check::Kind::Header:
        return {QLatin1String(kCheckName)};
    case Check::Kind::NoErrors:
    case Check::Kind::Unknown:
        break;
    }
    return {};
}

QString checkIdText(const QVector<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

QString checkCodeText(const QVector<int> &codes)
{
    QStringList parts;
    for (int c : codes)
        parts.append(QString::number(c));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString Check::kindKey(Kind kind)
{
    for (const CheckKindName &k : kCheckKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return QString();
}

Check::Kind Check::kindFromKey(const QString &key)
{
    for (const CheckKindName &k : kCheckKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return Kind::Unknown;
}

QStringList Check::kindKeys()
{
    QStringList out;
    for (const CheckKindName &k : kCheckKinds)
        out.append(QLatin1String(k.key));
    return out;
}

QString Check::matchKey(Match match)
{
    switch (match) {
    case Match::Equals:
        return QStringLiteral("equals");
    case Match::Regex:
        return QStringLiteral("regex");
    case Match::Contains:
        break;
    }
    return QStringLiteral("contains");
}

Check Check::fromJson(const QJsonObject &json, QString *error)
{
    Check c;
    c.json = json;
    c.kind = kindFromKey(json.value(QLatin1String(kCheckKindKey)).toString());
    QString problem;
    const auto wrong = [&problem](const char *key, const QString &expected) {
        if (problem.isEmpty())
            problem = tr("The check's “%1” must be %2.").arg(QLatin1String(key), expected);
    };
    const QJsonValue equals = json.value(QLatin1String(kCheckEquals));
    switch (c.kind) {
    case Kind::HttpStatus:
        if (!equals.isUndefined() && !equals.isDouble())
            wrong(kCheckEquals, tr("a number"));
        c.status = equals.toInt(200);
        break;
    case Kind::ErrorCodes:
    case Kind::SegmentsQualified:
    case Kind::SegmentsNotQualified: {
        const char *key = c.kind == Kind::ErrorCodes ? kCheckCodes : kCheckIds;
        const QJsonValue list = json.value(QLatin1String(key));
        if (!list.isUndefined() && !list.isArray())
            wrong(key, tr("a list of numbers"));
        for (const QJsonValue &v : list.toArray()) {
            const std::optional<qint64> number = wholeNumberOf(v);
            if (!number)
                wrong(key, tr("a list of numbers"));
            else if (c.kind == Kind::ErrorCodes)
                c.codes.append(v.toInt());
            else
                c.ids.append(*number);
        }
        break;
    }
    case Kind::UrlDestination:
    case Kind::CookieDestination: {
        c.name = json.value(QLatin1String(kCheckName)).toString();
        c.fired = json.value(QLatin1String(kCheckFired)).toBool(true);
        c.value = json.value(QLatin1String(kCheckValue)).toString();
        const QString match = json.value(QLatin1String(kCheckMatch)).toString();
        if (match == QLatin1String("equals"))
            c.match = Match::Equals;
        else if (match == QLatin1String("regex"))
            c.match = Match::Regex;
        else if (!match.isEmpty() && match != QLatin1String("contains"))
            wrong(kCheckMatch, tr("“contains”, “equals” or “regex”"));
        break;
    }
    case Kind::Uuid:
        c.value = equals.toString();
        break;
    case Kind::DcsRegion:
        c.hasRegion = equals.isDouble();
        c.region = equals.toInt();
        if (!equals.isUndefined() && !equals.isDouble())
            wrong(kCheckEquals, tr("a number"));
        break;
    case Kind::AnswerTime:
        c.underMs = json.value(QLatin1String(kCheckUnderMs)).toInt();
        if (c.underMs <= 0)
            wrong(kCheckUnderMs, tr("a number of milliseconds above 0"));
        break;
    case Kind::Header:
        c.name = json.value(QLatin1String(kCheckName)).toString();
        if (c.name.isEmpty())
            wrong(kCheckName, tr("a header name"));
        break;
    case Kind::NoErrors:
    case Kind::Unknown:
        break;
    }
    c.problem = problem;
    if (error)
        *error = problem;
    return c;
}

QJsonObject Check::toJson() const
{
    if (kind == Kind::Unknown)
        return json;
    QJsonObject o = json;
    for (const QString &key : checkOwnKeys(kind))
        o.remove(key);
    o.insert(QLatin1String(kCheckKindKey), kindKey(kind));
    switch (kind) {
    case Kind::HttpStatus:
        o.insert(QLatin1String(kCheckEquals), status);
        break;
    case Kind::ErrorCodes: {
        QJsonArray a;
        for (int code : codes)
            a.append(code);
        o.insert(QLatin1String(kCheckCodes), a);
        break;
    }
    case Kind::SegmentsQualified:
    case Kind::SegmentsNotQualified: {
        QJsonArray a;
        for (qint64 id : ids)
            a.append(id);
        o.insert(QLatin1String(kCheckIds), a);
        break;
    }
    case Kind::CookieDestination:
        o.insert(QLatin1String(kCheckName), name);
        Q_FALLTHROUGH();
    case Kind::UrlDestination:
        o.insert(QLatin1String(kCheckFired), fired);
        if (!value.isEmpty()) {
            o.insert(QLatin1String(kCheckMatch), matchKey(match));
            o.insert(QLatin1String(kCheckValue), value);
        }
        break;
    case Kind::Uuid:
        if (!value.isEmpty())
            o.insert(QLatin1String(kCheckEquals), value);
        break;
    case Kind::DcsRegion:
        if (hasRegion)
            o.insert(QLatin1String(kCheckEquals), region);
        break;
    case Kind::AnswerTime:
        o.insert(QLatin1String(kCheckUnderMs), underMs);
        break;
    case Kind::Header:
        o.insert(QLatin1String(kCheckName), name);
        break;
    case Kind::NoErrors:
    case Kind::Unknown:
        break;
    }
    return o;
}

// Whole sentences per match, so that each language can word the relative clause its way.
QString Check::describeDestination() const
{
    const bool url = kind == Kind::UrlDestination;
    if (value.isEmpty()) {
        if (url)
            return fired ? tr("A URL destination fires") : tr("No URL destination fires");
        return fired ? tr("Cookie destination %1 fires").arg(name)
                     : tr("Cookie destination %1 does not fire").arg(name);
    }
    switch (match) {
    case Match::Equals:
        if (url)
            return (fired ? tr("A URL destination fires with the URL “%1”")
                          : tr("No URL destination fires with the URL “%1”"))
                .arg(value);
        return (fired ? tr("Cookie destination %1 fires with the value “%2”")
                      : tr("Cookie destination %1 does not fire with the value “%2”"))
            .arg(name, value);
    case Match::Regex:
        if (url)
            return (fired ? tr("A URL destination fires with a URL that matches “%1”")
                          : tr("No URL destination fires with a URL that matches “%1”"))
                .arg(value);
        return (fired ? tr("Cookie destination %1 fires with a value that matches “%2”")
                      : tr("Cookie destination %1 does not fire with a value that matches “%2”"))
            .arg(name, value);
    case Match::Contains:
        break;
    }
    if (url)
        return (fired ? tr("A URL destination fires with a URL that contains “%1”")
                      : tr("No URL destination fires with a URL that contains “%1”"))
            .arg(value);
    return (fired ? tr("Cookie destination %1 fires with a value that contains “%2”")
                  : tr("Cookie destination %1 does not fire with a value that contains “%2”"))
        .arg(name, value);
}

QString Check::describe() const
{
    switch (kind) {
    case Kind::HttpStatus:
        return tr("HTTP status is %1").arg(status);
    case Kind::NoErrors:
        return tr("No DCS errors");
    case Kind::ErrorCodes:
        return codes.isEmpty() ? tr("No DCS errors")
                               : tr("DCS errors are exactly %1").arg(checkCodeText(codes));
    case Kind::SegmentsQualified:
        return tr("Segments qualify: %1").arg(checkIdText(ids));
    case Kind::SegmentsNotQualified:
        return tr("Segments do not qualify: %1").arg(checkIdText(ids));
    case Kind::UrlDestination:
    case Kind::CookieDestination:
        return describeDestination();
    case Kind::Uuid:
        return value.isEmpty() ? tr("The answer has a uuid") : tr("uuid is %1").arg(value);
    case Kind::DcsRegion:
        return hasRegion ? tr("dcs_region is %1").arg(region) : tr("The answer has a dcs_region");
    case Kind::AnswerTime:
        return tr("Answer within %1 ms").arg(underMs);
    case Kind::Header:
        return tr("Header %1 is present").arg(name);
    case Kind::Unknown:
        break;
    }
    return tr("Check of unknown kind “%1”")
        .arg(json.value(QLatin1String(kCheckKindKey)).toString());
}

} // namespace dcsdesk
