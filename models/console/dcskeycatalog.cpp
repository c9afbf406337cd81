#include "dcskeycatalog.h"

namespace dcsdesk {

QString DcsKeyCatalog::Key::description() const
{
    return QCoreApplication::translate("dcsdesk::DcsKeyCatalog", descriptionSource);
}

const QVector<DcsKeyCatalog::Key> &DcsKeyCatalog::documentedKeys()
{
    static const QVector<Key> keys = {
        {"d_caller",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Identifies the caller of the DCS API.")},
        {"d_coppa",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Disables third-party cookies (COPPA).")},
        {"d_nsid",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Name space ID of the JavaScript container.")},
        {"d_tdpid_ic",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Evaluate only the traits of the data source with this integration code.")},
        {"d_country",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: country, normally derived from the IP address.")},
        {"d_city",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: city, normally derived from the IP address.")},
        {"d_region",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: region, normally derived from the IP address.")},
        {"d_state",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: state, normally derived from the IP address.")},
        {"d_postal_code",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: postal code, normally derived from the IP address.")},
        {"d_zx", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "ZIP code set by the caller.")},
        {"d_device_os_name",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: operating system, normally derived from the User-Agent.")},
        {"d_device_model",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: device model, normally derived from the User-Agent.")},
        {"gdpr",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "IAB TCF: 1 when GDPR applies, else 0.")},
        {"gdpr_consent",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "IAB TCF consent string (URL-safe base64).")},
        {"h_user-agent",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "The User-Agent header value.")},
        {"h_accept-language",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "The Accept-Language header value.")},
        {"h_referer", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "The Referer header value.")},
        {"h_host",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "The client's data collection host name.")},
        {"h_date", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "The Date header value.")},
    };
    return keys;
}

QStringList DcsKeyCatalog::completions()
{
    QStringList out = {QStringLiteral("c_"), QStringLiteral("p_"), QStringLiteral("h_"),
                       QStringLiteral("d_")};
    for (const Key &k : documentedKeys())
        out.append(QString::fromLatin1(k.key));
    return out;
}

QString DcsKeyCatalog::hint(const QString &key)
{
    for (const Key &k : documentedKeys()) {
        if (key == QLatin1String(k.key))
            return k.description();
    }
    if (key.isEmpty())
        return tr("Type a key: c_ for your attributes, p_ for private ones, h_ for header data.");
    if (key.startsWith(QLatin1String("c_")))
        return tr("Customer-defined attribute, logged and used by trait rules.");
    if (key.startsWith(QLatin1String("p_")))
        return tr("Private attribute: used for trait evaluation, never logged or stored.");
    if (key.startsWith(QLatin1String("h_")))
        return tr("HTTP header data.");
    if (key.startsWith(QLatin1String("d_")))
        return tr("Audience Manager attribute; this key is not documented for /event calls.");
    return tr("Unprefixed key: works, trait rules match the exact key name.");
}

} // namespace dcsdesk
