#pragma once

#include "mainview.h"

#include <QIcon>
#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QActionGroup;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;

namespace dcsdesk {

// The main views under stable IDs ("destinations", "segments", "console", "history", "batch"):
// one navigation row, one page and one checkable View-menu entry (Ctrl+1…9) each, kept in
// step. A view not in this build shows a plain "not available" page until a view with the same
// ID replaces it in place, so the navigation never changes order under the user.
class ViewRegistry : public QObject
{
    Q_OBJECT

public:
    using TitleFunction = std::function<QString()>; // re-evaluated after a language change

    // The view entries go first in viewMenu, in the order the views are added.
    ViewRegistry(QListWidget *navigation, QStackedWidget *pages, QMenu *viewMenu,
                 QObject *parent = nullptr);

    // The registry owns the view (parented to the page stack). Returns its position.
    int addView(const QString &id, QWidget *view, const QIcon &icon, TitleFunction title);
    void addUnavailableView(const QString &id, const QIcon &icon, TitleFunction title);

    bool isAvailable(const QString &id) const;
    QWidget *view(const QString &id) const;
    QStringList ids() const;
    QList<QWidget *> views() const;
    QString currentId() const;
    void show(const QString &id); // unknown IDs are ignored
    MainView *currentMainView() const;
    QAction *action(const QString &id) const;

    // Extra pictures taken after the view's own (MainView::screenshotSteps) for --screenshot.
    void addScreenshotStep(const QString &id, const ScreenshotStep &step);
    QList<ScreenshotStep> screenshotSteps(const QString &id) const;

    // Titles, tooltips and the navigation's width in the current language.
    void retranslate();

Q_SIGNALS:
    void currentViewChanged(const QString &id);
    // A view was added or replaced a placeholder; available is false for a placeholder.
    void viewAdded(const QString &id, QWidget *view, bool available);

private:
    struct Entry
    {
        QString id;
        QWidget *widget = nullptr;
        QIcon icon;
        TitleFunction title;
        bool available = true;
        QListWidgetItem *item = nullptr;
        QAction *action = nullptr;
        QList<ScreenshotStep> extraSteps;
    };

    int indexOf(const QString &id) const;
    void updateShortcuts();

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QMenu *m_viewMenu;
    QActionGroup *m_group;
    QList<Entry> m_entries;
};

} // namespace dcsdesk
