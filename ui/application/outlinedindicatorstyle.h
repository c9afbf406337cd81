#pragma once

#include <QProxyStyle>

namespace dcsdesk {

// Fusion draws a check box's or radio button's edge a little darker than the window: on the dark
// palette that edge vanishes, an unticked box is a black square on a near-black window and the
// chosen radio button is told from the other only by a faint dot. This style draws Fusion's
// indicators with an edge in the FrameLine colour (3:1 against the window and the fields, checked
// by tst_contrast) and the chosen radio button's dot in the text colour, in both schemes.
class OutlinedIndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit OutlinedIndicatorStyle(QStyle *fusion);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace dcsdesk
