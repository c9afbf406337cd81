#pragma once

#include "workspace/workspace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace dcsdesk {

// Writes destinations and their mappings in the shape the AAM REST API returns them
// (GET /v1/destinations/<id>?includeMappings=true, domain.md §5.3-5.6): an array of destination
// objects with PUSH/ADS types, REST field names and embedded mapping objects; also a flat list of
// mappings (GET /v1/destinations/<id>/mappings) or of segments (GET /v1/segments/). An object with
// a REST snapshot ("remote") is written as that snapshot with the user's edits on it
// (AamRestOverlay), so every field keeps its name, case, type and null-vs-absent; one without is
// built from the model, with the keys an older import kept ("aamRest").
class AamRestWriter
{
public:
    struct Options
    {
        bool includeMappings = true;
        // Platform, auto-fill, export labels and the server-to-server type in an "x-dcsdesk"
        // object. Without it server-to-server destinations cannot be written (REST has no type
        // for them) and are left out.
        bool includeDcsDeskFields = true;
        // Only the destinations' mappings, as one flat list (GET .../mappings); the two options
        // above do not apply then.
        bool mappingsOnly = false;
    };

    struct Result
    {
        QByteArray json;
        int destinations = 0;
        int mappings = 0;
        int segments = 0;
        QStringList skipped; // translated: what was left out and why
    };

    // ids: the destinations to write, in workspace order; empty = all.
    static Result write(const Workspace &workspace, const QList<qint64> &ids,
                        const Options &options);
    static QJsonObject destinationToRest(const Destination &destination, const Workspace &workspace,
                                         const Options &options);
    static QJsonObject mappingToRest(const SegmentMapping &mapping, const Destination &destination,
                                     const Workspace &workspace);
    static QJsonObject segmentToRest(const Segment &segment);
    // destinationIds / sids: what to write, in workspace order; empty = all.
    static Result writeMappings(const Workspace &workspace, const QList<qint64> &destinationIds);
    static Result writeSegments(const Workspace &workspace, const QList<qint64> &sids);
    // Atomic write (QSaveFile); false with a translated message, the old file intact.
    static bool saveFile(const QString &path, const QByteArray &json, QString *error);
};

} // namespace dcsdesk
