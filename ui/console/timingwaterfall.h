#pragma once

#include "dcs/dcsresult.h"

#include <QWidget>

namespace dcsdesk {

// Paints the phases DcsClient measured (queued, connect, TLS, server wait, download) as bars on
// one time axis, like the network panels of browser developer tools.
class TimingWaterfall : public QWidget
{
    Q_OBJECT

public:
    explicit TimingWaterfall(QWidget *parent = nullptr);

    void setTiming(const DcsTiming &timing);
    void clear();

    struct Phase
    {
        QString name;
        double start = -1;
        double end = -1;
        int colorRole = -1; // SemanticColors::Role, resolved when painted
    };
    QVector<Phase> phases() const { return m_phases; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    DcsTiming m_timing;
    bool m_hasTiming = false;
    QVector<Phase> m_phases;
};

} // namespace dcsdesk
