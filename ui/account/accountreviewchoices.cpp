#include "accountreviewdialog.h"
#include "accountreviewitems.h"

#include <QLocale>

// AccountReviewDialog's choices: what Push sends and Take brings, counted and summarised, and the
// validation errors that keep an item unchecked. The window itself is accountreviewdialog.cpp.

namespace dcsdesk {

using namespace accountreview;

bool AccountReviewDialog::isSettled(int itemIndex) const
{
    const AamDiff::Item &item = m_diff.items().at(itemIndex);
    const QHash<QString, Side> sides = m_sides.value(itemIndex);
    for (const AamDiff::Field &field : item.fields) {
        if (field.change == AamDiff::Change::Conflict &&
            sides.value(field.name, Side::Undecided) == Side::Undecided)
            return false;
    }
    return true;
}

// A settled conflict goes where its fields go: a field keeping the workspace's value (or changed
// only in the workspace) is sent by Push, a field taking the account's value (or changed only in
// the account) is brought by Take. An item deleted in the workspace is deleted or brought back
// whole, so all of its sides must agree.
bool AccountReviewDialog::settledSends(int itemIndex, Side side) const
{
    const AamDiff::Item &item = m_diff.items().at(itemIndex);
    if (item.outcome != AamDiff::Outcome::Conflict || !isSettled(itemIndex))
        return false;
    const QHash<QString, Side> sides = m_sides.value(itemIndex);
    bool any = false;
    bool all = true;
    for (const AamDiff::Field &field : item.fields) {
        const bool match =
            field.change == AamDiff::Change::Conflict
                ? sides.value(field.name) == side
                : field.change == (side == Side::Workspace ? AamDiff::Change::Local
                                                           : AamDiff::Change::Account);
        any = any || match;
        all = all && (match || field.change != AamDiff::Change::Conflict);
    }
    return item.deletedLocally ? all : any;
}

bool AccountReviewDialog::isChosen(int itemIndex) const
{
    const AamDiff::Item &item = m_diff.items().at(itemIndex);
    if (isToPush(item))
        return !m_excluded.contains(itemIndex);
    return !item.readOnly && settledSends(itemIndex, Side::Workspace);
}

bool AccountReviewDialog::isTaken(int itemIndex) const
{
    const AamDiff::Item &item = m_diff.items().at(itemIndex);
    if (isTakeable(item))
        return !m_excluded.contains(itemIndex);
    return settledSends(itemIndex, Side::Account);
}

QString AccountReviewDialog::settledText(int itemIndex) const
{
    const bool push = isChosen(itemIndex);
    const bool take = isTaken(itemIndex);
    if (push && take)
        return tr("conflict, settled: to push and to take");
    if (take)
        return tr("conflict, settled: to take");
    if (push)
        return tr("conflict, settled: to push");
    return tr("conflict, settled: nothing to do");
}

AamTake::Choices AccountReviewDialog::takeChoices() const
{
    AamTake::Choices chosen;
    chosen.onlyListed = true;
    const QVector<AamDiff::Item> &items = m_diff.items();
    for (int i = 0; i < items.size(); ++i) {
        if (!isTaken(i))
            continue;
        const QPair<int, qint64> key = AamTake::keyOf(items.at(i));
        chosen.items.insert(key);
        if (items.at(i).outcome != AamDiff::Outcome::Conflict)
            continue;
        QSet<QString> &fromAccount = chosen.takeFromAccount[key];
        const QHash<QString, Side> sides = m_sides.value(i);
        for (auto it = sides.cbegin(); it != sides.cend(); ++it) {
            if (it.value() == Side::Account)
                fromAccount.insert(it.key());
        }
    }
    return chosen;
}

QVector<AamPush::Choice> AccountReviewDialog::choices() const
{
    QVector<AamPush::Choice> chosen;
    const QVector<AamDiff::Item> &items = m_diff.items();
    for (int i = 0; i < items.size(); ++i) {
        if (!isChosen(i))
            continue;
        AamPush::Choice choice;
        choice.item = items.at(i);
        if (choice.item.outcome == AamDiff::Outcome::Conflict) {
            choice.resolved = true;
            const QHash<QString, Side> sides = m_sides.value(i);
            for (auto it = sides.cbegin(); it != sides.cend(); ++it) {
                if (it.value() == Side::Account)
                    choice.takeFromAccount.insert(it.key());
            }
        }
        chosen.append(choice);
    }
    return chosen;
}

// What Push would send now: the checked items and the settled conflicts, and what waits.
QString AccountReviewDialog::chosenSummary() const
{
    int destinationsToUpdate = 0, destinationsToCreate = 0, destinationsToDelete = 0;
    int mappingsToUpdate = 0, mappingsToCreate = 0, mappingsToDelete = 0;
    int unchecked = 0, uncheckedWithErrors = 0, unsettled = 0;
    const QVector<AamDiff::Item> &items = m_diff.items();
    for (int i = 0; i < items.size(); ++i) {
        const AamDiff::Item &item = items.at(i);
        if (isChosen(i)) {
            const bool create = item.outcome == AamDiff::Outcome::CreatedLocally;
            const bool destination = item.kind == EntityKind::Destination;
            if (item.deletedLocally)
                ++(destination ? destinationsToDelete : mappingsToDelete);
            else if (destination)
                ++(create ? destinationsToCreate : destinationsToUpdate);
            else
                ++(create ? mappingsToCreate : mappingsToUpdate);
        } else if (isToPush(item)) {
            ++unchecked;
            if (!validationErrors(i).isEmpty())
                ++uncheckedWithErrors;
        } else if (item.outcome == AamDiff::Outcome::Conflict && !item.readOnly) {
            ++unsettled;
        }
    }
    QString text =
        tr("Push sends the checked items: %1; %2.")
            .arg(tr("%n destination(s) to update", nullptr, destinationsToUpdate) +
                     QLatin1String(", ") + tr("%n to create", nullptr, destinationsToCreate) +
                     QLatin1String(", ") + tr("%n to delete", nullptr, destinationsToDelete),
                 tr("%n mapping(s) to update", nullptr, mappingsToUpdate) + QLatin1String(", ") +
                     tr("%n to create", nullptr, mappingsToCreate) + QLatin1String(", ") +
                     tr("%n to delete", nullptr, mappingsToDelete));
    QStringList waiting;
    if (unchecked > 0)
        waiting << (uncheckedWithErrors > 0
                        ? tr("%n item(s) unchecked", nullptr, unchecked) + QLatin1String(" ") +
                              tr("(%n with validation errors)", nullptr, uncheckedWithErrors)
                        : tr("%n item(s) unchecked", nullptr, unchecked));
    if (unsettled > 0)
        waiting << tr("%n conflict(s) with no side chosen", nullptr, unsettled);
    if (!waiting.isEmpty())
        text += QLatin1Char(' ') + tr("Not sent: %1.").arg(waiting.join(QLatin1String(", ")));
    // Take counts more than the "to take" filter: new and deleted in the account too (a trial
    // read "0 to take from the account" beside "Take 59 Items").
    int changedThere = 0, newThere = 0, deletedThere = 0, settled = 0;
    for (int i = 0; i < items.size(); ++i) {
        if (!isTaken(i))
            continue;
        switch (items.at(i).outcome) {
        case AamDiff::Outcome::CreatedInAccount:
            ++newThere;
            break;
        case AamDiff::Outcome::DeletedInAccount:
            ++deletedThere;
            break;
        case AamDiff::Outcome::Conflict:
            ++settled;
            break;
        default:
            ++changedThere;
            break;
        }
    }
    if (changedThere + newThere + deletedThere + settled > 0) {
        QStringList parts;
        if (changedThere > 0)
            parts << tr("%n changed in the account", nullptr, changedThere);
        if (newThere > 0)
            parts << tr("%n new in the account", nullptr, newThere);
        if (deletedThere > 0)
            parts << tr("%n deleted in the account", nullptr, deletedThere);
        if (settled > 0)
            parts << tr("%n settled conflict(s)", nullptr, settled);
        text += QLatin1Char(' ') +
                tr("Take brings the account's version of: %1.").arg(parts.join(QLatin1String(", ")));
    }
    return text;
}

void AccountReviewDialog::setValidationErrors(const QHash<ItemKey, QStringList> &errors)
{
    m_errors = errors;
    const QVector<AamDiff::Item> &items = m_diff.items();
    for (int i = 0; i < items.size(); ++i) {
        if (isToPush(items.at(i)) && !validationErrors(i).isEmpty())
            m_excluded.insert(i); // never pushed unless the user checks it
    }
    rebuildTree();
}

QStringList AccountReviewDialog::validationErrors(int itemIndex) const
{
    if (m_errors.isEmpty())
        return {};
    const AamDiff::Item &item = m_diff.items().at(itemIndex);
    // Only where the workspace's version would be pushed: an object the workspace did not change
    // (or only the account has) sends nothing, whatever the validator says of it.
    if (!isToPush(item) && item.outcome != AamDiff::Outcome::Conflict)
        return {};
    return m_errors.value(ItemKey(int(item.kind), item.id));
}

QStringList AccountReviewDialog::chosenWithErrors() const
{
    QStringList titles;
    if (m_errors.isEmpty())
        return titles;
    for (int i = 0; i < m_diff.items().size(); ++i) {
        if (isChosen(i) && !validationErrors(i).isEmpty())
            titles << m_diff.items().at(i).title;
    }
    return titles;
}

// Says why the list is empty and what to do, instead of a blank area.

} // namespace dcsdesk
