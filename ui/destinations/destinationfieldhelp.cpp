#include "destinationfieldhelp.h"

namespace dcsdesk {

QString DestinationFieldHelp::toolTip(int field, Destination::Type type)
{
    const bool cookie = type == Destination::Type::Cookie;
    switch (field) {
    case Destination::Name:
        return tr("The name Audience Manager lists the destination under. Required; write it in "
                  "full, without abbreviations or special characters. Example: Sports fans for "
                  "the display partner");
    case Destination::Description:
        return tr("An optional note for your colleagues: what the destination is for and who "
                  "asked for it. Example: Spring campaign, display partner");
    case Destination::DestType:
        return tr("URL: a pixel (image or iframe) the page calls for the user's segments. "
                  "Cookie: a key-value cookie in the browser that your ad server reads. "
                  "Server-to-server: set up by Adobe or an integrated platform; you edit only its "
                  "segment mappings.");
    case Destination::DestPlatform:
        return tr("The devices the destination receives data from: all platforms, the browser, "
                  "Android or iOS apps. Cookie destinations work in the browser only.");
    case Destination::AutoFillMode:
        return tr("Fills in the mapping value of each segment you map: with its segment ID or "
                  "with its integration code value (at most 255 characters). With no auto-fill "
                  "you type each value. Example: Segment ID gives the value 1005 for segment "
                  "1005.");
    case Destination::Serialized:
        return cookie ? tr("Serialize: put all values of the key in one key-value pair, "
                           "separated by the serial delimiter. Example: seg=123,456 instead of "
                           "seg=123&seg=456.")
                      : tr("Serialize: send all of a user's segments in one call instead of one "
                           "call per segment. The base URL and the secure URL then carry "
                           "%ALIAS%, where the segments' values go, joined by the delimiter.");
    case Destination::UrlFormat:
        return tr("Base URL: the http address that is called, with %ALIAS% where the mapped "
                  "values go. Macros such as %rnd% (a random number against caching), %did% "
                  "(the user's Audience Manager ID) and %timestamp% are filled in. Example: "
                  "http://partner.example.com/seg?s=%ALIAS%&r=%rnd%");
    case Destination::SecureUrlFormat:
        return tr("Secure URL: the https address called from secure pages; it needs %ALIAS% "
                  "too. Example: https://partner.example.com/seg?s=%ALIAS%&r=%rnd%");
    case Destination::Delimiter:
        return tr("Delimiter: the character that separates the values of several segments in "
                  "one serialized call, as the partner requires; usually a comma or a semicolon. "
                  "Example: with a comma, two segments are sent as s=123,456.");
    case Destination::CookieName:
        return tr("Cookie name: the name of the cookie written in the browser. Required. "
                  "Example: aam_segments");
    case Destination::CookieFormatField:
        return tr("Data format. Single key: you set the key here once and each mapping gives a "
                  "value (seg=123). Multi key: each mapping gives its own key and value "
                  "(sport=golf).");
    case Destination::SingleKey:
        return tr("Key: the key of a single-key cookie; each mapped segment adds its value to "
                  "it. Example: seg gives seg=123&seg=456.");
    case Destination::SerializationSeparator:
        return tr("Serial delimiter: the character between the values of the key when the "
                  "cookie is serialized, as your ad server expects. Example: a comma gives "
                  "seg=123,456.");
    case Destination::CookieDomain:
        return tr("Cookie domain: leave it blank to write the cookie on all your domains, or "
                  "give one domain that starts with a dot, without a wildcard or https://. "
                  "Example: .example.com, which also covers shop.example.com.");
    case Destination::Publish:
        return tr("Publish data to: all of your domains (the default), only the selected "
                  "domains, or all of your domains except the selected ones. The domains are "
                  "given by their Audience Manager domain IDs below.");
    case Destination::SiteIds:
        return tr("Domain IDs: the Audience Manager IDs of the domains that \"Publish data to\" "
                  "includes or leaves out, separated by commas. Example: 312, 318");
    case Destination::MaxSize:
        return tr("Maximum size: the largest size of the cookie in bytes. Example: 2048");
    case Destination::TtlDays:
        return tr("Expiration: how many days the cookie stays in the browser; 0 ends it with the "
                  "browser session. Example: 30");
    default:
        return {};
    }
}

QString DestinationFieldHelp::exportLabelToolTip(Destination::ExportLabel label)
{
    switch (label) {
    case Destination::LabelPii:
        return tr("Tick it when the partner may combine the data with personally identifiable "
                  "information, such as names or e-mail addresses. Data sources whose export "
                  "controls forbid that are then kept from this destination.");
    case Destination::LabelOnSiteTargeting:
        return tr("Tick it when the data targets ads on your own websites. Data sources whose "
                  "export controls forbid on-site ad targeting are then kept from this "
                  "destination.");
    case Destination::LabelOffSiteTargeting:
        return tr("Tick it when the data targets ads on other websites. Data sources whose "
                  "export controls forbid off-site ad targeting are then kept from this "
                  "destination.");
    case Destination::LabelOnSitePersonalization:
        return tr("Tick it when the data personalises ads on your own websites. Data sources "
                  "whose export controls forbid on-site ad personalization are then kept from "
                  "this destination.");
    }
    return {};
}

QString DestinationFieldHelp::categoryToolTip()
{
    return tr("Custom: URL and cookie destinations you build yourself. Integrated platforms: "
              "server-to-server destinations that Adobe or a platform set up.");
}

} // namespace dcsdesk
