#include "historyentry.h"

#include "checks/checkreport.h"

#include "domain/region.h"

#include "dcs/dcsresponsedecoder.h"

#include "calls/dcsencoding.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace dcsdesk {

namespace {

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    return out;
}

} // namespace

namespace {

// The header's usual spelling when it carries a credential, else an empty string.
QString secretHeader(const QString &name)
{
    for (const char *secret : {"Cookie", "Authorization", "Proxy-Authorization"}) {
        if (name.compare(QLatin1String(secret), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(secret);
    }
    return {};
}

QString withoutPassword(const QString &url, bool *masked)
{
    QUrl u(url);
    if (!u.isValid() || u.password().isEmpty())
        return url;
    u.setPassword(QString());
    *masked = true;
    return u.toString();
}

} // namespace

void HistoryEntry::maskSecrets()
{
    QStringList masked;
    const QString mask = QString::fromLatin1(SecretMask);
    for (DcsHeader &h : request.headers) {
        const QString secret = secretHeader(h.name);
        if (!secret.isEmpty() && !h.value.isEmpty() && h.value != mask) {
            h.value = mask;
            masked.append(secret);
        }
    }
    for (qsizetype i = 0; i < requestHeaders.size(); ++i) {
        const QJsonArray pair = requestHeaders.at(i).toArray();
        const QString name = pair.at(0).toString();
        const QString secret = secretHeader(name);
        if (!secret.isEmpty() && pair.at(1).toString() != mask) {
            requestHeaders[i] = QJsonArray{name, mask};
            masked.append(secret);
        }
    }
    bool password = false;
    url = withoutPassword(url, &password);
    customBaseUrl = withoutPassword(customBaseUrl, &password);
    if (password)
        masked.append(QStringLiteral("URL password"));
    for (const QString &name : std::as_const(masked)) {
        if (!maskedSecrets.contains(name))
            maskedSecrets.append(name);
    }
}

QString HistoryEntry::maskPrivate(const QString &text)
{
    const qsizetype q = text.indexOf(QLatin1Char('?'));
    const bool isUrl = q >= 0 || text.contains(QLatin1String("://"));
    const QString head = isUrl ? (q < 0 ? text : text.left(q + 1)) : QString();
    const QString query = isUrl ? (q < 0 ? QString() : text.mid(q + 1)) : text;
    if (query.isEmpty())
        return text;
    QStringList parts = query.split(QLatin1Char('&'));
    bool changed = false;
    for (QString &part : parts) {
        if (part.startsWith(QLatin1String("p_"))) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0) {
                part = part.left(eq + 1) +
                       QString::fromLatin1(DcsEncoding::encode(QString::fromLatin1(PrivateMask)));
                changed = true;
            }
        }
    }
    return changed ? head + parts.join(QLatin1Char('&')) : text;
}

HistoryEntry HistoryEntry::fromResult(const Profile &profile, const DcsResult &result,
                                      qint64 maxBodyBytes, bool keepPrivateValues)
{
    HistoryEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.time = result.timing.startedAt.isValid() ? result.timing.startedAt
                                               : QDateTime::currentDateTimeUtc();
    e.profileName = profile.name;
    e.alias = profile.alias;
    e.regionId = profile.regionId;
    e.customBaseUrl = profile.customBaseUrl;
    const PreparedRequest &p = result.request;
    e.request = p.request;
    e.method = QString::fromLatin1(p.method);
    e.url = QString::fromUtf8(p.urlText);
    e.requestHeaders = headersToJson(p.headers);
    e.requestBody = QString::fromUtf8(p.body);
    if (!keepPrivateValues && e.hasPrivateValues()) {
        for (DcsSignal &s : e.request.signalList) {
            if (s.key.startsWith(QLatin1String("p_")))
                s.values = QStringList{QString::fromLatin1(PrivateMask)};
        }
        e.url = maskPrivate(e.url);
        e.requestBody = maskPrivate(e.requestBody);
        e.privateMasked = true;
    }
    e.maskSecrets();
    e.outcome = DcsResult::outcomeKey(result.outcome);
    e.httpStatus = result.httpStatus;
    e.responseHeaders = headersToJson(result.headers);
    e.bodySize = result.body.size();
    e.bodyCut = maxBodyBytes >= 0 && e.bodySize > maxBodyBytes;
    e.body = e.bodyCut ? result.body.left(maxBodyBytes) : result.body;
    e.timing = result.timing.toJson();
    e.durationMs = result.timing.finished;
    e.error = result.failureMessage();
    if (result.hasResponse) {
        for (const DcsError &err : result.response.errors)
            e.errorCodes.append(err.code);
        e.uuid = result.response.uuid;
        e.tid = result.response.tid;
        e.dcsRegion = result.response.dcsRegion;
    }
    return e;
}

