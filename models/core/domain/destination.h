#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace dcsdesk {

// A URL, cookie or server-to-server destination with every field a user can set in the
// Destination Builder (domain.md §5.2-5.3). One struct for all types keeps undo, persistence and
// the list model simple; fields that do not apply to a type are ignored for it.
struct Destination
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::Destination)

public:
    enum class Type { Url, Cookie, ServerToServer };
    enum class Platform { All, Browser, Android, Ios };
    enum class AutoFill { None, SegmentId, IntegrationCode };
    enum class CookieFormat { SingleKey, MultiKey };
    enum class PublishTo { AllDomains, SelectedDomains, AllExceptSelected };
    enum ExportLabel {
        LabelPii = 0x1,
        LabelOnSiteTargeting = 0x2,
        LabelOffSiteTargeting = 0x4,
        LabelOnSitePersonalization = 0x8
    };

    enum Field {
        Id,
        Name,
        Description,
        DestType,
        DestPlatform,
        AutoFillMode,
        ExportLabels,
        Serialized,
        UrlFormat,
        SecureUrlFormat,
        Delimiter,
        CookieName,
        CookieDomain,
        CookieFormatField,
        SingleKey,
        KeySeparator,
        ValueSeparator,
        SerializationSeparator,
        MaxSize,
        TtlDays,
        Publish,
        SiteIds,
        UpdateTime,
        FieldCount
    };

    qint64 id = 0;
    QString name;
    QString description;
    Type type = Type::Url;
    Platform platform = Platform::All;
    AutoFill autoFill = AutoFill::None;
    int exportLabels = 0;
    bool serialized = false;
    // URL
    QString urlFormat;       // urlFormatString (base, http)
    QString secureUrlFormat; // secureUrlFormatString (https)
    QString delimiter;       // joins aliases when serialized
    // Cookie
    QString cookieName;
    QString cookieDomain; // cnameDomain: blank = all domains, else ".example.com"
    CookieFormat cookieFormat = CookieFormat::SingleKey;
    QString singleKey;
    QString keySeparator = QStringLiteral("=");
    QString valueSeparator = QStringLiteral(",");
    QString serializationSeparator;
    int maxSize = 2048;
    int ttlDays = 0;
    PublishTo publishTo = PublishTo::AllDomains;
    QList<int> siteIds;
    QDateTime updateTime; // last change, UTC

    QJsonObject unknownKeys;
    // The object as Audience Manager's REST API last returned it (imported or pulled), verbatim;
    // empty when it never came from there. Not an edit: exports overlay the edited fields on it.
    QJsonObject remote;

    QVariant field(int f) const;
    void setField(int f, const QVariant &value);
    qint64 key() const { return id; }

    bool operator==(const Destination &o) const;
    bool operator!=(const Destination &o) const { return !(*this == o); }

    // Whether a call that says d_ptfm=ptfm gets this destination: a destination for All, or a
    // call without d_ptfm (or d_ptfm=all), always does; otherwise the platforms must agree.
    bool firesOnPlatform(const QString &ptfm) const;

    static QString typeKey(Type t); // "url", "cookie", "s2s" (file format)
    static Type typeFromKey(const QString &key, bool *ok = nullptr);
    static QString platformKey(Platform p);
    static Platform platformFromKey(const QString &key, bool *ok = nullptr);
    static QString autoFillKey(AutoFill a);
    static AutoFill autoFillFromKey(const QString &key, bool *ok = nullptr);
    static QString cookieFormatKey(CookieFormat f); // "single_key", "key_value" as in REST
    static CookieFormat cookieFormatFromKey(const QString &key, bool *ok = nullptr);
    static QString publishKey(PublishTo p);
    static PublishTo publishFromKey(const QString &key, bool *ok = nullptr);

    // Translated display names
    static QString typeName(Type t);
    static QString platformName(Platform p);
    static QString autoFillName(AutoFill a);
    static QString cookieFormatName(CookieFormat f);
    static QString publishName(PublishTo p);
    static QString exportLabelName(ExportLabel l);
    static QString fieldName(int f);
};

} // namespace dcsdesk
