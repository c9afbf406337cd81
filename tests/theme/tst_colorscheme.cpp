#include "application/colorscheme.h"
#include "application/languagemanager.h"
#include "common/semanticcolors.h"
#include "console/jsonhighlighter.h"
#include "guidedwindow.h"
#include "testworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtTest>

using namespace dcsdesk;

// View > Color Scheme while the app runs: the palette and style change, the choice is kept,
// and everything coloured by the app (labels, style sheets, highlighting) follows at once; in
// dark, no view keeps a light box from a hard-coded colour.
class TestColorScheme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_systemStyle;
    QColor m_systemWindow;

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    static QColor keyColour(QPlainTextEdit &edit)
    {
        const QTextBlock block = edit.document()->firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start == 1) // "key", after the brace
                return range.format.foreground().color();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_systemStyle = QApplication::style()->name();
        m_systemWindow = QApplication::palette().color(QPalette::Window);
        ColorScheme::instance(); // keeps what the platform gave as "System"
    }

    void cleanup() { ColorScheme::instance()->setMode(ColorScheme::Mode::System, false); }

    void names()
    {
        ColorScheme::Mode mode = ColorScheme::Mode::System;
        QVERIFY(ColorScheme::parseMode(QStringLiteral("Dark"), &mode));
        QCOMPARE(mode, ColorScheme::Mode::Dark);
        QVERIFY(ColorScheme::parseMode(QStringLiteral("light"), &mode));
        QCOMPARE(mode, ColorScheme::Mode::Light);
        QVERIFY(!ColorScheme::parseMode(QStringLiteral("purple"), &mode));
        QCOMPARE(ColorScheme::modeName(ColorScheme::Mode::System), QStringLiteral("system"));
    }

    void readsTheDesktopsWish()
    {
        const QByteArray saved = qgetenv("GTK_THEME");
        qputenv("GTK_THEME", "Adwaita:dark");
        QVERIFY(ColorScheme::desktopPrefersDark());
        if (saved.isEmpty())
            qunsetenv("GTK_THEME");
        else
            qputenv("GTK_THEME", saved);
    }

    void switchesPaletteAndStyle()
    {
        ColorScheme *scheme = ColorScheme::instance();
        scheme->setMode(ColorScheme::Mode::Dark, false);
        QVERIFY(SemanticColors::isDark(QApplication::palette()));
        auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(proxy && proxy->baseStyle());
        QCOMPARE(proxy->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 ColorScheme::darkPalette().color(QPalette::Base));
        scheme->setMode(ColorScheme::Mode::Light, false);
        QVERIFY(!SemanticColors::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight),
                 ColorScheme::lightPalette().color(QPalette::Highlight));
        scheme->setMode(ColorScheme::Mode::System, false);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
    }

    void keepsTheChoice()
    {
        ColorScheme *scheme = ColorScheme::instance();
        scheme->setMode(ColorScheme::Mode::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("view/colorScheme")).toString(),
                 QStringLiteral("dark"));
        scheme->setMode(ColorScheme::Mode::Light, false);
        scheme->loadSaved();
        QCOMPARE(scheme->mode(), ColorScheme::Mode::Dark);
        // --color-scheme light: for this start only.
        scheme->loadSaved(QStringLiteral("light"));
        QCOMPARE(scheme->mode(), ColorScheme::Mode::Light);
        QCOMPARE(QSettings().value(QStringLiteral("view/colorScheme")).toString(),
                 QStringLiteral("dark"));
        QSettings().remove(QStringLiteral("view/colorScheme"));
    }

    void widgetsFollowWithoutRestart()
    {
        ColorScheme *scheme = ColorScheme::instance();
        scheme->setMode(ColorScheme::Mode::Light, false);
        QWidget window;
        auto *label = new QLabel(QStringLiteral("Error"), &window);
        SemanticColors::setTextRole(label, SemanticColors::ErrorText);
        auto *note = new QLabel(QStringLiteral("Note"), &window);
        SemanticColors::setStyleSheet(
            note, QStringLiteral("QLabel { background: {TipBackground}; border: 1px solid {Mid}; "
                                 "color: {NoSuchColour}; }"));
        QPlainTextEdit edit(QStringLiteral("{\"key\": 1}"));
        new JsonHighlighter(edit.document());
        settle();
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 SemanticColors::color(SemanticColors::ErrorText, false));
        QCOMPARE(note->styleSheet(),
                 QStringLiteral("QLabel { background: %1; border: 1px solid %2; "
                                "color: {NoSuchColour}; }")
                     .arg(SemanticColors::color(SemanticColors::TipBackground, false).name(),
                          ColorScheme::lightPalette().color(QPalette::Mid).name()));
        QCOMPARE(keyColour(edit), SemanticColors::color(SemanticColors::JsonKey, false));

        scheme->setMode(ColorScheme::Mode::Dark, false);
        settle();
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 SemanticColors::color(SemanticColors::ErrorText, true));
        QCOMPARE(label->palette().color(QPalette::Window),
                 ColorScheme::darkPalette().color(QPalette::Window));
        QVERIFY(note->styleSheet().contains(
            SemanticColors::color(SemanticColors::TipBackground, true).name()));
        QCOMPARE(keyColour(edit), SemanticColors::color(SemanticColors::JsonKey, true));

        // Back to no role: the palette's own text colour again.
        SemanticColors::setTextRole(label, -1);
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 ColorScheme::darkPalette().color(QPalette::WindowText));
    }

    void viewMenuSwitches()
    {
        QVERIFY(m_dir.isValid());
        test::GuidedWindow guided(m_dir.path(), QStringLiteral("en"));
        QVERIFY2(guided.isLoaded(), qPrintable(guided.error()));
        auto *menu = guided.window().findChild<QMenu *>(QStringLiteral("colorSchemeMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("&Color Scheme"));
        QCOMPARE(menu->actions().size(), 3);
        QActionGroup *group = menu->actions().constFirst()->actionGroup();
        QVERIFY(group && group->isExclusive());
        const auto action = [&](const char *name) {
            return guided.window().findChild<QAction *>(QLatin1String(name));
        };
        QVERIFY(action("colorScheme-system")->isChecked());
        action("colorScheme-dark")->trigger();
        QVERIFY(SemanticColors::isDark(QApplication::palette()));
        QVERIFY(action("colorScheme-dark")->isChecked());
        QVERIFY(!action("colorScheme-system")->isChecked());
        action("colorScheme-light")->trigger();
        QVERIFY(!SemanticColors::isDark(QApplication::palette()));
        QVERIFY(action("colorScheme-light")->isChecked());
        action("colorScheme-system")->trigger();
        QCOMPARE(ColorScheme::instance()->mode(), ColorScheme::Mode::System);
        QSettings().remove(QStringLiteral("view/colorScheme"));
    }

    // A hard-coded light background shows as a bright box on a dark window: no state of any view
    // may have more than a sliver of near-white pixels (white icon strokes, selected text). The
    // window starts light and is switched, as from the View menu: what was styled at start
    // (style sheets read palette() once) must follow too.
    void darkWindowHasNoLightBoxes()
    {
        ColorScheme::instance()->setMode(ColorScheme::Mode::Light, false);
        test::GuidedWindow guided(m_dir.path(), QStringLiteral("en"));
        QVERIFY2(guided.isLoaded(), qPrintable(guided.error()));
        guided.window().resize(1280, 800);
        guided.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&guided.window()));
        ColorScheme::instance()->setMode(ColorScheme::Mode::Dark, false);
        settle();
        QStringList bright;
        int visited = 0;
        guided.visitStates([&](QWidget *shown, const QString &place) {
            ++visited;
            const QImage image = shown->grab().toImage().convertToFormat(QImage::Format_RGB32);
            qint64 light = 0;
            for (int y = 0; y < image.height(); ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(line[x]) >= 236) // lighter than any dark-scheme text
                        ++light;
                }
            }
            const double share = double(light) / (double(image.width()) * image.height());
            if (share > 0.02)
                bright
                    << QStringLiteral("%1: %2% near-white").arg(place).arg(share * 100, 0, 'f', 1);
        });
        QVERIFY(visited > 10);
        QVERIFY2(bright.isEmpty(), qPrintable(bright.join(QLatin1Char('\n'))));
    }

    // An unticked check box and an unchosen radio button show an edge a user can see (WCAG
    // 1.4.11, 3:1 against the window) in both schemes: on Fusion's dark palette they were a
    // black square and a black disc on a near-black window.
    void indicatorsHaveAVisibleEdge_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void indicatorsHaveAVisibleEdge()
    {
        QFETCH(bool, dark);
        ColorScheme::instance()->setMode(dark ? ColorScheme::Mode::Dark : ColorScheme::Mode::Light,
                                         false);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *box = new QCheckBox(QStringLiteral("Only active segments"), &window);
        auto *radio = new QRadioButton(QStringLiteral("CSV file"), &window);
        layout->addWidget(box);
        layout->addWidget(radio);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor background = window.palette().color(QPalette::Window);
        for (QAbstractButton *button :
             {static_cast<QAbstractButton *>(box), static_cast<QAbstractButton *>(radio)}) {
            QStyleOptionButton option;
            option.initFrom(button);
            const QStyle::SubElement element =
                button == box ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator;
            const QRect indicator = button->style()->subElementRect(element, &option, button);
            const QImage image = button->grab(indicator).toImage();
            double best = 1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    best = std::max(
                        best, SemanticColors::contrastRatio(image.pixelColor(x, y), background));
            }
            QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("%1: best edge contrast %2:1")
                                                 .arg(button->text())
                                                 .arg(best, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
