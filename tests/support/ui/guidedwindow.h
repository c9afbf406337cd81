#pragma once

#include "console/consoleservices.h"
#include "mainwindow/mainwindow.h"
#include "workspace/workspacedocument.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace dcsdesk::test {

// The whole application window in one language, the way the user guide pictures it: a copy of
// the sample workspace and of the sample capture in `folder`, the console services and the
// guide's picture steps installed. Tests that must see every state a user can see (fit,
// shortcuts, accessible names) walk it with visitStates() and visitDialogs() instead of each
// repeating the set-up, the walk and the list of dialogs.
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

    // Shows each dialog no picture step opens (profiles, findings, shortcuts, history
    // comparison, capture mask preview, user guide, the runner after a run, bulk edit for each
    // destination), calls
    // visit(dialog, name), then closes it.
    void visitDialogs(const std::function<void(QWidget *, const QString &)> &visit);

    // Resizes the window to `size`, shows it and waits until it is exposed.
    bool showAt(const QSize &size);

    // The copy of the sample capture in the folder, for dialogs that open a HAR file.
    QString capturePath() const { return m_capturePath; }

private:
    WorkspaceDocument m_document;
    QTemporaryDir m_history;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_capturePath;
    bool m_loaded = false;
    QString m_error;
};

} // namespace dcsdesk::test
