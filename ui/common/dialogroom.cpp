#include "dialogroom.h"

#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace dcsdesk {

int DialogRoom::width(const QWidget *dialog, const QWidget *parent)
{
    const QScreen *shown = parent ? parent->screen() : dialog->screen();
    return std::max(shown ? shown->availableGeometry().width() : 0,
                    parent ? parent->window()->width() : 0);
}

} // namespace dcsdesk
