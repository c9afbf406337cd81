#include "destination.h"

#include <QCoreApplication>

namespace dcsdesk {

QVariant Destination::field(int f) const
{
    switch (f) {
    case Id:
        return id;
    case Name:
        return name;
    case Description:
        return description;
    case DestType:
        return int(type);
    case DestPlatform:
        return int(platform);
    case AutoFillMode:
        return int(autoFill);
    case ExportLabels:
        return exportLabels;
    case Serialized:
        return serialized;
    case UrlFormat:
        return urlFormat;
    case SecureUrlFormat:
        return secureUrlFormat;
    case Delimiter:
        return delimiter;
    case CookieName:
        return cookieName;
    case CookieDomain:
        return cookieDomain;
    case CookieFormatField:
        return int(cookieFormat);
    case SingleKey:
        return singleKey;
    case KeySeparator:
        return keySeparator;
    case ValueSeparator:
        return valueSeparator;
    case SerializationSeparator:
        return serializationSeparator;
    case MaxSize:
        return maxSize;
    case TtlDays:
        return ttlDays;
    case Publish:
        return int(publishTo);
    case SiteIds:
        return QVariant::fromValue(siteIds);
    case UpdateTime:
        return updateTime;
    default:
        return {};
    }
}

void Destination::setField(int f, const QVariant &v)
{
    switch (f) {
    case Id:
        id = v.toLongLong();
        break;
    case Name:
        name = v.toString();
        break;
    case Description:
        description = v.toString();
        break;
    case DestType:
        type = Type(v.toInt());
        break;
    case DestPlatform:
        platform = Platform(v.toInt());
        break;
    case AutoFillMode:
        autoFill = AutoFill(v.toInt());
        break;
    case ExportLabels:
        exportLabels = v.toInt();
        break;
    case Serialized:
        serialized = v.toBool();
        break;
    case UrlFormat:
        urlFormat = v.toString();
        break;
    case SecureUrlFormat:
        secureUrlFormat = v.toString();
        break;
    case Delimiter:
        delimiter = v.toString();
        break;
    case CookieName:
        cookieName = v.toString();
        break;
    case CookieDomain:
        cookieDomain = v.toString();
        break;
    case CookieFormatField:
        cookieFormat = CookieFormat(v.toInt());
        break;
    case SingleKey:
        singleKey = v.toString();
        break;
    case KeySeparator:
        keySeparator = v.toString();
        break;
    case ValueSeparator:
        valueSeparator = v.toString();
        break;
    case SerializationSeparator:
        serializationSeparator = v.toString();
        break;
    case MaxSize:
        maxSize = v.toInt();
        break;
    case TtlDays:
        ttlDays = v.toInt();
        break;
    case Publish:
        publishTo = PublishTo(v.toInt());
        break;
    case SiteIds:
        siteIds = v.value<QList<int>>();
        break;
    case UpdateTime:
        updateTime = v.toDateTime();
        break;
    default:
        break;
    }
}

bool Destination::operator==(const Destination &o) const
{
    for (int f = 0; f < FieldCount; ++f) {
        if (field(f) != o.field(f))
            return false;
    }
    return unknownKeys == o.unknownKeys && remote == o.remote;
}

QString Destination::typeKey(Type t)
{
    switch (t) {
    case Type::Url:
        return QStringLiteral("url");
    case Type::Cookie:
        return QStringLiteral("cookie");
    case Type::ServerToServer:
        return QStringLiteral("s2s");
    }
    return {};
}

Destination::Type Destination::typeFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("url"))
        return Type::Url;
    if (key == QLatin1String("cookie"))
        return Type::Cookie;
    if (key == QLatin1String("s2s"))
        return Type::ServerToServer;
    if (ok)
        *ok = false;
    return Type::Url;
}

bool Destination::firesOnPlatform(const QString &ptfm) const
{
    const QString call = ptfm.trimmed().toLower();
    return platform == Platform::All || call.isEmpty() || call == QLatin1String("all") ||
           call == platformKey(platform);
}

QString Destination::platformKey(Platform p)
{
    switch (p) {
    case Platform::All:
        return QStringLiteral("all");
    case Platform::Browser:
        return QStringLiteral("browser");
    case Platform::Android:
        return QStringLiteral("android");
    case Platform::Ios:
        return QStringLiteral("ios");
    }
    return {};
}

Destination::Platform Destination::platformFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    const QString k = key.toLower();
    if (k == QLatin1String("all"))
        return Platform::All;
    if (k == QLatin1String("browser"))
        return Platform::Browser;
    if (k == QLatin1String("android"))
        return Platform::Android;
    if (k == QLatin1String("ios"))
        return Platform::Ios;
    if (ok)
        *ok = false;
    return Platform::All;
}

