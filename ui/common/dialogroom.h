#pragma once

class QWidget;

namespace dcsdesk {

// How wide a dialog may grow: the width of the screen its parent is on, or of the parent's
// window where that is wider (the offscreen platform's screen is smaller than the window the
// pictures are made in). 0 when neither is known.
class DialogRoom
{
public:
    static int width(const QWidget *dialog, const QWidget *parent);
};

} // namespace dcsdesk
