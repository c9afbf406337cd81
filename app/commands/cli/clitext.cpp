#include "clitext.h"

#include "dcs/dcserrorcatalog.h"
#include "domain/region.h"
#include "system/colontext.h"
#include "system/datetext.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <initializer_list>

namespace dcsdesk {

namespace {

const QLatin1Char nl('\n');

QString line(const QString &label, const QString &value, int width = 12)
{
    return QStringLiteral("  ") + label.leftJustified(width) + QLatin1Char(' ') + value + nl;
}

// The column a group of labels lines up at: at least the English layout's, wider when a
// translated label ("ID de organización") would push its value out of line.
int widthOf(std::initializer_list<QString> labels, int minimum)
{
    int width = minimum;
    for (const QString &label : labels)
        width = std::max(width, int(label.size()));
    return width;
}

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

bool isText(const QByteArray &raw)
{
    return !raw.contains('\0') && QString::fromUtf8(raw).toUtf8() == raw;
}

} // namespace

QString CliText::severity(Finding::Severity s)
{
    return Finding::severityName(s);
}

QString CliText::milliseconds(double ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
}

QString CliText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // A capture repeats the same seconds (its calls, its cookies' dates), and each conversion to
    // local time makes glibc stat /etc/localtime when TZ is unset: the texts are kept per second.
    struct Texts
    {
        QLocale locale;
        QHash<qint64, QString> bySecond;
    };
    thread_local Texts texts;
    const QLocale locale;
    if (texts.locale != locale || texts.bySecond.size() >= 8192) {
        texts.locale = locale;
        texts.bySecond.clear();
    }
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 second = ms >= 0 ? ms / 1000 : -((999 - ms) / 1000);
    const auto it = texts.bySecond.constFind(second);
    if (it != texts.bySecond.cend())
        return it.value();
    // Four-digit year: cookie dates span decades.
    const QString text = DateText::dateTime(utc.toLocalTime(), locale);
    texts.bySecond.insert(second, text);
    return text;
}

void CliText::addBody(QJsonObject &into, const QByteArray &raw)
{
    if (isText(raw))
        into.insert(QStringLiteral("body"), QString::fromUtf8(raw));
    else
        into.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(raw.toBase64()));
}

QString CliText::findings(const QVector<RequestFinding> &list)
{
    if (list.isEmpty())
        return tr("Findings: none") + nl;
    QString text = tr("Findings:") + nl;
    for (const RequestFinding &f : list) {
        const QString label =
            f.blocking ? tr("%1 (not sent)").arg(severity(f.severity)) : severity(f.severity);
        text +=
            QStringLiteral("  ") + tr("%1: %2").arg(label, ColonText::continued(f.message)) + nl;
    }
    return text;
}

QString CliText::notes(const QString &title, const QStringList &list)
{
    if (list.isEmpty())
        return QString();
    QString text = title + nl;
    for (const QString &n : list)
        text += QStringLiteral("  - ") + n + nl;
    return text;
}

QString CliText::prepared(const PreparedRequest &p, bool withCurl)
{
    QString text =
        QString::fromLatin1(p.method) + QLatin1Char(' ') + QString::fromUtf8(p.urlText) + nl;
    for (const auto &h : p.headers)
        text += QString::fromLatin1(h.first) + QStringLiteral(": ") +
                QString::fromLatin1(h.second) + nl;
    if (!p.body.isEmpty())
        text += nl + QString::fromUtf8(p.body) + nl;
    text += nl + tr("Parameters:") + nl;
    int width = 8;
    for (const PreparedParam &param : p.params)
        width = qMax(width, int(param.key.size()));
    for (const PreparedParam &param : p.params)
        text += line(param.key, param.value, width);
    if (p.params.isEmpty())
        text += QStringLiteral("  ") + tr("(none)") + nl;
    if (withCurl)
        text += nl + tr("cURL:") + nl + p.toCurl() + nl;
    text += nl + findings(p.findings);
    return text;
}

QString CliText::timing(const DcsTiming &t)
{
    return tr("Timing: queued %1 · connect %2 · TLS %3 · waiting %4 · download %5 · total %6")
               .arg(milliseconds(t.queuedMs()), milliseconds(t.connectMs()),
                    milliseconds(t.tlsMs()), milliseconds(t.waitMs()), milliseconds(t.downloadMs()),
                    milliseconds(t.finished)) +
           nl;
}

