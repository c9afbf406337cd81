#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dcsdesk {

// Every DCS error code of dcs-error-codes.md (domain.md §2.5) with the documented message and
// what it means for the user, translated. Codes the table does not list still get their group.
struct DcsErrorInfo
{
    int code = 0;
    const char *messageSource = nullptr; // the documented message, English
    const char *meaningSource = nullptr; // what it means and what to do, English

    QString message() const; // translated
    QString meaning() const; // translated
};

class DcsErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DcsErrorCatalog)

public:
    enum class Group { System, Integration, OptOut, ProfileRetrieval, IntegrationWarning, Unknown };

    static const QVector<DcsErrorInfo> &all();
    static const DcsErrorInfo *find(int code);
    static Group groupOf(int code);
    static QString groupName(Group group); // translated
    static QString groupKey(Group group);  // stable English, for JSON
    static bool isOptOut(int code) { return groupOf(code) == Group::OptOut; }
    // One translated line: "311 Request contains invalid parameters — bad encoding; ..."
    static QString explain(int code);
};

} // namespace dcsdesk
