#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace dcsdesk {

// One segment mapped to one destination, with the value the destination sends for it and the
// window in which it is active. Mappings are stored flat (not inside destinations) because an
// account can hold 100,000 of them and CSV import/export works on the flat list.
struct SegmentMapping
{
    enum Field {
        Id,
        DestinationId,
        Sid,
        Value,
        SecondValue,
        StartDate,
        EndDate,
        Priority,
        FieldCount
    };
    enum class Schedule { Active, Expired, Future };

    qint64 id = 0;
    qint64 destinationId = 0;
    qint64 sid = 0;
    QString value;       // URL (non-serialized URL), alias (serialized URL, S2S), cookie value
                         // (single-key) or cookie key (multi-key: traitAlias)
    QString secondValue; // multi-key cookie: the value (valueAlias)
    QDate startDate;
    QDate endDate;    // null = never expires
    int priority = 0; // cookie destinations; 0 = none
    QJsonObject unknownKeys;
    QJsonObject remote; // the REST mapping object as last imported or pulled (see Destination)

    Schedule scheduleOn(const QDate &day) const;
    bool isActiveOn(const QDate &day) const { return scheduleOn(day) == Schedule::Active; }

    QVariant field(int f) const;
    void setField(int f, const QVariant &value);
    qint64 key() const { return id; }

    bool operator==(const SegmentMapping &o) const;
    bool operator!=(const SegmentMapping &o) const { return !(*this == o); }
};

} // namespace dcsdesk
