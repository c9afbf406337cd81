#include "icons.h"

#include "validation/finding.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <functional>
#include <iterator>

namespace dcsdesk {

namespace {

// Paints in a 24x24 box at the usual sizes and caches the result per key.
QIcon painted(const QString &key, const std::function<void(QPainter &)> &paint)
{
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return found.value();
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 24.0, size / 24.0);
        paint(p);
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QPen pen(const QColor &c, qreal width)
{
    QPen pen(c, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

QColor Icons::typeColor(Destination::Type type)
{
    switch (type) {
    case Destination::Type::Url:
        return QColor(0x2f, 0x6f, 0xd6);
    case Destination::Type::Cookie:
        return QColor(0xb0, 0x6a, 0x1e);
    case Destination::Type::ServerToServer:
        return QColor(0x7b, 0x4b, 0xc4);
    }
    return Qt::gray;
}

QColor Icons::severityColor(int severity)
{
    switch (severity) {
    case int(Finding::Severity::Error):
        return QColor(0xc9, 0x37, 0x37);
    case int(Finding::Severity::Warning):
        return QColor(0xd4, 0x8a, 0x12);
    case int(Finding::Severity::Info):
        return QColor(0x5b, 0x7a, 0x99);
    default:
        return QColor(0x2e, 0x8b, 0x57);
    }
}

QIcon Icons::destinationType(Destination::Type type)
{
    const QColor c = typeColor(type);
    switch (type) {
    case Destination::Type::Url:
        // A globe: the pixel goes out to a web address.
        return painted(QStringLiteral("type-url"), [c](QPainter &p) {
            p.setPen(pen(c, 1.8));
            p.setBrush(c.lighter(185));
            p.drawEllipse(QRectF(3, 3, 18, 18));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(8, 3, 8, 18));
            p.drawLine(QPointF(3.5, 12), QPointF(20.5, 12));
            p.drawLine(QPointF(5, 7.5), QPointF(19, 7.5));
            p.drawLine(QPointF(5, 16.5), QPointF(19, 16.5));
        });
    case Destination::Type::Cookie:
        // A cookie with a bite and chips.
        return painted(QStringLiteral("type-cookie"), [c](QPainter &p) {
            QPainterPath cookie;
            cookie.addEllipse(QRectF(2.5, 2.5, 19, 19));
            QPainterPath bite;
            bite.addEllipse(QRectF(15, -1, 10, 10));
            p.setPen(pen(c.darker(130), 1.5));
            p.setBrush(QColor(0xe8, 0xb8, 0x6d));
            p.drawPath(cookie.subtracted(bite));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x5a, 0x33, 0x12));
            for (const QPointF &chip : {QPointF(8, 8), QPointF(12.5, 13), QPointF(7.5, 15.5),
                                        QPointF(16, 16.5), QPointF(12, 6.5)})
                p.drawEllipse(chip, 1.5, 1.5);
        });
    case Destination::Type::ServerToServer:
        // Two servers with an arrow between them.
        return painted(QStringLiteral("type-s2s"), [c](QPainter &p) {
            p.setPen(pen(c, 1.5));
            p.setBrush(c.lighter(170));
            p.drawRoundedRect(QRectF(1.5, 5, 7, 14), 1.5, 1.5);
            p.drawRoundedRect(QRectF(15.5, 5, 7, 14), 1.5, 1.5);
            p.drawLine(QPointF(3.5, 9), QPointF(6.5, 9));
            p.drawLine(QPointF(17.5, 9), QPointF(20.5, 9));
            p.setPen(pen(c.darker(120), 1.8));
            p.drawLine(QPointF(9.5, 12), QPointF(14, 12));
            p.drawLine(QPointF(12, 9.8), QPointF(14.2, 12));
            p.drawLine(QPointF(12, 14.2), QPointF(14.2, 12));
        });
    }
    return {};
}

QIcon Icons::severity(int severity)
{
    const QColor c = severityColor(severity);
    switch (severity) {
    case int(Finding::Severity::Error):
        return painted(QStringLiteral("sev-error"), [c](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QRectF(2, 2, 20, 20));
            p.setPen(pen(Qt::white, 2.6));
            p.drawLine(QPointF(8, 8), QPointF(16, 16));
            p.drawLine(QPointF(16, 8), QPointF(8, 16));
        });
    case int(Finding::Severity::Warning):
        return painted(QStringLiteral("sev-warning"), [c](QPainter &p) {
            QPainterPath triangle;
            triangle.moveTo(12, 2.5);
            triangle.lineTo(22.5, 21);
            triangle.lineTo(1.5, 21);
            triangle.closeSubpath();
            p.setPen(pen(c, 1.5));
            p.setBrush(c);
            p.drawPath(triangle);
            p.setPen(pen(Qt::white, 2.4));
            p.drawLine(QPointF(12, 9), QPointF(12, 14.5));
            p.drawPoint(QPointF(12, 18));
        });
    case int(Finding::Severity::Info):
        return painted(QStringLiteral("sev-info"), [c](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QRectF(2, 2, 20, 20));
            p.setPen(pen(Qt::white, 2.4));
            p.drawLine(QPointF(12, 11), QPointF(12, 17));
            p.drawPoint(QPointF(12, 7));
        });
    default:
        return painted(QStringLiteral("sev-ok"), [c](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QRectF(2, 2, 20, 20));
            p.setPen(pen(Qt::white, 2.6));
            p.drawLine(QPointF(7, 12.5), QPointF(10.5, 16));
            p.drawLine(QPointF(10.5, 16), QPointF(17, 8.5));
        });
    }
}

