#include "semanticcolors.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace dcsdesk {

namespace {

struct Entry
{
    const char *name;
    QRgb light;
    QRgb dark;
};

// Light values are for a white or light grey view, dark values for #1e1e1e to #353535; the
// contrast of each pair in contrastPairs() is checked by tst_contrast.
constexpr Entry kEntries[SemanticColors::RoleCount] = {
    {"SuccessText", 0x1b5e20, 0x81c784},
    {"WarningText", 0x8a5300, 0xffb74d},
    {"ErrorText", 0xc62828, 0xff8a80},
    {"InfoText", 0x4a6785, 0x9db4cc},
    {"MutedText", 0x5f6368, 0xa0a4a8},
    {"TodayMarker", 0xc62828, 0xff8a80},
    {"JsonKey", 0x1f5fa8, 0x8ab4f8},
    {"JsonString", 0x1b5e20, 0xa5d6a7},
    {"JsonNumber", 0xa34b00, 0xffb74d},
    {"JsonLiteral", 0x8e24aa, 0xce93d8},
    {"RuleKeyword", 0x6a1b9a, 0xce93d8},
    {"RuleOperator", 0x00695c, 0x80cbc4},
    {"RuleString", 0xb71c1c, 0xef9a9a},
    {"RuleNumber", 0x0d47a1, 0x90caf9},
    {"RuleKey", 0x333333, 0xd0d0d0},
    {"BannerBackground", 0xfff3cd, 0x4a3b10},
    {"BannerText", 0x5c4300, 0xffe08a},
    {"BannerBorder", 0xe0c36c, 0x8a6d1f},
    {"TipBackground", 0xeef3fb, 0x22303f},
    {"TipText", 0x24364f, 0xcfe0f5},
    {"CodeBackground", 0xeef0f3, 0x33373d},
    {"SearchMark", 0xffe570, 0x7a6400},
    {"ErrorFieldBackground", 0xfde2e2, 0x5a2020},
    {"ErrorBorder", 0xc62828, 0xef5350},
    {"FrameLine", 0x7a808a, 0x8a9099},
    {"FrameShadow", 0xc8ccd2, 0x0e0e0e},
    {"BadgeText", 0xffffff, 0x1a1a1a},
    {"BadgeError", 0xc62828, 0xf28b82},
    {"BadgeWarning", 0xa15c00, 0xfdd663},
    {"BadgeInfo", 0x4a6785, 0xa8c7fa},
    {"BadgeOk", 0x2e7d32, 0x81c995},
    {"TimelineExpired", 0x757575, 0x9e9e9e},
    {"TimelineActive", 0x2e7d32, 0x66bb6a},
    {"TimelineFuture", 0x1565c0, 0x64b5f6},
    {"TimelineOverlap", 0xe65100, 0xffb74d},
    {"TimelineOverlapHatch", 0x4e1f00, 0x3e2000},
    {"PhaseQueued", 0x757575, 0x9e9e9e},
    {"PhaseConnecting", 0xe65100, 0xffb74d},
    {"PhaseTls", 0x8e24aa, 0xce93d8},
    {"PhaseWaiting", 0x2e7d32, 0x81c784},
    {"PhaseDownload", 0x1565c0, 0x64b5f6},
    {"ChartSeries", 0x1f5fa8, 0x64b5f6},
};

// One filter on the application object: QEvent::ApplicationPaletteChange reaches it once per
// change, before the widgets, with QGuiApplication::palette() already the new one.
class PaletteWatcher : public QObject
{
public:
    static PaletteWatcher *instance()
    {
        static QPointer<PaletteWatcher> watcher;
        if (!watcher && QCoreApplication::instance()) {
            watcher = new PaletteWatcher(QCoreApplication::instance());
            QCoreApplication::instance()->installEventFilter(watcher);
        }
        return watcher;
    }

    void add(QObject *context, std::function<void()> apply)
    {
        m_callbacks.emplace_back(QPointer<QObject>(context), std::move(apply));
        // Editors come and go (a date field per edited cell): their entries go with them.
        // Queued: a widget announces its end before its QPointers are cleared.
        connect(context, &QObject::destroyed, this, [this]() {
            QMetaObject::invokeMethod(
                this, [this]() { prune(); }, Qt::QueuedConnection);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() &&
            event->type() == QEvent::ApplicationPaletteChange) {
            prune();
            const auto callbacks = m_callbacks; // a callback may register another
            for (const auto &[context, apply] : callbacks) {
                if (context)
                    apply();
            }
        }
        return false;
    }

private:
    using QObject::QObject;

    void prune()
    {
        m_callbacks.erase(std::remove_if(m_callbacks.begin(), m_callbacks.end(),
                                         [](const auto &c) { return c.first.isNull(); }),
                          m_callbacks.end());
    }

    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_callbacks;
};

const char *const kTextRoleProperty = "dcsdeskTextRole";
const char *const kTextRoleWatchedProperty = "dcsdeskTextRoleWatched";

void applyTextRole(QWidget *widget)
{
    const int role = widget->property(kTextRoleProperty).toInt();
    QPalette palette; // no role set: everything else comes from the parent
    if (role >= 0 && role < SemanticColors::RoleCount) {
        const QColor color = SemanticColors::color(SemanticColors::Role(role));
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Text, color);
    }
    widget->setPalette(palette);
}

} // namespace

void SemanticColors::setTextRole(QWidget *widget, int role)
{
    widget->setProperty(kTextRoleProperty, role);
    applyTextRole(widget);
    if (!widget->property(kTextRoleWatchedProperty).toBool()) {
        widget->setProperty(kTextRoleWatchedProperty, true);
        onPaletteChange(widget, [widget]() { applyTextRole(widget); });
    }
}

