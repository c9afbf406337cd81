#include "application/colorscheme.h"
#include "common/semanticcolors.h"

#include <QMetaEnum>
#include <QSet>
#include <QtTest>

using namespace dcsdesk;

// WCAG 2.x contrast of every colour the app draws on another, in the light and the dark scheme:
// 4.5:1 for text (1.4.3), 3:1 for graphics that carry meaning (1.4.11). A failure lists each pair
// with both colors and its ratio.
class TestContrast : public QObject
{
    Q_OBJECT

    struct Checked
    {
        QString foreground, background;
        QColor fg, bg;
        double ratio, minimum;
    };

    static QVector<Checked> check(const QPalette &palette)
    {
        QVector<Checked> out;
        const auto add = [&](const QString &fgName, const QString &bgName, const QColor &fg,
                             const QColor &bg, double minimum) {
            out.append({fgName, bgName, fg, bg, SemanticColors::contrastRatio(fg, bg), minimum});
        };
        for (const SemanticColors::Pair &pair : SemanticColors::contrastPairs())
            add(pair.foreground.name(), pair.background.name(), pair.foreground.resolve(palette),
                pair.background.resolve(palette), pair.minimum);
        // The scheme's own palette: what every standard widget draws.
        const auto role = [](QPalette::ColorRole r) {
            return QStringLiteral("QPalette::%1")
                .arg(QString::fromLatin1(QMetaEnum::fromType<QPalette::ColorRole>().valueToKey(r)));
        };
        const struct
        {
            QPalette::ColorRole fg, bg;
        } palettePairs[] = {{QPalette::WindowText, QPalette::Window},
                            {QPalette::Text, QPalette::Base},
                            {QPalette::Text, QPalette::AlternateBase},
                            {QPalette::ButtonText, QPalette::Button},
                            {QPalette::HighlightedText, QPalette::Highlight},
                            {QPalette::PlaceholderText, QPalette::Base},
                            {QPalette::Link, QPalette::Base},
                            {QPalette::LinkVisited, QPalette::Base},
                            {QPalette::ToolTipText, QPalette::ToolTipBase}};
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto &p : palettePairs)
                add(role(p.fg), role(p.bg), palette.color(group, p.fg), palette.color(group, p.bg),
                    4.5);
        }
        return out;
    }

private Q_SLOTS:
    void formula()
    {
        QCOMPARE(qRound(SemanticColors::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(SemanticColors::contrastRatio(Qt::white, Qt::black) * 100), 2100);
        QCOMPARE(qRound(SemanticColors::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100),
                 448); // the grey that just fails AA
        QCOMPARE(qRound(SemanticColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100),
                 454); // the darkest grey that passes
        QCOMPARE(SemanticColors::contrastRatio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)),
                 1.0);
        QCOMPARE(qRound(SemanticColors::contrastRatio(QColor(0xff, 0x00, 0x00), Qt::white) * 100),
                 400);
        QCOMPARE(qRound(SemanticColors::contrastRatio(QColor(0x00, 0x00, 0xff), Qt::white) * 100),
                 859);
        QCOMPARE(SemanticColors::relativeLuminance(Qt::white), 1.0);
        QCOMPARE(SemanticColors::relativeLuminance(Qt::black), 0.0);
    }

    void everyRoleIsChecked()
    {
        QSet<int> checked;
        for (const SemanticColors::Pair &pair : SemanticColors::contrastPairs()) {
            checked.insert(pair.foreground.semantic);
            checked.insert(pair.background.semantic);
        }
        // Decoration only: the banner's bottom line and a picture's shadow carry no meaning.
        const QSet<int> decoration = {SemanticColors::BannerBorder, SemanticColors::FrameShadow};
        QStringList unchecked;
        QSet<QString> names;
        for (int r = 0; r < SemanticColors::RoleCount; ++r) {
            const auto role = SemanticColors::Role(r);
            QVERIFY(SemanticColors::color(role, false).isValid());
            QVERIFY(SemanticColors::color(role, true).isValid());
            names.insert(SemanticColors::name(role));
            if (!checked.contains(r) && !decoration.contains(r))
                unchecked << SemanticColors::name(role);
        }
        QCOMPARE(names.size(), int(SemanticColors::RoleCount));
        QVERIFY2(unchecked.isEmpty(), qPrintable(unchecked.join(QStringLiteral(", "))));
    }

    void schemesAreWhatTheySay()
    {
        QVERIFY(!SemanticColors::isDark(ColorScheme::lightPalette()));
        QVERIFY(SemanticColors::isDark(ColorScheme::darkPalette()));
    }

    void pairs_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void pairs()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? ColorScheme::darkPalette() : ColorScheme::lightPalette();
        const QVector<Checked> all = check(palette);
        QStringList failures;
        const Checked *lowestText = nullptr;
        const Checked *lowestGraphic = nullptr;
        for (const Checked &c : all) {
            const Checked *&lowest = c.minimum >= 4.5 ? lowestText : lowestGraphic;
            if (!lowest || c.ratio < lowest->ratio)
                lowest = &c;
            if (c.ratio < c.minimum) {
                failures << QStringLiteral("%1 %2 on %3 %4: %5:1, needs %6:1")
                                .arg(c.foreground, c.fg.name(), c.background, c.bg.name())
                                .arg(c.ratio, 0, 'f', 2)
                                .arg(c.minimum, 0, 'f', 1);
            }
        }
        const auto describe = [](const Checked *c) {
            return c ? QStringLiteral("%1:1 (%2 on %3)")
                           .arg(c->ratio, 0, 'f', 2)
                           .arg(c->foreground, c->background)
                     : QStringLiteral("none");
        };
        qInfo("%s: %d pairs; lowest text %s; lowest graphic %s", dark ? "dark" : "light",
              int(all.size()), qPrintable(describe(lowestText)),
              qPrintable(describe(lowestGraphic)));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QLatin1Char('\n') + failures.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
