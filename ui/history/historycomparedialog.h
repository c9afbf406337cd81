#pragma once

#include "history/historycomparison.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace dcsdesk {

// Two history entries side by side (HistoryComparison's rows): the field, the older call, the
// newer call. Differing rows are marked; "Only differences" hides the rest.
class HistoryCompareDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryCompareDialog(const HistoryEntry &older, const HistoryEntry &newer,
                         QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }
    QLabel *summary() const { return m_summary; }

private:
    void applyFilter();

    QTreeWidget *m_tree;
    QCheckBox *m_onlyDifferences;
    QLabel *m_summary;
};

} // namespace dcsdesk
