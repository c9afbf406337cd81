#include "segment.h"

namespace dcsdesk {

QVariant Segment::field(int f) const
{
    switch (f) {
    case Sid:
        return sid;
    case Name:
        return name;
    case Description:
        return description;
    case IntegrationCode:
        return integrationCode;
    case Active:
        return active;
    case Rule:
        return rule;
    default:
        return {};
    }
}

void Segment::setField(int f, const QVariant &value)
{
    switch (f) {
    case Sid:
        sid = value.toLongLong();
        break;
    case Name:
        name = value.toString();
        break;
    case Description:
        description = value.toString();
        break;
    case IntegrationCode:
        integrationCode = value.toString();
        break;
    case Active:
        active = value.toBool();
        break;
    case Rule:
        rule = value.toString();
        break;
    default:
        break;
    }
}

bool Segment::operator==(const Segment &o) const
{
    return sid == o.sid && name == o.name && description == o.description &&
           integrationCode == o.integrationCode && active == o.active && rule == o.rule &&
           unknownKeys == o.unknownKeys && remote == o.remote;
}

} // namespace dcsdesk
