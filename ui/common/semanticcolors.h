#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QVector>

#include <functional>

class QObject;
class QWidget;

namespace dcsdesk {

// Every colour the app chooses itself (badges, timeline, JSON and rule highlighting, charts,
// severities, notes), by meaning, with a light and a dark value: the value follows the palette in
// use, so a dark desktop or View > Color Scheme > Dark never shows dark text on a dark view. The
// pairs drawn on each other are listed here too, so a test can check their contrast (WCAG 2.x).
class SemanticColors
{
public:
    enum Role {
        // Text on a view or window background.
        SuccessText,
        WarningText,
        ErrorText,
        InfoText,
        MutedText,
        TodayMarker, // the timeline's today line and its label
        JsonKey,
        JsonString,
        JsonNumber,
        JsonLiteral,
        RuleKeyword,
        RuleOperator,
        RuleString,
        RuleNumber,
        RuleKey,
        // Backgrounds with their own text colour, or with the palette's text on them.
        BannerBackground,
        BannerText,
        BannerBorder,
        TipBackground,
        TipText,
        CodeBackground,
        SearchMark,
        ErrorFieldBackground,
        // Graphics: lines, fills and bars against the view background.
        ErrorBorder,
        FrameLine,
        FrameShadow,
        BadgeText,
        BadgeError,
        BadgeWarning,
        BadgeInfo,
        BadgeOk,
        TimelineExpired,
        TimelineActive,
        TimelineFuture,
        TimelineOverlap,
        TimelineOverlapHatch,
        PhaseQueued,
        PhaseConnecting,
        PhaseTls,
        PhaseWaiting,
        PhaseDownload,
        ChartSeries,
        RoleCount
    };

    // Dark = the window background is darker than its text.
    static bool isDark(const QPalette &palette);
    static QColor color(Role role, const QPalette &palette);
    static QColor color(Role role); // in the application palette
    static QColor color(Role role, bool dark);
    static QString name(Role role);

    // Finding::Severity as int, -1 = no finding.
    static Role severityText(int severity);
    static Role severityBadge(int severity);

    // Runs apply whenever the application palette changes (a colour-scheme switch or the
    // desktop's), while context lives. Read colors with color(role) there: the widgets' own
    // palettes are updated after.
    static void onPaletteChange(QObject *context, std::function<void()> apply);

    // Colours a widget's text (WindowText and Text) with a role, or gives it back the palette's
    // own with -1, and keeps it right through colour-scheme switches.
    static void setTextRole(QWidget *widget, int role);

    // Gives a widget a style sheet whose {Name} are colors: a role ({BannerText}) or a palette
    // role ({Window}), filled in now and again after every colour-scheme switch. (A style sheet's
    // own palette(window) is read once and would keep the old colour.)
    static void setStyleSheet(QWidget *widget, const QString &css);
    static QString fillColours(const QString &css); // the {Name} filled in, for the app palette

    // WCAG 2.x relative luminance and contrast ratio (1 to 21).
    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);

    // One colour drawn on another: a semantic role, or a palette role when palette >= 0.
    struct Ref
    {
        int semantic = -1;
        int palette = -1;
        QColor resolve(const QPalette &pal) const;
        QString name() const;
    };
    struct Pair
    {
        Ref foreground;
        Ref background;
        double minimum; // 4.5 for text, 3.0 for graphics (WCAG 1.4.3 and 1.4.11)
    };
    static QVector<Pair> contrastPairs();
};

} // namespace dcsdesk
