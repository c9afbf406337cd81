#pragma once

#include "domain/segment.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dcsdesk {

class RuleEditor;
class WorkspaceDocument;

// Creating or editing one segment: ID (new segments only), name, integration code (at most 255
// characters), status, description and the trait rule, with the parser's verdict as you type and
// a "test with signals" box that says whether a call with given key-values qualifies. OK applies
// everything as one undo step.
class SegmentEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // sid 0 creates a new segment.
    SegmentEditorDialog(WorkspaceDocument *document, qint64 sid, QWidget *parent = nullptr);

    Segment segment() const; // what the fields say now
    bool isNew() const { return m_isNew; }
    // Pushes the change (one undo step); false when there is nothing to change or it is invalid.
    bool apply();
    QString problem() const; // translated reason OK is disabled, empty when fine

    // Screenshots and tests: fill the test box or the rule and show the verdict now.
    void setSignals(const QString &signalText);
    void setRuleText(const QString &rule);
    // Signals that satisfy the segment's rule's first comparison, as an example.
    QString sampleSignals() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }
    QCheckBox *activeBox() const { return m_active; }
    RuleEditor *ruleEditor() const { return m_rule; }
    QLineEdit *signalsEdit() const { return m_signals; }
    QLabel *testResultLabel() const { return m_testResult; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateState();
    void runTest();

    WorkspaceDocument *m_document;
    Segment m_original;
    bool m_isNew;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLabel *m_codeCount;
    QCheckBox *m_active;
    QPlainTextEdit *m_description;
    RuleEditor *m_rule;
    QLineEdit *m_signals;
    QLabel *m_testResult;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace dcsdesk
