#pragma once

#include "aamrest/aampush.h"
#include "accountname.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace dcsdesk {

// What a push did, item by item: sent (with the HTTP status and the ID the account holds it
// under), failed (with the API's message) or not sent (and why), under a summary that says
// whether the push ran to the end or stopped, and what was written back into the workspace.
// Details says what each item's call did (created with its new ID, updated with the fields).
class PushReportDialog : public QDialog
{
    Q_OBJECT

public:
    // choices: what the push was given, for the account's side of each item, so an update says
    // which fields it changed.
    PushReportDialog(const AamPush::Report &report, const AccountName &account,
                     const QStringList &writeBackNotes, QWidget *parent = nullptr,
                     const QVector<AamPush::Choice> &choices = {});

    // What the Details column says of one item: for a sent one, what was done.
    static QString details(const AamPush::ItemResult &item, const QJsonObject &accountObject);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace dcsdesk
