#pragma once

#include "console/consoleservices.h"
#include "mainwindow/mainwindow.h"
#include "workspace/workspacedocument.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace dcsdesk::test {

// The whole application window in one language, the way the user guide pictures it: a copy of
// the sample workspace in `folder`, the console services and the guide's picture steps
// installed. Tests that must see every state a user can see (fit, shortcuts) walk it with
// visitStates() instead of each repeating the set-up and the walk.
class GuidedWindow
{
public:
    GuidedWindow(const QString &folder, const QString &language);

    bool isLoaded() const { return m_loaded; }
    const QString &error() const { return m_error; }
    WorkspaceDocument &document() { return m_document; }
    ConsoleServices &services() { return *m_services; }
    MainWindow &window() { return *m_window; }

    // Calls visit(widget, place) for every view ("console") and every picture step of each
    // view ("destinations/mappings-bulk-edit"), with the widget the step shows (the window or
    // the dialog it opened); the step's own clean-up runs after the visit.
    void visitStates(const std::function<void(QWidget *, const QString &)> &visit);

private:
    WorkspaceDocument m_document;
    QTemporaryDir m_history;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    bool m_loaded = false;
    QString m_error;
};

} // namespace dcsdesk::test