HistoryEntry HistoryEntry::fromBatchSummary(const QJsonObject &summary, const Profile &profile,
                                            const DcsRequest &requestTemplate,
                                            bool keepPrivateValues)
{
    HistoryEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = Kind::Batch;
    e.time = QDateTime::fromString(summary.value(QStringLiteral("startedAt")).toString(),
                                   Qt::ISODateWithMs);
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    e.time = e.time.toUTC();
    e.profileName = profile.name;
    e.alias = profile.alias;
    e.regionId = profile.regionId;
    e.customBaseUrl = profile.customBaseUrl;
    e.request = requestTemplate;
    e.method = requestTemplate.method == DcsRequest::Method::Post ? QStringLiteral("POST")
                                                                  : QStringLiteral("GET");
    // Where the run's calls went, as the run recorded it: the History's server column names it.
    const QJsonObject target = summary.value(QStringLiteral("target")).toObject();
    if (target.contains(QStringLiteral("baseUrl")))
        e.url = target.value(QStringLiteral("baseUrl")).toString();
    else if (target.contains(QStringLiteral("sandbox")))
        e.url = target.value(QStringLiteral("sandbox")).toString();
    else if (const DcsRegion *region =
                 DcsRegion::find(target.value(QStringLiteral("region")).toInt(-1));
             region && !region->host.isEmpty())
        e.url = QStringLiteral("https://") + region->host;
    if (!keepPrivateValues && e.hasPrivateValues()) {
        for (DcsSignal &s : e.request.signalList) {
            if (s.key.startsWith(QLatin1String("p_")))
                s.values = QStringList{QString::fromLatin1(PrivateMask)};
        }
        e.privateMasked = true;
    }
    e.maskSecrets();
    e.outcome = QStringLiteral("batch");
    e.durationMs = summary.value(QStringLiteral("elapsedMs")).toDouble(-1);
    const QJsonObject errors = summary.value(QStringLiteral("errorCounts")).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
        e.errorCodes.append(it.key().toInt());
    std::sort(e.errorCodes.begin(), e.errorCodes.end());
    e.summary = summary;
    return e;
}

HistoryEntry HistoryEntry::fromCheckRun(const QJsonObject &summary, const Profile &profile,
                                        const QString &target)
{
    HistoryEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = Kind::CheckRun;
    e.time = QDateTime::fromString(summary.value(QStringLiteral("startedAt")).toString(),
                                   Qt::ISODateWithMs);
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    e.time = e.time.toUTC();
    e.profileName = profile.name;
    e.alias = profile.alias;
    e.regionId = profile.regionId;
    e.customBaseUrl = profile.customBaseUrl;
    e.url = target;
    e.outcome = QStringLiteral("checks");
    e.durationMs = summary.value(QStringLiteral("elapsedMs")).toDouble(-1);
    e.summary = summary;
    return e;
}

bool HistoryEntry::hasPrivateValues() const
{
    for (const DcsSignal &s : request.signalList) {
        if (s.key.startsWith(QLatin1String("p_")))
            return true;
    }
    return false;
}

Profile HistoryEntry::profile() const
{
    Profile p;
    p.name = profileName;
    p.alias = alias;
    p.regionId = regionId;
    p.customBaseUrl = customBaseUrl;
    return p;
}