QString CliText::response(const DcsResponse &r)
{
    QString text;
    QString format;
    switch (r.format) {
    case DcsResponse::Format::Empty:
        format = tr("empty body");
        break;
    case DcsResponse::Format::Json:
        format = tr("JSON");
        break;
    case DcsResponse::Format::Jsonp:
        format = tr("JSONP, callback %1").arg(r.callback);
        break;
    case DcsResponse::Format::Pixel:
        format = tr("pixel (image)");
        break;
    case DcsResponse::Format::Html:
        format = tr("HTML page");
        break;
    case DcsResponse::Format::Text:
        format = tr("text, not JSON");
        break;
    case DcsResponse::Format::Binary:
        format = tr("binary data");
        break;
    }
    text += tr("Response: %1 (%2 bytes)").arg(format, QLocale().toString(r.raw.size())) + nl;
    if (r.parsed && r.document.isObject()) {
        text += line(QStringLiteral("uuid"), r.uuid.isEmpty() ? tr("(none)") : r.uuid);
        if (r.hasRegion()) {
            const DcsRegion *region = r.region();
            text += line(
                QStringLiteral("dcs_region"),
                !region ? QString::number(r.dcsRegion)
                : region->host.isEmpty() // the local sandbox
                    ? tr("%1 — %2").arg(r.dcsRegion).arg(region->location())
                    : tr("%1 — %2 — %3").arg(r.dcsRegion).arg(region->location(), region->host));
        } else {
            text += line(QStringLiteral("dcs_region"), tr("(none)"));
        }
        text += line(QStringLiteral("tid"), r.tid.isEmpty() ? tr("(none)") : r.tid);
        text +=
            QStringLiteral("  ") + tr("stuff (cookie destinations): %1").arg(r.stuff.size()) + nl;
        for (const CookieDestination &c : r.stuff) {
            QString details = tr("ttl %1, domain %2")
                                  .arg(c.ttl.isUndefined() ? tr("(none)") : compact(c.ttl),
                                       c.domain.isEmpty() ? tr("(none)") : c.domain);
            if (!c.type.isEmpty())
                details += QStringLiteral(", type ") + c.type;
            if (!c.extra.isEmpty())
                details += QStringLiteral(", ") + compact(c.extra);
            text += QStringLiteral("    ") + c.name + QLatin1Char('=') + c.value +
                    QStringLiteral("  (") + details + QStringLiteral(")") + nl;
        }
        text += QStringLiteral("  ") + tr("dests (URL destinations): %1").arg(r.dests.size()) + nl;
        for (const UrlDestination &d : r.dests) {
            text += QStringLiteral("    ") +
                    (d.id.isEmpty() ? QString() : QLatin1Char('[') + d.id + QStringLiteral("] ")) +
                    (d.tag.isEmpty() ? QString() : d.tag + QLatin1Char(' ')) + d.url + nl;
            if (!d.secureUrl.isEmpty())
                text += QStringLiteral("      ") + d.secureUrl + nl;
            QJsonObject more = d.extra;
            if (!d.hideReferrer.isUndefined())
                more.insert(QStringLiteral("hr"), d.hideReferrer);
            if (!more.isEmpty())
                text += QStringLiteral("      ") + compact(more) + nl;
        }
        const auto ids = [](const QVector<qint64> &list) {
            QStringList out;
            for (qint64 v : list)
                out << QString::number(v);
            return out.join(QStringLiteral(", "));
        };
        if (r.hasTraits)
            text += line(QStringLiteral("traits"), ids(r.traits));
        if (r.hasSegments)
            text += line(QStringLiteral("segments"), ids(r.segments));
        // The ID service's fields (/id), by their wire names like the other keys.
        if (r.idService.present) {
            const IdServiceFields &id = r.idService;
            text += line(QStringLiteral("d_mid"), id.mid.isEmpty() ? tr("(none)") : id.mid);
            const std::pair<const char *, QJsonValue> more[] = {
                {"d_blob", id.blob.isEmpty() ? QJsonValue() : QJsonValue(id.blob)},
                {"id_sync_ttl", id.idSyncTtl},
                {"d_ottl", id.optOutTtl},
                {"d_optout", id.optOut},
                {"subdomain", id.subdomain.isEmpty() ? QJsonValue() : QJsonValue(id.subdomain)}};
            for (const auto &[key, value] : more)
                if (!value.isUndefined() && !value.isNull())
                    text += line(QLatin1String(key), compact(value));
        }
        if (!r.ibs.isUndefined())
            text += line(QStringLiteral("ibs"), compact(r.ibs));
        if (!r.dpcalls.isUndefined())
            text += line(QStringLiteral("dpcalls"), compact(r.dpcalls));
        for (auto it = r.unknownKeys.begin(); it != r.unknownKeys.end(); ++it)
            text += line(it.key(), compact(it.value()));
        text += QStringLiteral("  ") +
                tr("Keys as received: %1").arg(r.keyOrder.join(QStringLiteral(", "))) + nl;
    }
    if (!r.errors.isEmpty()) {
        text += tr("Errors:") + nl;
        for (const DcsError &e : r.errors) {
            QString source;
            if (e.inBody && e.inHeader)
                source = tr("body and X-Error");
            else if (e.inHeader)
                source = tr("X-Error");
            else
                source = tr("body");
            text +=
                QStringLiteral("  ") + QString::number(e.code) + QStringLiteral(" [") +
                DcsErrorCatalog::groupName(DcsErrorCatalog::groupOf(e.code)) +
                QStringLiteral(", ") + source + QStringLiteral("]") +
                (e.serverMessage.isEmpty()
                     ? QString()
                     : QLatin1Char(' ') + tr("“%1”", "the server's own message, in quotation marks")
                                              .arg(e.serverMessage)) +
                nl;
            const DcsErrorInfo *info = e.info();
            text += QStringLiteral("      ") +
                    (info ? info->meaning() : DcsErrorCatalog::explain(e.code)) + nl;
        }
    }
    if (!r.notes.isEmpty()) {
        text += tr("Notes:") + nl;
        for (const ResponseNote &n : r.notes)
            text += QStringLiteral("  ") +
                    tr("%1: %2").arg(severity(n.severity), ColonText::continued(n.message)) + nl;
    }
    return text;
}

