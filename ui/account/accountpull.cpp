#include "accountactions.h"

#include "aam/aamtake.h"
#include "aamrest/aampull.h"
#include "common/uiprompts.h"
#include "workspace/workspace.h"
#include "workspace/workspacedocument.h"

#include <QLocale>
#include <QWidget>

// The AccountActions that bring the account into the workspace: a pull into a new workspace (the
// app's "aam pull --out") and Take in the comparison (the app's "aam pull WORKSPACE", three ways).

namespace dcsdesk {

void AccountActions::newWorkspaceFromAccount()
{
    if (m_askToSave && !m_askToSave())
        return;
    connectUntilDone(tr("New Workspace from Audience Manager Account"),
                     [this](const AccountConnectDialog::Choice &choice, QString *failure) {
                         return pullNewWorkspace(choice, failure);
                     });
}

bool AccountActions::newWorkspaceFrom(const AccountConnectDialog::Choice &choice, QString *error)
{
    QString failure;
    if (pullNewWorkspace(choice, &failure))
        return true;
    if (!failure.isEmpty())
        UiPrompts::inform(m_window, QMessageBox::Warning,
                          tr("New Workspace from Audience Manager Account"), failure);
    if (error)
        *error = failure.isEmpty() ? tr("Canceled.") : failure;
    return false;
}

bool AccountActions::pullNewWorkspace(const AccountConnectDialog::Choice &choice,
                                      QString *failure)
{
    failure->clear();
    const QString title = tr("New Workspace from Audience Manager Account");
    AamRestClient::Settings settings = choice.settings;
    settings.credentialsHint = credentialsHint(choice);
    if (choice.local && !startLocalAccount(choice.localAccountFile, &settings, failure))
        return false;
    AamRestClient::PullResult pulled;
    if (!pull(settings, choice.name(), &pulled, failure))
        return false;
    Workspace base;
    // Not the account's own name: closing asks about this workspace, which cannot be taken for
    // the local account's own question. A name, which sentences use as it is ("%1 has changes
    // that are not saved"), so a title rather than a phrase that would need declining.
    //: The name of a new workspace pulled from the local account. Sentences use it as a name
    //: ("%1 has changes that are not saved."): a title, not a phrase to decline.
    base.name = choice.local ? tr("Local account (pulled)")
                             //: The name of a new workspace pulled from an Adobe account, %1
                             //: its name ("aam.adobe.io (ORG@AdobeOrg)"); sentences use it as
                             //: a name.
                             : tr("%1 (pulled)").arg(choice.displayName);
    base.rebuildIndex();
    const AamPull::Outcome outcome = AamPull::apply(base, pulled);
    Q_EMIT workspacePulled(outcome.workspace);

    const QString destinations = tr("%n destination(s)", nullptr, int(pulled.destinations.size()));
    const QString mappings = tr("%n mapping(s)", nullptr, int(pulled.mappings.size()));
    const QString segments = tr("%n segment(s)", nullptr, int(pulled.segments.size()));
    QStringList lines{
        choice.local ? tr("Pulled %1, %2 and %3 from the local account into a new workspace (%n "
                          "request(s)).",
                          nullptr, pulled.requests)
                           .arg(destinations, mappings, segments)
                     : tr("Pulled %1, %2 and %3 from %4 into a new workspace (%n request(s)).",
                          nullptr, pulled.requests)
                           .arg(destinations, mappings, segments, choice.displayName),
        tr("It is not saved yet: use File › Save As to give it a file. Later, File › Compare "
           "with Audience Manager Account shows what you changed and pushes it.")};
    lines << tr("DCS Desk's own destination fields (auto-fill, data export labels, platform) are "
                "not in Audience Manager's REST objects, so the new workspace has none: set them "
                "here if you use them.");
    if (pulled.destinations.isEmpty())
        lines << tr("The account has no destinations. If you expected some, check the "
                    "organization ID and that the credential's product profile includes "
                    "Audience Manager.");
    if (!outcome.skipped.isEmpty())
        lines << tr("Not taken (%1):").arg(QLocale().toString(qsizetype(outcome.skipped.size())))
              << outcome.skipped.mid(0, 20);
    if (outcome.skipped.size() > 20)
        lines << tr("… and %n more.", nullptr, int(outcome.skipped.size() - 20));
    lines << outcome.notes;
    Q_EMIT statusMessage(lines.first());
    UiPrompts::inform(m_window,
                      outcome.skipped.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                      title, lines.join(QLatin1Char('\n')));
    return true;
}

void AccountActions::takeFromReview()
{
    if (!m_review || m_review->isOutOfDate())
        return;
    const AamTake::Outcome outcome = AamTake::build(m_document->workspace(), m_review->diff(),
                                                    m_reviewSegments, m_review->takeChoices());
    const QString title = m_reviewAccount.local ? tr("Take from the Local Account")
                                                : tr("Take from %1").arg(m_reviewAccount.adobe);
    QStringList lines;
    if (!outcome.isEmpty()) {
        m_takingFromReview = true;
        m_document->apply(outcome.changes, outcome.undoText());
        m_takingFromReview = false;
        const int changed = outcome.destinations.added + outcome.destinations.updated +
                            outcome.mappings.added + outcome.mappings.updated +
                            outcome.removedDestinations + outcome.removedMappings;
        lines << (m_reviewAccount.local
                      ? tr("Took %n change(s) of the local account into the workspace, as one "
                           "step: Edit › Undo takes them back.",
                           nullptr, changed)
                      : tr("Took %n change(s) of %1 into the workspace, as one step: Edit › "
                           "Undo takes them back.",
                           nullptr, changed)
                            .arg(m_reviewAccount.adobe));
        lines << outcome.taken.mid(0, 20);
        if (outcome.taken.size() > 20)
            lines << tr("… and %n more.", nullptr, int(outcome.taken.size() - 20));
        m_review->setOutOfDate(tr("Changes from the account were taken into the workspace, so this "
                                  "comparison is out of date: compare again to see what is left "
                                  "to push."));
    } else {
        lines << tr("Nothing was taken: the workspace already has what was chosen.");
    }
    if (!outcome.kept.isEmpty())
        lines << tr("Kept as it is:") << outcome.kept;
    if (!outcome.skipped.isEmpty())
        lines << tr("Not taken:") << outcome.skipped;
    lines << outcome.notes;
    Q_EMIT statusMessage(lines.first());
    UiPrompts::inform(m_window,
                      outcome.kept.isEmpty() && outcome.skipped.isEmpty()
                          ? QMessageBox::Information
                          : QMessageBox::Warning,
                      title, lines.join(QLatin1Char('\n')));
}

} // namespace dcsdesk