QIcon Icons::destinations()
{
    // A target: where the segments go.
    return painted(QStringLiteral("nav-destinations"), [](QPainter &p) {
        const QColor c(0x2f, 0x6f, 0xd6);
        p.setPen(pen(c, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.drawEllipse(QPointF(12, 12), 5.5, 5.5);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPointF(12, 12), 2, 2);
    });
}

QIcon Icons::segments()
{
    // A pie: the audience split into segments.
    return painted(QStringLiteral("nav-segments"), [](QPainter &p) {
        const QColor c(0x2e, 0x8b, 0x57);
        p.setPen(pen(c.darker(120), 1.5));
        p.setBrush(c.lighter(160));
        p.drawEllipse(QRectF(3, 3, 18, 18));
        p.setBrush(c);
        p.drawPie(QRectF(3, 3, 18, 18), 90 * 16, -110 * 16);
        p.setBrush(c.lighter(125));
        p.drawPie(QRectF(3, 3, 18, 18), -20 * 16, -120 * 16);
    });
}

QIcon Icons::console()
{
    return painted(QStringLiteral("nav-console"), [](QPainter &p) {
        const QColor c(0x33, 0x3d, 0x4a);
        p.setPen(pen(c, 1.5));
        p.setBrush(QColor(0x2b, 0x33, 0x3d));
        p.drawRoundedRect(QRectF(2, 4, 20, 16), 2.5, 2.5);
        p.setPen(pen(QColor(0x8f, 0xe3, 0x88), 1.8));
        p.drawLine(QPointF(6, 9), QPointF(9.5, 12));
        p.drawLine(QPointF(9.5, 12), QPointF(6, 15));
        p.drawLine(QPointF(11.5, 15.5), QPointF(17, 15.5));
    });
}

QIcon Icons::history()
{
    return painted(QStringLiteral("nav-history"), [](QPainter &p) {
        const QColor c(0x8a, 0x5a, 0x2b);
        p.setPen(pen(c, 1.8));
        p.setBrush(QColor(0xf6, 0xe7, 0xd2));
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.drawLine(QPointF(12, 12), QPointF(12, 6.5));
        p.drawLine(QPointF(12, 12), QPointF(16, 14.5));
    });
}

QIcon Icons::batch()
{
    return painted(QStringLiteral("nav-batch"), [](QPainter &p) {
        const QColor c(0x5b, 0x7a, 0x99);
        p.setPen(pen(c.darker(130), 1.4));
        for (int i = 2; i >= 0; --i) {
            p.setBrush(c.lighter(150 - i * 20));
            p.drawRoundedRect(QRectF(3 + i * 2.5, 3 + i * 4, 14, 9), 1.5, 1.5);
        }
    });
}

QIcon Icons::captures()
{
    return painted(QStringLiteral("nav-captures"), [](QPainter &p) {
        const QColor c(0x2e, 0x7d, 0x5b);
        p.setPen(pen(c, 1.4));
        p.setBrush(QColor(0xdf, 0xf2, 0xe8));
        p.drawRoundedRect(QRectF(2.5, 4.5, 19, 15), 2, 2);
        p.setPen(pen(c.darker(120), 1.8));
        const QPointF trace[] = {{4.5, 13}, {8, 13}, {10, 8}, {13, 17}, {15, 11}, {16.5, 13},
                                 {19.5, 13}};
        p.drawPolyline(trace, int(std::size(trace)));
    });
}

QIcon Icons::application()
{
    return painted(QStringLiteral("app"), [](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x4e, 0x9c));
        p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
        p.setPen(pen(Qt::white, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(12, 12), 6.5, 6.5);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xff, 0xc1, 0x4d));
        p.drawEllipse(QPointF(12, 12), 2.8, 2.8);
    });
}

} // namespace dcsdesk