QString SemanticColors::fillColours(const QString &css)
{
    static const QRegularExpression name(QStringLiteral("\\{(\\w+)\\}"));
    const QPalette palette = QGuiApplication::palette();
    const QMetaEnum paletteRoles = QMetaEnum::fromType<QPalette::ColorRole>();
    QString out;
    qsizetype last = 0;
    for (auto it = name.globalMatch(css); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += css.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString key = m.captured(1);
        QColor colour;
        for (int r = 0; r < RoleCount && !colour.isValid(); ++r) {
            if (key == QLatin1String(kEntries[r].name))
                colour = color(Role(r), palette);
        }
        bool ok = false;
        const int paletteRole = paletteRoles.keyToValue(key.toLatin1().constData(), &ok);
        if (!colour.isValid() && ok)
            colour = palette.color(QPalette::ColorRole(paletteRole));
        out += colour.isValid() ? colour.name() : m.captured(0);
    }
    return out + css.mid(last);
}

void SemanticColors::setStyleSheet(QWidget *widget, const QString &css)
{
    widget->setStyleSheet(fillColours(css));
    onPaletteChange(widget, [widget, css]() { widget->setStyleSheet(fillColours(css)); });
}

bool SemanticColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor SemanticColors::color(Role role, bool dark)
{
    if (role < 0 || role >= RoleCount)
        return {};
    return QColor::fromRgb(dark ? kEntries[role].dark : kEntries[role].light);
}

QColor SemanticColors::color(Role role, const QPalette &palette)
{
    return color(role, isDark(palette));
}

QColor SemanticColors::color(Role role)
{
    return color(role, QGuiApplication::palette());
}

QString SemanticColors::name(Role role)
{
    return role >= 0 && role < RoleCount ? QString::fromLatin1(kEntries[role].name) : QString();
}

SemanticColors::Role SemanticColors::severityText(int severity)
{
    switch (severity) {
    case 0:
        return ErrorText;
    case 1:
        return WarningText;
    case 2:
        return InfoText;
    default:
        return SuccessText;
    }
}

SemanticColors::Role SemanticColors::severityBadge(int severity)
{
    switch (severity) {
    case 0:
        return BadgeError;
    case 1:
        return BadgeWarning;
    case 2:
        return BadgeInfo;
    default:
        return BadgeOk;
    }
}

void SemanticColors::onPaletteChange(QObject *context, std::function<void()> apply)
{
    if (PaletteWatcher *watcher = PaletteWatcher::instance())
        watcher->add(context, std::move(apply));
}

double SemanticColors::relativeLuminance(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double SemanticColors::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor SemanticColors::Ref::resolve(const QPalette &pal) const
{
    if (palette >= 0)
        return pal.color(QPalette::Active, QPalette::ColorRole(palette));
    return color(Role(semantic), pal);
}

QString SemanticColors::Ref::name() const
{
    if (palette >= 0)
        return QStringLiteral("QPalette::%1")
            .arg(QString::fromLatin1(
                QMetaEnum::fromType<QPalette::ColorRole>().valueToKey(palette)));
    return SemanticColors::name(Role(semantic));
}

QVector<SemanticColors::Pair> SemanticColors::contrastPairs()
{
    constexpr double Text = 4.5;
    constexpr double Graphic = 3.0;
    const auto sem = [](Role r) { return Ref{int(r), -1}; };
    const auto pal = [](QPalette::ColorRole r) { return Ref{-1, int(r)}; };
    QVector<Pair> pairs;
    // Text drawn straight on a view, an alternate row or a window background.
    for (Role r : {SuccessText, WarningText, ErrorText, InfoText, MutedText, TodayMarker, JsonKey,
                   JsonString, JsonNumber, JsonLiteral, RuleKeyword, RuleOperator, RuleString,
                   RuleNumber, RuleKey}) {
        for (QPalette::ColorRole bg : {QPalette::Base, QPalette::AlternateBase, QPalette::Window})
            pairs.append({sem(r), pal(bg), Text});
    }
    // Text on a background of its own.
    pairs.append({sem(BannerText), sem(BannerBackground), Text});
    pairs.append({sem(TipText), sem(TipBackground), Text});
    for (Role bg : {CodeBackground, SearchMark, ErrorFieldBackground, TipBackground})
        pairs.append({pal(QPalette::Text), sem(bg), Text});
    for (Role bg : {BadgeError, BadgeWarning, BadgeInfo, BadgeOk})
        pairs.append({sem(BadgeText), sem(bg), Text});
    // Graphics that carry meaning, against the view they are drawn on.
    for (Role r : {ErrorBorder, FrameLine, BadgeError, BadgeWarning, BadgeInfo, BadgeOk,
                   TimelineExpired, TimelineActive, TimelineFuture, TimelineOverlap, PhaseQueued,
                   PhaseConnecting, PhaseTls, PhaseWaiting, PhaseDownload, ChartSeries})
        pairs.append({sem(r), pal(QPalette::Base), Graphic});
    pairs.append({sem(TimelineOverlapHatch), sem(TimelineOverlap), Graphic});
    pairs.append({sem(ErrorBorder), pal(QPalette::Window), Graphic});
    // The edge of check boxes and radio buttons (OutlinedIndicatorStyle).
    pairs.append({sem(FrameLine), pal(QPalette::Window), Graphic});
    return pairs;
}

} // namespace dcsdesk