DcsResult HistoryEntry::toResult() const
{
    DcsResult r;
    PreparedRequest &p = r.request;
    p.request = request;
    p.method = method.toLatin1();
    p.urlText = url.toUtf8();
    p.url = QUrl(url);
    for (const QJsonValue &v : requestHeaders) {
        const QJsonArray pair = v.toArray();
        p.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    p.body = requestBody.toUtf8();
    for (const DcsResult::Outcome o :
         {DcsResult::Outcome::Response, DcsResult::Outcome::Refused,
          DcsResult::Outcome::NetworkError, DcsResult::Outcome::Timeout,
          DcsResult::Outcome::Cancelled, DcsResult::Outcome::TooLarge,
          DcsResult::Outcome::TlsError}) {
        if (DcsResult::outcomeKey(o) == outcome)
            r.outcome = o;
    }
    r.httpStatus = httpStatus;
    r.headers = responseHeaderList();
    r.body = body;
    const auto msAt = [this](const char *key) {
        const QJsonValue v = timing.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : -1.0;
    };
    r.timing.startedAt = time;
    r.timing.connecting = msAt("connectingMs");
    r.timing.encrypted = msAt("tlsDoneMs");
    r.timing.requestSent = msAt("requestSentMs");
    r.timing.headers = msAt("headersMs");
    r.timing.firstByte = msAt("firstByteMs");
    r.timing.finished = msAt("finishedMs");
    if (!error.isEmpty() && r.outcome != DcsResult::Outcome::Response) {
        r.networkError = error;
        r.networkErrorCode = QNetworkReply::UnknownNetworkError;
    }
    if (httpStatus > 0) {
        r.hasResponse = true;
        r.response = DcsResponseDecoder::decode(httpStatus, r.headers, body,
                                                DcsResponseDecoder::expectationFor(request));
    }
    return r;
}

HeaderList HistoryEntry::responseHeaderList() const
{
    HeaderList out;
    for (const QJsonValue &v : responseHeaders) {
        const QJsonArray pair = v.toArray();
        out.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return out;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("time"), time.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("kind"), kind == Kind::Batch      ? QStringLiteral("batch")
                                     : kind == Kind::CheckRun ? QStringLiteral("checks")
                                                              : QStringLiteral("call"));
    o.insert(QStringLiteral("profile"), profileName);
    o.insert(QStringLiteral("alias"), alias);
    o.insert(QStringLiteral("region"), regionId);
    if (!customBaseUrl.isEmpty())
        o.insert(QStringLiteral("customBaseUrl"), customBaseUrl);
    o.insert(QStringLiteral("request"), request.toJson());
    o.insert(QStringLiteral("method"), method);
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("requestHeaders"), requestHeaders);
    if (!requestBody.isEmpty())
        o.insert(QStringLiteral("requestBody"), requestBody);
    o.insert(QStringLiteral("outcome"), outcome);
    o.insert(QStringLiteral("status"), httpStatus);
    o.insert(QStringLiteral("responseHeaders"), responseHeaders);
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body)
        o.insert(QStringLiteral("body"), text);
    else
        o.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(body.toBase64()));
    o.insert(QStringLiteral("bodySize"), bodySize);
    if (bodyCut)
        o.insert(QStringLiteral("bodyCut"), true);
    o.insert(QStringLiteral("timing"), timing);
    o.insert(QStringLiteral("durationMs"), durationMs);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    QJsonArray codes;
    for (int c : errorCodes)
        codes.append(c);
    o.insert(QStringLiteral("errorCodes"), codes);
    o.insert(QStringLiteral("uuid"), uuid);
    o.insert(QStringLiteral("tid"), tid);
    o.insert(QStringLiteral("dcsRegion"), dcsRegion);
    if (privateMasked)
        o.insert(QStringLiteral("privateMasked"), true);
    if (!maskedSecrets.isEmpty())
        o.insert(QStringLiteral("maskedSecrets"), QJsonArray::fromStringList(maskedSecrets));
    if (!summary.isEmpty())
        o.insert(QStringLiteral("summary"), summary);
    return o;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &o, bool *ok)
{
    HistoryEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.time.setTimeSpec(Qt::UTC);
    const bool valid = !e.id.isEmpty() && e.time.isValid();
    if (ok)
        *ok = valid;
    if (!valid)
        return e;
    const QString kindKey = o.value(QStringLiteral("kind")).toString();
    e.kind = kindKey == QLatin1String("batch")    ? Kind::Batch
             : kindKey == QLatin1String("checks") ? Kind::CheckRun
                                                  : Kind::Call;
    e.profileName = o.value(QStringLiteral("profile")).toString();
    e.alias = o.value(QStringLiteral("alias")).toString();
    e.regionId = o.value(QStringLiteral("region")).toInt(Profile::SandboxRegion);
    e.customBaseUrl = o.value(QStringLiteral("customBaseUrl")).toString();
    e.request = DcsRequest::fromJson(o.value(QStringLiteral("request")).toObject());
    e.method = o.value(QStringLiteral("method")).toString();
    e.url = o.value(QStringLiteral("url")).toString();
    e.requestHeaders = o.value(QStringLiteral("requestHeaders")).toArray();
    e.requestBody = o.value(QStringLiteral("requestBody")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.httpStatus = o.value(QStringLiteral("status")).toInt();
    e.responseHeaders = o.value(QStringLiteral("responseHeaders")).toArray();
    if (o.contains(QStringLiteral("bodyBase64")))
        e.body =
            QByteArray::fromBase64(o.value(QStringLiteral("bodyBase64")).toString().toLatin1());
    else
        e.body = o.value(QStringLiteral("body")).toString().toUtf8();
    e.bodySize = qint64(o.value(QStringLiteral("bodySize")).toDouble(double(e.body.size())));
    e.bodyCut = o.value(QStringLiteral("bodyCut")).toBool();
    e.timing = o.value(QStringLiteral("timing")).toObject();
    e.durationMs = o.value(QStringLiteral("durationMs")).toDouble(-1);
    e.error = o.value(QStringLiteral("error")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("errorCodes")).toArray())
        e.errorCodes.append(v.toInt());
    e.uuid = o.value(QStringLiteral("uuid")).toString();
    e.tid = o.value(QStringLiteral("tid")).toString();
    e.dcsRegion = o.value(QStringLiteral("dcsRegion")).toInt(-1);
    e.privateMasked = o.value(QStringLiteral("privateMasked")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("maskedSecrets")).toArray())
        e.maskedSecrets.append(v.toString());
    e.summary = o.value(QStringLiteral("summary")).toObject();
    return e;
}

