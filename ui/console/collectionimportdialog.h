#pragma once

#include "collections/collectionimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace dcsdesk {

class WorkspaceDocument;

// The review before a Postman or Bruno collection becomes saved requests: every item with its
// outcome (imported, imported with changes, skipped) and why, the collection's notes, and the
// folder the requests go to. Nothing changes until Import; the checked items then go in as one
// undo step. An existing saved request is never replaced (the plan names the new ones apart).
class CollectionImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { Postman, Bruno };

    CollectionImportDialog(const Workspace &workspace, const CollectionRead &collection,
                           const QString &fileName, QWidget *parent = nullptr);

    // File › Import: choose the file, read it, review, apply. False when nothing was imported.
    static bool chooseAndImport(QWidget *parent, WorkspaceDocument *document, Source source);
    static bool importPath(QWidget *parent, WorkspaceDocument *document, const QString &path);

    const CollectionImport::Plan &plan() const { return m_plan; }
    QVector<int> chosen() const; // the checked items
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *folderEdit() const { return m_folder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();
    void updateButtons();

    const Workspace &m_workspace;
    CollectionRead m_collection;
    QString m_fileName;
    CollectionImport::Plan m_plan;
    QVector<bool> m_checked;

    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dcsdesk
