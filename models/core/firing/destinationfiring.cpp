#include "destinationfiring.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace dcsdesk {

namespace {

// AAM encodes cookie data: a space becomes %20 and a semicolon %3B (domain.md §5.2).
QString encodeCookieText(QString text)
{
    text.replace(QLatin1Char('%'), QStringLiteral("%25"));
    text.replace(QLatin1Char(' '), QStringLiteral("%20"));
    text.replace(QLatin1Char(';'), QStringLiteral("%3B"));
    return text;
}

void sortByPriority(QVector<SegmentMapping> &mappings)
{
    std::stable_sort(mappings.begin(), mappings.end(),
                     [](const SegmentMapping &a, const SegmentMapping &b) {
                         const int pa = a.priority > 0 ? a.priority : INT_MAX;
                         const int pb = b.priority > 0 ? b.priority : INT_MAX;
                         if (pa != pb)
                             return pa < pb;
                         return a.sid < b.sid;
                     });
}

QString buildCookieValue(const Destination &d, const QVector<SegmentMapping> &mappings)
{
    const bool multiKey = d.cookieFormat == Destination::CookieFormat::MultiKey;
    // Pairs in first-appearance order of their key.
    QVector<QPair<QString, QStringList>> pairs;
    for (const SegmentMapping &m : mappings) {
        const QString key = multiKey ? m.value : d.singleKey;
        const QString value = multiKey ? m.secondValue : m.value;
        if (d.serialized) {
            auto it = std::find_if(pairs.begin(), pairs.end(),
                                   [&](const auto &p) { return p.first == key; });
            if (it == pairs.end())
                pairs.append({key, {value}});
            else
                it->second.append(value);
        } else {
            pairs.append({key, {value}});
        }
    }
    QStringList parts;
    for (const auto &pair : pairs) {
        QStringList values;
        for (const QString &v : pair.second)
            values.append(encodeCookieText(v));
        parts.append(encodeCookieText(pair.first) + d.keySeparator +
                     values.join(d.serializationSeparator));
    }
    return parts.join(d.valueSeparator);
}

} // namespace

QString DestinationFiring::expandMacros(const QString &format, const QString &alias,
                                        const FireContext &ctx, QStringList *warnings)
{
    static const QRegularExpression macro(
        QStringLiteral(
            "%([A-Za-z_]+(?:_[0-9]+)?|dpid_[0-9]+)%|\\$\\{(GDPR|GDPR_CONSENT_[0-9]+)\\}"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(format.size() + alias.size() + 64);
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = macro.globalMatch(format);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(format).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1).toLower();
        const QString gdprName = m.captured(2).toUpper();
        if (!gdprName.isEmpty()) {
            out += gdprName == QLatin1String("GDPR") ? ctx.gdpr : ctx.gdprConsent;
        } else if (name == QLatin1String("alias")) {
            out += alias;
        } else if (name == QLatin1String("did")) {
            out += ctx.uuid;
        } else if (name == QLatin1String("mcid")) {
            out += ctx.mcid;
        } else if (name == QLatin1String("region")) {
            out += QString::number(ctx.regionId);
        } else if (name == QLatin1String("http_proto")) {
            out += ctx.httpProto;
        } else if (name == QLatin1String("rnd")) {
            out += ctx.rnd.isEmpty()
                       ? QString::number(QRandomGenerator::global()->bounded(1000000000))
                       : ctx.rnd;
        } else if (name == QLatin1String("timestamp")) {
            out += QString::number(ctx.timestamp >= 0 ? ctx.timestamp
                                                      : QDateTime::currentSecsSinceEpoch());
        } else if (name.startsWith(QLatin1String("dpid_"))) {
            const QString source = name.mid(5);
            const auto found = ctx.declaredIds.constFind(source);
            if (found == ctx.declaredIds.constEnd()) {
                if (warnings)
                    warnings->append(tr("No declared ID for data source %1: %%2% is empty.")
                                         .arg(source, m.captured(1)));
            } else {
                out += found.value();
            }
        } else {
            // Not a macro the DCS knows: leave it for the partner to see.
            out += m.captured(0);
            if (warnings)
                warnings->append(
                    tr("%1 is not a known macro and is sent as is.").arg(m.captured(0)));
        }
    }
    out += QStringView(format).mid(last);
    return out;
}