QString CliText::body(const QByteArray &raw, Body mode)
{
    if (mode == Body::None || raw.isEmpty())
        return QString();
    if (mode == Body::Auto && raw.size() > 64 * 1024)
        return tr("Body: %1 bytes, not printed (use --body to print it).")
                   .arg(QLocale().toString(raw.size())) +
               nl;
    if (!isText(raw))
        return tr("Body: %1 bytes of binary data (base64):").arg(QLocale().toString(raw.size())) +
               nl + QString::fromLatin1(raw.toBase64()) + nl;
    QString text = tr("Body:") + nl + QString::fromUtf8(raw);
    if (!text.endsWith(nl))
        text += nl;
    return text;
}

QString CliText::result(const DcsResult &r, Body bodyMode)
{
    QString text = QStringLiteral("> ") + QString::fromLatin1(r.request.method) + QLatin1Char(' ') +
                   QString::fromUtf8(r.request.urlText) + nl;
    for (const auto &h : r.request.headers)
        text += QStringLiteral("> ") + QString::fromLatin1(h.first) + QStringLiteral(": ") +
                QString::fromLatin1(h.second) + nl;
    if (r.httpStatus > 0) {
        text += QStringLiteral("< HTTP ") + QString::number(r.httpStatus) + QLatin1Char(' ') +
                QString::fromLatin1(r.reasonPhrase) + nl;
        for (const auto &h : r.headers)
            text += QStringLiteral("< ") + QString::fromLatin1(h.first) + QStringLiteral(": ") +
                    QString::fromLatin1(h.second) + nl;
    }
    text += timing(r.timing);
    if (!r.redirectTarget.isEmpty())
        text += tr("Redirect to %1 (not followed).").arg(r.redirectTarget) + nl;
    const QString failure = r.failureMessage();
    if (!failure.isEmpty())
        text += tr("Failed: %1").arg(failure) + nl;
    if (r.hasResponse)
        text += nl + response(r.response);
    const QString b = body(r.body, bodyMode);
    if (!b.isEmpty())
        text += nl + b;
    return text;
}

