#pragma once

#include "checks/checkreport.h"

#include <QJsonObject>
#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace dcsdesk {

struct DcsResult;

// The results of a run of checks, for the runner while it runs and for a run kept in the
// history: each saved request with passed / failed / not run / not sent, its checks with what
// was expected and what came, and beside them the answer behind the selected row (status,
// headers and body, or the excerpt the history kept), so a failure needs no second call.
class RunResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunResultPanel(QWidget *parent = nullptr);

    // One row per saved request, "Waiting".
    void setRequests(const QStringList &names);
    void setSending(int index);
    void setResult(int index, const CheckRunReport::Item &item, const QString &answer);
    void setNotSent(int index, const QString &reason); // reason: translated, on the row
    // A run as the history keeps it (CheckRun::historySummary()).
    void showSummary(const QJsonObject &summary);

    // Status line, headers and body of an answer (the body up to a cap), or why none came.
    static QString answerText(const DcsResult &result);

    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *detail() const { return m_detail; }
    // The name of the saved request of the current row; empty when none.
    QString currentRequest() const;

Q_SIGNALS:
    void currentRequestChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitNameColumn();
    void retranslate();
    void showDetail();
    void markNotSent(QTreeWidgetItem *row, const QString &reason);
    void fill(QTreeWidgetItem *row, const CheckRunReport::Item &item, const QString &answer);

    QTreeWidget *m_tree;
    QPlainTextEdit *m_detail;
};

} // namespace dcsdesk
