#include "dcsresponsedecoder.h"

#include "calls/dcsendpoint.h"

#include "domain/region.h"
#include "jsonkeyorder.h"
#include "system/jsonnumber.h"
#include "workspace/jsonscan.h"

#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

namespace dcsdesk {

namespace {

constexpr auto Error = Finding::Severity::Error;
constexpr auto Warning = Finding::Severity::Warning;
constexpr auto Info = Finding::Severity::Info;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isIdentStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$';
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '.';
}

bool looksBinary(const QByteArray &body)
{
    const QByteArray head = body.left(4096);
    if (head.contains('\0'))
        return true;
    const QString text = QString::fromUtf8(head);
    return text.contains(QChar::ReplacementCharacter);
}

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString describeId(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString().left(40) + QLatin1Char('"');
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    return v.isArray() ? QStringLiteral("[…]") : QStringLiteral("{…}");
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral("<title[^>]*>([^<]{0,200})</title>"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(body.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

} // namespace

DcsResponseDecoder::Expectation DcsResponseDecoder::expectationFor(const DcsRequest &request)
{
    const DcsEndpoint::Kind kind = DcsEndpoint::kindOf(request.path);
    const bool json =
        request.rtbdJson && kind != DcsEndpoint::Kind::IdSync && kind != DcsEndpoint::Kind::OptOut;
    return Expectation{json, json ? request.callback : QString(),
                       request.path.isEmpty() ? QStringLiteral("/event") : request.path};
}

QVector<int> DcsResponseDecoder::parseErrorHeader(const QByteArray &value, QStringList *invalid)
{
    QVector<int> codes;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray t = part.trimmed();
        if (t.isEmpty())
            continue;
        bool ok = false;
        const int code = t.toInt(&ok);
        if (ok && code >= 0)
            codes.append(code);
        else if (invalid)
            invalid->append(QString::fromLatin1(t));
    }
    return codes;
}

DcsResponse DcsResponseDecoder::decode(int httpStatus, const HeaderList &headers,
                                       const QByteArray &body, const Expectation &expectation)
{
    DcsResponse r;
    r.path = expectation.path;
    r.httpStatus = httpStatus;
    r.headers = headers;
    r.raw = body;
    r.contentType = QString::fromLatin1(r.header("Content-Type"));
    const auto note = [&r](Finding::Severity s, const char *code, const QString &message) {
        r.notes.append(ResponseNote{s, QString::fromLatin1(code), message});
    };
    const auto addError = [&r](int code, const QString &msg, bool fromBody) {
        for (DcsError &e : r.errors) {
            if (e.code == code && (fromBody ? !e.inBody : !e.inHeader)) {
                (fromBody ? e.inBody : e.inHeader) = true;
                if (e.serverMessage.isEmpty())
                    e.serverMessage = msg;
                return;
            }
        }
        DcsError e;
        e.code = code;
        e.serverMessage = msg;
        e.inBody = fromBody;
        e.inHeader = !fromBody;
        r.errors.append(e);
    };

    const DcsEndpoint::Kind endpoint = DcsEndpoint::kindOf(expectation.path);

    // HTTP status.
    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (httpStatus == 429) {
        r.rateLimited = true;
        const QByteArray retryAfter = r.header("Retry-After").trimmed();
        bool seconds = false;
        const int wait = retryAfter.toInt(&seconds);
        if (seconds && wait >= 0)
            note(Warning, "response.rate-limited",
                 tr("HTTP 429 Too Many Requests: the DCS limits the call rate and asks you to wait "
                    "%n second(s) before retrying (Retry-After). Do not send simultaneous or "
                    "rapid calls for the same user.",
                    nullptr, wait));
        else if (!retryAfter.isEmpty())
            note(Warning, "response.rate-limited",
                 tr("HTTP 429 Too Many Requests: the DCS limits the call rate and asks not to "
                    "retry before %1 (Retry-After). Do not send simultaneous or rapid calls for "
                    "the same user.")
                     .arg(QString::fromLatin1(retryAfter.left(64))));
        else
            note(Warning, "response.rate-limited",
                 tr("HTTP 429 Too Many Requests: the DCS limits the call rate. Wait before "
                    "retrying, and do not send simultaneous or rapid calls for the same user."));
    } else if (httpStatus >= 300 && httpStatus < 400 && endpoint == DcsEndpoint::Kind::IdSync &&
               !r.header("Location").isEmpty()) {
        // id-sync-http.md: the DCS sends the browser on to redir, ${DD_UUID} replaced.
        note(Info, "response.id-sync-redirect",
             tr("HTTP %1: the ID sync redirects to the partner's URL %2, with the AAM UUID in "
                "place of %3. DCS Desk does not follow it.")
                 .arg(httpStatus)
                 .arg(QString::fromLatin1(r.header("Location")), DcsEndpoint::uuidMacro()));
    } else if (httpStatus >= 300 && httpStatus < 400) {
        const QString location = QString::fromLatin1(r.header("Location"));
        note(Warning, "response.redirect",
             location.isEmpty()
                 ? tr("HTTP %1: the server redirects, without saying where. DCS Desk does not "
                      "follow redirects; check the region or base URL.")
                       .arg(httpStatus)
                 : tr("HTTP %1: the server redirects to %2. DCS Desk does not follow redirects; "
                      "check the region or base URL.")
                       .arg(httpStatus)
                       .arg(location));
    } else if (httpStatus >= 400) {
        note(Error, "response.http-error",
             tr("HTTP %1: the server answered with an error instead of a DCS response.")
                 .arg(httpStatus));
    }

    // Body: find where the content is and what it is.
    qsizetype start = 0;
    qsizetype end = body.size();
    while (start < end && isSpace(body.at(start)))
        ++start;
    while (end > start && isSpace(body.at(end - 1)))
        --end;
    const QLocale locale;

    if (start == end) {
        r.format = DcsResponse::Format::Empty;
        if (success && expectation.json) {
            r.ignored = true;
            note(Warning, "response.ignored",
                 tr("HTTP %1 with no data: the DCS ignored the request. It does so for an invalid "
                    "or malformed request, a user who opted out, a call from a blocked region or "
                    "a client that blocks third-party cookies. Check X-Error and the request's "
                    "findings.")
                     .arg(httpStatus));
        } else if (success) {
            r.pixel = true;
            note(Info, "response.pixel",
                 tr("The request has no d_rtbd=json, so the DCS sends no data, only a pixel."));
        }
    } else if (body.startsWith("GIF8") || body.startsWith("\x89PNG") ||
               r.contentType.startsWith(QLatin1String("image/"), Qt::CaseInsensitive)) {
        r.format = DcsResponse::Format::Pixel;
        r.pixel = true;
        if (expectation.json)
            note(Warning, "response.pixel-unexpected",
                 tr("The answer is an image (%1 bytes), not JSON. Was d_rtbd=json sent?")
                     .arg(locale.toString(body.size())));
        else if (endpoint == DcsEndpoint::Kind::IdSync || endpoint == DcsEndpoint::Kind::OptOut)
            note(Info, "response.endpoint-image",
                 tr("%1 answers with an image (%2 bytes), as documented; it carries no data. "
                    "Check the status, the headers and Set-Cookie.")
                     .arg(expectation.path, locale.toString(body.size())));
        else
            note(Info, "response.pixel",
                 tr("The request has no d_rtbd=json, so the DCS sends no data, only a pixel."));
    } else if (body.at(start) == '<' ||
               r.contentType.contains(QLatin1String("html"), Qt::CaseInsensitive)) {
        r.format = DcsResponse::Format::Html;
        const QString title = htmlTitle(body);
        note(Error, "response.html",
             title.isEmpty()
                 ? tr("The answer is an HTML page, not a DCS response: a proxy, a load balancer "
                      "or a wrong URL answered.")
                 : tr("The answer is an HTML page (“%1”), not a DCS response: a proxy, a load "
                      "balancer or a wrong URL answered.")
                       .arg(title));
    } else if (r.contentType.startsWith(QLatin1String("text/plain"), Qt::CaseInsensitive) &&
               body.at(start) != '{' && body.at(start) != '[' &&
               (!expectation.json || httpStatus >= 400)) {
        // A server's message in words (an error page of a proxy, the sandbox's 400): shown as
        // what it is, not as broken JSON.
        r.format = DcsResponse::Format::Text;
        const QByteArray firstLine = body.mid(start, end - start).split('\n').constFirst();
        note(Info, "response.text",
             tr("The answer is a text message, not JSON: “%1”.")
                 .arg(QString::fromUtf8(firstLine.left(300)).trimmed()));
    } else {
        // JSONP: NAME( ... ) with an optional /**/ prefix and trailing semicolon.
        qsizetype i = start;
        if (body.mid(i, 4) == "/**/") {
            i += 4;
            while (i < end && isSpace(body.at(i)))
                ++i;
        }
        qsizetype nameEnd = i;
        if (i < end && isIdentStart(body.at(i))) {
            while (nameEnd < end && isIdentChar(body.at(nameEnd)))
                ++nameEnd;
        }
        qsizetype paren = nameEnd;
        while (paren < end && isSpace(body.at(paren)))
            ++paren;
        const bool jsonp = nameEnd > i && paren < end && body.at(paren) == '(';
        if (jsonp) {
            r.format = DcsResponse::Format::Jsonp;
            r.callback = QString::fromLatin1(body.mid(i, nameEnd - i));
            qsizetype close = end;
            if (close > paren && body.at(close - 1) == ';') {
                --close;
                while (close > paren && isSpace(body.at(close - 1)))
                    --close;
            }
            r.jsonOffset = paren + 1;
            if (close > paren + 1 && body.at(close - 1) == ')') {
                r.jsonLength = close - 1 - r.jsonOffset;
            } else {
                r.jsonLength = end - r.jsonOffset;
                note(Error, "response.jsonp-unclosed",
                     tr("The JSONP answer %1(…) does not end with “)”; the body may be "
                        "truncated.")
                         .arg(r.callback));
            }
            if (expectation.callback.isEmpty())
                note(Info, "response.jsonp-unrequested",
                     tr("The answer is JSONP, %1(…), although the request had no d_cb.")
                         .arg(r.callback));
            else if (expectation.callback != r.callback)
                note(Warning, "response.callback-mismatch",
                     tr("The answer calls %1(…), but the request asked for d_cb=%2.")
                         .arg(r.callback, expectation.callback));
        } else {
            r.format = DcsResponse::Format::Json;
            r.jsonOffset = start;
            r.jsonLength = end - start;
            if (!expectation.callback.isEmpty())
                note(Warning, "response.callback-missing",
                     tr("The request asked for d_cb=%1, but the answer is plain JSON, not "
                        "%1(…).")
                         .arg(expectation.callback));
        }

        const QByteArray json =
            QByteArray::fromRawData(body.constData() + r.jsonOffset, r.jsonLength);
        QJsonParseError error;
        r.document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            r.document = QJsonDocument();
            if (!jsonp)
                r.format =
                    looksBinary(body) ? DcsResponse::Format::Binary : DcsResponse::Format::Text;
            const JsonPosition pos = jsonPositionOf(json, error.offset);
            note(Error, "response.not-json",
                 r.format == DcsResponse::Format::Binary
                     ? tr("The body (%1 bytes) is binary data, not JSON.")
                           .arg(locale.toString(body.size()))
                     : tr("The body is not valid JSON: %1 at line %2, column %3.")
                           .arg(error.errorString())
                           .arg(pos.line)
                           .arg(pos.column));
        } else {
            r.parsed = true;
        }
    }

    // X-Error, possibly repeated.
    for (const auto &h : headers) {
        if (h.first.compare("X-Error", Qt::CaseInsensitive) != 0)
            continue;
        QStringList invalid;
        for (int code : parseErrorHeader(h.second, &invalid))
            addError(code, QString(), false);
        for (const QString &bad : std::as_const(invalid))
            note(Warning, "response.x-error-invalid",
                 tr("The X-Error header contains “%1”, which is not an error code.").arg(bad));
    }

    if (r.parsed && !r.document.isObject()) {
        note(Warning, "response.not-object",
             tr("The JSON is not an object, so it carries no DCS fields."));
    } else if (r.parsed) {
        const QJsonObject o = r.document.object();
        const QByteArray json = r.jsonText();
        const QVector<JsonMember> members = topLevelMembers(json);
        for (const JsonMember &m : members)
            r.keyOrder.append(m.key);
        const auto rawOf = [&](const QString &key) {
            for (const JsonMember &m : members) {
                if (m.key == key)
                    return json.mid(m.valueOffset, m.valueLength);
            }
            return QByteArray();
        };
        static const QStringList known = {
            QStringLiteral("stuff"),    QStringLiteral("dests"),       QStringLiteral("uuid"),
            QStringLiteral("u"),        QStringLiteral("dcs_region"),  QStringLiteral("tid"),
            QStringLiteral("traits"),   QStringLiteral("segments"),    QStringLiteral("errors"),
            QStringLiteral("ibs"),      QStringLiteral("dpcalls"),     QStringLiteral("d_mid"),
            QStringLiteral("d_blob"),   QStringLiteral("id_sync_ttl"), QStringLiteral("d_ottl"),
            QStringLiteral("d_optout"), QStringLiteral("subdomain"),   QStringLiteral("d_region")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                r.unknownKeys.insert(it.key(), it.value());
        }

        const QString uuidKey =
            o.contains(QStringLiteral("uuid")) ? QStringLiteral("uuid") : QStringLiteral("u");
        const QJsonValue uuid = o.value(uuidKey);
        if (uuid.isString()) {
            r.uuid = uuid.toString();
        } else if (uuid.isDouble()) {
            r.uuid = QString::fromLatin1(rawOf(uuidKey));
            note(Info, "response.uuid-number",
                 tr("%1 is a number in the answer, where the DCS documents a string; it is read "
                    "from the raw text so that no digit is lost.")
                     .arg(uuidKey));
        } else if (!uuid.isUndefined() && !uuid.isNull()) {
            note(Warning, "response.uuid-type",
                 tr("%1 is neither a text nor a number.").arg(uuidKey));
        }

        // visitorapi reads dcs_region or d_region.
        const QJsonValue region = o.contains(QStringLiteral("dcs_region"))
                                      ? o.value(QStringLiteral("dcs_region"))
                                      : o.value(QStringLiteral("d_region"));
        if (region.isDouble()) {
            r.dcsRegion = region.toInt(DcsResponse::NoRegion);
        } else if (region.isString()) {
            bool ok = false;
            const int id = region.toString().toInt(&ok);
            if (ok) {
                r.dcsRegion = id;
                note(Info, "response.region-string",
                     tr("dcs_region is a string in the answer, where the DCS documents a number."));
            } else {
                note(Warning, "response.region-type",
                     tr("dcs_region “%1” is not a region ID.").arg(region.toString()));
            }
        }
        if (r.dcsRegion == 0) {
            note(Info, "response.region-zero",
                 tr("Region 0 marks traffic that came through Inbound; it is not a DCS host."));
        } else if (r.hasRegion() && !DcsRegion::find(r.dcsRegion)) {
            note(Warning, "response.region-unknown",
                 tr("dcs_region %1 is not in the documented region table, so its host name is "
                    "not known.")
                     .arg(r.dcsRegion));
        }

        const QJsonValue tid = o.value(QStringLiteral("tid"));
        if (tid.isString())
            r.tid = tid.toString();
        else if (!tid.isUndefined() && !tid.isNull())
            r.tid = stringOf(tid);

        const QJsonValue stuff = o.value(QStringLiteral("stuff"));
        if (stuff.isArray()) {
            for (const QJsonValue &item : stuff.toArray()) {
                QJsonObject co = item.toObject();
                CookieDestination c;
                c.name = stringOf(co.take(QStringLiteral("cn")));
                c.value = stringOf(co.take(QStringLiteral("cv")));
                c.ttl = co.take(QStringLiteral("ttl"));
                c.domain = stringOf(co.take(QStringLiteral("dmn")));
                c.type = stringOf(co.take(QStringLiteral("type")));
                c.extra = co;
                r.stuff.append(c);
            }
        } else if (!stuff.isUndefined() && !stuff.isNull()) {
            note(Warning, "response.stuff-type", tr("“stuff” is not a list."));
        }

        const QJsonValue dests = o.value(QStringLiteral("dests"));
        if (dests.isArray()) {
            for (const QJsonValue &item : dests.toArray()) {
                QJsonObject dobj = item.toObject();
                UrlDestination d;
                d.id = stringOf(dobj.take(QStringLiteral("id")));
                d.url = stringOf(dobj.take(QStringLiteral("c")));
                d.secureUrl = stringOf(dobj.take(QStringLiteral("e")));
                d.tag = stringOf(dobj.take(QStringLiteral("y")));
                d.hideReferrer = dobj.take(QStringLiteral("hr"));
                d.extra = dobj;
                r.dests.append(d);
            }
        } else if (!dests.isUndefined() && !dests.isNull()) {
            note(Warning, "response.dests-type", tr("“dests” is not a list."));
        }

        const auto readIds = [&](const char *key, QVector<qint64> *out, bool *present) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return;
            *present = true;
            if (!v.isArray()) {
                note(Warning, "response.ids-type",
                     tr("“%1” is not a list of IDs.").arg(QLatin1String(key)));
                return;
            }
            QStringList unreadable;
            for (const QJsonValue &id : v.toArray()) {
                if (const std::optional<qint64> value = idOf(id))
                    out->append(*value);
                else
                    unreadable.append(describeId(id));
            }
            if (!unreadable.isEmpty())
                note(Warning, "response.ids-unreadable",
                     tr("“%1” has entries that are not whole-number IDs, left out of the "
                        "decoded list: %2. The raw body shows them as the server sent them.")
                         .arg(QLatin1String(key), unreadable.join(QStringLiteral(", "))));
        };
        readIds("traits", &r.traits, &r.hasTraits);
        readIds("segments", &r.segments, &r.hasSegments);
        r.ibs = o.value(QStringLiteral("ibs"));
        IdServiceFields &id = r.idService;
        for (const char *key :
             {"d_mid", "d_blob", "id_sync_ttl", "d_ottl", "d_optout", "subdomain"})
            id.present |= o.contains(QLatin1String(key));
        const QJsonValue mid = o.value(QStringLiteral("d_mid"));
        id.mid =
            mid.isDouble() ? QString::fromLatin1(rawOf(QStringLiteral("d_mid"))) : stringOf(mid);
        id.blob = stringOf(o.value(QStringLiteral("d_blob")));
        id.idSyncTtl = o.value(QStringLiteral("id_sync_ttl"));
        id.optOutTtl = o.value(QStringLiteral("d_ottl"));
        id.optOut = o.value(QStringLiteral("d_optout"));
        id.subdomain = stringOf(o.value(QStringLiteral("subdomain")));
        if (!r.ibs.isUndefined() && !r.ibs.isNull() && !r.ibs.isArray())
            note(Warning, "response.ibs-type", tr("“ibs” is not a list of ID syncs."));
        r.dpcalls = o.value(QStringLiteral("dpcalls"));

        const QJsonValue errors = o.value(QStringLiteral("errors"));
        if (errors.isArray()) {
            for (const QJsonValue &item : errors.toArray()) {
                const QJsonObject eo = item.toObject();
                const QJsonValue code = eo.value(QStringLiteral("code"));
                bool ok = code.isDouble();
                int value = code.toInt(-1);
                if (code.isString())
                    value = code.toString().toInt(&ok);
                if (!ok || value < 0) {
                    note(Warning, "response.error-code",
                         tr("An entry of “errors” has no numeric code: %1")
                             .arg(QString::fromUtf8(
                                 QJsonDocument(eo).toJson(QJsonDocument::Compact))));
                    continue;
                }
                addError(value, stringOf(eo.value(QStringLiteral("msg"))), true);
            }
        } else if (!errors.isUndefined() && !errors.isNull()) {
            note(Warning, "response.errors-type", tr("“errors” is not a list."));
        }

        if (o.isEmpty() && success)
            note(Info, "response.empty-object",
                 tr("The answer is an empty JSON object: nothing qualified, or the user opted "
                    "out."));
    }

    bool has171 = false;
    for (const DcsError &e : std::as_const(r.errors))
        has171 |= e.code == 171;
    if (has171 && r.uuid.isEmpty() && r.idService.mid.isEmpty()) {
        r.optedOut = true;
        note(Warning, "response.opted-out",
             tr("The user has opted out (error 171): the DCS returns no UUID and does not process "
                "the call."));
    } else if (endpoint == DcsEndpoint::Kind::IdService && r.parsed && success &&
               r.idService.mid.isEmpty()) {
        note(Warning, "response.no-mid",
             tr("The ID service answer has no d_mid, the Experience Cloud ID it is asked for. "
                "Check d_orgid and the errors."));
    } else if (endpoint != DcsEndpoint::Kind::IdService && r.parsed && r.document.isObject() &&
               !r.document.object().isEmpty() && success && r.uuid.isEmpty()) {
        note(Info, "response.no-uuid",
             tr("The answer has no uuid, which a server-to-server integration needs as d_uuid."));
    }
    return r;
}

} // namespace dcsdesk
