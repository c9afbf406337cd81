// Every window and tab fits at 1366×768 in every language: the main window at the size it gets
// on such a screen (MainWindow::firstGeometry) with the sample workspace, each view, each tab of
// each view, the states and dialogs `dcsdesk --screenshot` shows (the guide's included) and a few
// dialogs more, in English, Spanish, German and French. A label, tab, column title, button,
// combo box or placeholder whose text is wider than its space fails, with where and by how much.
#include "application/languagemanager.h"
#include "guidedwindow.h"
#include "history/historycomparedialog.h"
#include "history/historyview.h"
#include "layoutfit.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"

#include <QApplication>
#include <QDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace dcsdesk;
using dcsdesk::test::Clip;
using dcsdesk::test::LayoutFit;

namespace {

const QSize ScreenSize(1366, 768);

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

// Tab widgets under root that are not inside another tab widget under root.
QList<QTabWidget *> outerTabWidgets(QWidget *root)
{
    QList<QTabWidget *> out;
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible() || tabs->window() != root->window())
            continue;
        bool nested = false;
        for (QWidget *w = tabs->parentWidget(); w && w != root; w = w->parentWidget()) {
            if (qobject_cast<QTabWidget *>(w))
                nested = true;
        }
        if (!nested)
            out.append(tabs);
    }
    return out;
}

class Visitor
{
public:
    explicit Visitor(const QString &language) : m_language(language) {}

    // Checks every shown window (the main one and any dialog) as laid out now.
    void check(const QString &where)
    {
        settle();
        m_visited.append(where);
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible() || qobject_cast<QMenu *>(top) ||
                top->windowType() == Qt::ToolTip || top->windowType() == Qt::Popup)
                continue;
            for (const Clip &clip : LayoutFit::check(top, m_screen)) {
                const QString key = clip.kind + clip.path + clip.text;
                if (m_seen.contains(key))
                    continue;
                m_seen.insert(key);
                const QString line =
                    QStringLiteral("[%1] %2: %3").arg(m_language, where, clip.describe());
                (clip.advisory ? m_advisories : m_clips).append(line);
            }
        }
    }

    // Each enabled tab of each tab widget under root, nested ones inside their page.
    void visitTabs(QWidget *root, const QString &where)
    {
        for (const QPointer<QTabWidget> tabs : outerTabWidgets(root)) {
            if (!tabs)
                continue;
            const int original = tabs->currentIndex();
            for (int i = 0; tabs && i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                    continue;
                tabs->setCurrentIndex(i);
                const QString here =
                    QStringLiteral("%1 › %2").arg(where, tabs->tabText(i).remove(QLatin1Char('&')));
                check(here);
                if (QWidget *page = tabs->widget(i))
                    visitTabs(page, here);
            }
            if (tabs)
                tabs->setCurrentIndex(original);
        }
    }

    void checkDialog(QWidget *dialog, const QString &where)
    {
        dialog->show();
        check(where);
        visitTabs(dialog, where);
        dialog->close();
        settle();
    }

    // Cells that must be read whole: the screenshot review found German shortcuts
    // ("Strg+Umschalt+Pfeil nach oben oder Alt+U…") cut at the dialog's edge.
    void checkCellsWhole(QTreeWidget *tree, const QString &where)
    {
        if (!tree) {
            m_clips.append(QStringLiteral("[%1] %2: no table").arg(m_language, where));
            return;
        }
        const int right = tree->viewport()->width();
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = tree->topLevelItem(row);
            for (int column = 0; column < tree->columnCount(); ++column) {
                const QRect cell = tree->visualItemRect(item).intersected(
                    QRect(tree->columnViewportPosition(column), 0, tree->columnWidth(column),
                          tree->viewport()->height() + tree->viewport()->y() + 100000));
                const int needed = tree->fontMetrics().horizontalAdvance(item->text(column));
                if (cell.left() + needed > std::min(cell.right(), right))
                    m_clips.append(QStringLiteral("[%1] %2: \"%3\" needs %4 px, has %5")
                                       .arg(m_language, where, item->text(column))
                                       .arg(needed)
                                       .arg(std::min(cell.right(), right) - cell.left()));
            }
        }
    }

    void setScreen(const QSize &size) { m_screen = size; }
    QStringList clips() const { return m_clips; }
    QStringList advisories() const { return m_advisories; }
    QStringList visited() const { return m_visited; }

private:
    QString m_language;
    QSize m_screen;
    QSet<QString> m_seen;
    QStringList m_clips;
    QStringList m_advisories;
    QStringList m_visited;
};

} // namespace

class TstLayoutFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layoutfit"));
        QVERIFY(m_dir.isValid());
        // By hand: LAYOUTFIT_POINTSIZE=10 tries a desktop whose default font is larger than Qt's
        // 9 pt; LAYOUTFIT_VERBOSE=1 lists every state visited.
        if (qEnvironmentVariableIsSet("LAYOUTFIT_POINTSIZE")) {
            QFont font = QApplication::font();
            font.setPointSizeF(qEnvironmentVariable("LAYOUTFIT_POINTSIZE").toDouble());
            QApplication::setFont(font);
        }
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void everyViewFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "es", "de", "fr"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyViewFits()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language);
        test::GuidedWindow guided(m_dir.path(), language);
        QVERIFY2(guided.isLoaded(), qPrintable(guided.error()));
        QStringList clips;
        {
            MainWindow &window = guided.window();
            // The client area a 1366×768 screen leaves after the window frame.
            const QRect area = MainWindow::firstGeometry(QRect(QPoint(0, 0), ScreenSize));
            window.resize(area.size());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (!window.isValidationCurrent())
                window.validateNow();
            Visitor visitor(language);
            visitor.setScreen(area.size());
            visit(guided, visitor);
            clips = visitor.clips();
            for (const QString &advisory : visitor.advisories())
                qInfo().noquote() << "advisory:" << advisory;
            if (qEnvironmentVariableIsSet("LAYOUTFIT_VERBOSE"))
                qInfo().noquote() << "visited:" << visitor.visited().join(QLatin1String("\n  "));
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top != &window && top->isVisible())
                    top->close();
            }
        }
        for (const QString &clip : clips)
            qInfo().noquote() << clip;
        QVERIFY2(clips.isEmpty(), qPrintable(QStringLiteral("%1 clipped texts in %2:\n%3")
                                                 .arg(clips.size())
                                                 .arg(language, clips.join(QLatin1Char('\n')))));
    }

private:
    static void visit(test::GuidedWindow &guided, Visitor &visitor)
    {
        MainWindow &window = guided.window();
        guided.visitStates([&visitor](QWidget *shown, const QString &place) {
            visitor.check(place);
            visitor.visitTabs(shown, place);
        });
        guided.visitDialogs([&visitor](QWidget *dialog, const QString &name) {
            visitor.check(name);
            visitor.visitTabs(dialog, name);
            if (name == QLatin1String("ShortcutsDialog"))
                visitor.checkCellsWhole(dialog->findChild<QTreeWidget *>(), name);
        });
        if (HistoryView *history = guided.services().historyView()) {
            window.showView(QStringLiteral("history"));
            settle();
            auto *table = history->findChild<QTableView *>();
            if (table && table->model() && table->model()->rowCount() >= 2) {
                table->selectionModel()->select(
                    QItemSelection(table->model()->index(0, 0), table->model()->index(1, 0)),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                if (QDialog *compare = history->compareSelected())
                    visitor.checkDialog(compare, QStringLiteral("history/compare"));
            }
        }
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TstLayoutFit)
#include "tst_layoutfit.moc"