FireResult DestinationFiring::fire(const Destination &d, QVector<SegmentMapping> mappings,
                                   const FireContext &ctx)
{
    FireResult result;
    if (mappings.isEmpty())
        return result;
    sortByPriority(mappings);
    QVector<qint64> sids;
    for (const SegmentMapping &m : mappings)
        sids.append(m.sid);

    switch (d.type) {
    case Destination::Type::Url: {
        const auto checkLength = [&](const QString &url) {
            if (url.size() > MaxUrlLength)
                result.warnings.append(tr("The URL has %1 characters, more than the %2 a GET "
                                          "request may carry; partners may cut it.")
                                           .arg(url.size())
                                           .arg(MaxUrlLength));
        };
        if (d.serialized) {
            for (const QString *format : {&d.urlFormat, &d.secureUrlFormat}) {
                if (!format->contains(QLatin1String("%ALIAS%"), Qt::CaseInsensitive))
                    result.warnings.append(
                        tr("%1 has no %ALIAS%: the segment values have nowhere to go.")
                            .arg(*format));
            }
            QStringList aliases;
            for (const SegmentMapping &m : mappings)
                aliases.append(m.value);
            const QString joined = aliases.join(d.delimiter);
            FiredPixel pixel;
            pixel.destinationId = d.id;
            pixel.url = expandMacros(d.urlFormat, joined, ctx, &result.warnings);
            pixel.secureUrl = expandMacros(d.secureUrlFormat, joined, ctx, &result.warnings);
            pixel.sids = sids;
            pixel.urlTemplate = d.urlFormat;
            pixel.secureUrlTemplate = d.secureUrlFormat;
            pixel.aliases = aliases;
            pixel.aliasDelimiter = d.delimiter;
            checkLength(pixel.url);
            checkLength(pixel.secureUrl);
            result.pixels.append(pixel);
        } else {
            for (const SegmentMapping &m : mappings) {
                FiredPixel pixel;
                pixel.destinationId = d.id;
                // The mapping's URL is both the base and the secure pixel.
                pixel.url = expandMacros(m.value, QString::number(m.sid), ctx, &result.warnings);
                pixel.secureUrl = pixel.url;
                pixel.sids = {m.sid};
                pixel.urlTemplate = m.value;
                pixel.secureUrlTemplate = m.value;
                pixel.aliases = QStringList{QString::number(m.sid)};
                checkLength(pixel.url);
                result.pixels.append(pixel);
            }
        }
        break;
    }
    case Destination::Type::Cookie: {
        FiredCookie cookie;
        cookie.destinationId = d.id;
        cookie.name = d.cookieName;
        cookie.domain = d.cookieDomain;
        cookie.ttlDays = d.ttlDays;
        // Drop the lowest-priority values until the cookie fits its maximum size.
        QVector<SegmentMapping> kept = mappings;
        QString value = buildCookieValue(d, kept);
        while (d.maxSize > 0 && kept.size() > 1 &&
               (cookie.name.size() + 1 + value.toUtf8().size()) > d.maxSize) {
            kept.removeLast();
            ++cookie.droppedForSize;
            value = buildCookieValue(d, kept);
        }
        cookie.value = value;
        for (const SegmentMapping &m : kept)
            cookie.sids.append(m.sid);
        if (cookie.droppedForSize > 0)
            result.warnings.append(tr("%n lowest-priority value(s) left out to keep the cookie "
                                      "within its maximum size.",
                                      nullptr, cookie.droppedForSize));
        result.cookie = cookie;
        break;
    }
    case Destination::Type::ServerToServer:
        for (const SegmentMapping &m : mappings)
            result.s2sValues.append(m.value);
        break;
    }
    return result;
}

QVector<SegmentMapping> DestinationFiring::activeMappings(const Workspace &ws, qint64 destinationId,
                                                          const QSet<qint64> &sids,
                                                          const QDate &day)
{
    QVector<SegmentMapping> out;
    for (int i : ws.mappingIndexesOf(destinationId)) {
        const SegmentMapping &m = ws.mappings[i];
        if (sids.contains(m.sid) && m.isActiveOn(day))
            out.append(m);
    }
    return out;
}

QVector<QPair<QString, QStringList>>
DestinationFiring::splitCookieValue(const QString &value, const QString &keySeparator,
                                    const QString &pairDelimiter, const QString &serialSeparator)
{
    QVector<QPair<QString, QStringList>> out;
    const QStringList pairs = pairDelimiter.isEmpty()
                                  ? QStringList{value}
                                  : value.split(pairDelimiter, Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype at = keySeparator.isEmpty() ? -1 : pair.indexOf(keySeparator);
        const QString key = at < 0 ? QString() : pair.left(at);
        const QString rest = at < 0 ? pair : pair.mid(at + keySeparator.size());
        const QStringList values =
            serialSeparator.isEmpty() ? QStringList{rest} : rest.split(serialSeparator);
        auto it =
            std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == key; });
        if (it == out.end())
            out.append({key, values});
        else
            it->second += values;
    }
    return out;
}

} // namespace dcsdesk
