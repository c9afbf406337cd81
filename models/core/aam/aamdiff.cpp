#include "aamdiff.h"

#include "aamrestreader.h"
#include "workspace/aamdeletedlist.h"
#include "aamrestwriter.h"
#include "system/jsonnumber.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace dcsdesk {

namespace {

const QString kDiffMappingsKey = QStringLiteral("mappings");
const QString kDiffDestinationIdKey = QStringLiteral("destinationId");

qint64 positiveIdOf(const QJsonValue &v)
{
    const std::optional<qint64> id = idOf(v);
    return id && *id > 0 ? *id : 0;
}

qint64 diffMappingIdOf(const QJsonObject &o)
{
    for (const char *key : {"destinationMappingId", "mappingId", "traitToDataOrderId"}) {
        if (const qint64 id = positiveIdOf(o.value(QLatin1String(key))))
            return id;
    }
    return 0;
}

QJsonObject restWithoutMappings(QJsonObject o)
{
    o.remove(kDiffMappingsKey);
    return o;
}

AamRestWriter::Options writerOptions(bool withExtension)
{
    AamRestWriter::Options options;
    options.includeMappings = false;
    options.includeDcsDeskFields = withExtension;
    return options;
}

AamDiff::Outcome outcomeOf(const QVector<AamDiff::Field> &fields)
{
    bool local = false;
    bool account = false;
    for (const AamDiff::Field &f : fields) {
        if (f.change == AamDiff::Change::Conflict)
            return AamDiff::Outcome::Conflict;
        local = local || f.change == AamDiff::Change::Local;
        account = account || f.change == AamDiff::Change::Account;
    }
    if (local && account)
        return AamDiff::Outcome::ChangedBoth;
    if (local)
        return AamDiff::Outcome::ChangedLocally;
    return account ? AamDiff::Outcome::ChangedInAccount : AamDiff::Outcome::Unchanged;
}

// A workspace item with a snapshot, against the account's object when it still has one.
void compareItem(AamDiff::Item &item, const QJsonObject *account)
{
    if (account) {
        item.account = *account;
        if (item.local == item.base && item.account == item.base)
            return; // Unchanged, the common case: no field walk
        item.fields = AamDiff::compareFields(item.base, item.local, item.account);
        item.outcome = outcomeOf(item.fields);
        return;
    }
    if (item.local == item.base) {
        item.outcome = AamDiff::Outcome::DeletedInAccount;
        return;
    }
    // Deleted there, edited here: the edits are the conflict.
    for (AamDiff::Field &f : AamDiff::compareFields(item.base, item.local, item.base)) {
        f.change = AamDiff::Change::Conflict;
        f.account = QJsonValue(QJsonValue::Undefined);
        item.fields.append(f);
    }
    item.outcome = AamDiff::Outcome::Conflict;
    item.notes.append(AamDiff::tr("Deleted in the account, changed in the workspace."));
}

// True when the mapping's fields are what its snapshot holds, so AamRestWriter would write the
// snapshot unchanged: the same inputs the writer compares (AamRestWriter::mappingToRest), without
// building and overlaying two REST objects per mapping. False sends the mapping to the writer.
bool mappingMatchesSnapshot(const SegmentMapping &m, const Destination &d, const Workspace &ws)
{
    AamRestMapping base = AamRestReader::readMappingObject(m.remote);
    base.resolveValue(d);
    const SegmentMapping &was = base.mapping;
    if ((base.hasId && was.id != m.id) ||
        (was.destinationId != 0 && was.destinationId != m.destinationId) || was.sid != m.sid ||
        was.value != m.value || was.secondValue != m.secondValue || was.startDate != m.startDate ||
        was.endDate != m.endDate || was.priority != m.priority)
        return false;
    const Segment *s = ws.segment(m.sid);
    return !base.hasElement || !s ||
           (s->name == base.elementName && s->description == base.elementDescription &&
            s->active == base.elementActive);
}

bool needsPush(AamDiff::Outcome o)
{
    return o == AamDiff::Outcome::ChangedLocally || o == AamDiff::Outcome::ChangedBoth ||
           o == AamDiff::Outcome::Conflict || o == AamDiff::Outcome::CreatedLocally ||
           o == AamDiff::Outcome::DeletedLocally;
}

} // namespace

