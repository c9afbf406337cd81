#include "destinationlistmodel.h"

#include "modelroles.h"
#include "system/colontext.h"
#include "system/datetext.h"
#include "validation/findingsubject.h"
#include "validation/validator.h"

#include <QHash>
#include <QSet>

#include <QLocale>

namespace dcsdesk {

DestinationListModel::DestinationListModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_today(QDate::currentDate())
{
    connect(document, &WorkspaceDocument::aboutToReset, this, [this](EntityKind kind) {
        if (kind == EntityKind::Destination)
            beginResetModel();
    });
    connect(document, &WorkspaceDocument::resetDone, this, [this](EntityKind kind) {
        if (kind == EntityKind::Destination) {
            invalidateStatus();
            endResetModel();
        }
    });
    connect(document, &WorkspaceDocument::aboutToAppend, this,
            [this](EntityKind kind, int first, int last) {
                if (kind == EntityKind::Destination)
                    beginInsertRows(QModelIndex(), first, last);
            });
    connect(document, &WorkspaceDocument::appended, this, [this](EntityKind kind, int, int) {
        if (kind == EntityKind::Destination) {
            invalidateStatus();
            endInsertRows();
        }
    });
    connect(document, &WorkspaceDocument::changed, this,
            [this](EntityKind kind, const QVector<int> &indexes) {
                if (kind != EntityKind::Destination || indexes.isEmpty())
                    return;
                invalidateStatus();
                const auto [lo, hi] = std::minmax_element(indexes.begin(), indexes.end());
                Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
            });
    // Mapping changes move the counts and badges of every row.
    connect(document, &WorkspaceDocument::contentChanged, this, [this]() {
        invalidateStatus();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, MappedColumn), index(rowCount() - 1, StatusColumn));
    });
}

void DestinationListModel::setToday(const QDate &today)
{
    m_today = today;
    invalidateStatus();
}

void DestinationListModel::retranslate()
{
    invalidateStatus();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DestinationListModel::invalidateStatus()
{
    m_status.clear();
}

QString DestinationListModel::statusLevelName(StatusLevel level)
{
    switch (level) {
    case StatusLevel::Ok:
        return tr("OK");
    case StatusLevel::Expired:
        return tr("Expired mappings");
    case StatusLevel::Warning:
        return tr("Warnings");
    case StatusLevel::Error:
        return tr("Errors");
    }
    return {};
}

DestinationListModel::StatusLevel DestinationListModel::Status::level() const
{
    if (errors > 0)
        return StatusLevel::Error;
    if (warnings > 0)
        return StatusLevel::Warning;
    if (expiredMappings > 0)
        return StatusLevel::Expired;
    return StatusLevel::Ok;
}

const DestinationListModel::Status &DestinationListModel::statusAt(int row) const
{
    const Workspace &ws = m_document->workspace();
    if (m_status.size() != ws.destinations.size())
        m_status = QVector<Status>(ws.destinations.size());
    Status &s = m_status[row];
    if (s.computed)
        return s;
    s.computed = true;
    const Destination &d = ws.destinations[row];
    const auto note = [&s](const Finding &f, const QString &subject) {
        if (f.severity == Finding::Severity::Error)
            ++s.errors;
        else if (f.code == QLatin1String("mapping.expired"))
            ++s.expiredMappings;
        else if (f.severity == Finding::Severity::Warning)
            ++s.warnings;
        else
            return; // notes (a flight not started yet) do not make a status
        const QString severity = f.code == QLatin1String("mapping.expired")
                                     ? tr("Expired")
                                     : Finding::severityName(f.severity);
        s.messages.append(
            subject.isEmpty()
                ? tr("%1: %2").arg(severity, ColonText::continued(f.message))
                : tr("%1: %2: %3").arg(severity, subject, ColonText::continued(f.message)));
    };
    for (const Finding &f : Validator::validateDestination(d))
        note(f, QString());

    const QVector<int> indexes = ws.mappingIndexesOf(d.id);
    QHash<qint64, int> flights;
    QSet<qint64> active;
    for (int i : indexes) {
        const SegmentMapping &m = ws.mappings[i];
        ++s.totalMappings;
        ++flights[m.sid];
        if (m.scheduleOn(m_today) == SegmentMapping::Schedule::Active) {
            ++s.activeMappings;
            active.insert(m.sid);
        }
        for (const Finding &f : Validator::validateMapping(m, ws, m_today))
            note(f, FindingSubject::mappingInDestination(ws, m.id));
    }
    QSet<QString> groupLines; // a duplicate is reported once per mapping, not per pair
    for (const Finding &f : Validator::validateMappingGroup(ws, indexes)) {
        const QString subject = FindingSubject::mappingInDestination(ws, f.key);
        if (f.code == QLatin1String("mapping.duplicate-segment")) {
            if (groupLines.contains(f.message))
                continue;
            groupLines.insert(f.message);
            note(f, FindingSubject::segment(ws, ws.mappings[ws.mappingIndex(f.key)].sid));
        } else {
            note(f, subject);
        }
    }
    s.segments = int(flights.size());
    s.activeSegments = int(active.size());
    for (int n : std::as_const(flights))
        s.multiFlightSegments += n > 1 ? 1 : 0;
    return s;
}

int DestinationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->workspace().destinations.size());
}

int DestinationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DestinationListModel::rowOf(qint64 destinationId) const
{
    return m_document->workspace().destinationIndex(destinationId);
}

qint64 DestinationListModel::idAt(int row) const
{
    const auto &list = m_document->workspace().destinations;
    return row >= 0 && row < list.size() ? list[row].id : 0;
}

QVariant DestinationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Destination &d = m_document->workspace().destinations[index.row()];
    switch (role) {
    case KeyRole:
        return d.id;
    case TypeRole:
        return int(d.type);
    case SearchTextRole:
        return QStringList{d.name, QString::number(d.id), d.urlFormat, d.secureUrlFormat,
                           d.cookieName}
            .join(QLatin1Char('\n'));
    case SeverityRole:
        switch (statusAt(index.row()).level()) {
        case StatusLevel::Error:
            return int(Finding::Severity::Error);
        case StatusLevel::Warning:
        case StatusLevel::Expired:
            return int(Finding::Severity::Warning);
        case StatusLevel::Ok:
            break;
        }
        return -1;
    case StatusLevelRole:
        return int(statusAt(index.row()).level());
    case FindingsRole:
        return statusAt(index.row()).messages;
    default:
        break;
    }

    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case NameColumn:
            return d.name.toLower();
        case TypeColumn:
            return int(d.type);
        case PlatformColumn:
            return int(d.platform);
        case MappedColumn:
            return statusAt(index.row()).segments;
        case StatusColumn: {
            const Status &s = statusAt(index.row());
            return qint64(s.level()) * 1000000000 + s.errors * 1000000 + s.warnings * 1000 +
                   s.expiredMappings;
        }
        case ChangedColumn:
            return d.updateTime;
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            return d.name;
        case TypeColumn:
            return Destination::typeName(d.type);
        case PlatformColumn:
            return Destination::platformName(d.platform);
        case MappedColumn: {
            const Status &s = statusAt(index.row());
            return tr("%1 / %2").arg(s.activeSegments).arg(s.segments);
        }
        case StatusColumn: {
            const Status &s = statusAt(index.row());
            switch (s.level()) {
            case StatusLevel::Error:
                return tr("%n error(s)", nullptr, s.errors);
            case StatusLevel::Warning:
                return tr("%n warning(s)", nullptr, s.warnings);
            case StatusLevel::Expired:
                return tr("%n expired", nullptr, s.expiredMappings);
            case StatusLevel::Ok:
                break;
            }
            return tr("OK");
        }
        case ChangedColumn:
            return d.updateTime.isValid() ? DateText::dateTime(d.updateTime.toLocalTime())
                                          : QString();
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return statusToolTip(statusAt(index.row()));
    if (role == Qt::ToolTipRole && column == MappedColumn) {
        const Status &s = statusAt(index.row());
        QString tip = tr("Segments with a mapping active today / segments mapped.") +
                      QLatin1Char('\n') + tr("%n mapping(s) in all", nullptr, s.totalMappings) +
                      QLatin1String(", ") + tr("%n active today", nullptr, s.activeMappings);
        if (s.multiFlightSegments > 0)
            tip += QLatin1Char('\n') + tr("%n segment(s) mapped more than once (several flights)",
                                          nullptr, s.multiFlightSegments);
        return tip;
    }
    return {};
}

QString DestinationListModel::statusToolTip(const Status &s)
{
    if (s.messages.isEmpty())
        return tr("No errors, warnings or expired mappings in this destination or its mappings.");
    constexpr int MaxLines = 12;
    QStringList lines = s.messages.mid(0, MaxLines);
    if (s.messages.size() > MaxLines)
        lines << tr(
            "… and %n more: click the validation summary in the status bar for the full list.",
            nullptr, int(s.messages.size()) - MaxLines);
    return lines.join(QLatin1Char('\n'));
}

QVariant DestinationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case PlatformColumn:
        return tr("Platform");
    case MappedColumn:
        return tr("Mapped segments");
    case StatusColumn:
        return tr("Status");
    case ChangedColumn:
        return tr("Last change");
    }
    return {};
}

Qt::ItemFlags DestinationListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DestinationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    m_document->setDestinationField(idAt(index.row()), Destination::Name, name);
    return true;
}

bool DestinationListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    // New destinations always go to the end of the list; row only has to be valid.
    if (parent.isValid() || count <= 0 || row < 0 || row > rowCount())
        return false;
    ChangeSet changes;
    qint64 id = m_document->workspace().nextDestinationId();
    for (int i = 0; i < count; ++i) {
        Destination d;
        d.id = id++;
        d.name = tr("New destination %1").arg(d.id);
        d.updateTime = QDateTime::currentDateTimeUtc();
        changes.addDestinations.append(d);
    }
    m_document->apply(changes, tr("Add %n destination(s)", nullptr, count));
    return true;
}

bool DestinationListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    QList<qint64> ids;
    for (int r = row; r < row + count; ++r)
        ids.append(idAt(r));
    m_document->removeDestinations(ids, true);
    return true;
}

} // namespace dcsdesk
