#pragma once

#include <QString>

namespace dcsdesk {

// An Audience Manager account as the sentences about it name it. It is never put into a
// sentence as a noun phrase: languages decline one ("aus dem lokalen Konto", not "aus das lokale
// Konto"), so every sentence has a whole form of its own for the local account, and one for an
// Adobe account, which is named by its address and organization (a name, left as it is).
struct AccountName
{
    bool local = true;
    QString adobe; // an Adobe account's name: "aam.adobe.io (ORG@AdobeOrg)"
};

} // namespace dcsdesk