QString HistoryEntry::statusText() const
{
    if (kind == Kind::Batch)
        return tr("Batch");
    if (kind == Kind::CheckRun)
        return tr("Checks");
    if (outcome == QLatin1String("response"))
        return QString::number(httpStatus);
    if (outcome == QLatin1String("timeout"))
        return tr("Timeout");
    if (outcome == QLatin1String("cancelled"))
        return tr("Canceled");
    if (outcome == QLatin1String("refused"))
        return tr("Refused");
    if (outcome == QLatin1String("too-large"))
        return tr("Too large");
    if (outcome == QLatin1String("tls-error"))
        return tr("TLS error");
    return tr("Network error");
}

QString HistoryEntry::outcomeText() const
{
    if (kind == Kind::Call && outcome == QLatin1String("response"))
        return tr("Answered");
    return statusText();
}

QString HistoryEntry::summaryText() const
{
    const QLocale locale;
    if (kind == Kind::Batch) {
        const auto count = [this](const char *key) {
            return summary.value(QLatin1String(key)).toInt();
        };
        const QJsonObject latency = summary.value(QStringLiteral("latencyMs")).toObject();
        const auto ms = [&](const char *key) {
            const QJsonValue v = latency.value(QLatin1String(key));
            // One decimal, as the Batch view shows the same run (sandbox calls take under 1 ms).
            return v.isDouble() ? tr("%1 ms").arg(locale.toString(v.toDouble(), 'f', 1))
                                : tr("n/a");
        };
        QString text =
            tr("%n row(s): %1 answered, %2 with DCS errors, %3 failed", nullptr, count("rows"))
                .arg(locale.toString(count("answered")), locale.toString(count("withErrors")),
                     locale.toString(count("failed")));
        text = tr("%1 · p50 %2 · p95 %3 · p99 %4").arg(text, ms("p50"), ms("p95"), ms("p99"));
        if (summary.value(QStringLiteral("cancelled")).toBool())
            text = tr("%1 · canceled").arg(text);
        return text;
    }
    if (kind == Kind::CheckRun)
        return checkRunSummaryText();
    if (!error.isEmpty())
        return error;
    return bodyCut
               ? tr("%1 (first %2 kept)")
                     .arg(locale.formattedDataSize(bodySize), locale.formattedDataSize(body.size()))
               : locale.formattedDataSize(bodySize);
}

