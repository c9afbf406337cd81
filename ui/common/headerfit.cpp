#include "headerfit.h"

#include <QHeaderView>

namespace dcsdesk {

void widenSectionsToTitles(QHeaderView *header)
{
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i) || header->sectionResizeMode(i) != QHeaderView::Interactive)
            continue;
        const int needed = header->sectionSizeHint(i);
        if (header->sectionSize(i) < needed)
            header->resizeSection(i, needed);
    }
}

} // namespace dcsdesk
