#pragma once

#include <QMainWindow>

namespace dcsdesk {

class WorkspaceDocument;

// The application window: navigation between the views, menus, title with the unsaved marker and
// the status bar's validation summary.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(WorkspaceDocument *document, QWidget *parent = nullptr);

    WorkspaceDocument *document() const { return m_document; }

private:
    void updateTitle();
    WorkspaceDocument *m_document;
};

} // namespace dcsdesk
