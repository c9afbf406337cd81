#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// One key/value row of another tool's request (query parameter, header, form field), with the
// tool's "disabled" switch.
struct CollectionPair
{
    QString key;
    QString value;
    bool enabled = true;
};

// A request read from a Postman or Bruno collection, before DCS Desk turns it into a
// DcsRequest: what the tool would send, in the tool's own terms, plus what the reader already
// knows it cannot take (scripts, auth ...). Both readers produce these, so the mapping to a DCS
// call (CollectionImport) exists once.
struct CollectionEntry
{
    enum class BodyKind { None, Text, Form, Other };

    QString name;       // as in the collection
    QStringList folder; // folder path inside the collection, outermost first
    QString source;     // where it is, for messages: "Checkout/Golf.bru" or "Checkout › Golf"
    QString method;     // upper case, as written
    // The address without its query when `query` is set (hasQueryList), else the whole URL.
    QString url;
    bool hasQueryList = false;
    QVector<CollectionPair> query;
    QVector<CollectionPair> headers;
    BodyKind bodyKind = BodyKind::None;
    QString bodyText;             // Text
    QVector<CollectionPair> form; // Form: urlencoded (or multipart text) fields, not encoded
    QString bodyLabel;            // Other / Text: the tool's name for the body ("graphql", "xml")
    QStringList notImported;      // translated: parts left out (scripts, auth, tests ...)
    QStringList notes;            // translated: what the reader changed
    QString error;                // translated: the entry cannot be read, it is skipped
};

// A collection as read, before it meets a workspace.
struct CollectionRead
{
    bool ok = false;
    QString error;  // translated: why nothing can be imported (wrong format or version)
    QString format; // "Postman Collection v2.1", "Bruno"
    QString name;   // the collection's name
    QVector<CollectionEntry> entries; // in the collection's order
    QVector<QStringList> folders;     // every folder, a parent before its children, in order
    QStringList notes;                // translated: collection-wide parts not imported, variables
    QStringList definedVariables;     // names the collection defines (values are not imported)
};

} // namespace dcsdesk
