#include "mnemonicscan.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>

namespace dcsdesk::test {

namespace {

using Owners = QMap<QString, QStringList>; // "Alt+S" -> the controls that use it

void addOwner(Owners &owners, const QString &text, const QString &kind)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return;
    owners[key.toString(QKeySequence::PortableText)].append(
        QStringLiteral("\"%1\" (%2)").arg(text, kind));
}

// "Alt+S — "&Send" (QPushButton) / "&Signals" (QLabel)" for each key used more than once.
QStringList clashesOf(const Owners &owners)
{
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.key() + QStringLiteral(" — ") +
                           it.value().join(QLatin1String(" / ")));
    }
    return clashes;
}

// The tab widgets of `scope` that are not inside another tab widget of `scope`.
QList<QTabWidget *> outermostTabWidgets(QWidget *scope)
{
    QList<QTabWidget *> result;
    for (QTabWidget *tabs : scope->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        bool nested = false;
        for (QWidget *p = tabs->parentWidget(); p && p != scope; p = p->parentWidget())
            nested = nested || qobject_cast<QTabWidget *>(p);
        if (!nested)
            result.append(tabs);
    }
    return result;
}

} // namespace

void MnemonicScan::scanVisible(QWidget *window, const QString &place)
{
    Owners owners;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        if (QMenuBar *bar = main->menuBar(); bar && bar->isVisible()) {
            for (QAction *a : bar->actions()) {
                if (a->isVisible())
                    addOwner(owners, a->text(), QStringLiteral("menu bar"));
            }
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        const QString kind = QString::fromLatin1(w->metaObject()->className());
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            addOwner(owners, button->text(), kind);
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy() && label->textFormat() != Qt::RichText)
                addOwner(owners, label->text(), kind);
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            addOwner(owners, group->title(), kind);
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i))
                    addOwner(owners, bar->tabText(i), kind);
            }
        }
    }
    for (const Owners::mapped_type &list : owners)
        m_mnemonics += int(list.size());
    addClashes(clashesOf(owners), place);
    dump(owners, place);
}

// For whoever fixes a clash: every letter the window uses, to pick a free one.
void MnemonicScan::dump(const QMap<QString, QStringList> &owners, const QString &place)
{
    if (qEnvironmentVariableIsSet("DCSDESK_MNEMONIC_DUMP")) {
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            qInfo("used %s: %s %s", qPrintable(place), qPrintable(it.key()),
                  qPrintable(it.value().join(QLatin1String(" / "))));
    }
}

// The same controls clash on every page of a tab widget: each clash is reported once, with the
// first place it was seen.
void MnemonicScan::addClashes(const QStringList &clashes, const QString &place)
{
    for (const QString &clash : clashes) {
        if (m_seen.contains(clash))
            continue;
        m_seen.insert(clash);
        m_clashes.append(QStringLiteral("%1: %2").arg(place, clash));
    }
}

void MnemonicScan::scanWindow(QWidget *widget, const QString &place)
{
    QWidget *window = widget->window();
    ++m_windows;
    scanVisible(window, place);
    // Every page of every tab widget, nested ones inside the page that shows them.
    const std::function<void(QWidget *, const QString &)> explore = [&](QWidget *scope,
                                                                        const QString &where) {
        for (QTabWidget *tabs : outermostTabWidgets(scope)) {
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                    continue;
                tabs->setCurrentIndex(i);
                const QString page =
                    QStringLiteral("%1 › %2").arg(where, tabs->tabText(i).remove(QLatin1Char('&')));
                if (i != current)
                    scanVisible(window, page);
                explore(tabs->widget(i), page);
            }
            tabs->setCurrentIndex(current);
        }
    };
    explore(window, place);
}

void MnemonicScan::scanMenu(QMenu *menu, const QString &place)
{
    Owners owners;
    const QString title = menu->title().remove(QLatin1Char('&'));
    const QString where = title.isEmpty() ? place : QStringLiteral("%1 › %2").arg(place, title);
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        addOwner(owners, a->text(), QStringLiteral("menu item"));
        if (a->menu())
            scanMenu(a->menu(), where);
    }
    for (const Owners::mapped_type &list : owners)
        m_mnemonics += int(list.size());
    addClashes(clashesOf(owners), where);
    dump(owners, QStringLiteral("menu ") + where);
}

} // namespace dcsdesk::test
