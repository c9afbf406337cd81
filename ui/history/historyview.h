#pragma once

#include "history/historyentry.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dcsdesk {

class HistoryCompareDialog;
class HistoryListModel;
class HistoryStore;
struct HistoryEntry;
class RunResultPanel;

// Every call the console sent, newest first: search (uuid:, alias:, status:, error:, free text),
// reopen into the builder (Enter), delete one (Delete) or all, and the opt-in to keep p_ values.
// A run of checks shows its results below the list when selected.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(HistoryStore *store, QWidget *parent = nullptr);

    HistoryListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }

    static bool keepPrivateValuesSetting();
    static void setKeepPrivateValuesSetting(bool keep);

    // The selected entries, oldest first.
    QVector<HistoryEntry> selectedEntries() const;
    QPushButton *compareButton() const { return m_compare; }
    // The results of the run of checks selected in the list (hidden for other entries).
    RunResultPanel *runResults() const { return m_runResults; }

public Q_SLOTS:
    void openCurrent();
    // Opens the side-by-side view of the two selected calls; null unless exactly two are.
    HistoryCompareDialog *compareSelected();
    void deleteCurrent();
    void clearAll();

Q_SIGNALS:
    void openRequested(const dcsdesk::HistoryEntry &entry);
    void consoleRequested(); // from the empty history's "Go to the Console"

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void showCurrentRun();

    QPointer<HistoryStore> m_store;
    HistoryListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_clear;
    QPushButton *m_compare;
    QCheckBox *m_keepPrivate;
    RunResultPanel *m_runResults;
    QAction *m_goToConsole;
};

} // namespace dcsdesk