QString HistoryEntry::checkRunSummaryText() const
{
    const auto count = [this](const char *key) {
        return summary.value(QLatin1String(key)).toInt();
    };
    QString text = CheckRunReport::summaryOf(count("passed"), count("failed"), count("notRun"));
    const QString environment = summary.value(QStringLiteral("environment")).toString();
    if (!environment.isEmpty())
        text = tr("%1 · environment %2").arg(text, environment);
    const QStringList tags = summary.value(QStringLiteral("tags")).toVariant().toStringList();
    if (!tags.isEmpty())
        text = tr("%1 · tags %2").arg(text, tags.join(QStringLiteral(", ")));
    const int notSent = int(summary.value(QStringLiteral("notSent")).toArray().size());
    if (summary.value(QStringLiteral("cancelled")).toBool())
        text = tr("%1 · canceled").arg(text);
    else if (summary.value(QStringLiteral("stopped")).toBool())
        text = tr("%1 · stopped at the first failure").arg(text);
    if (notSent > 0)
        text = tr("%1 · %n not sent", nullptr, notSent).arg(text);
    return text;
}

bool HistoryEntry::matches(const QString &query) const
{
    const QStringList terms = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        const qsizetype colon = term.indexOf(QLatin1Char(':'));
        const QString field = colon > 0 ? term.left(colon).toLower() : QString();
        const QString value = colon > 0 ? term.mid(colon + 1) : term;
        bool hit = false;
        if (field == QLatin1String("uuid") || field == QLatin1String("user")) {
            hit = uuid.contains(value, Qt::CaseInsensitive) ||
                  request.userId.contains(value, Qt::CaseInsensitive);
        } else if (field == QLatin1String("alias")) {
            hit = alias.contains(value, Qt::CaseInsensitive);
        } else if (field == QLatin1String("profile")) {
            hit = profileName.contains(value, Qt::CaseInsensitive);
        } else if (field == QLatin1String("status")) {
            hit = QString::number(httpStatus) == value ||
                  outcome.compare(value, Qt::CaseInsensitive) == 0 ||
                  statusText().compare(value, Qt::CaseInsensitive) == 0;
        } else if (field == QLatin1String("error")) {
            bool isNumber = false;
            const int code = value.toInt(&isNumber);
            hit = isNumber ? errorCodes.contains(code) : error.contains(value, Qt::CaseInsensitive);
        } else {
            hit = url.contains(term, Qt::CaseInsensitive) ||
                  alias.contains(term, Qt::CaseInsensitive) ||
                  profileName.contains(term, Qt::CaseInsensitive) ||
                  uuid.contains(term, Qt::CaseInsensitive) ||
                  request.userId.contains(term, Qt::CaseInsensitive) ||
                  tid.contains(term, Qt::CaseInsensitive) ||
                  requestBody.contains(term, Qt::CaseInsensitive) ||
                  error.contains(term, Qt::CaseInsensitive) ||
                  outcome.compare(term, Qt::CaseInsensitive) == 0 ||
                  summary.value(QStringLiteral("input"))
                      .toString()
                      .contains(term, Qt::CaseInsensitive) ||
                  summary.value(QStringLiteral("environment"))
                      .toString()
                      .contains(term, Qt::CaseInsensitive) ||
                  QString::fromUtf8(body.left(64 * 1024)).contains(term, Qt::CaseInsensitive);
        }
        if (!hit)
            return false;
    }
    return true;
}

} // namespace dcsdesk