QVector<AamDiff::Field> AamDiff::compareFields(const QJsonObject &base, const QJsonObject &local,
                                               const QJsonObject &account)
{
    QStringList keys = base.keys() + local.keys() + account.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QVector<Field> fields;
    for (const QString &key : keys) {
        Field f;
        f.name = key;
        f.base = base.value(key);
        f.local = local.value(key);
        f.account = account.value(key);
        if (f.local == f.account)
            continue; // the same on both sides, also when both changed alike
        f.change = f.account == f.base ? Change::Local
                   : f.local == f.base ? Change::Account
                                       : Change::Conflict;
        fields.append(f);
    }
    return fields;
}

QStringList AamDiff::conflictingFields(const Item &item)
{
    QStringList names;
    for (const Field &f : item.fields) {
        if (f.change == Change::Conflict)
            names.append(f.name);
    }
    return names;
}

QJsonObject AamDiff::resolved(const Item &item, const QSet<QString> &takeFromAccount)
{
    QJsonObject out = item.local;
    for (const Field &f : item.fields) {
        if (f.change == Change::Local ||
            (f.change == Change::Conflict && !takeFromAccount.contains(f.name)))
            continue;
        if (f.account.isUndefined())
            out.remove(f.name);
        else
            out.insert(f.name, f.account);
    }
    return out;
}

