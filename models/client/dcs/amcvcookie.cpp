#include "amcvcookie.h"

#include "dcsrequest.h"
#include "domain/region.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace dcsdesk {

namespace {

QString percentDecoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString when(const QDateTime &dt)
{
    return QLocale().toString(dt.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

QStringList AmcvCookie::Field::listValues() const
{
    return value.split(QLatin1Char('*'), Qt::SkipEmptyParts);
}

const AmcvCookie::Field *AmcvCookie::field(const QString &key) const
{
    for (const Field &f : fields) {
        if (f.key.compare(key, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

bool AmcvCookie::isExpired(const QString &key) const
{
    const Field *f = field(key);
    return f && f->expired;
}

AmcvCookie AmcvCookie::parse(const QString &input, const QDateTime &now)
{
    AmcvCookie c;
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("Cookie:"), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();

    // Find the AMCV_ cookie in "name=value; name=value" text, or take the text as the value.
    QString value = text;
    if (text.contains(QLatin1Char('='))) {
        bool found = false;
        bool sawSessionCookie = false;
        for (const QString &part : text.split(QLatin1Char(';'))) {
            const QString item = part.trimmed();
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0)
                continue;
            const QString name = percentDecoded(item.left(eq).trimmed());
            if (name.startsWith(QLatin1String("AMCVS_"))) {
                sawSessionCookie = true;
            } else if (name.startsWith(QLatin1String("AMCV_"))) {
                c.cookieName = name;
                value = item.mid(eq + 1).trimmed();
                found = true;
                break;
            }
        }
        if (!found && sawSessionCookie) {
            c.error = tr("Only the AMCVS_ cookie is there: it just marks the browser session "
                         "(value 1). Paste the AMCV_ cookie instead.");
            return c;
        }
    }
    if (!c.cookieName.isEmpty()) {
        const QString org = c.cookieName.mid(5);
        if (org.endsWith(QLatin1String("@AdobeOrg")))
            c.orgId = org;
        else
            c.notes.append(tr("The cookie name %1 does not end in @AdobeOrg, so it gives no org "
                              "ID.")
                               .arg(c.cookieName));
    }
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    if (value.contains(QLatin1Char('%'))) {
        value = percentDecoded(value);
        if (value.contains(QLatin1String("%7C"), Qt::CaseInsensitive)) {
            value = percentDecoded(value);
            c.notes.append(tr("The value was URL-encoded twice."));
        }
    }
    if (value.isEmpty()) {
        c.error = tr("The AMCV cookie is empty.");
        return c;
    }

    QStringList tokens;
    if (value.contains(QLatin1Char('|'))) {
        tokens = value.split(QLatin1Char('|'));
    } else if (value.contains(QLatin1Char('='))) {
        // Legacy "mid=<ID>&aamlh=<region>" as in the AAM docs.
        static const QRegularExpression sep(QStringLiteral("[&;,]"));
        for (const QString &pair : value.split(sep, Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            tokens << pair.left(eq).trimmed() << (eq < 0 ? QString() : pair.mid(eq + 1).trimmed());
        }
    } else {
        c.error = tr("“%1” is not an AMCV value: it should look like "
                     "-1891778711|MCIDTS|18199|MCMID|8393…|MCAAMLH-1572973109|9|…")
                      .arg(value.left(60));
        return c;
    }

    static const QRegularExpression digest(QStringLiteral("^[\\-0-9]+$"));
    if (!tokens.isEmpty() && digest.match(tokens.first()).hasMatch())
        c.settingsDigest = tokens.takeFirst();
    if (tokens.size() % 2 == 1) {
        c.notes.append(tr("The last entry “%1” has no value and was skipped.").arg(tokens.last()));
        tokens.removeLast();
    }

    static const QRegularExpression keyRe(
        QStringLiteral("^([A-Za-z][A-Za-z0-9_]*)(?:-([0-9]+)(s?))?$"));
    for (int i = 0; i + 1 < tokens.size(); i += 2) {
        Field f;
        const QString keyToken = tokens.at(i).trimmed();
        const QRegularExpressionMatch m = keyRe.match(keyToken);
        if (m.hasMatch()) {
            f.key = m.captured(1);
            if (m.capturedLength(2) > 0) {
                f.hasExpiry = true;
                f.expiry = QDateTime::fromSecsSinceEpoch(m.captured(2).toLongLong(), Qt::UTC);
                f.sessionOnly = !m.captured(3).isEmpty();
                f.expired = f.expiry <= now;
            }
        } else {
            f.key = keyToken;
            c.notes.append(
                tr("“%1” is not a KEY or KEY-EXPIRY entry; it is shown as is.").arg(keyToken));
        }
        f.value = tokens.at(i + 1) == QLatin1String("T") ? QString() : tokens.at(i + 1);
        c.fields.append(f);
    }
    if (c.fields.isEmpty()) {
        c.error = tr("The AMCV cookie has no fields.");
        return c;
    }

    for (const Field &f : std::as_const(c.fields)) {
        const QString key = f.key.toUpper();
        if (f.expired) {
            c.notes.append(tr("%1 expired on %2 and is ignored, as the ID service does.")
                               .arg(f.key, when(f.expiry)));
            continue;
        }
        if (key == QLatin1String("MCMID") || key == QLatin1String("MID")) {
            c.mcmid = f.value;
            c.legacy |= key == QLatin1String("MID");
        } else if (key == QLatin1String("MCAAMLH") || key == QLatin1String("AAMLH")) {
            bool ok = false;
            const int region = f.value.toInt(&ok);
            c.legacy |= key == QLatin1String("AAMLH");
            if (ok) {
                c.locationHint = region;
                if (!DcsRegion::find(region) || region == 0)
                    c.notes.append(
                        tr("The location hint %1 is not a documented DCS region.").arg(region));
            } else {
                c.notes.append(tr("The location hint “%1” is not a region number.").arg(f.value));
            }
        } else if (key == QLatin1String("MCAAMB")) {
            c.aamBlob = f.value;
        } else if (key == QLatin1String("MCAID")) {
            if (f.value.compare(QLatin1String("NONE"), Qt::CaseInsensitive) != 0)
                c.analyticsId = f.value;
        } else if (key == QLatin1String("MCOPTOUT")) {
            const QString v = f.value.toLower();
            if (v == QLatin1String("isoptedout-true") || v == QLatin1String("true") ||
                v == QLatin1String("global"))
                c.optOut = 1;
            else if (v == QLatin1String("isoptedout-false") || v == QLatin1String("false") ||
                     v == QLatin1String("none") || v.isEmpty())
                c.optOut = 0;
            else
                c.notes.append(tr("MCOPTOUT has the unknown value “%1”.").arg(f.value));
        } else if (key == QLatin1String("VVERSION")) {
            c.version = f.value;
        } else if (key == QLatin1String("MCIDTS")) {
            bool ok = false;
            const qint64 days = f.value.toLongLong(&ok);
            if (ok)
                c.idTimestamp = QDate(1970, 1, 1).addDays(days);
        }
    }
    if (c.legacy)
        c.notes.append(tr("The cookie uses the legacy keys mid / aamlh."));
    if (c.mcmid.isEmpty() && !c.isExpired(QStringLiteral("MCMID")))
        c.notes.append(tr("The cookie has no MCMID, so it gives no Experience Cloud ID."));
    if (c.optOut == 1)
        c.notes.append(tr("The visitor has opted out (MCOPTOUT): the DCS answers error 171 for "
                          "this ID."));
    c.ok = true;
    return c;
}

int AmcvCookie::fillRequest(DcsRequest &request) const
{
    if (!mcmid.isEmpty()) {
        request.userIdKind = Profile::IdKind::Mid;
        request.userId = mcmid;
    }
    if (!orgId.isEmpty())
        request.orgId = orgId;
    return locationHint;
}

QJsonObject AmcvCookie::toJson() const
{
    QJsonArray fs;
    for (const Field &f : fields) {
        QJsonObject o{{QStringLiteral("key"), f.key}, {QStringLiteral("value"), f.value}};
        if (f.hasExpiry) {
            o.insert(QStringLiteral("expiry"), f.expiry.toString(Qt::ISODate));
            o.insert(QStringLiteral("expired"), f.expired);
            o.insert(QStringLiteral("sessionOnly"), f.sessionOnly);
        }
        fs.append(o);
    }
    QJsonObject o{
        {QStringLiteral("cookieName"), cookieName},
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("settingsDigest"), settingsDigest},
        {QStringLiteral("fields"), fs},
        {QStringLiteral("legacy"), legacy},
        {QStringLiteral("mcmid"), mcmid.isEmpty() ? QJsonValue() : QJsonValue(mcmid)},
        {QStringLiteral("locationHint"),
         locationHint < 0 ? QJsonValue() : QJsonValue(locationHint)},
        {QStringLiteral("aamBlob"), aamBlob.isEmpty() ? QJsonValue() : QJsonValue(aamBlob)},
        {QStringLiteral("analyticsId"),
         analyticsId.isEmpty() ? QJsonValue() : QJsonValue(analyticsId)},
        {QStringLiteral("optedOut"), optOut < 0 ? QJsonValue() : QJsonValue(optOut == 1)},
        {QStringLiteral("version"), version},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (idTimestamp.isValid())
        o.insert(QStringLiteral("idTimestamp"), idTimestamp.toString(Qt::ISODate));
    if (const DcsRegion *r = locationHint > 0 ? DcsRegion::find(locationHint) : nullptr)
        o.insert(QStringLiteral("region"),
                 QJsonObject{{QStringLiteral("id"), r->id},
                             {QStringLiteral("host"), r->host},
                             {QStringLiteral("location"), r->location()}});
    return o;
}

} // namespace dcsdesk
