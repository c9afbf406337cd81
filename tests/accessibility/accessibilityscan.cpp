#include "accessibilityscan.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolButton>

#include <functional>

namespace dcsdesk::test {

namespace {

QString stripped(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

// Qt's own parts of a compound widget (a combo box's line edit, a line edit's clear button, a
// tab bar's scroll arrows, a table's corner button, a header): the compound widget is checked.
bool isInnerPart(QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (qobject_cast<QHeaderView *>(w) || qobject_cast<QScrollBar *>(w))
        return true;
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QComboBox *>(parent) ||
           qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent) ||
           (qobject_cast<const QAbstractItemView *>(parent) && qobject_cast<QAbstractButton *>(w));
}

// The controls, and anything else Tab stops at (a scroll area, a chart, a custom widget): a
// screen reader announces each stop. A widget whose focus goes to a proxy is not a stop itself.
bool isInteractive(QWidget *w)
{
    if (auto *group = qobject_cast<QGroupBox *>(w))
        return group->isCheckable();
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
           qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
           qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w) ||
           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSlider *>(w) ||
           ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isEnabled());
}

bool isIconOnly(QWidget *w)
{
    auto *button = qobject_cast<QAbstractButton *>(w);
    if (!button || button->icon().isNull())
        return false;
    if (auto *tool = qobject_cast<QToolButton *>(w))
        return tool->toolButtonStyle() == Qt::ToolButtonIconOnly || tool->text().isEmpty();
    return button->text().isEmpty();
}

// "Destinations › destinationTabs › QGroupBox "Basic information"" for the report.
QString pathOf(QWidget *w)
{
    QStringList parts;
    if (!w->window()->objectName().isEmpty())
        parts.append(w->window()->objectName());
    else
        parts.append(QString::fromLatin1(w->window()->metaObject()->className()));
    for (QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (auto *group = qobject_cast<QGroupBox *>(p); group && !group->title().isEmpty())
            parts.insert(1, QStringLiteral("\"%1\"").arg(stripped(group->title())));
        else if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            parts.insert(1, p->objectName());
        else if (p->metaObject()->className()[0] != 'Q') // the project's own widgets
            parts.insert(1, QString::fromLatin1(p->metaObject()->className()).section(':', -1));
    }
    return parts.join(QStringLiteral(" › "));
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

QString AccessibilityScan::spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return stripped(w->accessibleName());
    QString name =
        qobject_cast<QComboBox *>(w) ? w->accessibleName() : iface->text(QAccessible::Name);
    if (name.trimmed().isEmpty()) {
        // Orca reads the "labelled by" relation when the name is empty.
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &label : labels) {
            name = label.first->text(QAccessible::Name);
            if (!name.trimmed().isEmpty())
                break;
        }
    }
    return stripped(name);
}

void AccessibilityScan::addOffender(QWidget *w, const QString &place, const QString &problem)
{
    const QString name = w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName();
    const QString what =
        QStringLiteral("%1 › %2%3: %4")
            .arg(pathOf(w), QString::fromLatin1(w->metaObject()->className()), name, problem);
    // The same widget in the next state or on the next page is reported once.
    const QString key = QString::number(quintptr(w)) + what;
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    m_offenders.append(QStringLiteral("%1: %2").arg(place, what));
}

void AccessibilityScan::check(QWidget *w, const QString &place)
{
    if (auto *bar = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i))
                continue;
            m_checked.insert(w); // the bar counts once
            QString name = stripped(bar->tabText(i));
#if QT_CONFIG(accessibility)
            if (name.isEmpty())
                name = bar->accessibleTabName(i);
#endif
            if (name.isEmpty())
                addOffender(w, place, QStringLiteral("tab %1 has no name").arg(i));
            if (bar->tabText(i).isEmpty() && bar->tabToolTip(i).isEmpty())
                addOffender(w, place, QStringLiteral("icon-only tab %1 has no tooltip").arg(i));
        }
        return;
    }
    if (!isInteractive(w) || isInnerPart(w))
        return;
    m_checked.insert(w);
    const QString name = spokenName(w);
    if (qEnvironmentVariableIsSet("DCSDESK_A11Y_DUMP"))
        qInfo("named %s: %s %s \"%s\"", qPrintable(place), w->metaObject()->className(),
              qPrintable(w->objectName()), qPrintable(name));
    if (name.isEmpty())
        addOffender(w, place, QStringLiteral("no accessible name"));
    if (isIconOnly(w) && w->toolTip().trimmed().isEmpty())
        addOffender(w, place, QStringLiteral("icon-only button without a tooltip"));
}

void AccessibilityScan::scanVisible(QWidget *window, const QString &place)
{
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisible() && w->window() == window)
            check(w, place);
    }
}

void AccessibilityScan::scanWindow(QWidget *widget, const QString &place)
{
    QWidget *window = widget->window();
    ++m_windows;
    scanVisible(window, place);
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

} // namespace dcsdesk::test
