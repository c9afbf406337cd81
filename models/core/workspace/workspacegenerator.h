#pragma once

#include "workspace.h"

#include <QDate>

namespace dcsdesk {

// Builds large, realistic workspaces from a seed: the same options always give the same
// workspace, so benchmarks and performance tests measure the same data on every machine. The
// defaults are the account limits of domain.md §5.7 (1,000 destinations, 20,000 segments) with
// 100,000 mappings.
class WorkspaceGenerator
{
public:
    struct Options
    {
        quint32 seed = 1;
        int destinations = 1000;
        int segments = 20000;
        int mappings = 100000;
        // Destination 1 (a serialized URL destination) gets this many of the mappings, so one
        // mapping table holds a large share; the rest are spread over the other destinations.
        int largestDestinationMappings = 10000;
        // Dates are spread around this day (some expired, some future); invalid = today.
        QDate referenceDate;
    };

    static Workspace generate(const Options &options);
    static Workspace generate() { return generate(Options()); }
};

} // namespace dcsdesk