QString Destination::autoFillKey(AutoFill a)
{
    switch (a) {
    case AutoFill::None:
        return QStringLiteral("none");
    case AutoFill::SegmentId:
        return QStringLiteral("segment_id");
    case AutoFill::IntegrationCode:
        return QStringLiteral("integration_code");
    }
    return {};
}

Destination::AutoFill Destination::autoFillFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("none"))
        return AutoFill::None;
    if (key == QLatin1String("segment_id"))
        return AutoFill::SegmentId;
    if (key == QLatin1String("integration_code"))
        return AutoFill::IntegrationCode;
    if (ok)
        *ok = false;
    return AutoFill::None;
}

QString Destination::cookieFormatKey(CookieFormat f)
{
    return f == CookieFormat::SingleKey ? QStringLiteral("single_key")
                                        : QStringLiteral("key_value");
}

Destination::CookieFormat Destination::cookieFormatFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("single_key"))
        return CookieFormat::SingleKey;
    if (key == QLatin1String("key_value"))
        return CookieFormat::MultiKey;
    if (ok)
        *ok = false;
    return CookieFormat::SingleKey;
}

QString Destination::publishKey(PublishTo p)
{
    switch (p) {
    case PublishTo::AllDomains:
        return QStringLiteral("all_domains");
    case PublishTo::SelectedDomains:
        return QStringLiteral("inclusion");
    case PublishTo::AllExceptSelected:
        return QStringLiteral("exclusion");
    }
    return {};
}

Destination::PublishTo Destination::publishFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    const QString k = key.toLower();
    if (k == QLatin1String("all_domains"))
        return PublishTo::AllDomains;
    if (k == QLatin1String("inclusion"))
        return PublishTo::SelectedDomains;
    if (k == QLatin1String("exclusion"))
        return PublishTo::AllExceptSelected;
    if (ok)
        *ok = false;
    return PublishTo::AllDomains;
}

QString Destination::typeName(Type t)
{
    switch (t) {
    case Type::Url:
        return tr("URL");
    case Type::Cookie:
        return tr("Cookie");
    case Type::ServerToServer:
        return tr("Server-to-server");
    }
    return {};
}

QString Destination::platformName(Platform p)
{
    switch (p) {
    case Platform::All:
        return tr("All platforms");
    case Platform::Browser:
        return tr("Browser");
    case Platform::Android:
        return tr("Android");
    case Platform::Ios:
        return tr("iOS");
    }
    return {};
}

QString Destination::autoFillName(AutoFill a)
{
    switch (a) {
    case AutoFill::None:
        return tr("No auto-fill");
    case AutoFill::SegmentId:
        return tr("Segment ID");
    case AutoFill::IntegrationCode:
        return tr("Integration code value");
    }
    return {};
}

QString Destination::cookieFormatName(CookieFormat f)
{
    return f == CookieFormat::SingleKey ? tr("Single key")
                                        : tr("Multi key");
}

QString Destination::publishName(PublishTo p)
{
    switch (p) {
    case PublishTo::AllDomains:
        return tr("All of our domains");
    case PublishTo::SelectedDomains:
        return tr("Only the selected domains");
    case PublishTo::AllExceptSelected:
        return tr(
                                           "All of our domains except the selected domains");
    }
    return {};
}

QString Destination::exportLabelName(ExportLabel l)
{
    switch (l) {
    case LabelPii:
        return tr(
            "May enable a combination with personally identifiable information (PII)");
    case LabelOnSiteTargeting:
        return tr("May be used for on-site ad targeting");
    case LabelOffSiteTargeting:
        return tr("May be used for off-site ad targeting");
    case LabelOnSitePersonalization:
        return tr("May be used for on-site ad personalization");
    }
    return {};
}

QString Destination::fieldName(int f)
{
    switch (f) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case DestType:
        return tr("Type");
    case DestPlatform:
        return tr("Platform");
    case AutoFillMode:
        return tr("Auto-fill mapping");
    case ExportLabels:
        return tr("Data export labels");
    case Serialized:
        return tr("Serialize");
    case UrlFormat:
        return tr("Base URL");
    case SecureUrlFormat:
        return tr("Secure URL");
    case Delimiter:
        return tr("Delimiter");
    case CookieName:
        return tr("Cookie name");
    case CookieDomain:
        return tr("Cookie domain");
    case CookieFormatField:
        return tr("Data format");
    case SingleKey:
        return tr("Key");
    case KeySeparator:
        return tr("Key-value separator");
    case ValueSeparator:
        return tr("Key-value delimiter");
    case SerializationSeparator:
        return tr("Serial delimiter");
    case MaxSize:
        return tr("Maximum cookie size");
    case TtlDays:
        return tr("Cookie expiration (days)");
    case Publish:
        return tr("Publish data to");
    case SiteIds:
        return tr("Selected domains");
    case UpdateTime:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace dcsdesk