AamDiff AamDiff::compare(const Workspace &ws, const Account &account)
{
    AamDiff diff;
    QHash<qint64, int> accountDestinations;
    accountDestinations.reserve(account.destinations.size());
    int unreadable = 0;
    for (int i = 0; i < account.destinations.size(); ++i) {
        const qint64 id =
            positiveIdOf(account.destinations.at(i).toObject().value(kDiffDestinationIdKey));
        if (id > 0)
            accountDestinations.insert(id, i);
        else
            ++unreadable;
    }
    QHash<qint64, int> accountMappings;
    accountMappings.reserve(account.mappings.size());
    for (int i = 0; i < account.mappings.size(); ++i) {
        if (const qint64 id = diffMappingIdOf(account.mappings.at(i).toObject()))
            accountMappings.insert(id, i);
        else
            ++unreadable;
    }
    if (unreadable > 0)
        diff.m_notes.append(tr("%n object(s) of the account have no ID that can be read and were "
                               "not compared.",
                               nullptr, unreadable));

    QSet<int> seenDestinations;
    for (const Destination &d : ws.destinations) {
        Item item;
        item.kind = EntityKind::Destination;
        item.id = d.id;
        item.destinationId = d.id;
        item.title = tr("Destination %1 (%2)").arg(d.id).arg(d.name);
        const bool s2s = d.type == Destination::Type::ServerToServer;
        if (d.remote.isEmpty()) {
            item.outcome = Outcome::CreatedLocally;
            item.local =
                restWithoutMappings(AamRestWriter::destinationToRest(d, ws, writerOptions(s2s)));
            if (accountDestinations.contains(d.id)) {
                item.notes.append(tr("The account has a destination with this ID, listed as new "
                                     "there; this one was never pulled. Pull to link them."));
                // Creating it would make a second destination beside the account's own.
                item.readOnly = true;
                item.reason =
                    tr("The account already has destination %1, and this one was never "
                       "pulled: pushing would create a second one. Take the account's "
                       "version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then "
                       "compare again.")
                        .arg(d.id);
            }
        } else {
            item.base = restWithoutMappings(d.remote);
            const bool extension = d.remote.contains(QLatin1String(AamRestReader::ExtensionKey));
            item.local = restWithoutMappings(
                AamRestWriter::destinationToRest(d, ws, writerOptions(extension)));
            const auto it = accountDestinations.constFind(d.id);
            QJsonObject there;
            if (it != accountDestinations.constEnd()) {
                seenDestinations.insert(it.value());
                there = restWithoutMappings(account.destinations.at(it.value()).toObject());
            }
            compareItem(item, it != accountDestinations.constEnd() ? &there : nullptr);
        }
        if (s2s && needsPush(item.outcome)) {
            item.readOnly = true;
            item.reason = tr("Server-to-server destinations cannot be created or changed through "
                             "Audience Manager's API: make this change in Audience Manager, then "
                             "pull.");
        }
        diff.add(item);
    }

    // The workspace side of every mapping, on every core: writing REST is the costly part.
    QVector<QJsonObject> locals(ws.mappings.size());
    QVector<int> indexes(ws.mappings.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QJsonObject *const localOut = locals.data();
    QtConcurrent::blockingMap(indexes, [&ws, localOut](int i) {
        const SegmentMapping &m = ws.mappings.at(i);
        if (const Destination *d = ws.destination(m.destinationId))
            localOut[i] = !m.remote.isEmpty() && mappingMatchesSnapshot(m, *d, ws)
                              ? m.remote
                              : AamRestWriter::mappingToRest(m, *d, ws);
    });
    QVector<bool> seenMappings(account.mappings.size(), false);
    for (int i = 0; i < ws.mappings.size(); ++i) {
        const SegmentMapping &m = ws.mappings.at(i);
        if (!ws.destination(m.destinationId)) {
            diff.m_notes.append(tr("Mapping %1 was not compared: its destination %2 is not in the "
                                   "workspace.")
                                    .arg(m.id)
                                    .arg(m.destinationId));
            continue;
        }
        Item item;
        item.kind = EntityKind::Mapping;
        item.id = m.id;
        item.destinationId = m.destinationId;
        item.local = locals.at(i);
        if (m.remote.isEmpty()) {
            item.outcome = Outcome::CreatedLocally;
            if (accountMappings.contains(m.id)) {
                item.notes.append(tr("The account has a mapping with this ID, listed as new "
                                     "there; this one was never pulled. Pull to link them."));
                item.readOnly = true;
                item.reason =
                    tr("The account already has mapping %1, and this one was never "
                       "pulled: pushing would create a second one. Take the account's "
                       "version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then "
                       "compare again.")
                        .arg(m.id);
            }
        } else {
            item.base = m.remote;
            const auto it = accountMappings.constFind(m.id);
            QJsonObject there;
            if (it != accountMappings.constEnd()) {
                seenMappings[it.value()] = true;
                there = account.mappings.at(it.value()).toObject();
            }
            compareItem(item, it != accountMappings.constEnd() ? &there : nullptr);
        }
        if (item.outcome != Outcome::Unchanged) // titles only for what is listed
            item.title = tr("Mapping %1 (segment %2, destination %3)")
                             .arg(m.id)
                             .arg(m.sid)
                             .arg(m.destinationId);
        diff.add(item);
    }

    diff.addDeletions(ws, account, accountDestinations, accountMappings, seenDestinations,
                      seenMappings);
    for (auto it = accountDestinations.cbegin(); it != accountDestinations.cend(); ++it) {
        if (seenDestinations.contains(it.value()))
            continue;
        Item item;
        item.kind = EntityKind::Destination;
        item.outcome = Outcome::CreatedInAccount;
        item.id = it.key();
        item.destinationId = it.key();
        item.account = restWithoutMappings(account.destinations.at(it.value()).toObject());
        item.title = tr("Destination %1 (%2)")
                         .arg(it.key())
                         .arg(item.account.value(QStringLiteral("name")).toString());
        diff.add(item);
    }
    for (auto it = accountMappings.cbegin(); it != accountMappings.cend(); ++it) {
        if (seenMappings.at(it.value()))
            continue;
        Item item;
        item.kind = EntityKind::Mapping;
        item.outcome = Outcome::CreatedInAccount;
        item.id = it.key();
        item.account = account.mappings.at(it.value()).toObject();
        item.destinationId = positiveIdOf(item.account.value(kDiffDestinationIdKey));
        if (item.destinationId == 0 && it.value() < account.mappingDestinations.size())
            item.destinationId = account.mappingDestinations.at(it.value());
        item.title = tr("Mapping %1 (segment %2, destination %3)")
                         .arg(it.key())
                         .arg(positiveIdOf(item.account.value(QStringLiteral("sid"))))
                         .arg(item.destinationId);
        diff.add(item);
    }
    diff.finish();
    return diff;
}

// Each pulled object the user deleted: to delete when the account still holds it as it was
// pulled, a conflict when the account changed it since, nothing left to do when it is gone there
// too. A destination is deleted only with all of the account's mappings under it.
void AamDiff::addDeletions(const Workspace &ws, const Account &account,
                           const QHash<qint64, int> &accountDestinations,
                           const QHash<qint64, int> &accountMappings, QSet<int> &seenDestinations,
                           QVector<bool> &seenMappings)
{
    if (ws.aamDeleted.isEmpty())
        return;
    QStringList problems;
    const QVector<AamDeletedList::Entry> entries = AamDeletedList::read(ws.aamDeleted, &problems);
    m_notes += problems;
    QSet<qint64> mappingsToDelete;
    QVector<Item> destinations;
    for (const AamDeletedList::Entry &entry : entries) {
        const bool isMapping = entry.kind == EntityKind::Mapping;
        const int here = isMapping ? ws.mappingIndex(entry.id) : ws.destinationIndex(entry.id);
        if (here >= 0 && !(isMapping ? ws.mappings.at(here).remote.isEmpty()
                                     : ws.destinations.at(here).remote.isEmpty()))
            continue; // the account's object is back in the workspace: compared there
        const QHash<qint64, int> &index = isMapping ? accountMappings : accountDestinations;
        const auto it = index.constFind(entry.id);
        if (it == index.constEnd()) {
            m_obsoleteDeletions.insert({int(entry.kind), entry.id});
            continue;
        }
        Item item;
        item.kind = entry.kind;
        item.id = entry.id;
        item.destinationId = entry.destinationId;
        item.deletedLocally = true;
        if (isMapping) {
            seenMappings[it.value()] = true;
            item.base = entry.remote;
            item.account = account.mappings.at(it.value()).toObject();
            item.title = tr("Mapping %1 (segment %2, destination %3)")
                             .arg(entry.id)
                             .arg(positiveIdOf(item.account.value(QStringLiteral("sid"))))
                             .arg(entry.destinationId);
        } else {
            seenDestinations.insert(it.value());
            item.base = restWithoutMappings(entry.remote);
            item.account = restWithoutMappings(account.destinations.at(it.value()).toObject());
            item.title = tr("Destination %1 (%2)")
                             .arg(entry.id)
                             .arg(item.account.value(QStringLiteral("name")).toString());
        }
        if (item.account == item.base) {
            item.outcome = Outcome::DeletedLocally;
        } else {
            for (AamDiff::Field &f : compareFields(item.base, QJsonObject(), item.account)) {
                f.change = Change::Conflict;
                item.fields.append(f);
            }
            item.outcome = Outcome::Conflict;
            item.notes.append(tr("Deleted in the workspace, changed in the account since the "
                                 "pull."));
        }
        if (!isMapping &&
            AamRestReader::readDestinationObject(item.account).destination.type ==
                Destination::Type::ServerToServer) {
            item.readOnly = true;
            item.reason = tr("A server-to-server destination cannot be deleted through Audience "
                             "Manager's API: delete it in Audience Manager, then pull.");
        }
        if (isMapping && item.outcome == Outcome::DeletedLocally)
            mappingsToDelete.insert(item.id);
        if (isMapping)
            add(std::move(item));
        else
            destinations.append(std::move(item));
    }
    if (destinations.isEmpty())
        return;
    QHash<qint64, int> staying; // the account's mappings per destination that this push keeps
    for (int i = 0; i < account.mappings.size(); ++i) {
        const QJsonObject o = account.mappings.at(i).toObject();
        if (mappingsToDelete.contains(diffMappingIdOf(o)))
            continue;
        qint64 destinationId = positiveIdOf(o.value(kDiffDestinationIdKey));
        if (destinationId == 0 && i < account.mappingDestinations.size())
            destinationId = account.mappingDestinations.at(i);
        ++staying[destinationId];
    }
    for (Item &item : destinations) {
        if (const int mapped = staying.value(item.id); mapped > 0 && !item.readOnly) {
            item.readOnly = true;
            item.reason = tr("The account still has %n mapping(s) under it that are not deleted "
                             "with it, and Audience Manager does not delete a destination with "
                             "mappings: delete them in the workspace too (or take them from the "
                             "account to see them), then push.",
                             nullptr, mapped);
        }
        add(std::move(item));
    }
}

void AamDiff::add(Item item)
{
    Counts &c = item.kind == EntityKind::Mapping ? m_mappings : m_destinations;
    const auto pushed = [&](int &count) { ++(item.readOnly ? c.cannotPush : count); };
    switch (item.outcome) {
    case Outcome::Unchanged:
        ++c.unchanged;
        return; // not listed
    case Outcome::ChangedLocally:
        pushed(c.toUpdate);
        break;
    case Outcome::ChangedInAccount:
        ++c.toTake;
        break;
    case Outcome::ChangedBoth:
        pushed(c.toUpdate);
        ++c.toTake;
        break;
    case Outcome::Conflict:
        ++c.conflicts;
        if (item.readOnly)
            ++c.cannotPush;
        break;
    case Outcome::CreatedLocally:
        pushed(c.toCreate);
        break;
    case Outcome::DeletedInAccount:
        ++c.deletedInAccount;
        break;
    case Outcome::CreatedInAccount:
        ++c.createdInAccount;
        break;
    case Outcome::DeletedLocally:
        pushed(c.toDelete);
        break;
    }
    m_items.append(std::move(item));
}

void AamDiff::finish()
{
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return std::make_tuple(a.destinationId, a.kind == EntityKind::Mapping, a.id,
                               int(a.outcome)) < std::make_tuple(b.destinationId,
                                                                 b.kind == EntityKind::Mapping,
                                                                 b.id, int(b.outcome));
    });
}

