#include "restfieldtext.h"

#include "domain/destination.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>

namespace dcsdesk {

QString RestFieldText::label(EntityKind kind, const QString &key)
{
    // Keys both kinds share first, then each kind's own.
    if (key == QLatin1String("destinationId"))
        return tr("Destination ID");
    if (key == QLatin1String("createTime"))
        return tr("Created");
    if (key == QLatin1String("updateTime"))
        return Destination::fieldName(Destination::UpdateTime);
    if (key == QLatin1String("crUID"))
        return tr("Created by (user ID)");
    if (key == QLatin1String("upUID"))
        return tr("Changed by (user ID)");
    if (key == QLatin1String("x-dcsdesk"))
        return tr("DCS Desk's own fields");
    if (kind == EntityKind::Mapping) {
        if (key == QLatin1String("mappingId") || key == QLatin1String("destinationMappingId") ||
            key == QLatin1String("traitToDataOrderId"))
            return tr("Mapping ID");
        if (key == QLatin1String("sid"))
            return tr("Segment ID");
        if (key == QLatin1String("traitType"))
            return tr("Mapped object type");
        if (key == QLatin1String("traitValue"))
            return tr("Trait value");
        if (key == QLatin1String("elementName"))
            return tr("Segment name");
        if (key == QLatin1String("elementDescription"))
            return tr("Segment description");
        if (key == QLatin1String("elementStatus"))
            return tr("Segment status");
        if (key == QLatin1String("startDate"))
            return tr("Start date");
        if (key == QLatin1String("endDate"))
            return tr("End date");
        if (key == QLatin1String("priority"))
            return tr("Priority");
        if (key == QLatin1String("traitAlias"))
            return tr("Mapping value (key or URL)");
        if (key == QLatin1String("valueAlias"))
            return tr("Second value");
        if (key == QLatin1String("url"))
            return tr("URL");
        if (key == QLatin1String("secureUrl"))
            return tr("Secure URL");
        return QString();
    }
    // A destination's keys: the words of the destination editor.
    static const QHash<QString, int> destinationFields{
        {QStringLiteral("name"), Destination::Name},
        {QStringLiteral("description"), Destination::Description},
        {QStringLiteral("destinationType"), Destination::DestType},
        {QStringLiteral("serializationEnabled"), Destination::Serialized},
        {QStringLiteral("urlFormatString"), Destination::UrlFormat},
        {QStringLiteral("secureUrlFormatString"), Destination::SecureUrlFormat},
        {QStringLiteral("delimiter"), Destination::Delimiter},
        {QStringLiteral("cookieName"), Destination::CookieName},
        {QStringLiteral("cnameDomain"), Destination::CookieDomain},
        {QStringLiteral("formatType"), Destination::CookieFormatField},
        {QStringLiteral("singleKey"), Destination::SingleKey},
        {QStringLiteral("keySeparator"), Destination::KeySeparator},
        {QStringLiteral("valueSeparator"), Destination::ValueSeparator},
        {QStringLiteral("serializationSeparator"), Destination::SerializationSeparator},
        {QStringLiteral("maxSize"), Destination::MaxSize},
        {QStringLiteral("ttl"), Destination::TtlDays},
        {QStringLiteral("domainRestrictions"), Destination::Publish},
        {QStringLiteral("siteIDs"), Destination::SiteIds},
    };
    const auto field = destinationFields.constFind(key);
    if (field != destinationFields.constEnd())
        return Destination::fieldName(field.value());
    if (key == QLatin1String("mappings"))
        return tr("Mappings");
    return QString();
}

QString RestFieldText::fieldCell(EntityKind kind, const QString &key)
{
    const QString words = label(kind, key);
    return words.isEmpty() ? key : tr("%1 (%2)", "field label (REST key)").arg(words, key);
}

bool RestFieldText::isEpochTime(const QString &key)
{
    return key == QLatin1String("createTime") || key == QLatin1String("updateTime");
}

QString RestFieldText::localTime(const QString &key, const QJsonValue &value)
{
    if (!isEpochTime(key) || !value.isDouble())
        return QString();
    const double ms = value.toDouble();
    if (ms <= 0 || ms > 32503680000000.0) // not a time after 1970 and before 3000
        return QString();
    // With the seconds and the time zone: two times a minute apart must not look the same.
    // The locale's short date with the whole year: "05.12.26" could be 1926 or 2026.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(ms)).toLocalTime();
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(at.date(), dateFormat) + QLatin1Char(' ') +
           QLocale().toString(at.time(), QLocale::LongFormat);
}

QString RestFieldText::jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return tr("(absent)");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
    case QJsonValue::String: // as JSON writes them: quoted and escaped, numbers exact
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QVector<QStringList> RestFieldText::fieldRows(EntityKind kind,
                                              const QVector<AamDiff::Field> &fields)
{
    // The order the writer fills them in (AamRestWriter): the alias first.
    static const QStringList oneValue{QStringLiteral("traitAlias"), QStringLiteral("url"),
                                      QStringLiteral("secureUrl")};
    const auto alike = [](const AamDiff::Field &a, const AamDiff::Field &b) {
        return a.change == b.change && a.base == b.base && a.local == b.local &&
               a.account == b.account;
    };
    QVector<QStringList> rows;
    QVector<int> fieldOfRow;
    for (int i = 0; i < fields.size(); ++i) {
        const AamDiff::Field &field = fields.at(i);
        bool joined = false;
        if (kind == EntityKind::Mapping && oneValue.contains(field.name)) {
            for (int row = 0; row < rows.size() && !joined; ++row) {
                if (oneValue.contains(rows.at(row).first()) &&
                    alike(fields.at(fieldOfRow.at(row)), field)) {
                    rows[row].append(field.name);
                    joined = true;
                }
            }
        }
        if (!joined) {
            rows.append(QStringList{field.name});
            fieldOfRow.append(i);
        }
    }
    for (QStringList &keys : rows) {
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return oneValue.indexOf(a) < oneValue.indexOf(b);
        });
    }
    return rows;
}

