#include "preparedrequest.h"

#include "calls/dcsendpoint.h"
#include "shellquote.h"

#include <QJsonArray>

namespace dcsdesk {

bool PreparedRequest::expectsJson() const
{
    const DcsEndpoint::Kind kind = DcsEndpoint::kindOf(request.path);
    return request.rtbdJson && kind != DcsEndpoint::Kind::IdSync &&
           kind != DcsEndpoint::Kind::OptOut;
}

RequestFinding RequestFinding::make(Finding::Severity severity, Part part, int index,
                                    const QString &key, const char *code, const QString &message,
                                    bool blocking)
{
    RequestFinding f;
    f.severity = severity;
    f.part = part;
    f.index = index;
    f.key = key;
    f.code = QString::fromLatin1(code);
    f.message = message;
    f.blocking = blocking;
    return f;
}

QString RequestFinding::partName(Part part)
{
    switch (part) {
    case Part::Request:
        return QStringLiteral("request");
    case Part::Target:
        return QStringLiteral("target");
    case Part::Alias:
        return QStringLiteral("alias");
    case Part::Path:
        return QStringLiteral("path");
    case Part::UserId:
        return QStringLiteral("userId");
    case Part::OrgId:
        return QStringLiteral("orgId");
    case Part::Option:
        return QStringLiteral("option");
    case Part::Signal:
        return QStringLiteral("signal");
    case Part::DeclaredId:
        return QStringLiteral("declaredId");
    case Part::Header:
        return QStringLiteral("header");
    }
    return {};
}

QJsonObject RequestFinding::toJson() const
{
    static const char *const severities[] = {"error", "warning", "info"};
    QJsonObject o{{QStringLiteral("severity"), QString::fromLatin1(severities[int(severity)])},
                  {QStringLiteral("part"), partName(part)},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("blocking"), blocking}};
    if (index >= 0)
        o.insert(QStringLiteral("index"), index);
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    return o;
}

bool PreparedRequest::isRefused() const
{
    for (const RequestFinding &f : findings) {
        if (f.blocking)
            return true;
    }
    return false;
}

QByteArray PreparedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int PreparedRequest::countOf(Finding::Severity severity) const
{
    int n = 0;
    for (const RequestFinding &f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

QString PreparedRequest::toCurl() const
{
    QString first = QStringLiteral("curl");
    if (method != "GET")
        first += QStringLiteral(" -X ") + QString::fromLatin1(method);
    first += QLatin1Char(' ') + ShellQuote::quote(QString::fromUtf8(urlText));
    QStringList parts{first};
    bool hasAccept = false;
    for (const auto &h : headers) {
        // curl writes the body's length itself, in the same place (last) and with the same value.
        if (method == "POST" && h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        hasAccept = hasAccept || h.first.compare("Accept", Qt::CaseInsensitive) == 0;
        // "Name:" would tell curl to drop the header; "Name;" sends it empty.
        const QByteArray line = h.second.isEmpty() ? h.first + ';' : h.first + ": " + h.second;
        parts << QStringLiteral("-H ") + ShellQuote::quote(QString::fromUtf8(line));
    }
    // curl sends "Accept: */*" of its own, and "Expect: 100-continue" before a body of 1 MiB
    // or more; DCS Desk sends neither, so the command switches them off.
    if (!hasAccept)
        parts << QStringLiteral("-H 'Accept:'");
    if (method == "POST" && body.size() >= 1024 * 1024)
        parts << QStringLiteral("-H 'Expect:'");
    if (!body.isEmpty() || method == "POST")
        parts << QStringLiteral("--data-raw ") + ShellQuote::quote(QString::fromUtf8(body));
    return parts.join(QStringLiteral(" \\\n  "));
}

QJsonObject PreparedRequest::toJson() const
{
    QJsonArray hs;
    for (const auto &h : headers)
        hs.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(h.first)},
                              {QStringLiteral("value"), QString::fromUtf8(h.second)}});
    QJsonArray ps;
    for (const PreparedParam &p : params)
        ps.append(QJsonObject{{QStringLiteral("key"), p.key},
                              {QStringLiteral("value"), p.value},
                              {QStringLiteral("encoded"), QString::fromUtf8(p.encoded)},
                              {QStringLiteral("origin"), RequestFinding::partName(p.origin)}});
    QJsonArray fs;
    for (const RequestFinding &f : findings)
        fs.append(f.toJson());
    return QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("url"), QString::fromUtf8(urlText)},
                       {QStringLiteral("headers"), hs},
                       {QStringLiteral("body"), QString::fromUtf8(body)},
                       {QStringLiteral("params"), ps},
                       {QStringLiteral("findings"), fs},
                       {QStringLiteral("refused"), isRefused()},
                       {QStringLiteral("curl"), toCurl()},
                       {QStringLiteral("request"), request.toJson()}};
}

} // namespace dcsdesk
