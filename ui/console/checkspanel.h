#pragma once

#include "checks/check.h"
#include "checks/checkevaluator.h"
#include "console/expectedvsactual.h"
#include "dcs/dcsrequest.h"
#include "dcs/dcsresult.h"

#include <QPointer>

#include <functional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dcsdesk {

class CheckEditor;
class ResponseWidget;
class WorkspaceDocument;

// The console's checks, under the builder: the checks and tags of the saved request in the builder,
// edited with pickers (CheckEditor), each edit one undo step on the workspace. After a call each
// check shows passed or failed with the actual value. "Turn into Checks" in Expected vs actual
// lands here. A request not saved yet has nowhere to keep checks: the panel says so and saves it
// first, in the same undo step as the checks, so nothing the user made is lost.
class ChecksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPanel(WorkspaceDocument *document, QWidget *parent = nullptr);

    // Takes the "Turn into Checks" of the answer's Expected vs actual view.
    void attachTo(ResponseWidget *response);
    // The builder's request now; its name says which saved request's checks are shown.
    void setRequest(const DcsRequest &request);
    // A call of this request finished: each check is run on its answer.
    // resolveChecks gives the checks the values of the environment the request was sent in.
    using CheckResolver = std::function<QVector<Check>(const QVector<Check> &)>;
    void setResult(const DcsResult &result, CheckResolver resolveChecks = {});
    // Adds the comparison's expectations as checks (one undo step); how many were added.
    int addFromComparison(const ExpectedVsActual::Result &comparison);
    // Adds one check (one undo step); false with the reason in the note when it cannot.
    bool addCheck(const Check &check);
    bool removeCheck(int index);
    bool replaceCheck(int index, const Check &check);
    bool saveRequest(); // saves the request under the name typed in the tab

    QString savedName() const; // the saved request shown, empty when the request is not saved
    const QVector<Check> &checks() const { return m_checks; }
    const QVector<CheckOutcome> &outcomes() const { return m_outcomes; }
    QList<QWidget *> tabChain() const;

    QTreeWidget *table() const { return m_table; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *noteLabel() const { return m_note; }
    QLineEdit *saveNameEdit() const { return m_saveName; }
    QPushButton *saveButton() const { return m_save; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    CheckEditor *openEditor() const; // the editor open now, or null

Q_SIGNALS:
    void requestSaved(const QString &name); // the builder's request now has this name

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void evaluate();
    void fill();
    void updateButtons();
    void applyTags();
    void editSelected(bool add);
    // Stores the checks on the saved request, saving the request first when it is not saved.
    bool commit(const QVector<Check> &checks, const QString &undoText);
    QString nameForSaving(QString *why) const;

    QPointer<WorkspaceDocument> m_document;
    QPointer<ResponseWidget> m_response;
    QPointer<CheckEditor> m_editor;
    DcsRequest m_request;
    bool m_saved = false;
    QString m_readOnly; // translated: why the stored checks cannot be edited here
    QVector<Check> m_checks;
    QStringList m_tagList;
    DcsResult m_result;
    QString m_resultFor; // the request name the result answers; results shown only for it
    bool m_hasResult = false;
    CheckResolver m_resolveChecks;
    QVector<CheckOutcome> m_outcomes;

    QLabel *m_heading;
    QLabel *m_title;
    QLineEdit *m_saveName;
    QPushButton *m_save;
    QLabel *m_tagsLabel;
    QLineEdit *m_tags;
    QTreeWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_note;
};

} // namespace dcsdesk
