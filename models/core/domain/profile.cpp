#include "profile.h"

namespace dcsdesk {

bool DcsHeader::operator==(const DcsHeader &o) const
{
    return name == o.name && value == o.value && enabled == o.enabled;
}

QVariant Profile::field(int f) const
{
    switch (f) {
    case Name:
        return name;
    case Alias:
        return alias;
    case RegionId:
        return regionId;
    case CustomBaseUrl:
        return customBaseUrl;
    case DefaultUserId:
        return defaultUserId;
    case UserIdKind:
        return int(idKind);
    case OrgId:
        return orgId;
    case CaFile:
        return caFile;
    case PinnedPublicKey:
        return pinnedPublicKey;
    case Headers:
        return QVariant::fromValue(headers);
    default:
        return {};
    }
}

void Profile::setField(int f, const QVariant &v)
{
    switch (f) {
    case Name:
        name = v.toString();
        break;
    case Alias:
        alias = v.toString();
        break;
    case RegionId:
        regionId = v.toInt();
        break;
    case CustomBaseUrl:
        customBaseUrl = v.toString();
        break;
    case DefaultUserId:
        defaultUserId = v.toString();
        break;
    case UserIdKind:
        idKind = IdKind(v.toInt());
        break;
    case OrgId:
        orgId = v.toString();
        break;
    case CaFile:
        caFile = v.toString();
        break;
    case PinnedPublicKey:
        pinnedPublicKey = v.toString();
        break;
    case Headers:
        headers = v.value<QVector<DcsHeader>>();
        break;
    default:
        break;
    }
}

bool Profile::operator==(const Profile &o) const
{
    return name == o.name && alias == o.alias && regionId == o.regionId &&
           customBaseUrl == o.customBaseUrl && defaultUserId == o.defaultUserId &&
           idKind == o.idKind && orgId == o.orgId && caFile == o.caFile &&
           pinnedPublicKey == o.pinnedPublicKey && headers == o.headers &&
           unknownKeys == o.unknownKeys;
}

} // namespace dcsdesk
