#pragma once

#include "domain/environment.h"
#include "secrets/environmentsecrets.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace dcsdesk {

class WorkspaceDocument;

// Edits the workspace's environments and their variables (name, value, secret) on a copy; OK
// makes all of it one undo step. A secret's value is never put in the workspace: what is typed
// for it goes to EnvironmentSecrets (the system keychain, or memory only when none answers);
// emptying it forgets it there.
class EnvironmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnvironmentDialog(WorkspaceDocument *document, EnvironmentSecrets *secrets,
                      const QString &current, QWidget *parent = nullptr);

    QString selectedName() const; // the environment selected when OK was pressed
    QListWidget *list() const { return m_list; }
    QTableWidget *table() const { return m_table; }
    QLabel *secretNoteLabel() const { return m_secretNote; }
    QLineEdit *nameField() const { return m_name; }
    QPushButton *addEnvironmentButton() const { return m_addEnvironment; }
    QPushButton *addVariableButton() const { return m_addVariable; }

public Q_SLOTS:
    void accept() override;

private:
    void showEnvironment(int row);
    void storeShown();
    void addEnvironment();
    void removeEnvironment();
    void addVariable();
    void removeVariable();
    void addRow(const EnvironmentVariable &variable, const QString &secretValue);
    void updateValueCell(int row);
    void updateButtons();
    QString problemInEdits();

    QPointer<WorkspaceDocument> m_document;
    EnvironmentSecrets *m_secrets;
    QVector<Environment> m_environments;
    QVector<QString> m_originalNames;                // an environment's name when the dialog opened
    QVector<QHash<QString, QString>> m_secretValues; // per environment: secret name -> value
    int m_shown = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QPushButton *m_addEnvironment;
    QPushButton *m_removeEnvironment;
    QLineEdit *m_name;
    QTableWidget *m_table;
    QPushButton *m_addVariable;
    QPushButton *m_removeVariable;
    QLabel *m_secretNote;
    void storeSecrets();
    QString secretNote() const;
    QString m_selected;
};

} // namespace dcsdesk
