#include "headerfit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

namespace dcsdesk {

int HeaderFit::titleWidth(const QHeaderView *header, int section)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return 0;
    const QString text = model->headerData(section, header->orientation()).toString();
    QFont font = header->font();
    const QVariant fontData = model->headerData(section, header->orientation(), Qt::FontRole);
    if (fontData.canConvert<QFont>())
        font = fontData.value<QFont>();
    font.setBold(true); // some styles draw the sorted column's title in bold
    const QFontMetrics metrics(font);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = header->isSortIndicatorShown()
                          ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                          : 0;
    return metrics.horizontalAdvance(text) + 4 * margin + arrow;
}

void HeaderFit::fitTitles(QHeaderView *header)
{
    const int count = header->count();
    for (int section = 0; section < count; ++section) {
        const int width = titleWidth(header, section);
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
        if (mode == QHeaderView::Stretch || mode == QHeaderView::ResizeToContents)
            continue;
        if (header->sectionSize(section) < width)
            header->resizeSection(section, width);
    }
}

} // namespace dcsdesk