AamDiff::Counts AamDiff::counts(EntityKind kind) const
{
    return kind == EntityKind::Mapping ? m_mappings : m_destinations;
}

QString AamDiff::summary() const
{
    const Counts &d = m_destinations;
    const Counts &m = m_mappings;
    QStringList parts{tr("%n destination(s) to update", nullptr, d.toUpdate) + QLatin1String(", ") +
                          tr("%n to create", nullptr, d.toCreate) + QLatin1String(", ") +
                          tr("%n to delete", nullptr, d.toDelete),
                      tr("%n mapping(s) to update", nullptr, m.toUpdate) + QLatin1String(", ") +
                          tr("%n to create", nullptr, m.toCreate) + QLatin1String(", ") +
                          tr("%n to delete", nullptr, m.toDelete),
                      tr("%n conflict(s)", nullptr, d.conflicts + m.conflicts),
                      tr("%n to take from the account", nullptr, d.toTake + m.toTake)};
    if (d.cannotPush + m.cannotPush > 0)
        parts.append(tr("%n cannot be pushed", nullptr, d.cannotPush + m.cannotPush));
    QString joined = parts.takeFirst();
    for (const QString &part : parts)
        //: joins two parts of the dry-run summary (French puts a space before the semicolon)
        joined = tr("%1; %2").arg(joined, part);
    return joined;
}

