#include "destinationlistmodel.h"

#include "modelroles.h"
#include "validation/validator.h"

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
    m_statusValid = false;
}

const DestinationListModel::Status &DestinationListModel::statusAt(int row) const
{
    if (!m_statusValid) {
        const Workspace &ws = m_document->workspace();
        m_status = QVector<Status>(ws.destinations.size());
        for (const SegmentMapping &m : ws.mappings) {
            const int d = ws.destinationIndex(m.destinationId);
            if (d < 0)
                continue;
            Status &s = m_status[d];
            ++s.totalMappings;
            switch (m.scheduleOn(m_today)) {
            case SegmentMapping::Schedule::Active:
                ++s.activeMappings;
                break;
            case SegmentMapping::Schedule::Expired:
                ++s.expiredMappings;
                break;
            case SegmentMapping::Schedule::Future:
                break;
            }
        }
        for (int i = 0; i < ws.destinations.size(); ++i) {
            Status &s = m_status[i];
            for (const Finding &f : Validator::validateDestination(ws.destinations[i])) {
                if (f.severity == Finding::Severity::Error)
                    ++s.errors;
                else if (f.severity == Finding::Severity::Warning)
                    ++s.warnings;
                s.messages.append(f.message);
            }
            if (s.expiredMappings > 0)
                s.messages.append(tr("%n expired mapping(s)", nullptr, s.expiredMappings));
        }
        m_statusValid = true;
    }
    return m_status[row];
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
    case SeverityRole: {
        const Status &s = statusAt(index.row());
        if (s.errors > 0)
            return int(Finding::Severity::Error);
        if (s.warnings > 0 || s.expiredMappings > 0)
            return int(Finding::Severity::Warning);
        return -1;
    }
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
            return statusAt(index.row()).totalMappings;
        case StatusColumn: {
            const Status &s = statusAt(index.row());
            return s.errors * 1000000 + s.warnings * 1000 + s.expiredMappings;
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
            return tr("%1 / %2").arg(s.activeMappings).arg(s.totalMappings);
        }
        case StatusColumn: {
            const Status &s = statusAt(index.row());
            if (s.errors > 0)
                return tr("%n invalid setting(s)", nullptr, s.errors);
            if (s.expiredMappings > 0)
                return tr("%n expired", nullptr, s.expiredMappings);
            if (s.warnings > 0)
                return tr("%n warning(s)", nullptr, s.warnings);
            return tr("OK");
        }
        case ChangedColumn:
            return d.updateTime.isValid()
                       ? QLocale().toString(d.updateTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return statusAt(index.row()).messages.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && column == MappedColumn)
        return tr("Active mappings / all mappings");
    return {};
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
