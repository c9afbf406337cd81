#pragma once

#include "collectionentry.h"

#include <QCoreApplication>

namespace dcsdesk {

// Reads a Postman Collection v2.1 export (JSON) into CollectionEntries: folders become folder
// paths, each request its method, URL (string or object), query, headers and body. Scripts,
// authorization and saved examples are listed as not imported; v1 and v2.0 files are refused
// with what to do, since their request and auth layouts differ.
class PostmanCollection
{
    Q_DECLARE_TR_FUNCTIONS(PostmanCollection)

public:
    static CollectionRead read(const QByteArray &json);
    static CollectionRead readFile(const QString &path);
    // True when the bytes look like a Postman collection of any version (for choosing a reader).
    static bool looksLike(const QByteArray &json);
};

} // namespace dcsdesk