QStringList AamDiff::countLines() const
{
    const auto line = [](const QString &format, const Counts &c) {
        return format.arg(c.toUpdate)
            .arg(c.toCreate)
            .arg(c.toDelete)
            .arg(c.toTake)
            .arg(c.conflicts)
            .arg(c.deletedInAccount)
            .arg(c.createdInAccount)
            .arg(c.cannotPush)
            .arg(c.unchanged);
    };
    return {line(tr("Destinations - to update: %1, to create: %2, to delete: %3, to take from the "
                    "account: %4, conflicts: %5, deleted in the account: %6, new in the account: "
                    "%7, cannot be pushed: %8, unchanged: %9."),
                 m_destinations),
            line(tr("Mappings - to update: %1, to create: %2, to delete: %3, to take from the "
                    "account: %4, conflicts: %5, deleted in the account: %6, new in the account: "
                    "%7, cannot be pushed: %8, unchanged: %9."),
                 m_mappings)};
}

QString AamDiff::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::ChangedLocally:
        return tr("changed in the workspace, to push");
    case Outcome::ChangedInAccount:
        return tr("changed in the account, to take");
    case Outcome::ChangedBoth:
        return tr("changed on both sides, in different fields");
    case Outcome::Conflict:
        return tr("conflict");
    case Outcome::CreatedLocally:
        return tr("new in the workspace, to create");
    case Outcome::DeletedInAccount:
        return tr("deleted in the account");
    case Outcome::CreatedInAccount:
        return tr("new in the account");
    case Outcome::DeletedLocally:
        return tr("deleted in the workspace, to delete");
    }
    return QString();
}

QString AamDiff::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::ChangedLocally:
        return QStringLiteral("changed-locally");
    case Outcome::ChangedInAccount:
        return QStringLiteral("changed-in-account");
    case Outcome::ChangedBoth:
        return QStringLiteral("changed-both");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::CreatedLocally:
        return QStringLiteral("created-locally");
    case Outcome::DeletedInAccount:
        return QStringLiteral("deleted-in-account");
    case Outcome::CreatedInAccount:
        return QStringLiteral("created-in-account");
    case Outcome::DeletedLocally:
        return QStringLiteral("deleted-locally");
    }
    return QString();
}

QString AamDiff::changeName(Change change)
{
    switch (change) {
    case Change::Local:
        return tr("changed in the workspace");
    case Change::Account:
        return tr("changed in the account");
    case Change::Conflict:
        return tr("conflict");
    }
    return QString();
}

QString AamDiff::changeKey(Change change)
{
    switch (change) {
    case Change::Local:
        return QStringLiteral("local");
    case Change::Account:
        return QStringLiteral("account");
    case Change::Conflict:
        return QStringLiteral("conflict");
    }
    return QString();
}

} // namespace dcsdesk
