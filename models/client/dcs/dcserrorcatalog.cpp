#include "dcserrorcatalog.h"

namespace dcsdesk {

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
        DcsErrorInfo{0, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Unspecified error"),
                     QT_TRANSLATE_NOOP(
                         "DcsErrorCatalog",
                         "A catch-all error. Retry the call; if it keeps failing, contact Adobe.")},
        DcsErrorInfo{
            1,
            QT_TRANSLATE_NOOP("DcsErrorCatalog", "Could not find config for hostname: <hostname>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The host name in the Host header is not provisioned. Check the domain alias.")},
        DcsErrorInfo{2,
                     QT_TRANSLATE_NOOP(
                         "DcsErrorCatalog",
                         "Invalid d_orgid value (could not find a config for this org id): <ID>"),
                     QT_TRANSLATE_NOOP(
                         "DcsErrorCatalog",
                         "The IMS Org ID in d_orgid is wrong. Check it; it ends in @AdobeOrg.")},
        DcsErrorInfo{
            10, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Unable to evaluate traits"),
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "The traits of this call were evaluated only partly or not at all.")},
        DcsErrorInfo{
            100,
            QT_TRANSLATE_NOOP("DcsErrorCatalog", "Could not retrieve host name for the request"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The request has no Host header. Set the domain alias in the profile.")},
        DcsErrorInfo{
            101, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Invalid Experience Cloud id passed in <ID>"),
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "The d_mid value is not a valid Experience Cloud ID.")},
        DcsErrorInfo{102,
                     QT_TRANSLATE_NOOP("DcsErrorCatalog", "Invalid AAM ID passed in request <ID>"),
                     QT_TRANSLATE_NOOP("DcsErrorCatalog",
                                       "The d_uuid value is not a valid AAM UUID (38 digits).")},
        DcsErrorInfo{
            104, QT_TRANSLATE_NOOP("DcsErrorCatalog", "All customer IDs are invalid"),
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "None of the declared IDs (d_cid, d_cid_ic) in the call is valid.")},
        DcsErrorInfo{
            109,
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "Referer <HTTP referer> is not allowed for partner <Partner ID>"),
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "The HTTP referer of the call is not allowed for this partner.")},
        DcsErrorInfo{
            111, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Invalid IMS token received"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "Audience Manager–Target integration: the IMS token is invalid, expired or not "
                "authorized.")},
        DcsErrorInfo{
            171, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Encountered opt out tag for id <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The user has opted out; the DCS does not process the call and returns no UUID.")},
        DcsErrorInfo{172, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Blocked cookies"),
                     QT_TRANSLATE_NOOP(
                         "DcsErrorCatalog",
                         "The browser blocks third-party cookies; the call is not processed.")},
        DcsErrorInfo{173,
                     QT_TRANSLATE_NOOP("DcsErrorCatalog", "Encountered trust relationship via NAI"),
                     QT_TRANSLATE_NOOP(
                         "DcsErrorCatalog",
                         "The user opted out through the Network Advertising Initiative (NAI).")},
        DcsErrorInfo{
            198,
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "Requests from this country are blocked by partner"),
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "The partner blocks calls from the user's country (by IP address).")},
        DcsErrorInfo{
            199, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Requests from this country are not allowed"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "Calls from Cuba, Iran, North Korea, Sudan and Syria are not processed.")},
        DcsErrorInfo{200,
                     QT_TRANSLATE_NOOP("DcsErrorCatalog",
                                       "Cannot read traits from profile cache for id: <ID>"),
                     QT_TRANSLATE_NOOP(
                         "DcsErrorCatalog",
                         "The user's profile could not be read, so earlier traits were not used.")},
        DcsErrorInfo{
            201,
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "Cannot read device ids from profile cache for customer id: <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The device IDs linked to the customer ID could not be read (Profile Link merge "
                "rule).")},
        DcsErrorInfo{
            202,
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "Cannot read related customer for device id: <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The customer linked to the device could not be read (Last Authenticated merge "
                "rule).")},
        DcsErrorInfo{
            203, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Cannot read device cluster for id: <ID>"),
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "The device graph cluster of the user is not available.")},
        DcsErrorInfo{
            204,
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "Could not perform migration since profile read failed for primary device"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "A profile migration failed because the primary device's profile could not be "
                "read (profile cache scalability).")},
        DcsErrorInfo{
            205,
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "Could not perform migration from <ID> to <ID>, because profile read failed "
                "for <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "A profile migration between two IDs failed because a profile could not be read "
                "(profile cache scalability).")},
        DcsErrorInfo{
            300, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Invalid customer id <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "A declared customer ID is missing or invalid: an unknown data source or "
                "integration code, a blank ID, a blocked ID, or a data source the account does "
                "not own.")},
        DcsErrorInfo{
            301,
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "Maximum number of customer ids exceeded. Maximum allowed is <max>. Found is "
                "<found>."),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "More than 10 declared customer IDs in one call; the extra ones are dropped.")},
        DcsErrorInfo{
            302, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Unauthorized customer id <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The data source of the declared ID does not belong to the organization.")},
        DcsErrorInfo{303, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Blocked customer id <ID>"),
                     QT_TRANSLATE_NOOP(
                         "DcsErrorCatalog",
                         "The customer ID is denylisted. Denylisted IDs cannot be removed from the "
                         "denylist; never use this ID again.")},
        DcsErrorInfo{304, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Blocked datasource id <ID>"),
                     QT_TRANSLATE_NOOP("DcsErrorCatalog", "The data source is denylisted.")},
        DcsErrorInfo{
            306, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Blocked declared device id <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The device ID is denylisted because of an extreme call rate. Never use this ID "
                "again.")},
        DcsErrorInfo{
            307, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Blocked profile operation for <ID>"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "Reading or writing this profile is denylisted. Never use this ID again.")},
        DcsErrorInfo{
            309,
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "Customer id <ID> was discarded because it exceeded the limit of declared "
                "customer ids per request"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "A declared ID was dropped because the call has more than 10; the DCS reports "
                "this once per dropped ID.")},
        DcsErrorInfo{
            310,
            QT_TRANSLATE_NOOP("DcsErrorCatalog",
                              "Customer id was discarded because it exceeded the limit for a given "
                              "namespace. Namespace id is <ID>, customer id is <ID>."),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "More than 3 declared IDs for the same data source (namespace); the extra ones "
                "are dropped.")},
        DcsErrorInfo{
            311, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Request contains invalid parameters"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "A parameter is badly encoded (for example a bare %); the DCS ignores the whole "
                "request. Percent-encode every key and value.")},
        DcsErrorInfo{
            312,
            QT_TRANSLATE_NOOP("DcsErrorCatalog", "Request contains an invalid Global Device ID"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "A global device ID is invalid (for example an IDFA in lower case) and was "
                "ignored.")},
        DcsErrorInfo{
            313, QT_TRANSLATE_NOOP("DcsErrorCatalog", "CMP ID is not present in GCL"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The consent platform (CMP) of the IAB TCF string is not in the Global Vendor "
                "List; the consent string is discarded and ${GDPR} is 0.")},
        DcsErrorInfo{
            314, QT_TRANSLATE_NOOP("DcsErrorCatalog", "CMP ID is marked as deleted in GCL"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The consent platform (CMP) of the IAB TCF string is marked as deleted; the "
                "consent string is discarded.")},
        DcsErrorInfo{
            315, QT_TRANSLATE_NOOP("DcsErrorCatalog", "Consent string indicates no consent"),
            QT_TRANSLATE_NOOP(
                "DcsErrorCatalog",
                "The IAB TCF consent string gives no consent; the user is opted out or the call "
                "is dropped.")},
    };
    return table;
}

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
