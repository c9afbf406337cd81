#pragma once

#include "aam/aamrestimportplan.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace dcsdesk {

// The review before an AAM REST import changes anything: what is added, updated, left alone or
// skipped (with the reasons), the file's oddities, and the choice to add segments the mappings
// refer to. Accepting applies the plan; the caller pushes it as one undo step.
class RestImportDialog : public QDialog
{
    Q_OBJECT

public:
    RestImportDialog(const Workspace &workspace, const AamRestReader::Result &file,
                     const QString &fileName, QWidget *parent = nullptr);

    const AamRestImportPlan &plan() const { return m_plan; }
    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *addSegmentsBox() const { return m_addSegments; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();

    const Workspace &m_workspace;
    AamRestReader::Result m_file;
    QString m_fileName;
    AamRestImportPlan m_plan;

    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QCheckBox *m_addSegments = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dcsdesk