QString RestFieldText::oneEditNote(const QStringList &keys)
{
    // The only keys fieldRows joins are those of a mapping's value.
    return tr("Audience Manager keeps the mapping's value in %n REST field(s) (%1): one edit "
              "changes them all, and a push sends the new value to each.",
              nullptr, int(keys.size()))
        .arg(keys.join(QStringLiteral(", ")));
}

// One row of the field table: the label with the exact REST key, the three values (a time in
// milliseconds since 1970 as a local date and time, the number in the tooltip), the side.
void RestFieldText::setFieldRow(QTableWidget *table, int row, EntityKind kind, const QString &key,
                                const std::array<QJsonValue, 3> &values, const QString &change)
{
    setFieldRow(table, row, kind, QStringList{key}, values, change);
}

void RestFieldText::setFieldRow(QTableWidget *table, int row, EntityKind kind,
                                const QStringList &keys, const std::array<QJsonValue, 3> &values,
                                const QString &change)
{
    const QString &key = keys.first();
    const QString words = label(kind, key);
    const QString allKeys = keys.join(QStringLiteral(", "));
    auto *name = new QTableWidgetItem(
        keys.size() == 1  ? fieldCell(kind, key)
        : words.isEmpty() ? allKeys
                          : tr("%1 (%2)", "field label (REST key)").arg(words, allKeys));
    name->setData(Qt::UserRole, key);
    name->setData(KeysRole, keys);
    name->setToolTip(keys.size() == 1 ? tr("REST key: %1").arg(key)
                                      : tr("REST keys: %1").arg(allKeys));
    table->setItem(row, 0, name);
    for (int column = 1; column <= 3; ++column) {
        const QJsonValue &value = values.at(std::size_t(column - 1));
        QString raw = jsonText(value);
        // AAM writes an end date that never comes as null: say what it means beside the JSON.
        if (key == QLatin1String("endDate") && value.isNull())
            raw = tr("%1 (never ends)").arg(raw);
        const QString time = localTime(key, value);
        auto *cell = new QTableWidgetItem(time.isEmpty() ? raw : time);
        cell->setToolTip(time.isEmpty() ? raw : tr("%1 (milliseconds since 1970, UTC)").arg(raw));
        table->setItem(row, column, cell);
    }
    auto *side = new QTableWidgetItem(change);
    side->setToolTip(change);
    table->setItem(row, 4, side);
}

} // namespace dcsdesk
