#pragma once

#include "account/accountactions.h"
#include "account/accountreviewdialog.h"
#include "secrets/secretstore.h"
#include "workspace/workspacedocument.h"

#include <QWidget>

// The account flow's tests start where a user does: a document holding a workspace, its window,
// File › Compare with Audience Manager Account's actions (the secret kept in memory, never in the
// keychain), and a comparison with the local account. Header-only: a test that includes it links
// dcsdesk_ui.

namespace dcsdesk::test {

struct AccountWindow
{
    WorkspaceDocument document;
    QWidget window;
    AccountActions actions{&document, &window};

    AccountWindow() { actions.setSecretStore(new MemorySecretStore(&actions)); }
    explicit AccountWindow(const Workspace &workspace) : AccountWindow()
    {
        document.reset(workspace);
    }

    // The local account, made of accountFile (the bundled sample when empty); the review is
    // review(), or nullptr with *error when the comparison failed.
    static AccountConnectDialog::Choice localAccount(const QString &accountFile = QString())
    {
        AccountConnectDialog::Choice local;
        local.localAccountFile = accountFile;
        return local;
    }
    bool compare(QString *error, const QString &accountFile = QString())
    {
        return actions.compareWith(localAccount(accountFile), error);
    }
    AccountReviewDialog *review() const { return actions.review(); }
};

} // namespace dcsdesk::test
