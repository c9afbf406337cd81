#include "mapping.h"

namespace dcsdesk {

SegmentMapping::Schedule SegmentMapping::scheduleOn(const QDate &day) const
{
    if (startDate.isValid() && day < startDate)
        return Schedule::Future;
    if (endDate.isValid() && day > endDate)
        return Schedule::Expired;
    return Schedule::Active;
}

QVariant SegmentMapping::field(int f) const
{
    switch (f) {
    case Id:
        return id;
    case DestinationId:
        return destinationId;
    case Sid:
        return sid;
    case Value:
        return value;
    case SecondValue:
        return secondValue;
    case StartDate:
        return startDate;
    case EndDate:
        return endDate;
    case Priority:
        return priority;
    default:
        return {};
    }
}

void SegmentMapping::setField(int f, const QVariant &v)
{
    switch (f) {
    case Id:
        id = v.toLongLong();
        break;
    case DestinationId:
        destinationId = v.toLongLong();
        break;
    case Sid:
        sid = v.toLongLong();
        break;
    case Value:
        value = v.toString();
        break;
    case SecondValue:
        secondValue = v.toString();
        break;
    case StartDate:
        startDate = v.toDate();
        break;
    case EndDate:
        endDate = v.toDate();
        break;
    case Priority:
        priority = v.toInt();
        break;
    default:
        break;
    }
}

bool SegmentMapping::operator==(const SegmentMapping &o) const
{
    return id == o.id && destinationId == o.destinationId && sid == o.sid && value == o.value &&
           secondValue == o.secondValue && startDate == o.startDate && endDate == o.endDate &&
           priority == o.priority && unknownKeys == o.unknownKeys && remote == o.remote;
}

} // namespace dcsdesk
