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
        {"d_cb", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                   "JavaScript callback name: the answer becomes callback({...}) "
                                   "(JSONP). The builder has a field for it.")},
        {"d_cid",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Declared ID: data source ID and user ID joined by the non-printing "
                           "0x01 character; repeatable. The Declared IDs table builds it.")},
        {"d_cid_ic",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Declared ID: integration code and user ID joined by the non-printing "
                           "0x01 character; repeatable. The Declared IDs table builds it.")},
        {"d_coppa",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Disables third-party cookies (COPPA).")},
        {"d_cts",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "1 or 2: adds the traits and segments arrays (1 = legacy segment IDs, 2 "
                           "= segment IDs). The builder has a field for it.")},
        {"d_dpid", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                     "Deprecated data provider ID; use d_cid or d_cid_ic.")},
        {"d_dpuuid", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                       "Deprecated data provider user ID; use d_cid or d_cid_ic.")},
        {"d_dst", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                    "1 returns the URL destinations (dests) in the answer. The "
                                    "builder has a check box for it.")},
        {"d_dst_filter",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Reserved for the Analytics integration.")},
        {"d_jsonv",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "JSON version, normally 1; 0 disables ID syncs. The builder has a check box for it.")},
        {"d_mid",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Experience Cloud ID (ECID/MID). The builder's User ID field sets it.")},
        {"d_nsid",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Name space ID of the JavaScript container.")},
        {"d_orgid", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                      "IMS Org ID that goes with d_mid; error 2 when it is wrong. "
                                      "The builder has a field for it.")},
        {"d_ptfm", QT_TRANSLATE_NOOP(
                       "dcsdesk::DcsKeyCatalog",
                       "Platform: ios, android, browser or all. The builder has a field for it.")},
        {"d_rs", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                   "Deprecated and reserved (legacy Analytics).")},
        {"d_rtbd", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                     "json is required for a JSON answer; without it the DCS "
                                     "answers with a pixel. The builder has a check box for it.")},
        {"d_sid", QT_TRANSLATE_NOOP(
                      "dcsdesk::DcsKeyCatalog",
                      "Trait or segment IDs, comma-separated. The builder has a field for it.")},
        {"d_tdpid",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Evaluate only the traits of the data source with this ID (DPID).")},
        {"d_tdpid_ic",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Evaluate only the traits of the data source with this integration code.")},
        {"d_uuid",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Audience Manager user ID (38 digits): identifies the visitor when "
                           "there is no cookie. The builder's User ID field sets it.")},
        {"d_event",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Media pixel: the event, imp, click or conv. Impression calls get no answer.")},
        {"d_src", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                    "Media pixel: the data source ID of the media data.")},
        {"d_site", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Media pixel: the site ID.")},
        {"d_creative",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Media pixel: the creative ID.")},
        {"d_adgroup", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Media pixel: the ad group ID.")},
        {"d_placement",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Media pixel: the placement ID.")},
        {"d_campaign",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Media pixel: the campaign ID.")},
        {"d_adsrc", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                      "Media pixel: the data source ID of the advertiser.")},
        {"d_bu", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Media pixel: the business unit ID.")},
        {"dpid", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                   "ID sync (/ibs): the vendor's data source ID in Audience "
                                   "Manager, a number.")},
        {"dpuuid", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                     "ID sync (/ibs): the vendor's own ID for this user.")},
        {"redir", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                    "ID sync (/ibs): the partner URL the DCS redirects to, with "
                                    "${DD_UUID} where the AAM UUID goes.")},
        {"d_bust", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Media pixel: a cache buster.")},
        {"d_rd", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                   "Click pixel: the redirect URL, encoded twice.")},
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
        {"d_dma_code",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: DMA code, normally derived from the IP address.")},
        {"d_postal_code",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: postal code, normally derived from the IP address.")},
        {"d_area_code",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: area code, normally derived from the IP address.")},
        {"d_lat",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: latitude, normally derived from the IP address.")},
        {"d_long",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Platform-level key: longitude, normally derived from the IP address.")},
        {"d_isp", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                    "Platform-level key: internet service provider, normally "
                                    "derived from the IP address.")},
        {"d_zx", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "ZIP code set by the caller.")},
        {"d_device_vendor",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: device vendor, normally derived from the User-Agent.")},
        {"d_device_hardware_type",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: hardware type, normally derived from the User-Agent.")},
        {"d_device_os_name",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: operating system, normally derived from the User-Agent.")},
        {"d_device_os_version", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                                  "Platform-level key: operating system version, "
                                                  "normally derived from the User-Agent.")},
        {"d_device_model",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: device model, normally derived from the User-Agent.")},
        {"d_device_marketing_name",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: device marketing name, normally derived from the User-Agent.")},
        {"d_device_manufacturer",
         QT_TRANSLATE_NOOP(
             "dcsdesk::DcsKeyCatalog",
             "Platform-level key: device manufacturer, normally derived from the User-Agent.")},
        {"d_ld", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                                   "Added by DIL: the time of the call (_ts=milliseconds).")},
        {"d_dil_ver",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Added by DIL: the DIL version.")},
        {"d_px", QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog", "Added by DIL.")},
        {"d_coop_safe",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Added by DIL: 1 when the device co-op may use the call.")},
        {"d_coop_unsafe",
         QT_TRANSLATE_NOOP("dcsdesk::DcsKeyCatalog",
                           "Added by DIL: 1 when the device co-op must not use the call.")},
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
