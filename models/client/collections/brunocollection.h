#pragma once

#include "collectionentry.h"

#include <QCoreApplication>

namespace dcsdesk {

// Reads a Bruno collection folder (bruno.json, collection.bru, folders with folder.bru, one
// .bru file per request) into CollectionEntries: subfolders become folder paths and "seq" the
// order. Scripts, tests, assertions, variables and auth are listed as not imported; a .bru file
// that cannot be read is skipped with its line number, the others still come in.
class BrunoCollection
{
    Q_DECLARE_TR_FUNCTIONS(BrunoCollection)

public:
    // `path` is the collection's folder or its bruno.json.
    static CollectionRead readDirectory(const QString &path);
    // One request file's text; `source` names it in messages.
    static CollectionEntry readRequest(const QString &text, const QString &source,
                                       const QStringList &folder, int *seq = nullptr);
};

} // namespace dcsdesk
