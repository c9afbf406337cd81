#pragma once

#include "validation/finding.h"
#include "workspace/workspace.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace dcsdesk {

// The workspace's validation findings behind the status bar summary: severity, object, field and
// message. Activating a row asks the main window to show the object it concerns.
class FindingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindingsDialog(QWidget *parent = nullptr);

    void setFindings(const Workspace &workspace, const QVector<Finding> &findings);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void findingActivated(dcsdesk::EntityKind kind, qint64 key, int field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    Workspace m_workspace; // a copy: the dialog stays consistent while the user edits
    QVector<Finding> m_findings;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace dcsdesk
