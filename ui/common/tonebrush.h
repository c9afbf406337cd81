#pragma once

#include "console/responseoutline.h"

#include <QBrush>
#include <QColor>

namespace dcsdesk {

// The text colour of a good / warning / error line, the same in every console view.
inline QBrush toneBrush(OutlineNode::Tone tone)
{
    switch (tone) {
    case OutlineNode::Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case OutlineNode::Tone::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case OutlineNode::Tone::Error:
        return QColor(0xc6, 0x28, 0x28);
    case OutlineNode::Tone::Normal:
        break;
    }
    return QBrush();
}

} // namespace dcsdesk
