#include "mainwindow.h"

#include "itemmodels/destinationlistmodel.h"
#include "workspace/workspacedocument.h"

#include <QMenuBar>
#include <QTableView>

namespace dcsdesk {

MainWindow::MainWindow(WorkspaceDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document)
{
    auto *view = new QTableView(this);
    view->setModel(new DestinationListModel(document, view));
    setCentralWidget(view);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    connect(document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &WorkspaceDocument::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1100, 700);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — DCS Desk").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

} // namespace dcsdesk