QString CliText::amcv(const AmcvCookie &c)
{
    QString text;
    const int headWidth = widthOf({tr("Cookie"), tr("Org ID"), tr("Settings digest")}, 16);
    if (!c.cookieName.isEmpty())
        text += line(tr("Cookie"), c.cookieName, headWidth);
    if (!c.orgId.isEmpty())
        text += line(tr("Org ID"), c.orgId, headWidth);
    if (!c.settingsDigest.isEmpty())
        text += line(tr("Settings digest"), c.settingsDigest, headWidth);
    text += tr("Fields:") + nl;
    int keyWidth = 12;
    for (const AmcvCookie::Field &f : c.fields)
        keyWidth = std::max(keyWidth, int(f.key.size()));
    for (const AmcvCookie::Field &f : c.fields) {
        QString expiry;
        if (f.hasExpiry) {
            expiry = f.expired ? tr("expired %1").arg(dateTime(f.expiry))
                               : tr("expires %1").arg(dateTime(f.expiry));
            if (f.sessionOnly)
                expiry += tr(", session only");
            expiry = QStringLiteral("  (") + expiry + QLatin1Char(')');
        }
        text += line(f.key, (f.value.isEmpty() ? tr("(empty)") : f.value) + expiry, keyWidth);
    }
    text += tr("Values in force:") + nl;
    text += line(QStringLiteral("MCMID"), c.mcmid.isEmpty() ? tr("(none)") : c.mcmid, 10);
    const DcsRegion *region = c.locationHint > 0 ? DcsRegion::find(c.locationHint) : nullptr;
    text +=
        line(QStringLiteral("MCAAMLH"),
             c.locationHint < 0 ? tr("(none)")
             : region ? tr("%1 — %2 — %3").arg(c.locationHint).arg(region->location(), region->host)
                      : QString::number(c.locationHint),
             10);
    text += line(QStringLiteral("MCAAMB"), c.aamBlob.isEmpty() ? tr("(none)") : c.aamBlob, 10);
    text +=
        line(QStringLiteral("MCAID"), c.analyticsId.isEmpty() ? tr("(none)") : c.analyticsId, 10);
    text += line(QStringLiteral("MCOPTOUT"),
                 c.optOut < 0 ? tr("(unknown)")
                 : c.optOut   ? tr("opted out")
                              : tr("not opted out"),
                 10);
    if (c.idTimestamp.isValid())
        text += line(QStringLiteral("MCIDTS"),
                     QLocale().toString(c.idTimestamp, QLocale::LongFormat), 10);
    if (!c.version.isEmpty())
        text += line(QStringLiteral("vVersion"), c.version, 10);
    text += notes(tr("Notes:"), c.notes);
    return text;
}

QString CliText::cookies(const QVector<AamCookies::Decoded> &list)
{
    QString text;
    for (const AamCookies::Decoded &c : list) {
        text += c.name + nl;
        switch (c.kind) {
        case AamCookies::Kind::Demdex: {
            const int width = widthOf({tr("AAM UUID"), tr("Opt-out")}, 12);
            text +=
                line(tr("AAM UUID"), c.demdex.uuid.isEmpty() ? tr("(none)") : c.demdex.uuid, width);
            if (c.demdex.optedOut)
                text += line(tr("Opt-out"), tr("yes (NOTARGET)"), width);
            for (const QString &n : c.demdex.notes)
                text += QStringLiteral("  - ") + n + nl;
            break;
        }
        case AamCookies::Kind::Dextp:
            for (const AamCookies::DextpEntry &e : c.dextp.entries) {
                if (!e.time.isValid()) {
                    text += QStringLiteral("  ") + e.raw + nl;
                    continue;
                }
                const QString kind = e.syncType == 1   ? tr("ID sync")
                                     : e.syncType == 2 ? tr("deprecated type 2")
                                                       : tr("old style");
                text +=
                    QStringLiteral("  ") +
                    tr("data source %1: %2, last %3").arg(e.dataSource, kind, dateTime(e.time)) +
                    nl;
            }
            for (const QString &n : c.dextp.notes)
                text += QStringLiteral("  - ") + n + nl;
            break;
        case AamCookies::Kind::Dst:
            for (const AamCookies::DstEntry &e : c.dst.entries) {
                text += QStringLiteral("  ") +
                        (e.time.isValid() ? tr("destination %1: send error at %2")
                                                .arg(e.destinationId, dateTime(e.time))
                                          : e.raw) +
                        nl;
            }
            for (const QString &n : c.dst.notes)
                text += QStringLiteral("  - ") + n + nl;
            break;
        case AamCookies::Kind::Amcv:
            text += c.amcv.ok ? amcv(c.amcv) : QStringLiteral("  ") + c.amcv.error + nl;
            break;
        default:
            text += QStringLiteral("  ") + c.summary + nl;
            break;
        }
    }
    return text;
}

} // namespace dcsdesk
