#pragma once

#include "domain/destination.h"
#include "domain/mapping.h"
#include "domain/segment.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// One mapping object of an AAM REST file (domain.md §5.5), read but not yet placed: which of
// url / secureUrl / traitAlias / valueAlias becomes our value depends on the destination's type,
// which for a mapping outside a destination object is only known from the workspace.
struct AamRestMapping
{
    SegmentMapping mapping; // id, destinationId, sid, dates, priority; value set by resolveValue
    bool hasId = false;
    QSet<int> presentFields; // SegmentMapping::Field values the object set
    QString url, secureUrl, traitAlias, valueAlias;
    bool hasUrl = false, hasSecureUrl = false, hasTraitAlias = false, hasValueAlias = false;
    QString elementName;        // the segment's name, read-only in AAM
    QString elementDescription; // the segment's description
    bool elementActive = true;
    bool hasElement = false;
    QStringList problems; // translated; non-empty = cannot be imported
    int index = 0;        // 1-based position among the file's mappings, for messages
    QJsonObject remote;   // the object as the file holds it, verbatim

    // Fills mapping.value / secondValue from the REST fields for a destination of this shape
    // (§5.5: URL non-serialized -> url; serialized URL and S2S -> traitAlias; single-key cookie
    // -> valueAlias; multi-key cookie -> traitAlias key and valueAlias value). Marks Value and
    // SecondValue present when the object had the fields they come from.
    void resolveValue(const Destination &destination);
};

// One destination object of an AAM REST file, converted to our Destination.
struct AamRestItem
{
    Destination destination; // defaults for every field the file did not set
    QSet<int> presentFields; // Destination::Field values the object set
    bool hasId = false;
    QJsonObject restExtras; // REST keys we have no field for (pid, status, crUID, ...)
    // The object as the file holds it, verbatim, except that an embedded "mappings" array is
    // kept as [] (its mappings keep their own snapshots).
    QJsonObject remote;
    bool mappingsPresent = false; // "mappings" was an array (null or absent: leave them alone)
    QVector<AamRestMapping> mappings;
    QStringList problems; // translated; non-empty = cannot be imported
    QStringList notes;    // translated; how an inconsistency of the file was read
    int index = 0;        // 1-based position in the file
};

// One segment object of an AAM REST file (GET /v1/segments/): what the catalogue keeps of it.
struct AamRestSegment
{
    Segment segment;
    QSet<int> presentFields; // Segment::Field values the object set
    QJsonObject remote;      // the object as the file holds it, verbatim
    QStringList problems;    // translated; non-empty = cannot be imported
    int index = 0;           // 1-based position among the file's segments
};

// Reads destination objects as the AAM REST API returns or accepts them (domain.md §5.3-5.6):
// one object, an array, or the paged {total, page, pageSize, list} shape, with embedded mappings;
// mapping objects and segment objects on their own too (a list of mappings or of segments).
// It tolerates the documentation's inconsistencies: repeated keys (the last value is used, as
// QJsonDocument does, and the review says so), the three mapping-ID names, status as "ACTIVE",
// "active" or 1, numbers written as strings, null for empty strings.
class AamRestReader
{
public:
    // DCS Desk's own fields that AAM's REST objects do not name (platform, auto-fill, export
    // labels, and the server-to-server type) travel in this object so an export round-trips.
    static constexpr const char *ExtensionKey = "x-dcsdesk";
    // Where REST-only keys (pid, status, createTime, ...) are kept in Destination::unknownKeys and
    // SegmentMapping::unknownKeys, so an export writes them back.
    static constexpr const char *RestExtrasKey = "aamRest";
    static constexpr qint64 MaxFileSize = 256LL * 1024 * 1024;

    // What the file's top level was: one object, a plain array, or a paged envelope.
    struct Page
    {
        bool paged = false;
        qint64 total = -1; // -1: not given
        qint64 page = -1;
        qint64 pageSize = -1;
    };

    struct Result
    {
        bool ok = false;
        QString error; // translated, says where and what to do
        QVector<AamRestItem> items;
        QVector<AamRestMapping> looseMappings; // mapping objects outside any destination
        QVector<AamRestSegment> segments;      // segment objects (a segment list)
        Page page;
        QStringList notes; // translated, about the whole file
    };

    static Result read(const QByteArray &json);
    static Result readFile(const QString &path);

    // One object read as the import reads it, for the exporter to see what a snapshot meant.
    static AamRestItem readDestinationObject(const QJsonObject &object);
    static AamRestMapping readMappingObject(const QJsonObject &object);
    static AamRestSegment readSegmentObject(const QJsonObject &object);
};

} // namespace dcsdesk
