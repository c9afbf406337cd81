#pragma once

#include "aam/aamtake.h"
#include "aamrest/aampush.h"
#include "accountname.h"

#include <QDialog>
#include <QHash>
#include <QPair>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace dcsdesk {

// What differs between the open workspace and an Audience Manager account, before anything is
// sent: every destination and mapping that differs, field by field (as last pulled, in the
// workspace, in the account), with conflicts called out, filters, and the summary a push would
// start from. Reading it changes nothing; Push sends the checked items and the conflicts the user
// settled field by field (pushRequested), Take brings the checked changes of the account into the
// workspace (takeRequested); the caller does either.
class AccountReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Filter { All, ToPush, ToTake, Conflicts, CannotPush, OnlyInAccount };

    // destinationNames: the workspace's destinations by ID, to name the ones whose mappings
    // differ while they do not.
    AccountReviewDialog(const AamDiff &diff, const AccountName &account,
                        const QHash<qint64, QString> &destinationNames, QWidget *parent = nullptr);

    // The validator's errors of the workspace's objects, by (EntityKind, ID). An item with errors
    // is marked, shows the messages, and starts unchecked: it is pushed only when the user
    // checks it, and the confirmation names it (chosenWithErrors()).
    using ItemKey = QPair<int, qint64>;
    void setValidationErrors(const QHash<ItemKey, QStringList> &errors);
    QStringList validationErrors(int itemIndex) const;
    QStringList chosenWithErrors() const; // titles of the chosen items that have errors
    // A warning about the whole comparison, shown above the list (e.g. an account that looks
    // empty).
    void setAccountWarning(const QString &text);

    void setFilter(Filter filter);
    void setSearchText(const QString &text);
    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *fieldTable() const { return m_fields; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *notesLabel() const { return m_notes; }
    QLabel *itemNotesLabel() const { return m_itemNotes; }
    QLabel *emptyLabel() const { return m_empty; } // shown instead of an empty list, saying why
    QLineEdit *searchField() const { return m_search; }
    const AamDiff &diff() const { return m_diff; }
    QPushButton *pushButton() const { return m_push; }
    QPushButton *takeButton() const { return m_take; }

    // The items to push: every checked pushable item, and every conflict whose conflicting fields
    // all have a side chosen.
    QVector<AamPush::Choice> choices() const;
    // What Take brings into the workspace: every checked change of the account, and every
    // conflict whose fields all have a side (the account's side taken, the workspace's kept).
    AamTake::Choices takeChoices() const;
    void setIncluded(int itemIndex, bool included);
    // For a conflict: which side a conflicting field takes (unset until the user says).
    enum class Side { Undecided, Workspace, Account };
    void setSide(int itemIndex, const QString &field, Side side);
    // The comparison no longer holds (the workspace changed, or a push ran): Push is disabled
    // and the reason shown, so nothing stale is ever sent.
    void setOutOfDate(const QString &why);
    bool isOutOfDate() const { return !m_outOfDate.isEmpty(); }

Q_SIGNALS:
    void pushRequested();
    void takeRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool passes(const AamDiff::Item &item) const;
    void rebuildTree();
    void sizeDifferenceColumn();
    void showItem(QTreeWidgetItem *treeItem);
    void showWholeObjects(const AamDiff::Item &item);
    void retranslateUi();
    void updatePushButton();
    void updateNotes();
    void updateEmptyText(int matching);
    QString chosenSummary() const;
    bool isSettled(int itemIndex) const;
    bool isChosen(int itemIndex) const;
    bool isTaken(int itemIndex) const;
    bool settledSends(int itemIndex, Side side) const;
    QString settledText(int itemIndex) const;

    AamDiff m_diff;
    QString m_outOfDate;
    QString m_accountWarning;
    QHash<ItemKey, QStringList> m_errors;     // the validator's, for the items that have any
    QSet<int> m_excluded;                     // pushable items the user unchecked
    QHash<int, QHash<QString, Side>> m_sides; // conflicts: the side each field takes
    AccountName m_account;
    QHash<qint64, QString> m_destinationNames;
    QSet<qint64> m_differingDestinations;

    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_shown = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_itemTitle = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_itemNotes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_push = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace dcsdesk
