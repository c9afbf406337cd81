#include "viewregistry.h"

#include "unavailableview.h"

#include <QAction>
#include <QActionGroup>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>

namespace dcsdesk {

ViewRegistry::ViewRegistry(QListWidget *navigation, QStackedWidget *pages, QMenu *viewMenu,
                           QObject *parent)
    : QObject(parent), m_navigation(navigation), m_pages(pages), m_viewMenu(viewMenu),
      m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_entries.size())
            return;
        m_pages->setCurrentWidget(m_entries[row].widget);
        m_entries[row].action->setChecked(true);
        Q_EMIT currentViewChanged(m_entries[row].id);
    });
}

int ViewRegistry::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return i;
    }
    return -1;
}

int ViewRegistry::addView(const QString &id, QWidget *view, const QIcon &icon, TitleFunction title)
{
    int index = indexOf(id);
    if (index >= 0) {
        Entry &entry = m_entries[index];
        const bool wasCurrent = m_pages->currentWidget() == entry.widget;
        m_pages->insertWidget(m_pages->indexOf(entry.widget), view);
        m_pages->removeWidget(entry.widget);
        entry.widget->deleteLater();
        entry.widget = view;
        entry.icon = icon;
        entry.title = std::move(title);
        entry.available = true;
        entry.item->setIcon(icon);
        entry.action->setIcon(icon);
        if (wasCurrent)
            m_pages->setCurrentWidget(view);
    } else {
        Entry entry;
        entry.id = id;
        entry.widget = view;
        entry.icon = icon;
        entry.title = std::move(title);
        entry.item = new QListWidgetItem(icon, QString(), m_navigation);
        entry.action = new QAction(icon, QString(), this);
        entry.action->setCheckable(true);
        m_group->addAction(entry.action);
        m_viewMenu->insertAction(m_viewMenu->actions().value(int(m_entries.size())), entry.action);
        connect(entry.action, &QAction::triggered, this, [this, id]() { show(id); });
        m_pages->addWidget(view);
        m_entries.append(entry);
        index = int(m_entries.size()) - 1;
    }
    view->setParent(m_pages);
    retranslate();
    updateShortcuts();
    Q_EMIT viewAdded(id, view, true);
    return index;
}

void ViewRegistry::addUnavailableView(const QString &id, const QIcon &icon, TitleFunction title)
{
    auto *placeholder = new UnavailableView(icon, title, m_pages);
    placeholder->setObjectName(QStringLiteral("unavailable_%1").arg(id));
    QSignalBlocker noAddedSignal(this);
    addView(id, placeholder, icon, std::move(title));
    m_entries[indexOf(id)].available = false;
    retranslate();
    noAddedSignal.unblock();
    Q_EMIT viewAdded(id, placeholder, false);
}

bool ViewRegistry::isAvailable(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 && m_entries[i].available;
}

QWidget *ViewRegistry::view(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_entries[i].widget : nullptr;
}

QAction *ViewRegistry::action(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_entries[i].action : nullptr;
}

QStringList ViewRegistry::ids() const
{
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

QList<QWidget *> ViewRegistry::views() const
{
    QList<QWidget *> widgets;
    for (const Entry &entry : m_entries)
        widgets.append(entry.widget);
    return widgets;
}

QString ViewRegistry::currentId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : QString();
}

void ViewRegistry::show(const QString &id)
{
    const int i = indexOf(id);
    if (i >= 0)
        m_navigation->setCurrentRow(i);
}

MainView *ViewRegistry::currentMainView() const
{
    return dynamic_cast<MainView *>(m_pages->currentWidget());
}

void ViewRegistry::addScreenshotStep(const QString &id, const ScreenshotStep &step)
{
    const int i = indexOf(id);
    if (i >= 0)
        m_entries[i].extraSteps.append(step);
}

QList<ScreenshotStep> ViewRegistry::screenshotSteps(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return {};
    QList<ScreenshotStep> steps;
    if (auto *mainView = dynamic_cast<MainView *>(m_entries[i].widget))
        steps = mainView->screenshotSteps();
    steps += m_entries[i].extraSteps;
    return steps;
}

void ViewRegistry::updateShortcuts()
{
    for (int i = 0; i < m_entries.size(); ++i)
        m_entries[i].action->setShortcut(i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                                               : QKeySequence());
}

void ViewRegistry::retranslate()
{
    int widest = 0;
    for (Entry &entry : m_entries) {
        const QString title = entry.title();
        entry.item->setText(title);
        entry.item->setToolTip(entry.available ? title
                                               : tr("%1 (not available in this build)").arg(title));
        entry.action->setText(title);
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(title));
    }
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 48);
}

} // namespace dcsdesk
