#include "dcserrorcatalog.h"

namespace dcsdesk {

#define DCS_ERR(code, message, meaning)                                                            \
    DcsErrorInfo                                                                                   \
    {                                                                                              \
        code, QT_TRANSLATE_NOOP("DcsErrorCatalog", message),                                       \
            QT_TRANSLATE_NOOP("DcsErrorCatalog", meaning)                                          \
    }

QString DcsErrorInfo::message() const
{
    return QCoreApplication::translate("DcsErrorCatalog", messageSource);
}

QString DcsErrorInfo::meaning() const
{
    return QCoreApplication::translate("DcsErrorCatalog", meaningSource);
}

const QVector<DcsErrorInfo> &DcsErrorCatalog::all()
{
    static const QVector<DcsErrorInfo> table = {
        DCS_ERR(0, "Unspecified error",
                "A catch-all error. Retry the call; if it keeps failing, contact Adobe."),
        DCS_ERR(1, "Could not find config for hostname: <hostname>",
                "The host name in the Host header is not provisioned. Check the domain alias."),
        DCS_ERR(2, "Invalid d_orgid value (could not find a config for this org id): <ID>",
                "The IMS Org ID in d_orgid is wrong. Check it; it ends in @AdobeOrg."),
        DCS_ERR(10, "Unable to evaluate traits",
                "The traits of this call were evaluated only partly or not at all."),
        DCS_ERR(100, "Could not retrieve host name for the request",
                "The request has no Host header. Set the domain alias in the profile."),
        DCS_ERR(101, "Invalid Experience Cloud id passed in <ID>",
                "The d_mid value is not a valid Experience Cloud ID."),
        DCS_ERR(102, "Invalid AAM ID passed in request <ID>",
                "The d_uuid value is not a valid AAM UUID (38 digits)."),
        DCS_ERR(104, "All customer IDs are invalid",
                "None of the declared IDs (d_cid, d_cid_ic) in the call is valid."),
        DCS_ERR(109, "Referer <HTTP referer> is not allowed for partner <Partner ID>",
                "The HTTP referer of the call is not allowed for this partner."),
        DCS_ERR(111, "Invalid IMS token received",
                "Audience Manager–Target integration: the IMS token is invalid, expired or not "
                "authorized."),
        DCS_ERR(171, "Encountered opt out tag for id <ID>",
                "The user has opted out; the DCS does not process the call and returns no UUID."),
        DCS_ERR(172, "Blocked cookies",
                "The browser blocks third-party cookies; the call is not processed."),
        DCS_ERR(173, "Encountered trust relationship via NAI",
                "The user opted out through the Network Advertising Initiative (NAI)."),
        DCS_ERR(198, "Requests from this country are blocked by partner",
                "The partner blocks calls from the user's country (by IP address)."),
        DCS_ERR(199, "Requests from this country are not allowed",
                "Calls from Cuba, Iran, North Korea, Sudan and Syria are not processed."),
        DCS_ERR(200, "Cannot read traits from profile cache for id: <ID>",
                "The user's profile could not be read, so earlier traits were not used."),
        DCS_ERR(201, "Cannot read device ids from profile cache for customer id: <ID>",
                "The device IDs linked to the customer ID could not be read (Profile Link merge "
                "rule)."),
        DCS_ERR(202, "Cannot read related customer for device id: <ID>",
                "The customer linked to the device could not be read (Last Authenticated merge "
                "rule)."),
        DCS_ERR(203, "Cannot read device cluster for id: <ID>",
                "The device graph cluster of the user is not available."),
        DCS_ERR(204, "Could not perform migration since profile read failed for primary device",
                "A profile migration failed because the primary device's profile could not be "
                "read (profile cache scalability)."),
        DCS_ERR(205,
                "Could not perform migration from <ID> to <ID>, because profile read failed "
                "for <ID>",
                "A profile migration between two IDs failed because a profile could not be read "
                "(profile cache scalability)."),
        DCS_ERR(300, "Invalid customer id <ID>",
                "A declared customer ID is missing or invalid: an unknown data source or "
                "integration code, a blank ID, a blocked ID, or a data source the account does "
                "not own."),
        DCS_ERR(301,
                "Maximum number of customer ids exceeded. Maximum allowed is <max>. Found is "
                "<found>.",
                "More than 10 declared customer IDs in one call; the extra ones are dropped."),
        DCS_ERR(302, "Unauthorized customer id <ID>",
                "The data source of the declared ID does not belong to the organization."),
        DCS_ERR(303, "Blocked customer id <ID>",
                "The customer ID is denylisted. Denylisted IDs cannot be removed from the "
                "denylist; never use this ID again."),
        DCS_ERR(304, "Blocked datasource id <ID>", "The data source is denylisted."),
        DCS_ERR(306, "Blocked declared device id <ID>",
                "The device ID is denylisted because of an extreme call rate. Never use this ID "
                "again."),
        DCS_ERR(307, "Blocked profile operation for <ID>",
                "Reading or writing this profile is denylisted. Never use this ID again."),
        DCS_ERR(309,
                "Customer id <ID> was discarded because it exceeded the limit of declared "
                "customer ids per request",
                "A declared ID was dropped because the call has more than 10; the DCS reports "
                "this once per dropped ID."),
        DCS_ERR(310,
                "Customer id was discarded because it exceeded the limit for a given "
                "namespace. Namespace id is <ID>, customer id is <ID>.",
                "More than 3 declared IDs for the same data source (namespace); the extra ones "
                "are dropped."),
        DCS_ERR(311, "Request contains invalid parameters",
                "A parameter is badly encoded (for example a bare %); the DCS ignores the whole "
                "request. Percent-encode every key and value."),
        DCS_ERR(312, "Request contains an invalid Global Device ID",
                "A global device ID is invalid (for example an IDFA in lower case) and was "
                "ignored."),
        DCS_ERR(313, "CMP ID is not present in GCL",
                "The consent platform (CMP) of the IAB TCF string is not in the Global Vendor "
                "List; the consent string is discarded and ${GDPR} is 0."),
        DCS_ERR(314, "CMP ID is marked as deleted in GCL",
                "The consent platform (CMP) of the IAB TCF string is marked as deleted; the "
                "consent string is discarded."),
        DCS_ERR(315, "Consent string indicates no consent",
                "The IAB TCF consent string gives no consent; the user is opted out or the call "
                "is dropped."),
    };
    return table;
}

#undef DCS_ERR

const DcsErrorInfo *DcsErrorCatalog::find(int code)
{
    for (const DcsErrorInfo &info : all()) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

DcsErrorCatalog::Group DcsErrorCatalog::groupOf(int code)
{
    if (code >= 0 && code <= 10)
        return Group::System;
    if (code >= 100 && code <= 111)
        return Group::Integration;
    if (code >= 171 && code <= 199)
        return Group::OptOut;
    if (code >= 200 && code <= 205)
        return Group::ProfileRetrieval;
    if (code >= 300 && code <= 315)
        return Group::IntegrationWarning;
    return Group::Unknown;
}

QString DcsErrorCatalog::groupName(Group group)
{
    switch (group) {
    case Group::System:
        return tr("System error");
    case Group::Integration:
        return tr("Integration error");
    case Group::OptOut:
        return tr("Opt-out");
    case Group::ProfileRetrieval:
        return tr("Profile retrieval error");
    case Group::IntegrationWarning:
        return tr("Integration warning");
    case Group::Unknown:
        return tr("Undocumented code");
    }
    return {};
}

QString DcsErrorCatalog::groupKey(Group group)
{
    switch (group) {
    case Group::System:
        return QStringLiteral("system");
    case Group::Integration:
        return QStringLiteral("integration");
    case Group::OptOut:
        return QStringLiteral("opt-out");
    case Group::ProfileRetrieval:
        return QStringLiteral("profile-retrieval");
    case Group::IntegrationWarning:
        return QStringLiteral("integration-warning");
    case Group::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString DcsErrorCatalog::explain(int code)
{
    const DcsErrorInfo *info = find(code);
    if (!info)
        return tr("%1: not in the documented DCS error table (%2).")
            .arg(code)
            .arg(groupName(groupOf(code)));
    return tr("%1 %2 — %3").arg(code).arg(info->message(), info->meaning());
}

} // namespace dcsdesk
