#pragma once

class QThreadPool;

namespace dcsdesk {

// The threads for long work the user waits on (decoding a multi-megabyte answer, building its
// views). Not QThreadPool::globalInstance(): Qt's raster paint engine splits large fills over the
// global pool and waits for them, so a second-long job there would freeze the very window it
// keeps responsive.
class BackgroundPool
{
public:
    static QThreadPool *instance();
};

} // namespace dcsdesk
