#pragma once

#include "console/expectedvsactual.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dcsdesk {

// The console's "Expected vs actual" tab: a summary line, one row per segment and destination,
// and under it the selected row in full (expected, actual and why), selectable and never cut,
// because an 8 KB URL or a three-sentence reason cannot fit a table cell.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void showMessage(const QString &text); // no rows, only this line
    void setResult(ExpectedVsActual::Result result, int maxRows);
    const ExpectedVsActual::Result &result() const { return m_result; }

    QTreeWidget *tree() const { return m_tree; }
    QLabel *noteLabel() const { return m_note; }
    QPlainTextEdit *detailView() const { return m_detail; }
    // "Turn into Checks", for a view whose owner keeps checks (the console, not the captures).
    void setChecksActionVisible(bool visible);
    QPushButton *checksButton() const { return m_toChecks; }

Q_SIGNALS:
    void checksRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void fill();
    void showDetail();

    ExpectedVsActual::Result m_result;
    int m_maxRows = 0;
    bool m_hasResult = false;
    bool m_fittingColumns = false;
    bool m_columnsSizedByUser = false; // a column the user dragged is left as it is
    QLabel *m_note;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_detail;
    QPushButton *m_toChecks;
};

} // namespace dcsdesk
