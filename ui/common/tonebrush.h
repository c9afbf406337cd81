#pragma once

#include "common/semanticcolors.h"
#include "console/responseoutline.h"

#include <QBrush>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace dcsdesk {

// The text colour of a good / warning / error line, the same in every console view.
inline QBrush toneBrush(OutlineNode::Tone tone)
{
    switch (tone) {
    case OutlineNode::Tone::Good:
        return SemanticColors::color(SemanticColors::SuccessText);
    case OutlineNode::Tone::Warning:
        return SemanticColors::color(SemanticColors::WarningText);
    case OutlineNode::Tone::Error:
        return SemanticColors::color(SemanticColors::ErrorText);
    case OutlineNode::Tone::Normal:
        break;
    }
    return QBrush();
}

// The tone kept with the item, so a colour-scheme switch can colour it again (followTones).
constexpr int ToneRole = Qt::UserRole + 900;

inline void setTone(QTreeWidgetItem *item, int column, OutlineNode::Tone tone)
{
    item->setData(column, ToneRole, int(tone));
    item->setForeground(column, toneBrush(tone));
}

inline void followTones(QTreeWidget *tree)
{
    SemanticColors::onPaletteChange(tree, [tree]() {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            for (int c = 0; c < (*it)->columnCount(); ++c) {
                const QVariant tone = (*it)->data(c, ToneRole);
                if (tone.isValid())
                    (*it)->setForeground(c, toneBrush(OutlineNode::Tone(tone.toInt())));
            }
        }
    });
}

} // namespace dcsdesk
