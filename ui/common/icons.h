#pragma once

#include "domain/destination.h"

#include <QColor>
#include <QIcon>

namespace dcsdesk {

// The app's icons, drawn with QPainter so they stay sharp at every size and need no image
// files or SVG module. Colours are shared with the status badges so a type or a severity looks
// the same everywhere.
class Icons
{
public:
    static QIcon destinationType(Destination::Type type);
    static QColor typeColor(Destination::Type type);

    // -1 = no finding (a green check), else Finding::Severity as int.
    static QIcon severity(int severity);
    static QColor severityColor(int severity);

    static QIcon destinations();
    static QIcon segments();
    static QIcon console();
    static QIcon history();
    static QIcon batch();
    static QIcon captures();
    static QIcon application();
};

} // namespace dcsdesk
