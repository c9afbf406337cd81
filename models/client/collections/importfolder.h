#pragma once

#include "dcs/dcsrequest.h"

namespace dcsdesk {

// Where an imported request goes in the saved requests' folder tree: the key "folder" of the
// saved request JSON, a list of folder names, outermost first (kept on a round trip through
// DcsRequest::unknownKeys). The only place the importers write that key on a DcsRequest; paths
// read and print as SavedRequestCollection's, and the folders themselves (empty ones too) are
// created through SavedRequestCollection::addFolders.
class ImportFolder
{
public:
    static void set(DcsRequest *request, const QStringList &path); // empty path: no folder
    static QStringList of(const DcsRequest &request);
    // "Checkout/Mobile" <-> {"Checkout", "Mobile"}; empty parts are dropped.
    static QStringList split(const QString &text);
    static QString join(const QStringList &path);
};

} // namespace dcsdesk
