#include "common/icons.h"
#include "validation/finding.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// Every icon the app asks for shows on a desktop with no icon theme (a fresh Debian without
// one, CI): the bundled fallbacks cover each name, every bundled SVG parses, and a desktop theme
// that has an icon still wins over the bundled one.
class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionIcons_data();
    void actionIcons();
    void ownSymbols_data();
    void ownSymbols();
    void bundledSvgsParse();
    void desktopThemeComesFirst();

private:
    static int paintedPixels(const QIcon &icon, int size);
};

namespace {

constexpr auto kNoTheme = "dcsdesk-test-no-such-theme";

QString bundledActionFile(const QString &name)
{
    for (const char *context : {"actions", "status"}) {
        const QString path = QStringLiteral(":/icons/dcsdesk-fallback/scalable/%1/%2.svg")
                                 .arg(QLatin1String(context), name);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

} // namespace

int TestIcons::paintedPixels(const QIcon &icon, int size)
{
    const QImage image =
        icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    return painted;
}

void TestIcons::initTestCase()
{
    QIcon::setThemeName(QString::fromLatin1(kNoTheme));
    Icons::installFallbackTheme();
    QCOMPARE(QIcon::fallbackThemeName(), Icons::fallbackThemeName());
}

void TestIcons::actionIcons_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QIcon>("icon");
    for (Icons::Action action : Icons::allActions())
        QTest::newRow(qPrintable(Icons::themeName(action)))
            << Icons::themeName(action) << Icons::action(action);
    for (int severity : {int(Finding::Severity::Error), int(Finding::Severity::Warning),
                         int(Finding::Severity::Info)})
        QTest::newRow(qPrintable(QStringLiteral("severity %1").arg(severity)))
            << Icons::severity(severity).name() << Icons::severity(severity);
}

void TestIcons::actionIcons()
{
    QFETCH(QString, name);
    QFETCH(QIcon, icon);
    QVERIFY2(!name.isEmpty(), "every icon asked from the theme has a freedesktop name");
    QVERIFY2(!bundledActionFile(name).isEmpty(), qPrintable(name + " has no bundled fallback"));
    QVERIFY(!icon.isNull());
    for (int size : {16, 24})
        QVERIFY2(paintedPixels(icon, size) >= size * size / 10,
                 qPrintable(QStringLiteral("%1 at %2 px is (nearly) empty").arg(name).arg(size)));
}

void TestIcons::ownSymbols_data()
{
    QTest::addColumn<QIcon>("icon");
    QTest::newRow("url") << Icons::destinationType(Destination::Type::Url);
    QTest::newRow("cookie") << Icons::destinationType(Destination::Type::Cookie);
    QTest::newRow("s2s") << Icons::destinationType(Destination::Type::ServerToServer);
    QTest::newRow("no finding") << Icons::severity(-1);
    QTest::newRow("destinations") << Icons::destinations();
    QTest::newRow("segments") << Icons::segments();
    QTest::newRow("console") << Icons::console();
    QTest::newRow("history") << Icons::history();
    QTest::newRow("batch") << Icons::batch();
    QTest::newRow("captures") << Icons::captures();
    QTest::newRow("application") << Icons::application();
}

void TestIcons::ownSymbols()
{
    QFETCH(QIcon, icon);
    QVERIFY(!icon.isNull());
    for (int size : {16, 24})
        QVERIFY2(paintedPixels(icon, size) >= size * size / 10,
                 qPrintable(QStringLiteral("(nearly) empty at %1 px").arg(size)));
}

void TestIcons::bundledSvgsParse()
{
    int count = 0;
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QSvgRenderer renderer(path);
        QVERIFY2(renderer.isValid(), qPrintable(path + " does not parse"));
        QVERIFY2(!renderer.viewBoxF().isEmpty(), qPrintable(path + " has no view box"));
        ++count;
    }
    QVERIFY2(count >= Icons::allActions().size() + 3 + 10, qPrintable(QString::number(count)));

    QSettings index(QStringLiteral(":/icons/dcsdesk-fallback/index.theme"), QSettings::IniFormat);
    const QStringList directories =
        index.value(QStringLiteral("Icon Theme/Directories")).toStringList();
    QCOMPARE(directories,
             (QStringList{QStringLiteral("scalable/actions"), QStringLiteral("scalable/status")}));
}

void TestIcons::desktopThemeComesFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("desktop-theme/scalable/actions")));
    QFile index(dir.filePath(QStringLiteral("desktop-theme/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Desktop\nDirectories=scalable/actions\n\n"
                "[scalable/actions]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\n");
    index.close();
    QFile svg(dir.filePath(QStringLiteral("desktop-theme/scalable/actions/document-open.svg")));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">)"
              R"(<rect width="16" height="16" fill="#ff0000"/></svg>)");
    svg.close();

    const QStringList paths = QIcon::themeSearchPaths();
    QIcon::setThemeSearchPaths(paths + QStringList{dir.path()});
    QIcon::setThemeName(QStringLiteral("desktop-theme"));
    const QImage open = Icons::action(Icons::Action::Open).pixmap(QSize(16, 16)).toImage();
    QCOMPARE(QColor(open.pixel(8, 8)), QColor(Qt::red));
    // What the desktop theme lacks comes from the bundled theme, which Qt searches itself.
    QVERIFY(!QIcon::fromTheme(QStringLiteral("document-save")).isNull());
    QVERIFY(paintedPixels(Icons::action(Icons::Action::Save), 16) >= 16 * 16 / 10);

    QIcon::setThemeName(QString::fromLatin1(kNoTheme));
    QIcon::setThemeSearchPaths(paths);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
